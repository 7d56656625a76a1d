#include "records/TaskRecord.h"

namespace carecrowd::records {
namespace {

constexpr const char* kTaskColumns =
    "t.id, t.organisation_id, t.client_id, t.care_task_id, t.day, t.window_start, t.window_end, t.duration, t.status, "
    "t.caregiver_id, t.check_in, t.urgent";

TaskRecord task_record(const store::Row& r) {
  TaskRecord t;
  t.id = r.i64(0);
  t.organisation_id = r.i64(1);
  t.client_id = r.i64(2);
  t.care_task_id = r.i64(3);
  t.day = r.i64(4);
  t.window_start = r.i64(5);
  t.window_end = r.i64(6);
  t.duration = r.i64(7);
  t.status = r.text(8);
  t.caregiver_id = r.opt_i64(9);
  t.check_in = r.opt_i64(10);
  t.urgent = r.i64(11) != 0;
  return t;
}

}  // namespace

std::optional<TaskRecord> read_task(store::Transaction& tx, std::int64_t task_id) {
  const auto rows = tx.query(std::string("SELECT ") + kTaskColumns + " FROM task t WHERE t.id = ?", {task_id});
  if (rows.empty()) return std::nullopt;
  return task_record(rows[0]);
}

std::vector<TaskRecord> unannounced_tasks_starting_by(store::Transaction& tx, LocalMinute starts_by, LocalMinute now) {
  std::vector<TaskRecord> out;
  // A window spans at most a day and a visit lasts at most 8 hours, so a task that started two days
  // ago has ended: the lower bound keeps months of never-claimed history out of the index range.
  const LocalMinute started_after = now - 2 * kMinutesPerDay;
  // Each status on its own jumps into the (status, window_start) index.
  for (const char* status : {"open", "claimed"}) {
    for (const auto& r : tx.query(std::string("SELECT ") + kTaskColumns +
                                      " FROM task t WHERE t.status = ? AND t.window_start >= ? AND t.window_start <= ? "
                                      "AND t.window_end + t.duration >= ? AND NOT EXISTS "
                                      "(SELECT 1 FROM task_at_risk a WHERE a.task_id = t.id) ORDER BY t.id",
                                  {std::string(status), started_after, starts_by, now})) {
      out.push_back(task_record(r));
    }
  }
  return out;
}

bool mark_announced_at_risk(store::Transaction& tx, std::int64_t task_id, LocalMinute at) {
  return tx.exec("INSERT INTO task_at_risk (task_id, announced_at) VALUES (?, ?) ON CONFLICT (task_id) DO NOTHING",
                 {task_id, at}) == 1;
}

std::int64_t forget_at_risk_announcements(store::Transaction& tx, LocalMinute before) {
  return tx.exec("DELETE FROM task_at_risk WHERE announced_at < ?", {before});
}

}  // namespace carecrowd::records
