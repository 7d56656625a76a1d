// LastKnownPosition: where a caregiver's phone says they are, for one purpose only: ranking who
// would arrive soonest at an alarm (services/AlarmDispatch.h sets out from the client of the visit
// they are checked in at, else a fresh last known position, else home). A caregiver reports their
// own position; it is stored at most once a minute (a phone reporting more often is told it was
// not stored), counts for kFreshPositionMinutes, and is then deleted by the servers' minute sweep
// (forget_stale_positions). Nobody else can read it; the caregiver may delete it at once.
//
// Thread safety: stateless functions over the Platform; safe from any number of threads and
// processes.
#pragma once

#include <cstdint>
#include <optional>

#include "core/Error.h"
#include "domain/Travel.h"
#include "records/CaregiverPositionRecord.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

inline constexpr LocalMinute kFreshPositionMinutes = 30;

struct PositionInput {
  double lat = 0;  // -90..90
  double lon = 0;  // -180..180
};

struct PositionReported {
  bool stored = false;  // false: one was stored less than a minute ago
  LocalMinute reported_at = 0;  // of the position kept
};

Result<PositionReported> report_position(const Platform& platform, const Principal& who, const Result<PositionInput>& input);
Result<Done> forget_my_position(const Platform& platform, const Principal& who);

// A stored position as it counts at `now`: the point while fresh (x = longitude, y = latitude),
// else nothing.
std::optional<domain::Point> fresh_position(const records::CaregiverPosition& position, LocalMinute now);

// Deletes the positions no longer fresh; the server runs it every minute. Returns how many.
std::int64_t forget_stale_positions(const Platform& platform);

}  // namespace carecrowd::services
