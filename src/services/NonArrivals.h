// NonArrivals: the alarms the platform raises itself. A claimed visit to a monitored client (one
// with a registered device, services/Monitoring.h) that the board's at-risk rule flags as not
// checked in (TaskBoard.h task_at_risk: `at_risk_after_minutes` after its window opened) raises one
// carer-non-arrival alarm, priority medium, which the organisation's policy then triages like any
// other (the default dispatches it). Its source id is "visit:<task id>", so a visit raises one
// alarm however many server processes check, and however often.
//
// Thread safety: stateless functions over the Platform; safe from any number of threads and
// processes.
#pragma once

#include <cstdint>

#include "services/Platform.h"

namespace carecrowd::services {

// Visits whose window opened longer ago than this are not judged any more: a missed visit is
// raised within minutes, and a server down for longer than this raises nothing for what it missed.
inline constexpr LocalMinute kNonArrivalLookbackMinutes = 12 * 60;

// Raises an alarm for every visit that newly qualifies (see above); the server runs it every
// minute. Returns how many alarms were raised.
std::int64_t raise_non_arrivals(const Platform& platform);

}  // namespace carecrowd::services
