// PlannedStartJson: a claimed task's planned start and travel (services/PlannedStarts.h) as the
// task lists render them (the coordinator's board and tasks, the caregiver's own tasks).
//
// Thread safety: pure function.
#pragma once

#include <cstdint>
#include <map>

#include <nlohmann/json.hpp>

#include "services/PlannedStarts.h"

namespace carecrowd::http {

// Sets a task item's "planned_start" ("YYYY-MM-DDTHH:MM") and "travel_minutes", both null when the
// task is in no walked day (open or cancelled).
void set_planned_start(nlohmann::json& item, std::int64_t task_id,
                       const std::map<std::int64_t, services::PlannedStart>& starts);

}  // namespace carecrowd::http
