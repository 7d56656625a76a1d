#include "records/AlarmRecord.h"

namespace carecrowd::records {
namespace {

std::string name(domain::AlarmStatus status) { return std::string(domain::to_string(status)); }

// The one column list of the alarm table (created_by and version are written, never read back).
constexpr const char* kAlarmColumns =
    "id, organisation_id, client_id, device_id, kind, priority, observed_at, observations, source_id, "
    "policy_version, status, escalation, round, due_at, caregiver_id, task_id, created_at, contact_user_id";

AlarmRecord alarm_of(const store::Row& r) {
  AlarmRecord a;
  a.id = r.i64(0);
  a.organisation_id = r.i64(1);
  a.client_id = r.i64(2);
  a.device_id = r.opt_i64(3);
  // Every stored name was written by domain::to_string; an unknown one reads as the safest value.
  a.kind = domain::parse_alarm_kind(r.text(4)).value_or(domain::AlarmKind::button);
  a.priority = domain::parse_alarm_priority(r.text(5)).value_or(domain::AlarmPriority::high);
  a.observed_at = r.i64(6);
  a.observations_json = r.text(7);
  a.source_id = r.text(8);
  a.policy_version = r.i64(9);
  a.status = domain::parse_alarm_status(r.text(10)).value_or(domain::AlarmStatus::escalated);
  if (!r.is_null(11)) a.escalation = domain::parse_escalation(r.text(11));
  a.round = static_cast<int>(r.i64(12));
  a.due_at = r.opt_i64(13);
  a.caregiver_id = r.opt_i64(14);
  a.task_id = r.opt_i64(15);
  a.created_at = r.i64(16);
  a.contact_user_id = r.opt_i64(17);
  return a;
}

std::optional<AlarmRecord> first(const store::Rows& rows) {
  if (rows.empty()) return std::nullopt;
  return alarm_of(rows[0]);
}

store::Param optional_param(const std::optional<std::int64_t>& v) {
  return v ? store::Param{*v} : store::Param{nullptr};
}

}  // namespace

std::optional<std::int64_t> insert_alarm(store::Transaction& tx, const AlarmRecord& a, std::int64_t created_by) {
  // ON CONFLICT DO NOTHING: a second alarm with the source id (also one committed meanwhile by
  // another process) writes nothing and returns no row.
  return tx.query_i64(
      "INSERT INTO alarm (organisation_id, client_id, device_id, kind, priority, observed_at, observations, "
      "source_id, policy_version, status, task_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (organisation_id, source_id) DO NOTHING RETURNING id",
      {a.organisation_id, a.client_id, optional_param(a.device_id), std::string(domain::to_string(a.kind)),
       std::string(domain::to_string(a.priority)), a.observed_at, a.observations_json, a.source_id, a.policy_version,
       name(domain::AlarmStatus::created), optional_param(a.task_id), optional_param(created_by ? std::optional<std::int64_t>(created_by) : std::nullopt), a.created_at});
}

std::optional<AlarmRecord> alarm_by_source(store::Transaction& tx, std::int64_t organisation_id,
                                           const std::string& source_id) {
  return first(tx.query(std::string("SELECT ") + kAlarmColumns + " FROM alarm WHERE organisation_id = ? AND source_id = ?",
                        {organisation_id, source_id}));
}

std::optional<AlarmRecord> read_alarm(store::Transaction& tx, std::int64_t alarm_id) {
  return first(tx.query(std::string("SELECT ") + kAlarmColumns + " FROM alarm WHERE id = ?", {alarm_id}));
}

std::optional<AlarmRecord> take_alarm_turn(store::Transaction& tx, std::int64_t alarm_id) {
  return first(tx.query(std::string("UPDATE alarm SET version = version + 1 WHERE id = ? RETURNING ") + kAlarmColumns,
                        {alarm_id}));
}

void store_standing(store::Transaction& tx, std::int64_t alarm_id, const AlarmStanding& s) {
  tx.exec("UPDATE alarm SET status = ?, escalation = ?, round = ?, due_at = ?, caregiver_id = ?, contact_user_id = ? "
          "WHERE id = ?",
          {std::string(domain::to_string(s.status)),
           s.escalation ? store::Param{std::string(domain::to_string(*s.escalation))} : store::Param{nullptr},
           std::int64_t{s.round}, optional_param(s.due_at), optional_param(s.caregiver_id),
           optional_param(s.contact_user_id), alarm_id});
}

std::vector<std::int64_t> alarms_to_advance(store::Transaction& tx, LocalMinute now, std::int64_t limit) {
  std::vector<std::int64_t> ids;
  const auto rows = tx.query(
      "SELECT id FROM alarm WHERE due_at <= ? OR (status = ? AND NOT EXISTS "
      "(SELECT 1 FROM alarm_offer o WHERE o.alarm_id = alarm.id AND o.status = ?)) "
      "ORDER BY due_at, id LIMIT ?",
      {now, name(domain::AlarmStatus::dispatching), std::string(domain::to_string(domain::OfferStatus::offered)), limit});
  for (const auto& r : rows) ids.push_back(r.i64(0));
  return ids;
}

std::optional<std::int64_t> alarm_held_by(store::Transaction& tx, std::int64_t caregiver_id) {
  return tx.query_i64("SELECT id FROM alarm WHERE caregiver_id = ? AND status IN (?, ?) LIMIT 1",
                      {caregiver_id, name(domain::AlarmStatus::accepted), name(domain::AlarmStatus::on_site)});
}

std::vector<AlarmRecord> organisation_alarms(store::Transaction& tx, std::int64_t organisation_id, bool open_only,
                                             std::int64_t limit) {
  std::string sql = std::string("SELECT ") + kAlarmColumns + " FROM alarm WHERE organisation_id = ?";
  if (open_only) sql += " AND status <> ?";
  sql += " ORDER BY id DESC LIMIT ?";
  std::vector<store::Param> params{organisation_id};
  if (open_only) params.emplace_back(name(domain::AlarmStatus::resolved));
  params.emplace_back(limit);
  std::vector<AlarmRecord> out;
  for (const auto& r : tx.query(sql, params)) out.push_back(alarm_of(r));
  return out;
}

std::vector<AlarmRecord> alarms_received(store::Transaction& tx, std::int64_t organisation_id, LocalMinute from,
                                         LocalMinute to) {
  std::vector<AlarmRecord> out;
  const auto rows = tx.query(std::string("SELECT ") + kAlarmColumns +
                                 " FROM alarm WHERE organisation_id = ? AND created_at >= ? AND created_at < ? "
                                 "ORDER BY created_at, id",
                             {organisation_id, from, to});
  for (const auto& r : rows) out.push_back(alarm_of(r));
  return out;
}

std::vector<AlarmRecord> client_alarms(store::Transaction& tx, std::int64_t client_id, LocalMinute since,
                                       std::int64_t limit) {
  std::vector<AlarmRecord> out;
  const auto rows = tx.query(std::string("SELECT ") + kAlarmColumns +
                                 " FROM alarm WHERE client_id = ? AND (created_at >= ? OR status <> ?) "
                                 "ORDER BY id DESC LIMIT ?",
                             {client_id, since, name(domain::AlarmStatus::resolved), limit});
  for (const auto& r : rows) out.push_back(alarm_of(r));
  return out;
}

}  // namespace carecrowd::records
