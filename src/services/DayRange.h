// DayRange: the days a caller asks a list for (the feed, a caregiver's own tasks, key figures): `from` and `to`
// as they asked for them, each optional, and the range they get, with its default length and its
// longest span.
//
// Thread safety: pure functions.
#pragma once

#include <optional>

#include "core/Error.h"
#include "domain/CivilTime.h"

namespace carecrowd::services {

// The dates asked for, as read from the request (both inclusive); absent: the default.
struct DaysAsked {
  std::optional<DayNumber> from;
  std::optional<DayNumber> to;
};

struct DayRange {
  DayNumber first = 0;
  DayNumber last = 0;
};

// from defaults to `today`, to to `default_days` days from `from` (inclusive). bad_input naming
// "to" when it is before from or the range spans more than `max_days` days.
Result<DayRange> day_range(const DaysAsked& asked, DayNumber today, DayNumber default_days, DayNumber max_days);
// The range as it is, or the same bad_input when it is reversed or spans more than `max_days` days
// (for a range whose defaults are other than day_range's).
Result<DayRange> checked_day_range(DayRange range, DayNumber max_days);

}  // namespace carecrowd::services
