#include "market/Admission.h"

#include <algorithm>

namespace carecrowd::market {
namespace {

Refusal refuse(RefusalReason reason, std::string message) { return {reason, std::move(message)}; }

}  // namespace

std::string describe_minutes(std::int64_t minutes) {
  if (minutes % 60 == 0) return std::to_string(minutes / 60) + (minutes == 60 ? " hour" : " hours");
  return std::to_string(minutes) + " minutes";
}

std::optional<Refusal> why_not_on_offer(const CaregiverProfile& profile, const TaskOnOffer& task, LocalMinute now) {
  using domain::TaskStatus;
  const auto& orgs = profile.organisations;
  if (std::find(orgs.begin(), orgs.end(), task.demand.organisation_id) == orgs.end()) {
    return refuse(RefusalReason::unknown_task, "no such task in the organisations you work for");
  }
  if (domain::is_held(task.status)) {
    if (task.holder == profile.id) return refuse(RefusalReason::held_by_you, "you already hold this task");
    return refuse(RefusalReason::taken, "already claimed by someone else");
  }
  if (task.status == TaskStatus::cancelled) return refuse(RefusalReason::cancelled, "the task is cancelled");
  if (task.stop.window_start <= now) return refuse(RefusalReason::started, "the task's window has started");
  return std::nullopt;
}

std::optional<Refusal> why_not_admitted_apart_from_the_day(const CaregiverDay& caregiver, const TaskOnOffer& task,
                                                          LocalMinute now) {
  const CaregiverProfile& profile = caregiver.profile;
  if (auto refusal = why_not_on_offer(profile, task, now)) return refusal;
  if (auto reason = why_not_eligible(profile, task.demand)) return refuse(RefusalReason::not_qualified, *reason);
  if (!caregiver.calendar.covers(task.stop.window_start, task.stop.latest_end())) {
    return refuse(RefusalReason::not_available, "the task is outside your published availability");
  }
  const DayNumber day = task.demand.day;
  if (caregiver.roster.holds_visit(task.care_task_id, day)) {
    return refuse(RefusalReason::other_slot_held, "you hold the other slot of this double-staffed visit");
  }
  if (caregiver.roster.minutes_in_week(day) + task.stop.duration_minutes > profile.max_minutes_week) {
    return refuse(RefusalReason::over_weekly_hours, "the task would take you over your maximum of " +
                                                        describe_minutes(profile.max_minutes_week) + " that week");
  }
  return std::nullopt;
}

std::optional<Refusal> why_not_admitted(const CaregiverDay& caregiver, const TaskOnOffer& task, LocalMinute now,
                                        Fit* fit) {
  if (auto refusal = why_not_admitted_apart_from_the_day(caregiver, task, now)) return refusal;
  const Fit fitted = caregiver.roster.fit(task.demand.day, task.stop);
  if (!fitted.feasible) {
    return refuse(RefusalReason::does_not_fit, "the task overlaps your other tasks, counting travel between them");
  }
  if (fit) *fit = fitted;
  return std::nullopt;
}

Error refusal_error(const Refusal& refusal, std::int64_t task_id) {
  const std::string id = std::to_string(task_id);
  switch (refusal.reason) {
    case RefusalReason::unknown_task: return not_found("task_id", id, refusal.message);
    case RefusalReason::not_qualified: return Error{ErrorKind::forbidden, "task_id", id, refusal.message};
    default: return conflict("task_id", id, refusal.message);
  }
}

}  // namespace carecrowd::market
