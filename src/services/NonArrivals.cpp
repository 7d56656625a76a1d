#include "services/NonArrivals.h"

#include <algorithm>
#include <vector>

#include <nlohmann/json.hpp>

#include "records/TaskRecord.h"
#include "services/AlarmDispatch.h"
#include "services/TaskBoard.h"

namespace carecrowd::services {
namespace {

// The visits the at-risk rule flags as not checked in, of monitored clients, not yet raised.
std::vector<records::TaskRecord> unarrived(store::Transaction& tx, const Platform& platform, LocalMinute now) {
  auto visits = records::unarrived_monitored_visits(tx, now - kNonArrivalLookbackMinutes, now);
  std::erase_if(visits, [&](const records::TaskRecord& t) {
    return !task_at_risk(platform, t.status, t.window_start, t.check_in.has_value(), now);
  });
  return visits;
}

}  // namespace

std::int64_t raise_non_arrivals(const Platform& platform) {
  const LocalMinute now = platform.now();
  // Most checks find nothing: a read first, so that they do not queue for SQLite's one writer.
  const auto visits = platform.db().read([&](store::Transaction& tx) { return unarrived(tx, platform, now); });
  std::int64_t raised = 0;
  const Principal timer = platform_timer();
  for (const auto& visit : visits) {
    // One transaction per alarm, as the sweep does: one visit's offers hold up no other.
    raised += platform.db().write([&](store::Transaction& tx) -> std::int64_t {
      records::AlarmRecord alarm;
      alarm.organisation_id = visit.organisation_id;
      alarm.client_id = visit.client_id;
      alarm.kind = domain::AlarmKind::carer_non_arrival;
      alarm.priority = domain::AlarmPriority::medium;
      alarm.observed_at = now;
      alarm.observations_json = nlohmann::json{{"minutes_since_window_opened", now - visit.window_start}}.dump();
      alarm.source_id = "visit:" + std::to_string(visit.id);
      alarm.task_id = visit.id;
      std::vector<NewEvent> events;
      // Raised meanwhile by another process: its source id is taken, and nothing is written.
      if (!receive_in(tx, platform, alarm, timer, events)) return 0;
      publish_all(tx, platform, events);
      return 1;
    });
  }
  return raised;
}

}  // namespace carecrowd::services
