// Visits: a caregiver's tasks once they hold them, and a client's coming visits. A caregiver
// releases a claimed task while the notice period allows, checks in and out, and sees their own
// claimed and done tasks; a client or family member sees who is coming. (Claiming is TaskClaim.h;
// what is open, Feed.h.) Results are typed; the http edge renders them (http/MarketJson.h).
//
// Privacy: a caregiver sees the client's name, address and notes only for a task they hold, and
// only from settings().privacy_margin_minutes before its window until that margin after it can
// have ended; each such view is an audit event (client.read), committed before the answer is
// sent. A client sees the first name of who is coming, nothing more.
//
// Concurrency: release, check-in and check-out are conditional writes (records/TaskRecord.h): a
// task a coordinator changed meanwhile answers a conflict.
//
// Thread safety: stateless functions over the Platform; safe from any number of request threads
// and processes.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/Error.h"
#include "domain/StepOutcome.h"
#include "market/PrivacyWindow.h"
#include "records/TaskDetails.h"
#include "services/DayRange.h"
#include "services/PlannedStarts.h"
#include "services/Platform.h"
#include "services/Principal.h"
#include "store/Database.h"

namespace carecrowd::services {

// A task as its holder sees it.
struct HeldTaskView {
  records::HeldTask held;
  market::PrivacyWindow details_visible;  // when the client's details are shown
  LocalMinute release_until = 0;          // until when they may give it back themselves
  bool details = false;                   // the client's details are shown in this answer
};

// The holder's task as it is now, without the client's details (the answer to a claim, a
// check-in or a check-out). REQUIRES: the task exists.
HeldTaskView held_task_view(store::Transaction& tx, const Platform& platform, std::int64_t task_id);
// The same from the task read already (records::read_held_task).
HeldTaskView held_task_view(records::HeldTask held, const Platform& platform);

// A released task: open again, and urgent.
struct Released {
  std::int64_t task_id = 0;
};
Result<Released> release_task(const Platform& platform, const Principal& who, std::int64_t task_id);

// When a caregiver checks in or out: `at`, default now; never in the future. At check-out of a
// digital step, what came of it (services/Journeys.h): done (the default), not_reached (a video
// contact nobody answered) or out_of_range (measurements reviewed out of range); a physical visit
// ends done, and check-in takes no outcome.
struct VisitMoment {
  std::optional<LocalMinute> at;
  std::optional<domain::StepOutcome> outcome;
};
// `moment` is as the http edge read it: its error is answered after the permission check (a
// caller in the process passes a VisitMoment).
Result<HeldTaskView> check_in(const Platform& platform, const Principal& who, std::int64_t task_id,
                              const Result<VisitMoment>& moment);
Result<HeldTaskView> check_out(const Platform& platform, const Principal& who, std::int64_t task_id,
                               const Result<VisitMoment>& moment);
// The same in the caller's transaction (the demo region, later the simulation), at `at`.
Result<Done> check_in_in(store::Transaction& tx, const Platform& platform, const Principal& who, std::int64_t task_id,
                         LocalMinute at);
Result<Done> check_out_in(store::Transaction& tx, const Platform& platform, const Principal& who, std::int64_t task_id,
                          LocalMinute at, domain::StepOutcome outcome = domain::StepOutcome::done);

// The caregiver's claimed and done tasks of some days (default today and the 13 days after; at
// most 63 days), with the client's details inside each task's privacy window, and when each
// starts in their day.
struct MyTasks {
  DayRange days;
  std::vector<HeldTaskView> items;
  std::map<std::int64_t, PlannedStart> starts;  // by task id
};
// `days` as the http edge read it, its error answered after the permission check.
Result<MyTasks> my_tasks(const Platform& platform, const Principal& who, const Result<DaysAsked>& days);

// What a client and their family are told of a caregiver: the first word of their name.
[[nodiscard]] std::string first_name(const std::string& name);

// A client's visit as the client and their family see it.
struct ClientVisitView {
  records::TaskRecord task;
  int staff = 1;
  std::optional<std::string> caregiver_first_name;  // who is coming, once someone holds it
};
// A client's (or family member's) visits of the next 14 days.
Result<std::vector<ClientVisitView>> my_visits(const Platform& platform, const Principal& who);
// The visits done for the client in the last 28 days, newest first: who came (first name), when
// they checked in and out. Audited as client.visits_read.
Result<std::vector<ClientVisitView>> my_visit_history(const Platform& platform, const Principal& who);

}  // namespace carecrowd::services
