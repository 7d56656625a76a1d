// TaskEvents: the live events that tasks publish (Events.h), each called in the transaction of the
// change it reports and after that transaction's audit events (see publish()):
//  - to an organisation's board (its coordinators and admins): a task claimed (also by accepting
//    an offer or by a plan's assignment), released, reopened, checked in, done or at risk, and a
//    follow-up visit made for a failed digital step;
//  - to a caregiver: a proposal offered to them, an urgent task that newly fits them, and their own
//    task assigned to them by a plan, taken back or moved to another start by the coordinator.
// What each event's data holds is listed in docs/api.md. Privacy: a caregiver's events never name
// the client or give an address (an urgent task is shown as the feed shows it, an offer as their
// proposals list shows it); board events carry ids and times, no client data at all.
//
// Thread safety: stateless functions; safe from any number of threads and processes.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

#include "services/Events.h"
#include "services/Feed.h"
#include "services/Planning.h"
#include "services/Platform.h"
#include "store/Database.h"

namespace carecrowd::services {

// follow_up: a new visit a failed digital step called for (services/Journeys.h).
enum class BoardChange { claimed, released, reopened, checked_in, done, at_risk, follow_up };

// Urgent tasks are announced to caregivers only when they start within this time: urgency is
// about the next two days, and a task further ahead is found in the feed anyway. Together with
// kUrgentTaskCandidates this bounds the work a release or reopen does inside its write
// transaction (on SQLite, while every other writer waits).
inline constexpr std::chrono::hours kUrgentTaskLookahead{48};
// At most this many caregivers (nearest first, available that day) are judged per urgent task.
inline constexpr std::int64_t kUrgentTaskCandidates = 50;

// The task's board changed: task.claimed, task.released, ... to its organisation.
void publish_board_change(store::Transaction& tx, const Platform& platform, std::int64_t task_id, BoardChange change);
// The event publish_board_change publishes, for the task as read after the change (to publish with
// record_audit_and_publish, Events.h).
[[nodiscard]] NewEvent board_change_event(const records::TaskRecord& task, BoardChange change);

// A plan assigned the task to the caregiver (task.assigned), the coordinator took their task back
// (task.reopened) or moved it to another start in their day (task.rescheduled, with the new
// "start"): to that caregiver, whose day changed without their doing.
enum class HeldTaskChange { assigned, reopened, rescheduled };
void publish_held_task_change(store::Transaction& tx, const Platform& platform, std::int64_t caregiver_id,
                              std::int64_t task_id, HeldTaskChange change);

// A proposal was offered to its caregiver (proposal.offered), shown as GET /v1/my/proposals shows
// it to them (services/ProposalJson.h).
void publish_offer(store::Transaction& tx, const Platform& platform, std::int64_t organisation_id,
                   const CaregiverProposal& proposal);

// The task became open and urgent (released, reopened): task.urgent to every caregiver whose feed
// now shows it (the feed's rule: feed_offers_for_task, Feed.h), other than `except_caregiver` (who gave it
// back), when it starts within kUrgentTaskLookahead. In two steps, because judging the caregivers
// takes a few queries each: find who to tell before the transaction's audit events, while it holds
// neither the audit head nor the event head that every other writer needs; publish after them.
struct UrgentTaskNotice {
  std::int64_t organisation_id = 0;
  std::vector<FeedOffer> offers;  // none: nobody to tell
};
UrgentTaskNotice find_urgent_task_notice(store::Transaction& tx, const Platform& platform, std::int64_t task_id,
                                         std::optional<std::int64_t> except_caregiver);
// Returns how many caregivers were told.
std::int64_t publish_urgent_task(store::Transaction& tx, const Platform& platform, const UrgentTaskNotice& notice);

// Announces task.at_risk for every task that is at risk now (TaskBoard's task_at_risk rule) and was
// never announced: once per task, also with several server processes sweeping. The server runs it
// every minute. Returns how many tasks were announced.
std::int64_t sweep_at_risk(const Platform& platform);

}  // namespace carecrowd::services
