#include "services/TaskEvents.h"

#include <algorithm>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "records/TaskRecord.h"
#include "services/TaskBoard.h"
#include "services/Events.h"
#include "services/FeedItemJson.h"
#include "services/ProposalJson.h"

namespace carecrowd::services {
namespace {

using Json = nlohmann::json;

// Announcements of at-risk tasks are remembered this long: far longer than any task can stay at
// risk, after which the sweep never looks at the task again.
constexpr LocalMinute kAtRiskMemoryMinutes = 7 * kMinutesPerDay;

const char* type_of(BoardChange change) {
  switch (change) {
    case BoardChange::claimed: return "task.claimed";
    case BoardChange::released: return "task.released";
    case BoardChange::reopened: return "task.reopened";
    case BoardChange::checked_in: return "task.checked_in";
    case BoardChange::done: return "task.done";
    case BoardChange::at_risk: return "task.at_risk";
    case BoardChange::follow_up: return "task.follow_up";
  }
  return "task.changed";
}

// Which task, when: what a screen needs to know whether it shows the task.
Json task_when(const records::TaskRecord& t) {
  return {{"task_id", t.id},
          {"day", format_date(t.day)},
          {"window", {{"start", format_local_time(t.window_start)}, {"end", format_local_time(t.window_end)}}}};
}

NewEvent board_event(const records::TaskRecord& t, BoardChange change) {
  Json data = task_when(t);
  data["status"] = std::string(domain::to_string(t.status));
  data["caregiver_id"] = t.caregiver_id ? Json(*t.caregiver_id) : Json();
  data["urgent"] = t.urgent;
  if (change == BoardChange::at_risk) data["reason"] = t.status == domain::TaskStatus::open ? "unclaimed" : "not_checked_in";
  return {type_of(change), std::move(data), t.organisation_id, std::nullopt};
}

// The tasks at risk now and never announced, by id.
std::vector<records::TaskRecord> newly_at_risk(store::Transaction& tx, const Platform& platform, LocalMinute now) {
  // The database's range must hold every task the rule can flag: open tasks as far ahead as the rule
  // looks, and claimed ones once their window opened (those start earlier still).
  const LocalMinute starts_by = now + std::max(platform.settings().at_risk_open_within_minutes, 0);
  auto tasks = records::unannounced_tasks_starting_by(tx, starts_by, now);
  std::erase_if(tasks, [&](const records::TaskRecord& t) {
    return !task_at_risk(platform, t.status, t.window_start, t.check_in.has_value(), now);
  });
  std::sort(tasks.begin(), tasks.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return tasks;
}

}  // namespace

void publish_board_change(store::Transaction& tx, const Platform& platform, std::int64_t task_id, BoardChange change) {
  const auto task = records::read_task(tx, task_id);
  if (!task) return;  // nothing to report about a task that does not exist
  publish(tx, platform, board_event(*task, change));
}

NewEvent board_change_event(const records::TaskRecord& task, BoardChange change) { return board_event(task, change); }

void publish_held_task_change(store::Transaction& tx, const Platform& platform, std::int64_t caregiver_id,
                              std::int64_t task_id, HeldTaskChange change) {
  const auto task = records::read_task(tx, task_id);
  if (!task) return;
  const char* type = change == HeldTaskChange::assigned    ? "task.assigned"
                     : change == HeldTaskChange::reopened  ? "task.reopened"
                                                           : "task.rescheduled";
  // The day and window only (and a new start): the client's details are theirs to see in their
  // day, inside the privacy window, where reading them is audited.
  Json data = task_when(*task);
  if (change == HeldTaskChange::rescheduled) data["start"] = task->fixed_start ? Json(format_local_time(*task->fixed_start)) : Json();
  publish(tx, platform, {type, std::move(data), task->organisation_id, caregiver_id});
}

void publish_offer(store::Transaction& tx, const Platform& platform, std::int64_t organisation_id,
                   const CaregiverProposal& proposal) {
  publish(tx, platform, {"proposal.offered", caregiver_proposal_json(proposal), organisation_id,
                         proposal.offered.proposal.caregiver_id});
}

UrgentTaskNotice find_urgent_task_notice(store::Transaction& tx, const Platform& platform, std::int64_t task_id,
                                         std::optional<std::int64_t> except_caregiver) {
  const auto task = records::read_task(tx, task_id);
  if (!task || task->status != domain::TaskStatus::open || !task->urgent) return {};
  const LocalMinute now = platform.now();
  const auto lookahead = std::chrono::duration_cast<std::chrono::minutes>(kUrgentTaskLookahead).count();
  if (task->window_start <= now || task->window_start > now + lookahead) return {};
  return {task->organisation_id,
          feed_offers_for_task(tx, platform, task_id, except_caregiver.value_or(0), kUrgentTaskCandidates)};
}

std::int64_t publish_urgent_task(store::Transaction& tx, const Platform& platform, const UrgentTaskNotice& notice) {
  for (const auto& offer : notice.offers) {
    publish(tx, platform, {"task.urgent", feed_item_json(offer.item), notice.organisation_id, offer.caregiver_id});
  }
  return static_cast<std::int64_t>(notice.offers.size());
}

std::int64_t sweep_at_risk(const Platform& platform) {
  const LocalMinute now = platform.now();
  // Most sweeps find nothing new: a read first, so that they do not queue for SQLite's one writer.
  const bool anything = platform.db().read([&](store::Transaction& tx) { return !newly_at_risk(tx, platform, now).empty(); });
  if (!anything) return 0;
  return platform.db().write([&](store::Transaction& tx) {
    records::forget_at_risk_announcements(tx, now - kAtRiskMemoryMinutes);
    // Read again in the write: a task claimed or checked in since the read is no longer at risk.
    std::vector<records::TaskRecord> announced;
    // Every mark first, then every event: a concurrent sweep (PostgreSQL) waits on a mark of ours
    // while holding no event head lock, so the two cannot deadlock; the one that waited then finds
    // the task marked and announces nothing.
    for (const auto& task : newly_at_risk(tx, platform, now)) {
      if (records::mark_announced_at_risk(tx, task.id, now)) announced.push_back(task);
    }
    for (const auto& task : announced) publish(tx, platform, board_event(task, BoardChange::at_risk));
    return static_cast<std::int64_t>(announced.size());
  });
}

}  // namespace carecrowd::services
