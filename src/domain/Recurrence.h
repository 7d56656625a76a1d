// Recurrence: the rule of a recurring care task ("every other Monday and Thursday", "the last
// Friday of the month"), expanded into the days on which the task occurs.
//
// Two ways in: an RFC 5545 RRULE subset, for calendars and integrations, and a simple weekly pattern
// (weekdays + every n weeks), for the planner's own forms. Supported RRULE parts:
//   FREQ=DAILY|WEEKLY|MONTHLY (required)   INTERVAL=n (n >= 1)   WKST=MO (the only week start)
//   BYDAY=MO,TU,...  (DAILY, WEEKLY; for MONTHLY also with an ordinal: 1MO, -1FR)
//   BYMONTHDAY=1,15,-1 (MONTHLY)   COUNT=n or UNTIL=YYYYMMDD[THHMMSS[Z]] (inclusive; date part used)
// With both BYDAY and BYMONTHDAY a day must match both ("Friday the 13th"), as in RFC 5545.
//
// Days, not times: a task's time of day is the task's business; the rule only says which days.
// dtstart is the first possible day, and unlike RFC 5545 it is an occurrence only if it matches the
// rule (a rule "BYDAY=MO" started on a Wednesday first occurs the next Monday). COUNT is counted from
// dtstart; INTERVAL counts days, weeks (starting Monday) or months from dtstart's day, week or month.
//
// Invariant: a Recurrence that exists is valid (built only by parse_rrule or weekly, which return an
// Error naming the field and the RRULE part otherwise).
// Thread safety: immutable; safe to share between threads.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Error.h"
#include "domain/CivilTime.h"

namespace carecrowd {

class Recurrence {
 public:
  // `field` names where the rule came from ("tasks[2].rrule") for the Error.
  static Result<Recurrence> parse_rrule(std::string_view text, std::string_view field);
  // weekdays: 0 = Monday .. 6 = Sunday, non-empty; every_n_weeks >= 1.
  static Result<Recurrence> weekly(std::vector<int> weekdays, int every_n_weeks, std::string_view field);

  // Occurrence days d with from <= d <= to, ascending. To never run away, at most kHorizonDays are
  // examined, starting at dtstart when COUNT is set (to count) and at max(dtstart, from) otherwise.
  [[nodiscard]] std::vector<DayNumber> occurrences(DayNumber dtstart, DayNumber from, DayNumber to) const;

  // Canonical RRULE text, without the "RRULE:" prefix; parse_rrule(to_rrule()) gives an equal rule.
  [[nodiscard]] std::string to_rrule() const;

  static constexpr DayNumber kHorizonDays = 10 * 366;

  friend bool operator==(const Recurrence&, const Recurrence&) = default;

 private:
  enum class Frequency { daily, weekly, monthly };
  struct DayRule {
    int weekday = 0;  // 0 = Monday .. 6 = Sunday
    int ordinal = 0;  // 0: every such weekday; 1..5 / -1..-5: the nth (from the end) in the month
    friend auto operator<=>(const DayRule&, const DayRule&) = default;
  };

  Recurrence() = default;
  [[nodiscard]] bool matches(DayNumber day, DayNumber dtstart) const;

  Frequency frequency_ = Frequency::weekly;
  int interval_ = 1;
  std::vector<DayRule> by_day_;      // sorted, unique
  std::vector<int> by_month_day_;    // sorted, unique; 1..31 or -31..-1
  std::optional<int> count_;         // never together with until_
  std::optional<DayNumber> until_;
};

}  // namespace carecrowd
