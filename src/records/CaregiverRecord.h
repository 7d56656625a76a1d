// CaregiverRecord: finding, in the caregiver tables, the few caregivers worth judging for one open
// task: those of its organisation, at or above its level, available that day by some entry and,
// for a visit at the client's home, living inside a box around it; nearest first. A cheap superset:
// the market's rules (services/Market.h) then decide who may really take the task.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

struct CaregiverSearch {
  std::int64_t organisation_id = 0;
  std::int64_t level = 0;  // the task's level
  DayNumber day = 0;       // the task's day
  struct Box {
    double min_lat = 0, max_lat = 0, min_lon = 0, max_lon = 0;
    double lat = 0, lon = 0;  // the task's place, for "nearest first"
  };
  std::optional<Box> home_within;  // none: a digital visit, done from anywhere
  std::int64_t except_caregiver = 0;  // 0: nobody
};

// At most `limit` caregiver ids; roughly nearest first (degrees, not metres) for a visit at home, by id
// for a digital one.
std::vector<std::int64_t> caregivers_to_judge(store::Transaction& tx, const CaregiverSearch& search, std::int64_t limit);

}  // namespace carecrowd::records
