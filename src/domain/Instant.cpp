#include "domain/Instant.h"

#include <string>

#include "core/Utf8.h"

namespace carecrowd {

LocalMinute local_minute_at(std::time_t t) {
  std::tm tm{};
  localtime_r(&t, &tm);
  return day_number({tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday}) * kMinutesPerDay + tm.tm_hour * 60 + tm.tm_min;
}

Result<LocalMinute> parse_date_time(std::string_view text, std::string_view field) {
  const auto bad = [&] {
    return bad_input(std::string(field), "",
                     say("expected a date-time YYYY-MM-DDTHH:MM:SS with an optional offset (Z, +01:00), got \"{}\"",
                         printable(text)));
  };
  if (text.size() < 19) return bad();
  auto local = parse_local_time(text.substr(0, 19), field);
  if (!local) return bad();
  std::string_view rest = text.substr(19);
  if (!rest.empty() && rest[0] == '.') {
    std::size_t digits = 1;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
    if (digits == 1) return bad();
    rest = rest.substr(digits);
  }
  if (rest.empty()) return local.value();
  LocalMinute offset = 0;
  if (rest != "Z") {
    if (rest.size() != 6 || (rest[0] != '+' && rest[0] != '-')) return bad();
    const auto clock = parse_clock(rest.substr(1), field);
    if (!clock || clock.value() >= kMinutesPerDay) return bad();
    offset = rest[0] == '+' ? clock.value() : -clock.value();
  }
  return local_minute_at(static_cast<std::time_t>((local.value() - offset) * 60));
}

}  // namespace carecrowd
