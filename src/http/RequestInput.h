// RequestInput: reading a request's query parameters and JSON body into typed values, with errors
// that name the field and the reason. Query parameters arrive as strings (a JSON object of strings);
// bodies as parsed JSON, read through io::JsonInput so that messages match the file readers'. The
// rules a value must then keep live in services (services/InputRules.h), for every caller.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "domain/CivilTime.h"
#include "io/JsonInput.h"
#include "services/Page.h"

namespace carecrowd::http {

using Json = nlohmann::json;
using io::JsonInput;
using io::Where;

// A query parameter as an integer in [min, max]; nullopt when absent.
Result<std::optional<std::int64_t>> query_int(const Json& query, std::string_view key, std::int64_t min,
                                              std::int64_t max);
// A query parameter as a date (YYYY-MM-DD); nullopt when absent.
Result<std::optional<DayNumber>> query_date(const Json& query, std::string_view key);
// The body must be a JSON object.
Result<const Json*> body_object(const Json& body);
// A body that is an object with one member, `key`, a whole number in [min, max] (`{"caregiver_id": 7}`).
Result<std::int64_t> body_integer(const Json& body, std::string_view key, std::int64_t min, std::int64_t max);

// Body field readers on top of JsonInput: record the first error in `in`.
DayNumber read_date(JsonInput& in, const Json& value, const Where& where);
LocalMinute read_local_time(JsonInput& in, const Json& value, const Where& where);
int read_clock(JsonInput& in, const Json& value, const Where& where);
// A whole number of any size, for a typed input whose range is its service's rule (check_range).
std::int64_t read_whole_number(JsonInput& in, const Json& value, const Where& where);
// A weekday's name, "mo" to "su" in any case, as 0 (Monday) to 6; -1 after recording the error.
int read_weekday(JsonInput& in, const Json& value, const Where& where);

// Pagination: ?limit= (1..500, default `fallback`) and ?after= (an id; items with larger ids).
Result<services::Page> read_page(const Json& query, std::int64_t fallback = 50);

}  // namespace carecrowd::http
