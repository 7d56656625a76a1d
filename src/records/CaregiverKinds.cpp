#include "records/CaregiverKinds.h"

namespace carecrowd::records {

std::vector<CaregiverKindOf> kinds_of_caregivers_holding(store::Transaction& tx, std::int64_t organisation_id,
                                                         DayNumber first, DayNumber last) {
  std::vector<CaregiverKindOf> out;
  for (const auto& r : tx.query("SELECT id, kind FROM caregiver WHERE id IN (SELECT caregiver_id FROM task WHERE "
                                "organisation_id = ? AND day >= ? AND day <= ? AND caregiver_id IS NOT NULL)",
                                {organisation_id, first, last})) {
    if (const auto kind = domain::parse_caregiver_kind(r.text(1))) out.push_back({r.i64(0), *kind});
  }
  return out;
}

}  // namespace carecrowd::records
