#include "records/CaregiverPositionRecord.h"

namespace carecrowd::records {

void store_position(store::Transaction& tx, std::int64_t caregiver_id, const CaregiverPosition& p) {
  tx.exec("INSERT INTO caregiver_position (caregiver_id, lat, lon, reported_at) VALUES (?, ?, ?, ?) "
          "ON CONFLICT (caregiver_id) DO UPDATE SET lat = excluded.lat, lon = excluded.lon, reported_at = excluded.reported_at",
          {caregiver_id, p.lat, p.lon, p.reported_at});
}

std::optional<CaregiverPosition> last_position(store::Transaction& tx, std::int64_t caregiver_id) {
  const auto rows = tx.query("SELECT lat, lon, reported_at FROM caregiver_position WHERE caregiver_id = ?", {caregiver_id});
  if (rows.empty()) return std::nullopt;
  return CaregiverPosition{rows[0].f64(0), rows[0].f64(1), rows[0].i64(2)};
}

void forget_position(store::Transaction& tx, std::int64_t caregiver_id) {
  tx.exec("DELETE FROM caregiver_position WHERE caregiver_id = ?", {caregiver_id});
}

std::int64_t forget_positions_before(store::Transaction& tx, LocalMinute before) {
  return tx.exec("DELETE FROM caregiver_position WHERE reported_at < ?", {before});
}

}  // namespace carecrowd::records
