#include "records/AlarmTimeline.h"

namespace carecrowd::records {
namespace {

// The one column list of alarm_step as read back.
constexpr const char* kStepColumns = "s.at, s.event, s.status, s.actor, s.reason, s.escalation";

AlarmStep step_of(const store::Row& r, int first) {
  AlarmStep s{r.i64(first), r.text(first + 1),
              domain::parse_alarm_status(r.text(first + 2)).value_or(domain::AlarmStatus::created), r.text(first + 3),
              r.text(first + 4), std::nullopt};
  if (!r.is_null(first + 5)) s.escalation = domain::parse_escalation(r.text(first + 5));
  return s;
}

}  // namespace

void append_step(store::Transaction& tx, std::int64_t alarm_id, const AlarmStep& s) {
  const store::Param escalation =
      s.escalation ? store::Param{std::string(domain::to_string(*s.escalation))} : store::Param{nullptr};
  tx.exec_deferred(
      "INSERT INTO alarm_step (alarm_id, at, event, status, actor, reason, escalation) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {alarm_id, s.at, s.event, std::string(domain::to_string(s.status)), s.actor, s.reason, escalation});
}

std::vector<AlarmStep> steps_of(store::Transaction& tx, std::int64_t alarm_id) {
  std::vector<AlarmStep> out;
  for (const auto& r : tx.query(std::string("SELECT ") + kStepColumns + " FROM alarm_step s WHERE s.alarm_id = ? ORDER BY s.id",
                                {alarm_id})) {
    out.push_back(step_of(r, 0));
  }
  return out;
}

std::vector<std::pair<std::int64_t, AlarmStep>> steps_of_alarms_received(store::Transaction& tx,
                                                                         std::int64_t organisation_id,
                                                                         LocalMinute from, LocalMinute to) {
  std::vector<std::pair<std::int64_t, AlarmStep>> out;
  const auto rows = tx.query(std::string("SELECT s.alarm_id, ") + kStepColumns +
                                 " FROM alarm_step s JOIN alarm a ON a.id = s.alarm_id "
                                 "WHERE a.organisation_id = ? AND a.created_at >= ? AND a.created_at < ? "
                                 "ORDER BY s.alarm_id, s.id",
                             {organisation_id, from, to});
  for (const auto& r : rows) out.emplace_back(r.i64(0), step_of(r, 1));
  return out;
}

}  // namespace carecrowd::records
