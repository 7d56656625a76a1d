#include "services/PlannedStarts.h"

#include <string>

#include "market/DayWalk.h"
#include "records/TaskRecord.h"
#include "services/Claims.h"

namespace carecrowd::services {

std::map<std::int64_t, PlannedStart> planned_starts(store::Transaction& tx, const std::vector<std::int64_t>& caregivers,
                                                    DayNumber first, DayNumber last) {
  std::map<std::int64_t, PlannedStart> out;
  if (caregivers.empty() || last < first) return out;
  struct Day {
    domain::Point home;
    domain::TravelMode mode = domain::TravelMode::bike;
    std::vector<std::int64_t> tasks;
    std::vector<std::optional<LocalMinute>> check_ins;
    std::vector<market::Stop> stops;
  };
  std::map<std::pair<std::int64_t, DayNumber>, Day> days;
  for (const auto& [t, home] : records::held_tasks_of_days(tx, caregivers, first, last)) {
    Day& day = days[{*t.caregiver_id, t.day}];
    if (day.tasks.empty()) {
      day.home = domain::Point{home.lon, home.lat};
      // A mode the store does not know cannot be stored (registration checks it); bike otherwise.
      if (!domain::parse_travel_mode(home.travel_mode, day.mode)) day.mode = domain::TravelMode::bike;
    }
    market::Stop stop = stop_of(t);
    stop.planned_start = t.planned_start;
    day.tasks.push_back(t.id);
    day.check_ins.push_back(t.check_in);
    day.stops.push_back(stop);
  }
  for (const auto& [key, day] : days) {
    const auto walked = market::walk_day(day.stops, day.home, day.mode);
    for (std::size_t i = 0; i < walked.size(); ++i) {
      out[day.tasks[i]] = {day.check_ins[i].value_or(walked[i].start), walked[i].travel_minutes};
    }
  }
  return out;
}

}  // namespace carecrowd::services
