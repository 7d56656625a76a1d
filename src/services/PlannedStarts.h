// PlannedStarts: when the claimed and done tasks of some caregivers' days start and how long they
// travel to each from the visit before, for the coordinator's board and the caregiver's day.
//
// A caregiver's day is walked over all of their claimed and done tasks of that day, of every
// organisation they work for (market/DayWalk.h), because another organisation's visit moves the
// times of this one's; callers show only the tasks their principal may see. A task that has been
// checked in starts at its check-in (a done task always has one); the others start where the walk
// puts them.
//
// Thread safety: stateless; runs in the caller's transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::services {

struct PlannedStart {
  LocalMinute start = 0;
  std::optional<int> travel_minutes;  // from the previous visit of the day; none for the first
};

// Every claimed or done task of these caregivers on days first..last, by task id (one query).
std::map<std::int64_t, PlannedStart> planned_starts(store::Transaction& tx, const std::vector<std::int64_t>& caregivers,
                                                    DayNumber first, DayNumber last);

}  // namespace carecrowd::services
