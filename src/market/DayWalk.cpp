#include "market/DayWalk.h"

#include <algorithm>
#include <numeric>

namespace carecrowd::market {

std::vector<WalkedVisit> walk_day(const std::vector<Stop>& visits, domain::Point home, domain::TravelMode mode) {
  // The walk's order, remembering where each visit came from. Visits equal in every field the
  // order looks at are interchangeable, so which of them gets which place does not matter.
  std::vector<std::size_t> order(visits.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return walks_before(visits[a], visits[b]); });
  std::vector<Stop> sorted;
  sorted.reserve(visits.size());
  for (std::size_t i : order) sorted.push_back(visits[i]);
  const DaySchedule day(std::move(sorted), home, TravelTimes(mode));

  std::vector<WalkedVisit> out(visits.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    WalkedVisit& w = out[order[i]];
    w.start = (day.start_seconds(i) + 59) / 60;
    if (i > 0) w.travel_minutes = static_cast<int>((day.travel_into(i).get() + 59) / 60);
  }
  return out;
}

}  // namespace carecrowd::market
