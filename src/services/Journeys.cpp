#include "services/Journeys.h"

#include <algorithm>
#include <map>

#include "records/CareTaskRecord.h"
#include "records/TaskDetails.h"
#include "services/AlarmDispatch.h"
#include "services/AuditLog.h"
#include "services/Clients.h"
#include "services/Materialiser.h"
#include "services/TaskEvents.h"
#include "services/Visits.h"

namespace carecrowd::services {
namespace {

using records::TaskRecord;

// The visit a contingent line makes for a step that failed at `at`: that day's (slot 0: one per
// line and day, as slots above 0 are a double-staffed visit's), at the client's home.
std::optional<TaskRecord> follow_up_of(store::Transaction& tx, const records::CareTaskRecord& line, LocalMinute at) {
  const auto arrangement = records::read_arrangement_for_tasks(tx, line.arrangement_id);
  if (!arrangement) return std::nullopt;
  return task_of_line(line, *arrangement, at / kMinutesPerDay, 0,
                      at + std::min(kFollowUpNoticeMinutes, line.due_within / 2), at + line.due_within);
}

// The days a journey covers: `asked`, from a week ago to a week ahead by default, at most 31 days.
Result<DayRange> journey_days(const Result<DaysAsked>& days, DayNumber today) {
  if (!days) return days.error();
  DaysAsked asked = days.value();
  if (!asked.from) asked.from = today - 7;
  return day_range(asked, today, 15, 31);
}

Result<Journey> journey_of(store::Transaction& tx, std::int64_t client_id, const DayRange& days, bool first_names) {
  Journey out;
  out.client_id = client_id;
  out.days = days;
  std::map<std::int64_t, std::vector<std::int64_t>> callers;  // visit -> the steps that called for it
  for (auto& visit : records::client_visits(tx, client_id, days.first * kMinutesPerDay, (days.last + 1) * kMinutesPerDay)) {
    if (visit.task.follow_up_task_id) callers[*visit.task.follow_up_task_id].push_back(visit.task.id);
    std::optional<std::string> name;
    if (visit.caregiver_name) name = first_names ? first_name(*visit.caregiver_name) : *visit.caregiver_name;
    out.steps.push_back({std::move(visit.task), std::move(name), {}});
  }
  for (auto& step : out.steps) {
    if (auto found = callers.find(step.task.id); found != callers.end()) step.stands_in_for = found->second;
  }
  return out;
}

}  // namespace

std::vector<std::int64_t> settle_step(store::Transaction& tx, const Platform& platform, const Principal& who,
                                      const TaskRecord& step, domain::StepOutcome outcome, LocalMinute at) {
  std::vector<std::int64_t> linked;
  if (!records::record_step_outcome(tx, step.id, outcome)) return linked;
  const auto trigger = domain::trigger_of(outcome);
  if (!trigger) return linked;
  struct Made {
    std::int64_t id = 0;
    UrgentTaskNotice notice;
  };
  std::vector<Made> made;
  for (const auto& line : records::contingent_lines_for(tx, step.care_task_id)) {
    const auto triggers = domain::split_triggers(line.switch_on).value_or(std::vector<domain::SwitchTrigger>{});
    if (std::find(triggers.begin(), triggers.end(), *trigger) == triggers.end()) continue;
    const auto visit = follow_up_of(tx, line, at);
    if (!visit) continue;
    if (const auto id = records::insert_follow_up(tx, *visit)) {
      // Who to tell before the audit event (TaskEvents.h: two steps).
      made.push_back({*id, find_urgent_task_notice(tx, platform, *id, std::nullopt)});
      linked.push_back(*id);
    } else if (const auto existing = records::task_id_of(tx, line.id, visit->day, visit->slot)) {
      linked.push_back(*existing);
    }
  }
  // A step links one visit (the first line's); further lines' visits stand on their own.
  if (!linked.empty()) records::link_follow_up(tx, step.id, linked.front());
  const std::string detail = "task " + std::to_string(step.id) + " " + std::string(domain::to_string(outcome)) +
                             (linked.empty() ? std::string() : " -> task " + std::to_string(linked.front()));
  // A step done is the check-out's own audit event; a failed one is recorded with what it called for.
  if (outcome != domain::StepOutcome::done) {
    record_audit(tx, who, {"task.outcome", step.client_id, step.organisation_id, "success", detail});
  }
  for (const auto& m : made) {
    publish_board_change(tx, platform, m.id, BoardChange::follow_up);
    publish_urgent_task(tx, platform, m.notice);
  }
  return linked;
}

std::int64_t sweep_missed_steps(const Platform& platform) {
  const LocalMinute now = platform.now();
  const LocalMinute ended_by = now - kMissedStepGraceMinutes;
  // Most sweeps find nothing: a read first, so that they do not queue for SQLite's one writer.
  const auto steps = platform.db().read([&](store::Transaction& tx) {
    return records::unheld_digital_steps(tx, ended_by - kMissedStepLookbackMinutes, ended_by);
  });
  std::int64_t marked = 0;
  const Principal timer = platform_timer();
  for (const auto& step : steps) {
    // One transaction per step: one step's visit holds up no other. Another process may have marked
    // it meanwhile, or its caregiver checked in late: the outcome is then not written, nothing made.
    marked += platform.db().write([&](store::Transaction& tx) -> std::int64_t {
      const auto now_step = records::read_task(tx, step.id);
      if (!now_step || now_step->outcome || now_step->check_in) return 0;
      settle_step(tx, platform, timer, *now_step, domain::StepOutcome::missed, now);
      return 1;
    });
  }
  return marked;
}

Result<Journey> client_journey(const Platform& platform, const Principal& who, std::int64_t client_id,
                               const Result<DaysAsked>& days) {
  if (!is_care_staff(who)) return forbidden("only care staff read a client's journey");
  auto range = journey_days(days, platform.now() / kMinutesPerDay);
  if (!range) return range.error();
  return platform.db().write([&](store::Transaction& tx) -> Result<Journey> {
    auto client = client_of_organisation(tx, who, client_id);
    if (!client) return client.error();
    auto journey = journey_of(tx, client_id, range.value(), false);
    record_audit(tx, who, {"client.journey_read", client_id, client.value().organisation_id, "success",
                           std::to_string(journey.value().steps.size()) + " steps"});
    return journey;
  });
}

Result<Journey> my_journey(const Platform& platform, const Principal& who, const Result<DaysAsked>& days) {
  if (who.role != Role::client || !who.client_id) return forbidden("only a client or family account has a journey");
  auto range = journey_days(days, platform.now() / kMinutesPerDay);
  if (!range) return range.error();
  return platform.db().write([&](store::Transaction& tx) -> Result<Journey> {
    auto journey = journey_of(tx, *who.client_id, range.value(), true);
    record_audit(tx, who, {"client.journey_read", who.client_id, who.organisation_id, "success",
                           std::to_string(journey.value().steps.size()) + " steps"});
    return journey;
  });
}

}  // namespace carecrowd::services
