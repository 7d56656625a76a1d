// HhcReader: reads an HHC instance in either of its two layouts, picking the reader by the shape
// of the text (JSON -> read_hhc_json, otherwise read_mankowska), for callers that only know the
// format is InputFormat::hhc.
#pragma once

#include <string_view>

#include "core/Error.h"
#include "domain/Problem.h"

namespace carecrowd::io {

Result<domain::Problem> read_hhc(std::string_view text, std::string_view source_name);

}  // namespace carecrowd::io
