#include "services/PlannedStarts.h"

#include <string>

#include "market/DayWalk.h"

namespace carecrowd::services {

std::map<std::int64_t, PlannedStart> planned_starts(store::Transaction& tx, const std::vector<std::int64_t>& caregivers,
                                                    DayNumber first, DayNumber last) {
  std::map<std::int64_t, PlannedStart> out;
  if (caregivers.empty() || last < first) return out;
  // A task's window starts on its day, so the window_start bounds let the caregiver index do the work.
  std::string sql =
      "SELECT t.id, t.caregiver_id, t.day, t.window_start, t.window_end, t.duration, t.mode, t.lat, t.lon, t.check_in, "
      "g.home_lat, g.home_lon, g.travel_mode, t.planned_start FROM task t JOIN caregiver g ON g.id = t.caregiver_id "
      "WHERE t.status IN ('claimed', 'done') AND t.window_start >= ? AND t.window_start < ? AND t.day >= ? AND "
      "t.day <= ? AND t.caregiver_id IN (";
  std::vector<store::Param> params{first * kMinutesPerDay, (last + 1) * kMinutesPerDay, first, last};
  for (std::size_t i = 0; i < caregivers.size(); ++i) {
    sql += i ? ", ?" : "?";
    params.emplace_back(caregivers[i]);
  }
  sql += ")";

  struct Day {
    domain::Point home;
    domain::TravelMode mode = domain::TravelMode::bike;
    std::vector<std::int64_t> tasks;
    std::vector<std::optional<LocalMinute>> check_ins;
    std::vector<market::Stop> stops;
  };
  std::map<std::pair<std::int64_t, DayNumber>, Day> days;
  for (const auto& r : tx.query(sql, params)) {
    Day& day = days[{r.i64(1), r.i64(2)}];
    if (day.tasks.empty()) {
      day.home = domain::Point{r.f64(11), r.f64(10)};
      // A mode the store does not know cannot be stored (registration checks it); bike otherwise.
      if (!domain::parse_travel_mode(r.text(12), day.mode)) day.mode = domain::TravelMode::bike;
    }
    market::Stop stop;
    stop.window_start = r.i64(3);
    stop.window_end = r.i64(4);
    stop.duration_minutes = static_cast<int>(r.i64(5));
    stop.planned_start = r.opt_i64(13);
    if (r.text(6) != "digital") stop.location = domain::Point{r.f64(8), r.f64(7)};
    day.tasks.push_back(r.i64(0));
    day.check_ins.push_back(r.opt_i64(9));
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

void set_planned_start(nlohmann::json& item, std::int64_t task_id, const std::map<std::int64_t, PlannedStart>& starts) {
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

}  // namespace carecrowd::services
