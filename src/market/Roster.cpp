#include "market/Roster.h"

namespace carecrowd::market {

Roster::Roster(const std::vector<ClaimedVisit>& visits, domain::Point home, domain::TravelMode mode)
    : home_(home), times_(mode), empty_day_({}, home, times_) {
  std::map<DayNumber, std::vector<Stop>> by_day;
  for (const auto& v : visits) {
    by_day[v.day].push_back(v.stop);
    visits_.emplace(v.care_task_id, v.day);
    week_minutes_[week_start(v.day)] += v.stop.duration_minutes;
  }
  for (auto& [day, stops] : by_day) days_.emplace(day, DaySchedule(std::move(stops), home_, times_));
}

Roster::Roster(const std::vector<ClaimedVisit>& visits, const std::map<DayNumber, std::int64_t>& week_minutes,
               domain::Point home, domain::TravelMode mode)
    : Roster(visits, home, mode) {
  for (const auto& [monday, minutes] : week_minutes) week_minutes_[monday] = minutes;
}

Fit Roster::fit(DayNumber day, const Stop& candidate) const {
  Fit fit;
  auto same_day = days_.find(day);
  fit = (same_day != days_.end() ? same_day->second : empty_day_).fit(candidate);
  if (!fit.feasible) return fit;
  // A visit of the day before or after can run over midnight into this one: each that comes near
  // the candidate (within the longest plausible journey) must leave an order in which both start
  // in time.
  constexpr LocalMinute near = 3 * 60;
  for (DayNumber other : {day - 1, day + 1}) {
    auto it = days_.find(other);
    if (it == days_.end()) continue;
    for (const Stop& s : it->second.stops()) {
      if (s.latest_end() + near <= candidate.window_start || candidate.latest_end() + near <= s.window_start) continue;
      // In time order: the other day's visit and the candidate as they fall (not any order).
      if (!DaySchedule({s}, home_, times_).fit_in_order(candidate).feasible) return Fit{};
    }
  }
  return fit;
}

std::vector<Stop> Roster::day_with(DayNumber day, const Stop& candidate, const Fit& fit) const {
  auto same_day = days_.find(day);
  return (same_day != days_.end() ? same_day->second : empty_day_).with(candidate, fit.position);
}

void Roster::add(std::int64_t care_task_id, DayNumber day, const Stop& candidate, const Fit& fit) {
  auto stops = day_with(day, candidate, fit);
  days_.insert_or_assign(day, DaySchedule(std::move(stops), home_, times_));
  visits_.emplace(care_task_id, day);
  week_minutes_[week_start(day)] += candidate.duration_minutes;
}

const std::vector<Stop>& Roster::stops_on(DayNumber day) const {
  auto it = days_.find(day);
  return (it != days_.end() ? it->second : empty_day_).stops();
}

bool Roster::holds_visit(std::int64_t care_task_id, DayNumber day) const {
  return visits_.count({care_task_id, day}) > 0;
}

std::int64_t Roster::minutes_in_week(DayNumber day) const {
  auto it = week_minutes_.find(week_start(day));
  return it == week_minutes_.end() ? 0 : it->second;
}

DayNumber Roster::week_start(DayNumber day) { return day - weekday(day); }

}  // namespace carecrowd::market
