// TaskBoard: the tasks an organisation's arrangements produced, as its coordinator watches them:
// the list of tasks of some days, one task, the board (per day open / claimed / done / at risk,
// with the tasks at risk), handing an open task to a chosen caregiver, and taking a claimed task
// back into the market. The coordinator sees
// the client's name and place with each task, so each read writes an audit event. Inputs and
// results are typed; the http edge reads and renders them (http/CareJson.h).
//
// A task is at risk when it is open and starts within settings().at_risk_open_within_minutes, or
// claimed and not checked in settings().at_risk_after_minutes after its window opened
// (task_at_risk, the one rule; services/TaskEvents.h announces it). Once its window has closed with
// nobody checked in, the board shows it as missed instead (task_missed): the past, no longer open
// or at risk, so a week's counts of open and at-risk visits are what can still be saved.
//
// Thread safety: stateless functions over the Platform; safe from any number of request threads
// and processes.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "core/Error.h"
#include "domain/TaskStatus.h"
#include "records/TaskRecord.h"
#include "services/DayRange.h"
#include "services/Page.h"
#include "services/PlannedStarts.h"
#include "services/Platform.h"
#include "services/Principal.h"
#include "services/TaskEvents.h"

namespace carecrowd::services {

// Whether a task starting at window_start with the check-in state is at risk at `now`.
bool task_at_risk(const Platform& platform, domain::TaskStatus status, LocalMinute window_start, bool checked_in,
                  LocalMinute now);

// Whether a task's window closed at or before `now` with nobody checked in (open, or claimed and
// never started): the board counts it as missed, not as open, claimed or at risk.
bool task_missed(domain::TaskStatus status, LocalMinute window_end, bool checked_in, LocalMinute now);

// A task as the organisation's coordinator sees it: at risk and missed exclude each other.
struct OrganisationTask {
  records::ClientTask task;
  bool at_risk = false;
  bool missed = false;
};

// The organisation's tasks of some days (default today and the six days after), of one status or
// client when asked, by id (page limit default 200).
struct TaskQuery {
  DaysAsked days;
  std::optional<domain::TaskStatus> status;
  std::optional<std::int64_t> client_id;
  Page page{200, 0};
};
struct TaskList {
  std::vector<OrganisationTask> items;
  std::map<std::int64_t, PlannedStart> starts;  // of the claimed and done ones, by task id
  std::optional<std::int64_t> next_after;       // when the page is full
};
// `query` is as the http edge read it: its error is answered after the permission check (a caller
// in the process passes a TaskQuery).
Result<TaskList> list_tasks(const Platform& platform, const Principal& who, const Result<TaskQuery>& query);

struct TaskDetail {
  OrganisationTask task;
  std::map<std::int64_t, PlannedStart> starts;  // its planned start, when it is in a walked day
};
Result<TaskDetail> get_task(const Platform& platform, const Principal& who, std::int64_t task_id);

// The board of some days (default today and the six days after; at most 63 days). A missed task
// counts as missed only; open and claimed count the tasks whose window is still to come or running.
struct BoardDay {
  DayNumber day = 0;
  std::int64_t open = 0, claimed = 0, done = 0, at_risk = 0, missed = 0;
};
struct Board {
  DayRange range;
  std::vector<BoardDay> days;                 // every day of the range
  std::vector<records::ClientTask> at_risk;   // the first 500 tasks at risk
};
Result<Board> board(const Platform& platform, const Principal& who, const Result<DaysAsked>& days);

// Care staff hand an open task to a caregiver they choose (planning by hand): the market's one
// claim (services/Claims.h claim_in, the one admission rule), so a caregiver it does not fit is a
// conflict naming why, exactly as their own claim would be, and nothing changes. A task another
// caregiver holds and has not started is moved: taken back (take_back_in) and claimed for the
// chosen one in one transaction, so a refusal leaves it with its holder.
//
// With a start (the board's drag to another time), the task starts exactly then in the chosen
// caregiver's day, who may be its holder (a move in time only): a start outside the task's window
// is bad input naming "start"; one the day cannot take (travel, the visits around it) is the
// rule's refusal, and the task stays where and when it was. The start stays fixed: later claims
// that would push it are refused, until the task leaves its holder.
//
// Audited as task.assign; the board hears task.claimed, the caregiver task.assigned (a holder
// whose visit only moved in time: task.rescheduled) and a former holder task.reopened. The answer
// is the task as it now is.
struct HandAssignment {
  std::int64_t caregiver_id = 0;
  std::optional<LocalMinute> start = std::nullopt;  // none: where the day fits it best
};
Result<records::ClientTask> assign_task(const Platform& platform, const Principal& who, std::int64_t task_id,
                                        const Result<HandAssignment>& assignment);

// The coordinator takes a claimed task back into the open market (also after the notice period).
// A task whose care task was changed or removed since the claim is cancelled instead, and the
// current version (if any) takes its day as an open task. The answer is the task as it now is.
Result<records::ClientTask> reopen_task(const Platform& platform, const Principal& who, std::int64_t task_id);

// The step reopen_task and live repair (services/Absences.h) share, in the caller's transaction:
// takes a claimed task its holder has not checked in to back into the market (open and urgent), or
// cancels it when its care task changed since (the current version takes its day). nullopt when it
// was no longer claimed without a check-in. Announces nothing yet: the caller records its audit
// events, then calls announce_taken_back (TaskEvents.h: events after the audit events).
struct TakenBack {
  std::int64_t task_id = 0;
  std::int64_t holder = 0;
  bool superseded = false;  // cancelled, its current version materialised
  UrgentTaskNotice urgent;  // the caregivers it now fits (not the holder)
};
std::optional<TakenBack> take_back_in(store::Transaction& tx, const Platform& platform, const records::TaskRecord& task);
// The board, the holder whose day lost the task (unless they gave it back themselves) and the
// caregivers it now fits, as `change` (released or reopened).
void announce_taken_back(store::Transaction& tx, const Platform& platform, const TakenBack& taken, BoardChange change,
                         bool tell_holder);

}  // namespace carecrowd::services
