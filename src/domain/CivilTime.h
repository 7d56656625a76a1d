// CivilTime: calendar dates and wall-clock times in the local civil time of the region.
//
// Deliberately no time zones: a care region lives in one zone, and planners, caregivers and clients
// all read the wall clock. The price is that a duration computed across a daylight-saving change is
// off by the shift (e.g. 22:00 to 06:00 on the night clocks go forward counts 8 hours, not 7).
//
// Calendar: proleptic Gregorian (the Gregorian rules extended backwards), so day arithmetic is plain
// integer arithmetic on DayNumber and LocalMinute.
//
// Thread safety: all functions are pure and thread-safe; local_now() reads the clock and the
// process's time zone (localtime_r), nothing else.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/Error.h"

namespace carecrowd {

using DayNumber = std::int64_t;    // days since 1970-01-01
using LocalMinute = std::int64_t;  // minutes since 1970-01-01T00:00 local

inline constexpr int kMinutesPerDay = 24 * 60;

struct CivilDate {
  int year;
  int month;  // 1..12
  int day;    // 1..days_in_month(year, month)
  friend constexpr bool operator==(const CivilDate&, const CivilDate&) = default;
};

[[nodiscard]] bool is_leap_year(int year);
[[nodiscard]] int days_in_month(int year, int month);  // month 1..12
[[nodiscard]] bool is_valid_date(CivilDate date);

// `date` must be valid; civil_date(day_number(d)) == d.
[[nodiscard]] DayNumber day_number(CivilDate date);
[[nodiscard]] CivilDate civil_date(DayNumber day);
[[nodiscard]] int weekday(DayNumber day);  // ISO: 0 = Monday ... 6 = Sunday

// Parsers return an Error naming `field` and the expected form.
// "YYYY-MM-DD"
[[nodiscard]] Result<DayNumber> parse_date(std::string_view text, std::string_view field);
// "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS"; seconds are truncated.
[[nodiscard]] Result<LocalMinute> parse_local_time(std::string_view text, std::string_view field);
// "HH:MM" -> minutes of day 0..1439; "24:00" -> 1440 so that a window can end at midnight.
[[nodiscard]] Result<int> parse_clock(std::string_view text, std::string_view field);

[[nodiscard]] std::string format_date(DayNumber day);              // "YYYY-MM-DD"
[[nodiscard]] std::string format_local_time(LocalMinute minute);   // "YYYY-MM-DDTHH:MM"
[[nodiscard]] std::string format_clock(int minutes_of_day);        // 0..1440 -> "HH:MM"

// The machine's current wall-clock time; the impure functions here.
[[nodiscard]] LocalMinute local_now();
// Now in UTC with milliseconds, "YYYY-MM-DDTHH:MM:SS.mmmZ": the time of a log line or an audit
// checkpoint, which must not depend on the region's clock.
[[nodiscard]] std::string utc_timestamp_now();

}  // namespace carecrowd
