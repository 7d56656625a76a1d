#include "market/DaySchedule.h"

#include <algorithm>

namespace carecrowd::market {

DaySchedule::DaySchedule(std::vector<Stop> stops, domain::Point home, TravelTimes travel)
    : stops_(std::move(stops)), home_(home), times_(std::move(travel)) {
  std::sort(stops_.begin(), stops_.end(), [](const Stop& a, const Stop& b) {
    return a.window_start != b.window_start ? a.window_start < b.window_start : a.window_end < b.window_end;
  });
  std::vector<const Stop*> order;
  for (const auto& s : stops_) order.push_back(&s);
  travel_ = walk(order, &late_);
}

Duration DaySchedule::walk(const std::vector<const Stop*>& order, std::vector<bool>* late) const {
  if (late) late->assign(order.size(), false);
  domain::Point here = home_;
  Duration total(0);
  std::int64_t clock = 0;  // seconds since the epoch of local time
  bool started = false;
  for (std::size_t i = 0; i < order.size(); ++i) {
    const Stop& s = *order[i];
    const Duration leg = s.location ? times_.between(here, *s.location) : Duration(0);
    const std::int64_t opens = s.window_start * 60;
    // The first visit needs no earlier place: the caregiver leaves home in time for it.
    const std::int64_t start = started ? std::max(clock + leg.get(), opens) : opens;
    if (late && start > s.window_end * 60) (*late)[i] = true;
    clock = start + std::int64_t{s.duration_minutes} * 60;
    started = true;
    if (s.location) {
      total += leg;
      here = *s.location;
    }
  }
  return total + times_.between(here, home_);
}

Fit DaySchedule::fit(const Stop& candidate) const {
  Fit best;
  std::vector<const Stop*> order;
  std::vector<bool> late;
  order.reserve(stops_.size() + 1);
  for (std::size_t at = 0; at <= stops_.size(); ++at) {
    order.clear();
    for (std::size_t i = 0; i < stops_.size(); ++i) {
      if (i == at) order.push_back(&candidate);
      order.push_back(&stops_[i]);
    }
    if (at == stops_.size()) order.push_back(&candidate);
    const Duration travel = walk(order, &late);
    if (late[at]) continue;
    bool harms = false;
    for (std::size_t i = 0; i < stops_.size() && !harms; ++i) {
      const std::size_t position = i < at ? i : i + 1;
      harms = late[position] && !late_[i];
    }
    if (harms) continue;
    const Duration extra = travel - travel_;
    if (!best.feasible || extra < best.extra_travel) best = {true, extra};
  }
  return best;
}

}  // namespace carecrowd::market
