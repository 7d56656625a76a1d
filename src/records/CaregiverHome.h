// CaregiverHome: where a caregiver's days start and end and how they travel between visits (the
// caregiver table's home_lat, home_lon and travel_mode, store migration 0001): what a day is walked
// from (the board, my day) and what the key figures' travel is computed from.
//
// Thread safety: functions over the caller's transaction; no state.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

struct CaregiverHome {
  std::int64_t caregiver_id = 0;
  double lat = 0, lon = 0;
  std::string travel_mode;  // as stored: a domain::TravelMode name (checked when registered)
};

// The homes of the caregivers who did (status done) a task of the organisation on a day
// first..last, in the order the database finds them.
std::vector<CaregiverHome> homes_of_caregivers_done_for(store::Transaction& tx, std::int64_t organisation_id,
                                                        DayNumber first, DayNumber last);
// The homes of the caregivers given, in one statement (alarm dispatch ranks its candidates by where
// they are before judging any); a caregiver that does not exist is left out.
std::vector<CaregiverHome> homes_of(store::Transaction& tx, const std::vector<std::int64_t>& caregiver_ids);

}  // namespace carecrowd::records
