// Input: reading request input in services, with errors that name the field and the reason.
// Query parameters arrive as strings (a JSON object of strings); bodies as parsed JSON, read
// through io::JsonInput so that messages match the file readers'.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "domain/CivilTime.h"
#include "io/JsonInput.h"

namespace carecrowd::services {

using Json = nlohmann::json;
using io::JsonInput;
using io::Where;

// A query parameter as an integer in [min, max]; nullopt when absent.
Result<std::optional<std::int64_t>> query_int(const Json& query, std::string_view key, std::int64_t min,
                                              std::int64_t max);
// A query parameter as a date (YYYY-MM-DD); nullopt when absent.
Result<std::optional<DayNumber>> query_date(const Json& query, std::string_view key);
// A line of text a person enters and others read (a name, an address, an email address): 1 to
// `max_bytes` bytes of one line of well-formed UTF-8 without control characters (the rule of
// is_single_line_text in core/Utf8.h). Returns the Error naming `field`, or nullopt.
std::optional<Error> check_text_line(std::string_view text, std::string_view field, std::size_t max_bytes);
// A value of a typed input (from an in-process caller, or read from a body) in [min, max]: the
// Error naming `field` (and `id`) in JsonInput's words, or nullopt.
std::optional<Error> check_range(std::int64_t value, std::string_view field, std::string_view id, std::int64_t min,
                                 std::int64_t max);
// The body must be a JSON object.
Result<const Json*> body_object(const Json& body);

// Body field readers on top of JsonInput: record the first error in `in`.
DayNumber read_date(JsonInput& in, const Json& value, const Where& where);
LocalMinute read_local_time(JsonInput& in, const Json& value, const Where& where);
int read_clock(JsonInput& in, const Json& value, const Where& where);

// Pagination: ?limit= (1..500, default `fallback`) and ?after= (an id; items with larger ids).
struct Page {
  std::int64_t limit = 50;
  std::int64_t after = 0;
};
Result<Page> read_page(const Json& query, std::int64_t fallback = 50);

}  // namespace carecrowd::services
