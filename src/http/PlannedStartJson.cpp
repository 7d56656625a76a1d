#include "http/PlannedStartJson.h"

#include "domain/CivilTime.h"

namespace carecrowd::http {

void set_planned_start(nlohmann::json& item, std::int64_t task_id,
                       const std::map<std::int64_t, services::PlannedStart>& starts) {
  const auto found = starts.find(task_id);
  if (found == starts.end()) {
    item["planned_start"] = nullptr;
    item["travel_minutes"] = nullptr;
    return;
  }
  item["planned_start"] = format_local_time(found->second.start);
  item["travel_minutes"] =
      found->second.travel_minutes ? nlohmann::json(*found->second.travel_minutes) : nlohmann::json();
}

}  // namespace carecrowd::http
