#include "records/TaskReleaseRecord.h"

#include <string>

namespace carecrowd::records {

void insert_task_release(store::Transaction& tx, const TaskRelease& r) {
  store::Param by = nullptr;
  if (r.released_by) by = *r.released_by;
  tx.exec("INSERT INTO task_release (task_id, organisation_id, caregiver_id, cause, day, window_start, released_at, "
          "released_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          {r.task_id, r.organisation_id, r.caregiver_id, std::string(domain::to_string(r.cause)), r.day, r.window_start,
           r.released_at, by});
}

std::vector<std::int64_t> released_open_tasks(store::Transaction& tx, std::int64_t organisation_id, DayNumber first,
                                              DayNumber last) {
  std::vector<std::int64_t> out;
  for (const auto& r : tx.query("SELECT DISTINCT t.id FROM task_release r JOIN task t ON t.id = r.task_id "
                                "WHERE r.organisation_id = ? AND r.day >= ? AND r.day <= ? AND t.status = ? ORDER BY t.id",
                                {organisation_id, first, last, std::string(domain::to_string(domain::TaskStatus::open))})) {
    out.push_back(r.i64(0));
  }
  return out;
}

std::vector<ReleaseOutcome> release_outcomes(store::Transaction& tx, std::int64_t organisation_id, DayNumber first,
                                             DayNumber last) {
  std::vector<ReleaseOutcome> out;
  for (const auto& r : tx.query("SELECT r.cause, r.day, r.window_start, r.released_at, t.status, t.claimed_at "
                                "FROM task_release r JOIN task t ON t.id = r.task_id "
                                "WHERE r.organisation_id = ? AND r.day >= ? AND r.day <= ?",
                                {organisation_id, first, last})) {
    ReleaseOutcome o;
    o.cause = domain::parse_release_cause(r.text(0)).value_or(domain::ReleaseCause::absent);
    o.day = r.i64(1);
    o.window_start = r.i64(2);
    o.released_at = r.i64(3);
    o.status = domain::parse_task_status(r.text(4)).value_or(domain::TaskStatus::open);
    o.claimed_at = r.opt_i64(5);
    out.push_back(o);
  }
  return out;
}

}  // namespace carecrowd::records
