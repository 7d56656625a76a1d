#include "services/LastKnownPosition.h"

#include "records/CaregiverPositionRecord.h"

namespace carecrowd::services {

Result<PositionReported> report_position(const Platform& platform, const Principal& who, const Result<PositionInput>& input) {
  if (!is_caregiver(who)) return forbidden("only a caregiver reports their position");
  if (!input) return input.error();
  const PositionInput& p = input.value();
  if (!(p.lat >= -90 && p.lat <= 90)) return bad_input("lat", "", "must be between -90 and 90");
  if (!(p.lon >= -180 && p.lon <= 180)) return bad_input("lon", "", "must be between -180 and 180");
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<PositionReported> {
    // The clock counts minutes: a second report within the same minute adds nothing to a ranking.
    if (const auto last = records::last_position(tx, *who.caregiver_id); last && last->reported_at >= now) {
      return PositionReported{false, last->reported_at};
    }
    records::store_position(tx, *who.caregiver_id, {p.lat, p.lon, now});
    return PositionReported{true, now};
  });
}

Result<Done> forget_my_position(const Platform& platform, const Principal& who) {
  if (!is_caregiver(who)) return forbidden("only a caregiver has a position");
  return platform.db().write([&](store::Transaction& tx) {
    records::forget_position(tx, *who.caregiver_id);
    return Done{};
  });
}

std::optional<domain::Point> fresh_position(const records::CaregiverPosition& position, LocalMinute now) {
  if (now - position.reported_at > kFreshPositionMinutes) return std::nullopt;
  return domain::Point{position.lon, position.lat};
}

std::int64_t forget_stale_positions(const Platform& platform) {
  const LocalMinute before = platform.now() - kFreshPositionMinutes;
  return platform.db().write([&](store::Transaction& tx) { return records::forget_positions_before(tx, before); });
}

}  // namespace carecrowd::services
