// CaregiverKinds: the kind (employee, freelancer, volunteer; the caregiver table's kind column,
// store migration 0001) of the caregivers who held an organisation's tasks on some days: what the
// key figures split by (services/Kpis.h). Only ids and kinds; no name leaves the table.
//
// Thread safety: functions over the caller's transaction; no state.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/CaregiverKind.h"
#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

struct CaregiverKindOf {
  std::int64_t caregiver_id = 0;
  domain::CaregiverKind kind = domain::CaregiverKind::employee;
};

// The kinds of the caregivers holding (claimed or done, or checked in) a task of the organisation
// on a day first..last, in the order the database finds them. A kind the domain does not name
// (never stored: registration checks it) is left out.
std::vector<CaregiverKindOf> kinds_of_caregivers_holding(store::Transaction& tx, std::int64_t organisation_id,
                                                         DayNumber first, DayNumber last);

}  // namespace carecrowd::records
