#include "domain/CivilTime.h"

#include <cassert>
#include <chrono>
#include <cstdio>
#include <ctime>

#include <fmt/format.h>

#include "core/Utf8.h"
#include "domain/Instant.h"

namespace carecrowd {

namespace {

// Floor division and modulo, so that times before 1970 format as the day before, not as "-1 day".
std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}
std::int64_t floor_mod(std::int64_t a, std::int64_t b) { return a - floor_div(a, b) * b; }

// Reads exactly `n` ASCII digits at `pos`; false if any is missing or not a digit.
bool read_digits(std::string_view text, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > text.size()) return false;
  out = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

bool read_date(std::string_view text, CivilDate& date) {
  return text.size() >= 10 && read_digits(text, 0, 4, date.year) && text[4] == '-' &&
         read_digits(text, 5, 2, date.month) && text[7] == '-' && read_digits(text, 8, 2, date.day) &&
         is_valid_date(date);
}

// "HH:MM" at `pos`, 00:00..23:59.
bool read_clock(std::string_view text, std::size_t pos, int& minutes) {
  int h = 0;
  int m = 0;
  if (pos + 5 > text.size() || !read_digits(text, pos, 2, h) || text[pos + 2] != ':' ||
      !read_digits(text, pos + 3, 2, m) || h > 23 || m > 59) {
    return false;
  }
  minutes = h * 60 + m;
  return true;
}

Error expected(std::string_view field, std::string_view form, std::string_view text) {
  return bad_input(std::string(field), "", say("expected {}, got \"{}\"", form, printable(text)));
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  assert(month >= 1 && month <= 12);
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_valid_date(CivilDate date) {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 &&
         date.day <= days_in_month(date.year, date.month);
}

// Howard Hinnant's days_from_civil: shift the year to start in March so that the leap day is the
// last day of the year, then count 400-year eras of 146097 days.
DayNumber day_number(CivilDate date) {
  assert(is_valid_date(date));
  const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  const std::int64_t era = floor_div(y, 400);
  const std::int64_t yoe = y - era * 400;  // 0..399
  const std::int64_t mp = date.month > 2 ? date.month - 3 : date.month + 9;  // March = 0
  const std::int64_t doy = (153 * mp + 2) / 5 + date.day - 1;                 // 0..365
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;             // 0..146096
  return era * 146097 + doe - 719468;  // 719468: days from 0000-03-01 to 1970-01-01
}

CivilDate civil_date(DayNumber day) {
  const std::int64_t z = day + 719468;
  const std::int64_t era = floor_div(z, 146097);
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;  // month counted from March, 0..11
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

// 1970-01-01 was a Thursday.
int weekday(DayNumber day) { return static_cast<int>(floor_mod(day + 3, 7)); }

Result<DayNumber> parse_date(std::string_view text, std::string_view field) {
  CivilDate date{};
  if (text.size() != 10 || !read_date(text, date)) return expected(field, "a date YYYY-MM-DD", text);
  return day_number(date);
}

Result<LocalMinute> parse_local_time(std::string_view text, std::string_view field) {
  CivilDate date{};
  int minutes = 0;
  int seconds = 0;
  const bool ok =
      (text.size() == 16 || text.size() == 19) && read_date(text, date) && text[10] == 'T' &&
      read_clock(text, 11, minutes) &&
      (text.size() == 16 || (text[16] == ':' && read_digits(text, 17, 2, seconds) && seconds <= 59));
  if (!ok) return expected(field, "a local time YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS", text);
  return day_number(date) * kMinutesPerDay + minutes;
}

Result<int> parse_clock(std::string_view text, std::string_view field) {
  if (text == "24:00") return kMinutesPerDay;
  int minutes = 0;
  if (text.size() != 5 || !read_clock(text, 0, minutes)) {
    return expected(field, "a time of day HH:MM (00:00..24:00)", text);
  }
  return minutes;
}

std::string format_date(DayNumber day) {
  const CivilDate d = civil_date(day);
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

std::string format_local_time(LocalMinute minute) {
  return format_date(floor_div(minute, kMinutesPerDay)) + "T" +
         format_clock(static_cast<int>(floor_mod(minute, kMinutesPerDay)));
}

std::string format_clock(int minutes_of_day) {
  assert(minutes_of_day >= 0 && minutes_of_day <= kMinutesPerDay);
  return fmt::format("{:02}:{:02}", minutes_of_day / 60, minutes_of_day % 60);
}

LocalMinute local_now() {
  return local_minute_at(std::chrono::system_clock::to_time_t(std::chrono::system_clock::now()));
}

std::string utc_timestamp_now() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[40];
  const auto n = std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &tm);
  std::snprintf(buffer + n, sizeof buffer - n, ".%03dZ", static_cast<int>(ms));
  return buffer;
}

}  // namespace carecrowd
