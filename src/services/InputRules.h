// InputRules: the rules a value a person enters must keep, whoever passes it on (the http edge
// after reading a body, or an in-process caller with a typed input): a line of text, a number in
// its range, a weekday. Each answers with the Error naming the field and the reason, or nullopt.
//
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/Error.h"

namespace carecrowd::services {

// A line of text a person enters and others read (a name, an address, an email address): 1 to
// `max_bytes` bytes of one line of well-formed UTF-8 without control characters (the rule of
// is_single_line_text in core/Utf8.h).
std::optional<Error> check_text_line(std::string_view text, std::string_view field, std::size_t max_bytes);
// Text of one or more lines a person writes for others to read (a message): 1 to `max_bytes` bytes
// of well-formed UTF-8 that is not only white space, without control characters but line breaks
// and tabs (is_multi_line_text in core/Utf8.h).
std::optional<Error> check_text_lines(std::string_view text, std::string_view field, std::size_t max_bytes);
// A value in [min, max], naming `field` (and `id`) in io::JsonInput's words.
std::optional<Error> check_range(std::int64_t value, std::string_view field, std::string_view id, std::int64_t min,
                                 std::int64_t max);
// Weekdays are 0 (Monday) to 6 (Sunday), named "mo" to "su".
inline constexpr std::string_view kNotAWeekday = sentence("must be one of mo, tu, we, th, fr, sa, su");
std::optional<Error> check_weekday(std::int64_t weekday, std::string_view field);
std::string_view weekday_name(std::int64_t weekday);  // "?" outside 0..6
// The weekday a name gives, in any case; nullopt when it names none.
std::optional<int> weekday_of_name(std::string_view name);

}  // namespace carecrowd::services
