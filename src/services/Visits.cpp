#include "services/Visits.h"

#include "market/Admission.h"
#include "records/TaskRecord.h"
#include "services/AuditLog.h"
#include "services/Journeys.h"
#include "services/TaskEvents.h"

namespace carecrowd::services {
namespace {

using records::TaskRecord;

// A caregiver may check in this long before a task's window opens (arriving early is common).
constexpr LocalMinute kCheckInEarlyMinutes = 60;
// Slack for clocks that differ a little between a phone and the server.
constexpr LocalMinute kClockSlackMinutes = 1;


HeldTaskView view_of(records::HeldTask held, const Settings& settings, bool details) {
  const TaskRecord& t = held.task;
  const auto privacy = market::privacy_window(t.window_start, t.window_end, t.duration, settings.privacy_margin_minutes);
  const LocalMinute release_until = t.window_start - settings.release_notice_minutes;
  return {std::move(held), privacy, release_until, details};
}

// The holder's task, or 404 for anyone else (ids of other caregivers' tasks cannot be probed).
Result<TaskRecord> held_task(store::Transaction& tx, const Principal& who, std::int64_t task_id) {
  auto task = records::read_task(tx, task_id);
  if (!task || task->caregiver_id != who.caregiver_id) {
    return not_found("task_id", std::to_string(task_id), "no such task of yours");
  }
  return std::move(*task);
}

// The moment of a check-in or check-out: `at` or now; never in the future.
Result<LocalMinute> moment_at(const Result<VisitMoment>& moment, LocalMinute now) {
  if (!moment) return moment.error();
  const LocalMinute at = moment.value().at.value_or(now);
  if (at > now + kClockSlackMinutes) return bad_input("at", "", "cannot be in the future");
  return at;
}

}  // namespace

HeldTaskView held_task_view(store::Transaction& tx, const Platform& platform, std::int64_t task_id) {
  return view_of(*records::read_held_task(tx, task_id), platform.settings(), false);
}

HeldTaskView held_task_view(records::HeldTask held, const Platform& platform) {
  return view_of(std::move(held), platform.settings(), false);
}

Result<Released> release_task(const Platform& platform, const Principal& who, std::int64_t task_id) {
  if (!is_caregiver(who)) return forbidden("only a caregiver releases their tasks");
  const LocalMinute now = platform.now();
  const auto notice = platform.settings().release_notice_minutes;
  return platform.db().write([&](store::Transaction& tx) -> Result<Released> {
    auto held = held_task(tx, who, task_id);
    if (!held) return held.error();
    const auto& h = held.value();
    const std::string id = std::to_string(task_id);
    if (h.status != domain::TaskStatus::claimed) {
      return conflict("task_id", id, say("only a claimed task can be released; it is {}", domain::to_string(h.status)));
    }
    if (h.check_in) return conflict("task_id", id, "you have checked in; ask your coordinator");
    if (now > h.window_start - notice) {
      return conflict("task_id", id,
                      say("tasks can be released until {} before their window ({}); ask your coordinator",
                          market::describe_minutes(notice), format_local_time(h.window_start)));
    }
    // Conditional, like the claim: a coordinator may have reopened the task since it was read.
    if (!records::release_claimed_task(tx, task_id, *who.caregiver_id)) {
      return conflict("task_id", id, "the task changed meanwhile; reload it");
    }
    // Back in the market as urgent: the caregivers it now fits hear of it (not the one who gave it back).
    const auto urgent = find_urgent_task_notice(tx, platform, task_id, *who.caregiver_id);
    record_audit(tx, who, {"task.release", h.client_id, h.organisation_id, "success", "task " + id});
    publish_board_change(tx, platform, task_id, BoardChange::released);
    publish_urgent_task(tx, platform, urgent);
    return Released{task_id};
  });
}

Result<Done> check_in_in(store::Transaction& tx, const Platform& platform, const Principal& who, std::int64_t task_id,
                         LocalMinute at) {
  if (!is_caregiver(who)) return forbidden("only a caregiver checks in");
  auto held = held_task(tx, who, task_id);
  if (!held) return held.error();
  const auto& h = held.value();
  const std::string id = std::to_string(task_id);
  if (h.status != domain::TaskStatus::claimed) return conflict("task_id", id, say("the task is {}",
                                                                                  domain::to_string(h.status)));
  if (h.check_in) return conflict("task_id", id, say("already checked in at {}", format_local_time(*h.check_in)));
  if (at < h.window_start - kCheckInEarlyMinutes) {
    return conflict("at", id, say("check-in opens {} before the window ({})",
                                  market::describe_minutes(kCheckInEarlyMinutes), format_local_time(h.window_start)));
  }
  if (!records::check_in_task(tx, task_id, *who.caregiver_id, at)) {
    return conflict("task_id", id, "the task changed meanwhile; reload it");
  }
  record_audit(tx, who, {"task.check_in", h.client_id, h.organisation_id, "success", "task " + id});
  publish_board_change(tx, platform, task_id, BoardChange::checked_in);
  return Done{};
}

Result<Done> check_out_in(store::Transaction& tx, const Platform& platform, const Principal& who, std::int64_t task_id,
                          LocalMinute at, domain::StepOutcome outcome) {
  if (!is_caregiver(who)) return forbidden("only a caregiver checks out");
  auto held = held_task(tx, who, task_id);
  if (!held) return held.error();
  const auto& h = held.value();
  const std::string id = std::to_string(task_id);
  if (h.status != domain::TaskStatus::claimed) return conflict("task_id", id, say("the task is {}",
                                                                                  domain::to_string(h.status)));
  if (!h.check_in) return conflict("task_id", id, "check in first");
  if (at < *h.check_in) return conflict("at", id, say("is before the check-in at {}", format_local_time(*h.check_in)));
  if (outcome == domain::StepOutcome::missed) return bad_input("outcome", id, "\"missed\" is the platform's, for a step nobody held");
  if (!h.digital() && outcome != domain::StepOutcome::done) {
    return bad_input("outcome", id, "a physical visit ends done; not_reached and out_of_range are a digital step's");
  }
  if (!records::check_out_task(tx, task_id, *who.caregiver_id, at)) {
    return conflict("task_id", id, "the task changed meanwhile; reload it");
  }
  record_audit(tx, who, {"task.check_out", h.client_id, h.organisation_id, "success", "task " + id});
  // A digital step's outcome is part of the client's journey; a failed one may call for a visit.
  // Before this check-out's event: settling audits, and every audit event of a transaction comes
  // before its events (Events.h publish).
  if (h.digital()) settle_step(tx, platform, who, h, outcome, at);
  publish_board_change(tx, platform, task_id, BoardChange::done);
  return Done{};
}

Result<HeldTaskView> check_in(const Platform& platform, const Principal& who, std::int64_t task_id,
                              const Result<VisitMoment>& moment) {
  if (!is_caregiver(who)) return forbidden("only a caregiver checks in");
  if (moment && moment.value().outcome) return bad_input("outcome", std::to_string(task_id), "is given at check-out");
  auto at = moment_at(moment, platform.now());
  if (!at) return at.error();
  return platform.db().write([&](store::Transaction& tx) -> Result<HeldTaskView> {
    auto done = check_in_in(tx, platform, who, task_id, at.value());
    if (!done) return done.error();
    return held_task_view(tx, platform, task_id);
  });
}

Result<HeldTaskView> check_out(const Platform& platform, const Principal& who, std::int64_t task_id,
                               const Result<VisitMoment>& moment) {
  if (!is_caregiver(who)) return forbidden("only a caregiver checks out");
  auto at = moment_at(moment, platform.now());
  if (!at) return at.error();
  return platform.db().write([&](store::Transaction& tx) -> Result<HeldTaskView> {
    auto done = check_out_in(tx, platform, who, task_id, at.value(),
                             moment.value().outcome.value_or(domain::StepOutcome::done));
    if (!done) return done.error();
    return held_task_view(tx, platform, task_id);
  });
}

Result<MyTasks> my_tasks(const Platform& platform, const Principal& who, const Result<DaysAsked>& days) {
  if (!is_caregiver(who)) return forbidden("only a caregiver has tasks");
  if (!days) return days.error();
  const LocalMinute now = platform.now();
  auto range = day_range(days.value(), now / kMinutesPerDay, 14, 63);
  if (!range) return range.error();
  const auto& settings = platform.settings();
  return platform.db().write([&](store::Transaction& tx) -> Result<MyTasks> {
    MyTasks out;
    out.days = range.value();
    // The whole day of every organisation they work for: these are all their claimed and done tasks.
    out.starts = planned_starts(tx, {*who.caregiver_id}, out.days.first, out.days.last);
    for (auto& held : records::held_tasks_on_days(tx, *who.caregiver_id, out.days.first, out.days.last)) {
      const TaskRecord& t = held.task;
      const bool details =
          market::privacy_window(t.window_start, t.window_end, t.duration, settings.privacy_margin_minutes).contains(now);
      // Each view of a client's details is logged in this transaction, before the response is sent.
      if (details) {
        record_audit(tx, who, {"client.read", t.client_id, t.organisation_id, "success", "task " + std::to_string(t.id)});
      }
      out.items.push_back(view_of(std::move(held), settings, details));
    }
    return out;
  });
}

std::string first_name(const std::string& name) { return name.substr(0, name.find(' ')); }

Result<std::vector<ClientVisitView>> my_visit_history(const Platform& platform, const Principal& who) {
  if (who.role != Role::client || !who.client_id) return forbidden("only a client or family account has visits");
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<std::vector<ClientVisitView>> {
    std::vector<ClientVisitView> items;
    for (auto& visit : records::client_visits(tx, *who.client_id, now - 28 * kMinutesPerDay, now)) {
      if (visit.task.status != domain::TaskStatus::done) continue;
      std::optional<std::string> name;
      if (visit.caregiver_name) name = first_name(*visit.caregiver_name);
      items.push_back({std::move(visit.task), visit.staff, std::move(name)});
    }
    std::reverse(items.begin(), items.end());
    record_audit(tx, who, {"client.visits_read", who.client_id, who.organisation_id, "success",
                           std::to_string(items.size()) + " visits done"});
    return items;
  });
}

Result<std::vector<ClientVisitView>> my_visits(const Platform& platform, const Principal& who) {
  if (who.role != Role::client || !who.client_id) return forbidden("only a client or family account has visits");
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<std::vector<ClientVisitView>> {
    std::vector<ClientVisitView> items;
    for (auto& visit : records::client_visits(tx, *who.client_id, now, now + 14 * kMinutesPerDay)) {
      const bool coming = visit.task.status != domain::TaskStatus::open && visit.caregiver_name;
      std::optional<std::string> name;
      if (coming) name = first_name(*visit.caregiver_name);
      items.push_back({std::move(visit.task), visit.staff, std::move(name)});
    }
    record_audit(tx, who, {"client.visits_read", who.client_id, who.organisation_id, "success",
                           std::to_string(items.size()) + " visits"});
    return items;
  });
}

}  // namespace carecrowd::services
