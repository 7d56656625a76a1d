// TaskRecord: the task table (store migrations 0001, 0002, 0005, 0022) as one typed record with one
// column list, the reads the services make of it, the storing of new tasks (always open, never
// twice for one care task, day and slot) and every change of a task's state as a named,
// conditional write. A conditional write changes the row only when it is still in the state the
// caller judged (a claim only an open task, a check-in only the holder's claimed task not yet
// checked in), so that two requests racing on one task, or on PostgreSQL two processes, cannot
// both win: the caller learns from the result whether it did. Rules (who may, when) live in
// market/ and services/; this file knows only how a task is stored.
//
// Also the task_at_risk table (migration 0006) that remembers which tasks were announced at risk.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/CivilTime.h"
#include "domain/StepOutcome.h"
#include "domain/TaskStatus.h"
#include "records/CaregiverHome.h"
#include "store/Database.h"
#include "store/QueryBatch.h"

namespace carecrowd::records {

struct TaskRecord {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::int64_t client_id = 0;
  std::int64_t care_task_id = 0;  // with day and slot, names the task (a double-staffed visit has two slots)
  DayNumber day = 0;
  std::int64_t slot = 0;
  LocalMinute window_start = 0;  // when the visit may start (platform minutes)
  LocalMinute window_end = 0;
  std::int64_t duration = 0;     // minutes
  std::string task_type;
  int level = 0;                 // the level (niveau) it asks for, 0..6
  std::string certificates;      // as stored: comma-separated codes, "" for none
  std::string mode;              // physical | digital
  std::int64_t pay_cents = 0;
  double lat = 0, lon = 0;       // the client's home (a digital visit keeps it too)
  std::string area;              // what the feed shows instead of the address
  domain::TaskStatus status = domain::TaskStatus::open;
  std::optional<std::int64_t> caregiver_id;  // the holder of a claimed or done task
  std::optional<LocalMinute> claimed_at;
  bool urgent = false;           // open again at short notice (released or reopened)
  std::optional<LocalMinute> check_in, check_out;
  std::optional<LocalMinute> planned_start;  // where the holder's day starts it (the order claims keep)
  std::int64_t version = 1;
  std::optional<domain::StepOutcome> outcome;      // what came of it, once known (migration 0013)
  std::optional<std::int64_t> follow_up_task_id;  // the physical visit its outcome called for
  std::optional<LocalMinute> fixed_start;  // the start care staff chose by hand (migration 0022)

  [[nodiscard]] bool digital() const { return mode == "digital"; }
};

// The task's columns, qualified with the alias `t`, in the order read_task_columns reads them:
// for a query that joins other tables and reads the task's columns first.
[[nodiscard]] const std::string& task_columns();
// The task from the first task_columns().size() columns of `row`.
[[nodiscard]] TaskRecord read_task_columns(const store::Row& row);
// How many columns task_columns() lists: the first column after them in a joined row.
[[nodiscard]] std::size_t task_column_count();

std::optional<TaskRecord> read_task(store::Transaction& tx, std::int64_t task_id);
// The same as part of `batch`: `out` is set when the batch runs.
void read_task(store::QueryBatch& batch, std::optional<TaskRecord>& out, std::int64_t task_id);

// The claimed and done tasks of a caregiver whose windows start in [from, until), by window start,
// with what their days are judged by: id, care task, day, window, duration, mode, place, status,
// check-in, planned and fixed start and holder (the other fields keep their defaults); and the minutes of
// work (durations) of those of each week given by its Monday: a week's hours without reading its
// visits. One statement.
struct HeldDays {
  std::vector<TaskRecord> tasks;
  std::map<DayNumber, std::int64_t> week_minutes;  // by Monday
};
HeldDays held_days(store::Transaction& tx, std::int64_t caregiver_id, LocalMinute from, LocalMinute until,
                   const std::vector<DayNumber>& mondays);
// The same as part of `batch`: `out` is set when the batch runs.
void held_days(store::QueryBatch& batch, HeldDays& out, std::int64_t caregiver_id, LocalMinute from,
               LocalMinute until, const std::vector<DayNumber>& mondays);

// Open and claimed tasks that start by `starts_by`, have not ended at `now` (window end plus
// duration) and were never announced at risk, by id: every task the at-risk rule could newly flag
// when `starts_by` is at least as late as the rule looks ahead.
std::vector<TaskRecord> unannounced_tasks_starting_by(store::Transaction& tx, LocalMinute starts_by, LocalMinute now);

// Where a caregiver may find work: open tasks whose window starts in [start_from, start_until], of
// the organisations the caregiver works for, at or below `max_level`, digital or at a place inside
// the box (every filter a column of the task_feed index, so rows that fail are never read).
struct OpenTaskArea {
  LocalMinute start_from = 0, start_until = 0;
  std::int64_t caregiver_id = 0;
  int max_level = 0;
  double min_lat = 0, max_lat = 0, min_lon = 0, max_lon = 0;
};

// The feed's candidates: the open tasks of the area that ask no certificate of the catalogue that is
// not among `held_certificates` (the codes the caregiver holds verified and valid, comma-separated)
// and start in one of `starts` (each [from, until], earliest first; the area's own start range is
// not used); range by range, each earliest first, at most `limit` in all. Each range jumps to its
// place in the feed's index; PostgreSQL asks all ranges in one statement, SQLite up to eight.
// `organisation_ids`: the organisations of the area's caregiver, as the caller read them
// (PostgreSQL takes them as values; SQLite reads them by the caregiver's id); none: no candidates.
struct StartRange {
  LocalMinute from = 0, until = 0;
};
struct FeedSearch {
  OpenTaskArea area;
  std::vector<std::int64_t> organisation_ids;
  std::string held_certificates;
  std::vector<StartRange> starts;
  std::int64_t limit = 0;
};
std::vector<TaskRecord> open_tasks_for_feed(store::Transaction& tx, const FeedSearch& search);
// The open tasks of the area that ask some certificate (what a missing certificate would unlock),
// with care task, day, duration, pay, certificates, mode and place.
std::vector<TaskRecord> open_tasks_asking_certificates(store::Transaction& tx, const OpenTaskArea& area);

// The claimed and done tasks of these caregivers on days first..last, each with its holder's home:
// what their days are walked by (id, holder, day, window, duration, mode, place, check-in, planned
// and fixed start; the other fields keep their defaults), in the order the database finds them. One query.
struct TaskAtHome {
  TaskRecord task;
  CaregiverHome home;
};
std::vector<TaskAtHome> held_tasks_of_days(store::Transaction& tx, const std::vector<std::int64_t>& caregiver_ids,
                                           DayNumber first, DayNumber last);

// Every task of the organisation on days first..last that is not cancelled, with what its key
// figures are computed from: client, day, window, duration, status, holder, check-in and check-out,
// pay, place, area and mode (the other fields keep their defaults); in the order the database finds
// them.
std::vector<TaskRecord> tasks_for_key_figures(store::Transaction& tx, std::int64_t organisation_id, DayNumber first,
                                              DayNumber last);

// A task with its client's name: what a coordinator's lists and board show.
struct ClientTask {
  TaskRecord task;
  std::string client_name;
};
std::optional<ClientTask> read_client_task(store::Transaction& tx, std::int64_t task_id);

// An organisation's tasks of days first..last with id above `after`, by id, at most `limit`;
// only those of `status` and of `client_id` when given.
struct TaskListing {
  std::int64_t organisation_id = 0;
  DayNumber first = 0, last = 0;
  std::int64_t after = 0;
  std::optional<domain::TaskStatus> status;
  std::optional<std::int64_t> client_id;
  std::int64_t limit = 200;
};
std::vector<ClientTask> list_tasks(store::Transaction& tx, const TaskListing& listing);
// Every task of the organisation on days first..last that is not cancelled (the planning board).
std::vector<ClientTask> board_tasks(store::Transaction& tx, std::int64_t organisation_id, DayNumber first, DayNumber last);

// The tasks of one care task on days first..last whose window starts after `after`: what a change
// of the care arrangement retires. Open ones are cancelled (returns how many); claimed ones are
// listed, by window start, and stay until the coordinator decides (a caregiver committed to them).
std::int64_t cancel_open_tasks(store::Transaction& tx, std::int64_t care_task_id, LocalMinute after, DayNumber first,
                               DayNumber last);
std::vector<ClientTask> claimed_tasks(store::Transaction& tx, std::int64_t care_task_id, LocalMinute after,
                                      DayNumber first, DayNumber last);

// The client moved: their tasks whose window starts after `after` go to the new place and area.
std::int64_t move_future_tasks(store::Transaction& tx, std::int64_t client_id, LocalMinute after, double lat, double lon,
                               const std::string& area);

// How many tasks of the organisation the caregiver holds claimed (not yet done).
std::int64_t claimed_task_count(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t organisation_id);

// Where caregivers are now by the visits they are checked in at: the home of the client of the
// latest physical visit each checked in at and has not checked out of; in one statement, by
// caregiver id, those checked in somewhere.
struct Place {
  double lat = 0, lon = 0;
};
std::map<std::int64_t, Place> checked_in_places(store::Transaction& tx, const std::vector<std::int64_t>& caregiver_ids);

// The caregiver's claimed tasks they have not checked in to that can still start at or after
// `from` (window end at or after it) and start before `until`, of one organisation when given, by
// window start: what an absence or sickness from `from` to `until` takes from them (live repair).
std::vector<TaskRecord> claimed_tasks_not_started(store::Transaction& tx, std::int64_t caregiver_id, LocalMinute from,
                                                  LocalMinute until, std::optional<std::int64_t> organisation_id);

// Claimed visits to monitored clients (a client with a registered device) whose window opened in
// (opened_after, opened_by] and that are not checked in, with no alarm raised about them yet: what
// the platform's carer-non-arrival check judges (services/NonArrivals.h). By id.
std::vector<TaskRecord> unarrived_monitored_visits(store::Transaction& tx, LocalMinute opened_after,
                                                   LocalMinute opened_by);

// Stores new tasks as open (each one's id, status, holder, claim, check-in and -out, planned start
// and version are ignored: a new task has none yet), skipping every task whose (care task, day,
// slot) is stored already, so that materialising twice, or from two processes at once, never
// duplicates one. Returns how many were stored.
std::int64_t insert_open_tasks(store::Transaction& tx, const std::vector<TaskRecord>& tasks);

// --- Changes of state. Each returns whether the row was in the state named and changed. ---

// open -> claimed by `caregiver_id` at `at`; no longer urgent.
bool claim_open_task(store::Transaction& tx, std::int64_t task_id, std::int64_t caregiver_id, LocalMinute at);
// The holder gives back a claimed task they have not checked in to: open again, urgent.
bool release_claimed_task(store::Transaction& tx, std::int64_t task_id, std::int64_t caregiver_id);
// The holder arrives: a claimed task without a check-in gets one.
bool check_in_task(store::Transaction& tx, std::int64_t task_id, std::int64_t caregiver_id, LocalMinute at);
// The holder leaves: a checked-in claimed task becomes done.
bool check_out_task(store::Transaction& tx, std::int64_t task_id, std::int64_t caregiver_id, LocalMinute at);
// A coordinator takes a claimed task that has not started back: open again, urgent, no holder.
bool reopen_claimed_task(store::Transaction& tx, std::int64_t task_id);
// A coordinator takes back a claimed task whose care task changed since: cancelled, no holder.
bool cancel_claimed_task(store::Transaction& tx, std::int64_t task_id);
// Each of the three above also keeps that the visit left its holder (task_left, migration 0016),
// with the task's version after the change: the holder's calendar shows it as cancelled.
struct LeftTask {
  TaskRecord task;           // as it is now
  std::int64_t version = 0;  // the task's version when it last left the caregiver
};
// The visits that left the caregiver whose windows start in [from, until) and that they do not
// hold again, by id. One statement.
std::vector<LeftTask> tasks_left(store::Transaction& tx, std::int64_t caregiver_id, LocalMinute from,
                                 LocalMinute until);
// Where the holder's day starts the task, kept only while it is still theirs and claimed (on
// PostgreSQL a task reopened and claimed by someone else meanwhile keeps its new holder's time).
// Sent with the transaction's next statement (Transaction::exec_deferred).
void store_planned_start(store::Transaction& tx, std::int64_t task_id, std::int64_t caregiver_id, LocalMinute start);
// The start care staff chose for the task by hand, on the same conditions; cleared with the
// planned start when the task leaves its holder.
void store_fixed_start(store::Transaction& tx, std::int64_t task_id, std::int64_t caregiver_id, LocalMinute start);

// --- Blended journeys (migration 0013; services/Journeys.h). ---

// Writes what came of a step, once: true only for the first outcome (a second check-out, or the
// sweep after a caregiver's check-out, changes nothing). `missed` is written only to a step that
// has no check-in.
bool record_step_outcome(store::Transaction& tx, std::int64_t task_id, domain::StepOutcome outcome);
// The physical visit a step's outcome called for.
void link_follow_up(store::Transaction& tx, std::int64_t task_id, std::int64_t follow_up_task_id);
// Stores a follow-up visit as insert_open_tasks stores a task, but urgent; returns its id, or
// nullopt when its (care task, day, slot) is taken (the line's visit of that day exists already).
std::optional<std::int64_t> insert_follow_up(store::Transaction& tx, const TaskRecord& task);
// The task of a care task, day and slot, if stored.
std::optional<std::int64_t> task_id_of(store::Transaction& tx, std::int64_t care_task_id, DayNumber day,
                                       std::int64_t slot);
// Digital steps (open or claimed, not checked in, no outcome yet) whose window ended in
// (ended_after, ended_by] and whose line has an active contingent line answering "missed": the steps
// the platform's sweep marks missed. By id.
std::vector<TaskRecord> unheld_digital_steps(store::Transaction& tx, LocalMinute ended_after, LocalMinute ended_by);

// Remembers that the task was announced at risk; true only for the first call per task, also when
// several processes try at once (PostgreSQL: the second insert waits for the first to commit and
// then does nothing).
bool mark_announced_at_risk(store::Transaction& tx, std::int64_t task_id, LocalMinute at);
// Forgets announcements made before `before` (their tasks are long over). Returns how many.
std::int64_t forget_at_risk_announcements(store::Transaction& tx, LocalMinute before);

}  // namespace carecrowd::records
