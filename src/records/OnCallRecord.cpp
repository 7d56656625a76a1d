#include "records/OnCallRecord.h"

namespace carecrowd::records {
namespace {

// The shift and the name of who is on call (a caregiver's, else the coordinator's account).
constexpr const char* kShiftSelect =
    "SELECT s.id, s.organisation_id, s.caregiver_id, s.coordinator_id, s.starts_at, s.ends_at, s.created_by, "
    "COALESCE(c.name, u.name, '') FROM on_call_shift s LEFT JOIN caregiver c ON c.id = s.caregiver_id "
    "LEFT JOIN app_user u ON u.id = s.coordinator_id ";

OnCallShift shift_of(const store::Row& r) {
  return {r.i64(0), r.i64(1), r.opt_i64(2), r.opt_i64(3), r.i64(4), r.i64(5), r.i64(6), r.text(7)};
}

store::Param optional_param(const std::optional<std::int64_t>& v) {
  if (v) return *v;
  return nullptr;
}

}  // namespace

std::int64_t insert_on_call(store::Transaction& tx, const OnCallShift& s, LocalMinute created_at) {
  const store::Param caregiver = optional_param(s.caregiver_id);
  const store::Param coordinator = optional_param(s.coordinator_id);
  return *tx.query_i64(
      "INSERT INTO on_call_shift (organisation_id, caregiver_id, coordinator_id, starts_at, ends_at, created_by, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {s.organisation_id, caregiver, coordinator, s.starts_at, s.ends_at, s.created_by, created_at});
}

std::optional<OnCallShift> read_on_call(store::Transaction& tx, std::int64_t shift_id) {
  const auto rows = tx.query(std::string(kShiftSelect) + "WHERE s.id = ?", {shift_id});
  if (rows.empty()) return std::nullopt;
  return shift_of(rows[0]);
}

void delete_on_call(store::Transaction& tx, std::int64_t shift_id) {
  tx.exec("DELETE FROM on_call_shift WHERE id = ?", {shift_id});
}

std::vector<OnCallShift> on_call_between(store::Transaction& tx, std::int64_t organisation_id, LocalMinute from,
                                         LocalMinute to, std::optional<std::int64_t> caregiver_id) {
  std::string sql = std::string(kShiftSelect) + "WHERE s.organisation_id = ? AND s.ends_at > ? AND s.starts_at < ?";
  std::vector<store::Param> params{organisation_id, from, to};
  if (caregiver_id) {
    sql += " AND s.caregiver_id = ?";
    params.emplace_back(*caregiver_id);
  }
  sql += " ORDER BY s.starts_at, s.id";
  std::vector<OnCallShift> out;
  for (const auto& r : tx.query(sql, params)) out.push_back(shift_of(r));
  return out;
}

std::optional<OnCallShift> coordinator_on_call(store::Transaction& tx, std::int64_t organisation_id, LocalMinute at) {
  const auto rows = tx.query(std::string(kShiftSelect) +
                                 "WHERE s.organisation_id = ? AND s.coordinator_id IS NOT NULL AND s.starts_at <= ? "
                                 "AND s.ends_at > ? ORDER BY s.starts_at DESC, s.id DESC LIMIT 1",
                             {organisation_id, at, at});
  if (rows.empty()) return std::nullopt;
  return shift_of(rows[0]);
}

}  // namespace carecrowd::records
