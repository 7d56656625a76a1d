#include "records/CaregiverRecord.h"

#include <string>

namespace carecrowd::records {

std::vector<std::int64_t> caregivers_to_judge(store::Transaction& tx, const CaregiverSearch& search, std::int64_t limit) {
  // Where they are: a fresh last known position, else home.
  const bool positions = search.positions_since.has_value();
  const std::string lat = positions ? "COALESCE(p.lat, c.home_lat)" : "c.home_lat";
  const std::string lon = positions ? "COALESCE(p.lon, c.home_lon)" : "c.home_lon";
  std::string sql = "SELECT c.id FROM caregiver c JOIN caregiver_organisation co ON co.caregiver_id = c.id ";
  std::vector<store::Param> params;
  if (positions) {
    sql += "LEFT JOIN caregiver_position p ON p.caregiver_id = c.id AND p.reported_at >= ? ";
    params.emplace_back(*search.positions_since);
  }
  // Availability on the day by any entry that says "available": a one-off "not available" may still
  // rule the caregiver out, which the market's calendar decides afterwards.
  sql += "WHERE co.organisation_id = ? AND c.level >= ? AND c.id <> ? AND (EXISTS (SELECT 1 FROM availability a "
         "WHERE a.caregiver_id = c.id AND a.available = 1 AND (a.weekday = ? OR a.day = ?))";
  for (const store::Param& v : std::vector<store::Param>{search.organisation_id, search.level, search.except_caregiver,
                                                        std::int64_t{weekday(search.day)}, search.day}) {
    params.push_back(v);
  }
  if (search.on_call_counts) {
    sql += " OR EXISTS (SELECT 1 FROM on_call_shift s WHERE s.caregiver_id = c.id AND s.organisation_id = co.organisation_id "
           "AND s.ends_at > ? AND s.starts_at < ?)";
    params.emplace_back(search.day * kMinutesPerDay);
    params.emplace_back((search.day + 1) * kMinutesPerDay);
  }
  sql += ")";
  if (const auto& box = search.home_within) {
    sql += " AND " + lat + " >= ? AND " + lat + " <= ? AND " + lon + " >= ? AND " + lon + " <= ?" + " ORDER BY (" + lat +
           " - ?) * (" + lat + " - ?) + (" + lon + " - ?) * (" + lon + " - ?), c.id";
    for (double v : {box->min_lat, box->max_lat, box->min_lon, box->max_lon, box->lat, box->lat, box->lon, box->lon}) {
      params.emplace_back(v);
    }
  } else {
    sql += " ORDER BY c.id";
  }
  sql += " LIMIT ?";
  params.emplace_back(limit);
  std::vector<std::int64_t> out;
  for (const auto& r : tx.query(sql, params)) out.push_back(r.i64(0));
  return out;
}

bool take_claim_turn(store::Transaction& tx, std::int64_t caregiver_id) {
  return tx.exec("UPDATE caregiver SET claim_seq = claim_seq + 1 WHERE id = ?", {caregiver_id}) == 1;
}

}  // namespace carecrowd::records
