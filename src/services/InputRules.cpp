#include "services/InputRules.h"

#include <array>
#include <cctype>
#include <string>

#include "core/Utf8.h"

namespace carecrowd::services {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"mo", "tu", "we", "th", "fr", "sa", "su"};

}  // namespace

std::optional<Error> check_text_line(std::string_view text, std::string_view field, std::size_t max_bytes) {
  if (text.empty() || text.size() > max_bytes) {
    return bad_input(std::string(field), "", say("must be 1 to {} characters", max_bytes));
  }
  if (!is_single_line_text(text)) {
    return bad_input(std::string(field), "",
                     "must be one line of text in UTF-8, without control characters (such as NUL, tab or newline)");
  }
  return std::nullopt;
}

std::optional<Error> check_text_lines(std::string_view text, std::string_view field, std::size_t max_bytes) {
  const bool blank = text.find_first_not_of(" \t\r\n") == std::string_view::npos;
  if (blank || text.size() > max_bytes) {
    return bad_input(std::string(field), "", say("must be 1 to {} characters of text", max_bytes));
  }
  if (!is_multi_line_text(text)) {
    return bad_input(std::string(field), "", "must be text in UTF-8 without control characters other than line breaks");
  }
  return std::nullopt;
}

std::optional<Error> check_range(std::int64_t value, std::string_view field, std::string_view id, std::int64_t min,
                                 std::int64_t max) {
  if (value >= min && value <= max) return std::nullopt;
  return bad_input(std::string(field), std::string(id),
                   say("must be between {} and {}, not {}", min, max, value));
}

std::optional<Error> check_weekday(std::int64_t weekday, std::string_view field) {
  if (weekday >= 0 && weekday < 7) return std::nullopt;
  return bad_input(std::string(field), "", std::string(kNotAWeekday));
}

std::string_view weekday_name(std::int64_t weekday) {
  return weekday >= 0 && weekday < 7 ? kWeekdays[static_cast<std::size_t>(weekday)] : "?";
}

std::optional<int> weekday_of_name(std::string_view name) {
  std::string lower(name);
  for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (int d = 0; d < 7; ++d) {
    if (kWeekdays[static_cast<std::size_t>(d)] == lower) return d;
  }
  return std::nullopt;
}

}  // namespace carecrowd::services
