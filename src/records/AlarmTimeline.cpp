#include "records/AlarmTimeline.h"

namespace carecrowd::records {

void append_step(store::Transaction& tx, std::int64_t alarm_id, const AlarmStep& s) {
  tx.exec_deferred("INSERT INTO alarm_step (alarm_id, at, event, status, actor, reason) VALUES (?, ?, ?, ?, ?, ?)",
                   {alarm_id, s.at, s.event, std::string(domain::to_string(s.status)), s.actor, s.reason});
}

std::vector<AlarmStep> steps_of(store::Transaction& tx, std::int64_t alarm_id) {
  std::vector<AlarmStep> out;
  for (const auto& r : tx.query("SELECT at, event, status, actor, reason FROM alarm_step WHERE alarm_id = ? ORDER BY id",
                                {alarm_id})) {
    out.push_back({r.i64(0), r.text(1), domain::parse_alarm_status(r.text(2)).value_or(domain::AlarmStatus::created),
                   r.text(3), r.text(4)});
  }
  return out;
}

}  // namespace carecrowd::records
