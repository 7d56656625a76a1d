// CaregiverRecord: finding, in the caregiver tables, the few caregivers worth judging for one open
// task: those of its organisation, at or above its level, available that day by some entry and,
// for a visit at the client's home, living inside a box around it; nearest first. A cheap superset:
// the market's rules (services/Feed.h, services/Claims.h) then decide who may really take the task.
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
  // An alarm: a caregiver on call for the organisation that day (records/OnCallRecord.h) is on duty
  // without published availability.
  bool on_call_counts = false;
  // An alarm: the box and "nearest first" take a position reported since then
  // (records/CaregiverPositionRecord.h) over home.
  std::optional<LocalMinute> positions_since;
};

// At most `limit` caregiver ids; roughly nearest first (degrees, not metres) for a visit at home, by id
// for a digital one.
std::vector<std::int64_t> caregivers_to_judge(store::Transaction& tx, const CaregiverSearch& search, std::int64_t limit);

// Takes the caregiver's claim turn: bumps their row's claim sequence, which holds the row lock until
// commit on PostgreSQL (SQLite has one writer), so one caregiver's claims run one at a time and each
// judges the claims committed before it. Returns false when there is no such caregiver.
bool take_claim_turn(store::Transaction& tx, std::int64_t caregiver_id);

}  // namespace carecrowd::records
