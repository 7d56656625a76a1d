// TaskRecord: what the live events need to read of the task table (the task's organisation, day,
// window and state), and the task_at_risk table (store migration 0006) that remembers which tasks
// were announced at risk. The rules over them (when a task is at risk, who is told) live in
// services; the database only narrows the rows down cheaply.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

struct TaskRecord {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::int64_t client_id = 0;
  std::int64_t care_task_id = 0;
  DayNumber day = 0;
  LocalMinute window_start = 0;
  LocalMinute window_end = 0;
  std::int64_t duration = 0;
  std::string status;  // open | claimed | done | cancelled
  std::optional<std::int64_t> caregiver_id;
  std::optional<LocalMinute> check_in;
  bool urgent = false;
};

std::optional<TaskRecord> read_task(store::Transaction& tx, std::int64_t task_id);

// Open and claimed tasks that start by `starts_by`, have not ended at `now` (window end plus
// duration) and were never announced at risk, by id: every task the at-risk rule could newly flag
// when `starts_by` is at least as late as the rule looks ahead.
std::vector<TaskRecord> unannounced_tasks_starting_by(store::Transaction& tx, LocalMinute starts_by, LocalMinute now);

// Remembers that the task was announced at risk; true only for the first call per task, also when
// several processes try at once (PostgreSQL: the second insert waits for the first to commit and
// then does nothing).
bool mark_announced_at_risk(store::Transaction& tx, std::int64_t task_id, LocalMinute at);
// Forgets announcements made before `before` (their tasks are long over). Returns how many.
std::int64_t forget_at_risk_announcements(store::Transaction& tx, LocalMinute before);

}  // namespace carecrowd::records
