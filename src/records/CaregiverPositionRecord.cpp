#include "records/CaregiverPositionRecord.h"

#include "records/IdList.h"

namespace carecrowd::records {

void store_position(store::Transaction& tx, std::int64_t caregiver_id, const CaregiverPosition& p) {
  tx.exec("INSERT INTO caregiver_position (caregiver_id, lat, lon, reported_at) VALUES (?, ?, ?, ?) "
          "ON CONFLICT (caregiver_id) DO UPDATE SET lat = excluded.lat, lon = excluded.lon, reported_at = excluded.reported_at",
          {caregiver_id, p.lat, p.lon, p.reported_at});
}

std::optional<CaregiverPosition> last_position(store::Transaction& tx, std::int64_t caregiver_id) {
  const auto positions = last_positions(tx, {caregiver_id});
  if (positions.empty()) return std::nullopt;
  return positions.begin()->second;
}

std::map<std::int64_t, CaregiverPosition> last_positions(store::Transaction& tx,
                                                         const std::vector<std::int64_t>& caregiver_ids) {
  std::map<std::int64_t, CaregiverPosition> out;
  if (caregiver_ids.empty()) return out;
  std::vector<store::Param> params;
  append_id_params(params, caregiver_ids);
  for (const auto& r : tx.query("SELECT caregiver_id, lat, lon, reported_at FROM caregiver_position WHERE caregiver_id IN " +
                                    id_list_sql(caregiver_ids),
                                params)) {
    out.try_emplace(r.i64(0), CaregiverPosition{r.f64(1), r.f64(2), r.i64(3)});
  }
  return out;
}

void forget_position(store::Transaction& tx, std::int64_t caregiver_id) {
  tx.exec("DELETE FROM caregiver_position WHERE caregiver_id = ?", {caregiver_id});
}

std::int64_t forget_positions_before(store::Transaction& tx, LocalMinute before) {
  return tx.exec("DELETE FROM caregiver_position WHERE reported_at < ?", {before});
}

}  // namespace carecrowd::records
