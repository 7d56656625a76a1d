// JsonFields: checked access to the members of a parsed JSON document for the benchmark JSON
// readers, turning every missing member, wrong type or out-of-range number into an Error that
// names the JSON path ("patients[3].time_window[1]") and the source, instead of an exception.
//
// Paths are built by the caller with key_path / index_path and always describe the value being
// read, so that an error points at it. Nothing here throws (nlohmann's typed getters are only
// called after the type has been checked).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "core/Error.h"

namespace carecrowd::io {

using Json = nlohmann::json;

// Parses the whole text with detail::parse_json (JsonInput.h); a syntax error names the source and
// "line L, column C".
Result<Json> parse_json(std::string_view text, std::string_view source);

std::string key_path(std::string_view path, std::string_view key);  // "a[3]" + "id" -> "a[3].id"
std::string index_path(std::string_view path, std::size_t index);  // "a" + 3 -> "a[3]"

// An Error located at `path` in `source`.
Error json_error(std::string_view source, std::string_view path, std::string id, std::string reason);

// The member `key` of `object` (whose own path is `path`); an Error if `object` is not an object
// or has no such member. The returned pointer points into `object`.
Result<const Json*> member(const Json& object, std::string_view key, std::string_view path, std::string_view source);
// As member(), and the member must be an array; with `size` >= 0, of exactly that size.
Result<const Json*> array_member(const Json& object, std::string_view key, std::string_view path,
                                 std::string_view source, long size = -1);

// A finite number of magnitude <= max_benchmark_number (see TextLines.h).
Result<double> number_value(const Json& value, std::string_view path, std::string_view source);
// A non-empty string.
Result<std::string> string_value(const Json& value, std::string_view path, std::string_view source);

}  // namespace carecrowd::io
