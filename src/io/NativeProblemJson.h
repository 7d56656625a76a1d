// NativeProblemJson: carecrowd's own problem file, for real home-care planning (the format is
// documented in docs/formats.md and docs/schema/problem.schema.json).
//
// Units in the file: times and durations in minutes (points in time count from the start of the
// horizon; a time may also be "HH:MM", hours past 23 meaning the next day), distances in metres,
// money in euro cents. Inside, ticks are seconds, metres and 1/1000 cent (domain::Scale defaults).
// Fractional minutes are allowed and rounded to the nearest second. An optional "scale" object
// changes what a file unit is worth (benchmarks written back out in native form use it).
//
// Locations are either coordinates on visits and caregivers ("location": [lat, lon], giving the
// geographic travel model) or, when the file has a "matrix", indices into it ("location_index").
// Visits and caregivers at exactly the same coordinates share one location, so travelling between
// them takes no time.
//
// Invariants: read_native_problem(write_native_problem(p).dump()) gives a problem that writes to
// the same JSON; the reader never throws, and every error names the field path
// ("visits[3].windows[0]") and the id of the visit, caregiver or link at fault.
//
// Thread safety: pure functions.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "domain/Problem.h"

namespace carecrowd::io {

Result<domain::Problem> read_native_problem(std::string_view text);

// Writes every field that differs from the reader's default, so that files stay short and a
// problem read back is the same problem.
nlohmann::json write_native_problem(const domain::Problem& problem);

}  // namespace carecrowd::io
