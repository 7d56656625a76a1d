// DayWalk: a caregiver's day of visits as DaySchedule walks it, told visit by visit: when each
// starts and how long the journey into it from the previous visit takes. This is what a planning
// board draws and what a caregiver's "my day" shows; it is the same walk the marketplace judges
// claims by, so the times shown are the times the rules assumed.
//
// The first visit of the day has no previous visit (the journey from home is not shown as travel
// between visits). A digital visit needs no journey; the visit after it is travelled to from the
// last place the caregiver was.
//
// Thread safety: a pure function.
#pragma once

#include <optional>
#include <vector>

#include "market/DaySchedule.h"

namespace carecrowd::market {

struct WalkedVisit {
  LocalMinute start = 0;                    // rounded up to the minute
  std::optional<int> travel_minutes;        // from the previous visit, rounded up; none for the first
};

// The visits of one day (any order); the answer is in the same order as `visits`.
std::vector<WalkedVisit> walk_day(const std::vector<Stop>& visits, domain::Point home, domain::TravelMode mode);

}  // namespace carecrowd::market
