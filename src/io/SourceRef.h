// SourceRef: how readers name the place of an input problem in an Error: "<source>:<line>" for
// text formats, "<source>: <json path>" for JSON, and the problem name derived from a source name.
//
// The source is whatever the caller passed as source_name (usually a file path); it may be empty,
// in which case errors name the line or path alone.
#pragma once

#include <string>
#include <string_view>

#include "core/Error.h"

namespace carecrowd::io {

// "C101.txt:12", or "line 12" when the source has no name.
std::string line_ref(std::string_view source, int line);

// "HHCRSP_25.json: patients[3].time_window", or the path alone when the source has no name.
std::string path_ref(std::string_view source, std::string_view path);

// Domain validation (Problem::create) names fields of the problem it was given; prefixing the
// source tells the user which file those fields came from.
Error from_source(Error error, std::string_view source);

// "dir/InstanzCPLEX_HCSRP_10_1.txt" -> "InstanzCPLEX_HCSRP_10_1"; "" stays "".
std::string file_stem(std::string_view path);

}  // namespace carecrowd::io
