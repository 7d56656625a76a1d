#include "records/CaregiverHome.h"

#include <string>

#include "domain/TaskStatus.h"
#include "records/IdList.h"

namespace carecrowd::records {

std::vector<CaregiverHome> homes_of_caregivers_done_for(store::Transaction& tx, std::int64_t organisation_id,
                                                        DayNumber first, DayNumber last) {
  std::vector<CaregiverHome> out;
  for (const auto& r : tx.query("SELECT id, home_lat, home_lon, travel_mode FROM caregiver WHERE id IN (SELECT "
                                "caregiver_id FROM task WHERE organisation_id = ? AND day >= ? AND day <= ? AND "
                                "status = ?)",
                                {organisation_id, first, last,
                                 std::string(domain::to_string(domain::TaskStatus::done))})) {
    out.push_back({r.i64(0), r.f64(1), r.f64(2), r.text(3)});
  }
  return out;
}

std::vector<CaregiverHome> homes_of(store::Transaction& tx, const std::vector<std::int64_t>& caregiver_ids) {
  std::vector<CaregiverHome> out;
  if (caregiver_ids.empty()) return out;
  std::vector<store::Param> params;
  append_id_params(params, caregiver_ids);
  for (const auto& r : tx.query("SELECT id, home_lat, home_lon, travel_mode FROM caregiver WHERE id IN " +
                                    id_list_sql(caregiver_ids),
                                params)) {
    out.push_back({r.i64(0), r.f64(1), r.f64(2), r.text(3)});
  }
  return out;
}

}  // namespace carecrowd::records
