#include "services/TaskBoard.h"

#include <algorithm>
#include <set>

#include "records/CareTaskRecord.h"
#include "records/CaregiverProfileRecord.h"
#include "services/Claims.h"
#include "services/AuditLog.h"
#include "services/Materialiser.h"
#include "services/TaskEvents.h"

namespace carecrowd::services {

namespace {

// The planned starts of the claimed and done tasks among `tasks`, walking their caregivers' days in
// one query.
std::map<std::int64_t, PlannedStart> page_planned_starts(store::Transaction& tx, const std::vector<records::ClientTask>& tasks) {
  std::set<std::int64_t> caregivers;
  DayNumber first = 0, last = -1;
  for (const auto& [t, name] : tasks) {
    if (!domain::is_held(t.status) || !t.caregiver_id) continue;
    first = caregivers.empty() ? t.day : std::min(first, t.day);
    last = caregivers.empty() ? t.day : std::max(last, t.day);
    caregivers.insert(*t.caregiver_id);
  }
  return planned_starts(tx, {caregivers.begin(), caregivers.end()}, first, last);
}

Error no_such_task(std::int64_t task_id) {
  return not_found("task_id", std::to_string(task_id), "no such task in your organisation");
}

// A list of days has no longest span of its own (the page limits it).
constexpr DayNumber kAnySpan = INT64_MAX;

OrganisationTask as_seen(const Platform& platform, records::ClientTask ct, LocalMinute now) {
  const records::TaskRecord& t = ct.task;
  const bool started = t.check_in.has_value();
  const bool missed = task_missed(t.status, t.window_end, started, now);
  const bool at_risk = !missed && task_at_risk(platform, t.status, t.window_start, started, now);
  return {std::move(ct), at_risk, missed};
}

}  // namespace

bool task_at_risk(const Platform& platform, domain::TaskStatus status, LocalMinute window_start, bool checked_in,
                  LocalMinute now) {
  const auto& s = platform.settings();
  if (status == domain::TaskStatus::open) return window_start <= now + s.at_risk_open_within_minutes;
  if (status == domain::TaskStatus::claimed) return !checked_in && now > window_start + s.at_risk_after_minutes;
  return false;
}

bool task_missed(domain::TaskStatus status, LocalMinute window_end, bool checked_in, LocalMinute now) {
  const bool nobody_there = status == domain::TaskStatus::open || (status == domain::TaskStatus::claimed && !checked_in);
  return nobody_there && window_end <= now;
}

Result<TaskList> list_tasks(const Platform& platform, const Principal& who, const Result<TaskQuery>& query) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may list the organisation's tasks");
  if (!query) return query.error();
  const auto& q = query.value();
  const LocalMinute now = platform.now();
  auto range = day_range(q.days, now / kMinutesPerDay, 7, kAnySpan);
  if (!range) return range.error();
  const records::TaskListing listing{*who.organisation_id, range.value().first, range.value().last, q.page.after,
                                     q.status, q.client_id, q.page.limit};
  return platform.db().write([&](store::Transaction& tx) -> Result<TaskList> {
    const auto tasks = records::list_tasks(tx, listing);
    TaskList out;
    out.starts = page_planned_starts(tx, tasks);
    for (const auto& ct : tasks) out.items.push_back(as_seen(platform, ct, now));
    record_audit(tx, who, {"task.list", q.client_id, who.organisation_id, "success",
                           std::to_string(out.items.size()) + " tasks"});
    if (!out.items.empty() && static_cast<std::int64_t>(out.items.size()) == q.page.limit) {
      out.next_after = out.items.back().task.task.id;
    }
    return out;
  });
}

Result<TaskDetail> get_task(const Platform& platform, const Principal& who, std::int64_t task_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may read the organisation's tasks");
  return platform.db().write([&](store::Transaction& tx) -> Result<TaskDetail> {
    auto found = records::read_client_task(tx, task_id);
    if (!found || !who.in_organisation(found->task.organisation_id)) return no_such_task(task_id);
    record_audit(tx, who, {"task.read", found->task.client_id, who.organisation_id, "success",
                           "task " + std::to_string(task_id)});
    auto starts = page_planned_starts(tx, {*found});
    return TaskDetail{as_seen(platform, std::move(*found), platform.now()), std::move(starts)};
  });
}

Result<Board> board(const Platform& platform, const Principal& who, const Result<DaysAsked>& days) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may see the planning board");
  if (!days) return days.error();
  const LocalMinute now = platform.now();
  auto range = day_range(days.value(), now / kMinutesPerDay, 7, kAnySpan);
  if (!range) return range.error();
  const DayNumber first = range.value().first;
  const DayNumber last = range.value().last;
  if (last - first > 62) return bad_input("to", "", "the board spans at most 63 days");
  return platform.db().write([&](store::Transaction& tx) -> Result<Board> {
    Board out;
    out.range = range.value();
    for (DayNumber d = first; d <= last; ++d) out.days.push_back({d, 0, 0, 0, 0, 0});
    for (auto& listed : records::board_tasks(tx, *who.organisation_id, first, last)) {
      const OrganisationTask seen = as_seen(platform, std::move(listed), now);
      const records::TaskRecord& t = seen.task.task;
      BoardDay& day = out.days[static_cast<std::size_t>(t.day - first)];
      if (seen.missed) {
        ++day.missed;
        continue;
      }
      switch (t.status) {
        case domain::TaskStatus::open: ++day.open; break;
        case domain::TaskStatus::claimed: ++day.claimed; break;
        case domain::TaskStatus::done: ++day.done; break;
        case domain::TaskStatus::cancelled: break;  // not on the board (records::board_tasks)
      }
      if (seen.at_risk) {
        ++day.at_risk;
        if (out.at_risk.size() < 500) out.at_risk.push_back(seen.task);
      }
    }
    record_audit(tx, who, {"board.read", std::nullopt, who.organisation_id, "success", ""});
    return out;
  });
}

std::optional<TakenBack> take_back_in(store::Transaction& tx, const Platform& platform, const records::TaskRecord& task) {
  if (task.status != domain::TaskStatus::claimed || task.check_in || !task.caregiver_id) return std::nullopt;
  const auto care_task = records::read_care_task(tx, task.care_task_id);
  TakenBack out;
  out.task_id = task.id;
  out.holder = *task.caregiver_id;
  out.superseded = !care_task->active;
  if (out.superseded) {
    // Its care task was changed or removed since the claim: the old version goes, and the
    // current version (if any) is materialised for the day it served.
    if (!records::cancel_claimed_task(tx, task.id)) return std::nullopt;
    materialise_arrangement(tx, care_task->arrangement_id, task.day, task.day);
  } else if (!records::reopen_claimed_task(tx, task.id)) {
    return std::nullopt;
  }
  // When it is open again (urgent), the caregivers it now fits; a cancelled old version is nobody's to take.
  out.urgent = find_urgent_task_notice(tx, platform, task.id, out.holder);
  return out;
}

void announce_taken_back(store::Transaction& tx, const Platform& platform, const TakenBack& taken, BoardChange change,
                         bool tell_holder) {
  publish_board_change(tx, platform, taken.task_id, change);
  if (tell_holder) publish_held_task_change(tx, platform, taken.holder, taken.task_id, HeldTaskChange::reopened);
  publish_urgent_task(tx, platform, taken.urgent);
}

Result<records::ClientTask> assign_task(const Platform& platform, const Principal& who, std::int64_t task_id,
                                        const Result<HandAssignment>& assignment) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may assign a task");
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<records::ClientTask> {
    const auto task = records::read_task(tx, task_id);
    if (!task || !who.in_organisation(task->organisation_id)) return no_such_task(task_id);
    if (!assignment) return assignment.error();
    const auto [caregiver_id, start] = assignment.value();
    if (start && (*start < task->window_start || *start > task->window_end)) {
      return bad_input("start", std::to_string(task_id),
                       say("must be within the visit's window, {} to {}", format_local_time(task->window_start),
                           format_local_time(task->window_end)));
    }
    // A visit someone holds and has not started moves in one step: taken back from its holder,
    // then claimed for the chosen caregiver (or for its holder at another start: `retimed`) by the
    // same one claim. Any refusal returns an error, so the transaction rolls back and the visit
    // stays where it was. Its holder chosen again without a start is the claim's own refusal.
    const bool held = task->status == domain::TaskStatus::claimed;
    const bool retimed = held && task->caregiver_id == caregiver_id && start;
    std::optional<TakenBack> taken;
    if (held && (task->caregiver_id != caregiver_id || retimed)) {
      taken = take_back_in(tx, platform, *task);
      if (!taken) return conflict("status", std::to_string(task_id), "the visit has started: it can no longer be moved");
      if (taken->superseded) {
        // Its care task changed since the claim: the old version is gone, so there is nothing to move.
        return conflict("status", std::to_string(task_id),
                        "the care arrangement changed since this visit was taken: take it back into the market first");
      }
    }
    auto claimed = claim_in(tx, {caregiver_id, task_id, std::nullopt, start}, now);
    if (!claimed) return refusal_for_care_staff(tx, claimed.error(), caregiver_id, "caregiver_id");
    std::string detail = "task " + std::to_string(task_id) + " to caregiver " + std::to_string(caregiver_id) + " (by hand)";
    if (start) detail += " starting " + format_local_time(*start);
    if (taken && !retimed) detail += " (moved from caregiver " + std::to_string(taken->holder) + ")";
    record_audit(tx, who, {"task.assign", task->client_id, task->organisation_id, "success", detail});
    publish_board_change(tx, platform, task_id, BoardChange::claimed);
    if (retimed) {
      // Their day changed without their doing: the same visit at another time.
      publish_held_task_change(tx, platform, caregiver_id, task_id, HeldTaskChange::rescheduled);
    } else {
      // The caregiver whose day just lost the visit hears it as a take-back; nobody else is offered
      // it, as it never stood open.
      if (taken) publish_held_task_change(tx, platform, taken->holder, task_id, HeldTaskChange::reopened);
      publish_held_task_change(tx, platform, caregiver_id, task_id, HeldTaskChange::assigned);
    }
    return *records::read_client_task(tx, task_id);
  });
}

Result<records::ClientTask> reopen_task(const Platform& platform, const Principal& who, std::int64_t task_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may reopen a claimed task");
  return platform.db().write([&](store::Transaction& tx) -> Result<records::ClientTask> {
    const auto task = records::read_task(tx, task_id);
    if (!task || !who.in_organisation(task->organisation_id)) return no_such_task(task_id);
    const auto taken = take_back_in(tx, platform, *task);
    if (!taken) return conflict("status", std::to_string(task_id), "only a claimed task that has not started can be reopened");
    record_audit(tx, who, {"task.reopen", task->client_id, who.organisation_id, "success",
                           "task " + std::to_string(task_id) + (taken->superseded ? " (old version cancelled)" : "")});
    // The board, the caregiver whose day just lost the task, and the caregivers it now fits.
    announce_taken_back(tx, platform, *taken, BoardChange::reopened, true);
    return *records::read_client_task(tx, task_id);
  });
}

}  // namespace carecrowd::services
