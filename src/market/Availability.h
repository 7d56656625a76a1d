// Availability: when a caregiver has said they can work, as concrete intervals of local time.
//
// A caregiver publishes a weekly pattern (weekday + from/to) and one-off entries for a date that
// either add time ("available") or take it away ("not available"). One-off "not available" entries
// override everything else on that stretch of time: a caregiver on holiday is not offered work even
// where the weekly pattern says they would be free.
//
// A task fits only if one interval covers all of it: from the start of its window to the latest
// moment it could end (window end + duration). Intervals that touch are merged, so a pattern of
// "Monday 00:00-24:00, Tuesday 00:00-08:00" covers a night shift across midnight.
//
// Invariant: intervals() are sorted, disjoint, non-touching and non-empty.
// Thread safety: immutable after construction; safe to share between threads.
#pragma once

#include <vector>

#include "domain/CivilTime.h"

namespace carecrowd::market {

struct RecurringAvailability {
  int weekday = 0;  // 0 = Monday .. 6 = Sunday
  int from = 0;     // minutes of the day, 0..1440
  int to = 0;       // from < to <= 1440
};

struct OneOffAvailability {
  DayNumber day = 0;
  int from = 0;  // minutes of the day, 0..1440
  int to = 0;    // from < to <= 1440
  bool available = true;
};

struct Interval {
  LocalMinute start = 0;
  LocalMinute end = 0;  // exclusive
  friend bool operator==(const Interval&, const Interval&) = default;
};

class AvailabilityCalendar {
 public:
  // The concrete intervals on days first..last (inclusive). A task whose span ends after `last`
  // (past midnight) is judged with the pattern of the day after `last` too.
  AvailabilityCalendar(const std::vector<RecurringAvailability>& recurring, const std::vector<OneOffAvailability>& one_off,
                       DayNumber first, DayNumber last);

  // Whether one interval holds all of [start, end].
  [[nodiscard]] bool covers(LocalMinute start, LocalMinute end) const;
  // Whether the caregiver is available at any time on `day`.
  [[nodiscard]] bool any_on(DayNumber day) const;
  [[nodiscard]] const std::vector<Interval>& intervals() const { return intervals_; }
  [[nodiscard]] bool empty() const { return intervals_.empty(); }

 private:
  std::vector<Interval> intervals_;
};

}  // namespace carecrowd::market
