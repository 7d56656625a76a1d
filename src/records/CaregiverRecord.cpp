#include "records/CaregiverRecord.h"

#include <string>

namespace carecrowd::records {

std::vector<std::int64_t> caregivers_to_judge(store::Transaction& tx, const CaregiverSearch& search, std::int64_t limit) {
  // Availability on the day by any entry that says "available": a one-off "not available" may still
  // rule the caregiver out, which the market's calendar decides afterwards.
  std::string sql =
      "SELECT c.id FROM caregiver c JOIN caregiver_organisation co ON co.caregiver_id = c.id "
      "WHERE co.organisation_id = ? AND c.level >= ? AND c.id <> ? AND EXISTS (SELECT 1 FROM availability a "
      "WHERE a.caregiver_id = c.id AND a.available = 1 AND (a.weekday = ? OR a.day = ?))";
  std::vector<store::Param> params{search.organisation_id, search.level, search.except_caregiver,
                                   std::int64_t{weekday(search.day)}, search.day};
  if (const auto& box = search.home_within) {
    sql += " AND c.home_lat >= ? AND c.home_lat <= ? AND c.home_lon >= ? AND c.home_lon <= ?"
           " ORDER BY (c.home_lat - ?) * (c.home_lat - ?) + (c.home_lon - ?) * (c.home_lon - ?), c.id";
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
