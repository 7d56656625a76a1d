#include "market/Admission.h"

#include <algorithm>
#include <stdexcept>

namespace carecrowd::market {
namespace {

Refusal refuse(RefusalReason reason, Phrase message) { return {reason, std::move(message)}; }

}  // namespace

Refusal refusal(RefusalReason reason) {
  switch (reason) {
    case RefusalReason::unknown_task: return {reason, say("no such task in the organisations you work for")};
    case RefusalReason::held_by_you: return {reason, say("you already hold this task")};
    case RefusalReason::taken: return {reason, say("already claimed by someone else")};
    case RefusalReason::cancelled: return {reason, say("the task is cancelled")};
    case RefusalReason::started: return {reason, say("the task's window has started")};
    case RefusalReason::not_available: return {reason, say("the task is outside your published availability")};
    case RefusalReason::other_slot_held: return {reason, say("you hold the other slot of this double-staffed visit")};
    case RefusalReason::does_not_fit:
      return {reason, say("the task overlaps your other tasks, counting travel between them")};
    case RefusalReason::not_qualified:
    case RefusalReason::over_weekly_hours: break;
  }
  throw std::logic_error("market::refusal: this reason's words need values");
}

Phrase describe_minutes(std::int64_t minutes) {
  if (minutes == 60) return say("1 hour");
  if (minutes % 60 == 0) return say("{} hours", minutes / 60);
  return say("{} minutes", minutes);
}

std::optional<Refusal> why_not_on_offer(const CaregiverProfile& profile, const TaskOnOffer& task, LocalMinute now) {
  using domain::TaskStatus;
  const auto& orgs = profile.organisations;
  if (std::find(orgs.begin(), orgs.end(), task.demand.organisation_id) == orgs.end()) {
    return refusal(RefusalReason::unknown_task);
  }
  if (domain::is_held(task.status)) {
    if (task.holder == profile.id) return refusal(RefusalReason::held_by_you);
    return refusal(RefusalReason::taken);
  }
  if (task.status == TaskStatus::cancelled) return refusal(RefusalReason::cancelled);
  if (task.stop.window_start <= now) return refusal(RefusalReason::started);
  return std::nullopt;
}

std::optional<Refusal> why_not_admitted_apart_from_the_day(const CaregiverDay& caregiver, const TaskOnOffer& task,
                                                          LocalMinute now) {
  const CaregiverProfile& profile = caregiver.profile;
  if (auto refusal = why_not_on_offer(profile, task, now)) return refusal;
  if (auto reason = why_not_eligible(profile, task.demand)) return refuse(RefusalReason::not_qualified, *reason);
  if (!caregiver.calendar.covers(task.stop.window_start, task.stop.latest_end())) {
    return refusal(RefusalReason::not_available);
  }
  const DayNumber day = task.demand.day;
  if (caregiver.roster.holds_visit(task.care_task_id, day)) {
    return refusal(RefusalReason::other_slot_held);
  }
  if (caregiver.roster.minutes_in_week(day) + task.stop.duration_minutes > profile.max_minutes_week) {
    return refuse(RefusalReason::over_weekly_hours, say("the task would take you over your maximum of {} that week",
                                                        describe_minutes(profile.max_minutes_week)));
  }
  return std::nullopt;
}

std::optional<Refusal> why_not_admitted(const CaregiverDay& caregiver, const TaskOnOffer& task, LocalMinute now,
                                        Fit* fit) {
  if (auto refusal = why_not_admitted_apart_from_the_day(caregiver, task, now)) return refusal;
  const Fit fitted = caregiver.roster.fit(task.demand.day, task.stop);
  if (!fitted.feasible) {
    return refusal(RefusalReason::does_not_fit);
  }
  if (fit) *fit = fitted;
  return std::nullopt;
}

Error refusal_error(const Refusal& refusal, std::int64_t task_id) {
  const std::string id = std::to_string(task_id);
  switch (refusal.reason) {
    case RefusalReason::unknown_task: return not_found("task_id", id, refusal.message);
    case RefusalReason::not_qualified: return error_saying(ErrorKind::forbidden, "task_id", id, refusal.message);
    default: return conflict("task_id", id, refusal.message);
  }
}

}  // namespace carecrowd::market
