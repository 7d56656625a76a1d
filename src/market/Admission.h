// Admission: the one rule that says whether a caregiver may take a task, and if not, why. Every
// way a task becomes someone's goes through it: a claim from the feed, a plan's assignment or an
// accepted offer, the demo region's bookings, and (later) alarm dispatch and the simulation. The
// feed and the urgent-task notices use it to show only what a claim would accept.
//
// The checks run in this order, and the first that fails is the answer (the messages are the API's,
// docs/api.md "Why a claim is refused"):
//   1. unknown_task        the task does not exist or is of an organisation the caregiver does not work for
//                          (not found: ids of other organisations' tasks cannot be probed)
//   2. held_by_you         "you already hold this task" (claimed or done by them)
//   3. taken               "already claimed by someone else" (claimed or done by another)
//   4. cancelled           "the task is cancelled"
//   5. started             "the task's window has started"
//   6. not_qualified       level, then each certificate: missing, not verified, expired on the
//                          task's day (market::why_not_eligible's words)
//   7. not_available       "the task is outside your published availability"
//   8. other_slot_held     "you hold the other slot of this double-staffed visit"
//   9. over_weekly_hours   "the task would take you over your maximum of N hours that week"
//  10. does_not_fit        "the task overlaps your other tasks, counting travel between them"
// Cheap and certain refusals come first; the day's fit with travel, the costly one, last.
//
// Thread safety: pure functions over the caller's values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/Error.h"
#include "domain/TaskStatus.h"
#include "market/Availability.h"
#include "market/DaySchedule.h"
#include "market/Eligibility.h"
#include "market/Roster.h"

namespace carecrowd::market {

// What the rule needs to know of a task.
struct TaskOnOffer {
  std::int64_t id = 0;
  std::int64_t care_task_id = 0;  // with demand.day, names the visit (both slots of a double-staffed one)
  domain::TaskStatus status = domain::TaskStatus::open;
  std::optional<std::int64_t> holder;  // the caregiver holding a claimed or done task
  TaskDemand demand;                   // organisation, day, level, certificates
  Stop stop;                           // window, duration, place; a planned start when a plan placed it
};

enum class RefusalReason {
  unknown_task, held_by_you, taken, cancelled, started, not_qualified, not_available, other_slot_held,
  over_weekly_hours, does_not_fit
};

struct Refusal {
  RefusalReason reason = RefusalReason::unknown_task;
  Phrase message;  // in words for the caregiver
};

// What a caregiver brings to the rule: who they are, when they said they can work, and the visits
// they hold around the task's day (the whole week, for weekly hours).
struct CaregiverDay {
  const CaregiverProfile& profile;
  const AvailabilityCalendar& calendar;
  const Roster& roster;
};

// nullopt when `caregiver` may take `task` at `now`; then `fit` (when given) says where the task
// goes in their day and the travel it adds. Otherwise the first refusal in the order above.
[[nodiscard]] std::optional<Refusal> why_not_admitted(const CaregiverDay& caregiver, const TaskOnOffer& task,
                                                      LocalMinute now, Fit* fit = nullptr);

// Checks 1 to 5 only, the task's state: whether it is on offer to this caregiver at all. Needs
// nothing of their time; a claim asks it before reading their days.
[[nodiscard]] std::optional<Refusal> why_not_on_offer(const CaregiverProfile& caregiver, const TaskOnOffer& task,
                                                      LocalMinute now);
// Checks 1 to 9 only, all but the day's fit with travel: whether the task could be admitted if it
// fits the day. Cheap; for a caller that shortlists caregivers before judging their days.
[[nodiscard]] std::optional<Refusal> why_not_admitted_apart_from_the_day(const CaregiverDay& caregiver,
                                                                         const TaskOnOffer& task, LocalMinute now);

// The refusal for a reason whose words need no values (all but not_qualified and
// over_weekly_hours, which say which level, certificate or hours): for a caller that knows the
// reason without the rule, such as a claim that lost its race.
[[nodiscard]] Refusal refusal(RefusalReason reason);

// The refusal as the platform's error about `task_id`: not found, forbidden (qualification) or
// conflict (the task's state, time).
[[nodiscard]] Error refusal_error(const Refusal& refusal, std::int64_t task_id);

// Whole hours as "1 hour" / "N hours", otherwise "N minutes".
[[nodiscard]] Phrase describe_minutes(std::int64_t minutes);

}  // namespace carecrowd::market
