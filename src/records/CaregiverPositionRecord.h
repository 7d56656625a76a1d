// CaregiverPositionRecord: the caregiver_position table (store migration 0012): a caregiver's last
// known position as their phone reported it, one row per caregiver. How fresh a position must be
// to count, how often it is stored and who may report it is services/LastKnownPosition.h's.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

struct CaregiverPosition {
  double lat = 0, lon = 0;
  LocalMinute reported_at = 0;
};

// Replaces the caregiver's position.
void store_position(store::Transaction& tx, std::int64_t caregiver_id, const CaregiverPosition& position);
std::optional<CaregiverPosition> last_position(store::Transaction& tx, std::int64_t caregiver_id);
// The same for several caregivers in one statement, by caregiver id (those with a position).
std::map<std::int64_t, CaregiverPosition> last_positions(store::Transaction& tx,
                                                         const std::vector<std::int64_t>& caregiver_ids);
void forget_position(store::Transaction& tx, std::int64_t caregiver_id);
// Deletes every position reported before `before`; returns how many.
std::int64_t forget_positions_before(store::Transaction& tx, LocalMinute before);

}  // namespace carecrowd::records
