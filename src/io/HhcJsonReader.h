// HhcJsonReader: reads a home health care instance in the JSON layout of Ceschia et al. (the
// hhc_kummer2021 and hhc_ceschia2024_italian folders; see /work/shared/benchmarks/README.md) into a
// domain::Problem.
//
// Mapping, on top of the shared HHC mapping in HhcInstance.h:
//  - location 0 is the (single) central office, patient i (0-based, in file order) is location
//    i + 1 and row/column i + 1 of `distances`; patient locations (coordinates) are not used;
//  - certificates are the service ids in the order of `services`; a caregiver keeps its id and
//    has its abilities as certificates;
//  - visits are "<patient id>-<service id>" ("p3-s2"; "#2" for a repeated service), with the
//    duration of the required_caregivers entry, or the service's default_duration if it has none;
//  - synchronization "simultaneous" -> synchronised link; "sequential" with distance [min, max] ->
//    the second listed service starts min..max after the first (precedence). A patient with two
//    services and no synchronization gets two independent visits;
//  - `name` and `area` (Italian files) are ignored: the problem is named after the file stem.
// Every malformed input gives an Error naming "<source>: <json path>"; nothing throws.
#pragma once

#include <string_view>

#include "core/Error.h"
#include "domain/Problem.h"

namespace carecrowd::io {

// `source_name` (usually the file path) prefixes error locations; its stem names the problem.
Result<domain::Problem> read_hhc_json(std::string_view text, std::string_view source_name);

}  // namespace carecrowd::io
