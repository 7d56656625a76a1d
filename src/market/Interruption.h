// Interruption: a caregiver's day broken into by a call they answer at once (an alarm). They set
// out at `now`, are busy at the call's place until `free_at` (travel there and the time on site),
// and carry on with their day from that place. Which of the visits still ahead can then no longer
// start within their windows? Those go back to the market as urgent (services/Alarms.h) rather
// than being left to run late, so that another caregiver can take them in time.
//
// The visits ahead are the day's visits not started (not checked in or done) whose window has not
// closed by `now`, walked in the day's stored order (walks_before, DaySchedule.h) from the call's
// place at `free_at`, each starting at the later of its arrival and its window's start, as
// DaySchedule walks a day. A visit that would start after its window's end is late: it is given
// back and the walk goes on without it (the caregiver does not go there), so a later visit it
// would have pushed may still be on time. A digital visit needs no travel. Started visits are the
// caregiver's to finish and are not judged.
//
// Thread safety: a pure function.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/CivilTime.h"
#include "domain/Travel.h"
#include "market/DaySchedule.h"
#include "market/TravelTimes.h"

namespace carecrowd::market {

// The ids (Stop::id) of the visits of `day` that answering the call makes late, in walking order.
[[nodiscard]] std::vector<std::int64_t> visits_made_late(const std::vector<Stop>& day, domain::Point call_place,
                                                         LocalMinute now, LocalMinute free_at,
                                                         const TravelTimes& times);

}  // namespace carecrowd::market
