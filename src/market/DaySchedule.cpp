#include "market/DaySchedule.h"

#include <algorithm>

namespace carecrowd::market {

bool comes_before(const Stop& a, const Stop& b) {
  if (a.window_start != b.window_start) return a.window_start < b.window_start;
  if (a.window_end != b.window_end) return a.window_end < b.window_end;
  if (a.duration_minutes != b.duration_minutes) return a.duration_minutes < b.duration_minutes;
  if (a.location.has_value() != b.location.has_value()) return b.location.has_value();  // digital first
  if (!a.location) return false;
  if (a.location->y != b.location->y) return a.location->y < b.location->y;
  return a.location->x < b.location->x;
}

DaySchedule::DaySchedule(std::vector<Stop> stops, domain::Point home, TravelTimes travel)
    : stops_(std::move(stops)), home_(home), times_(std::move(travel)) {
  std::sort(stops_.begin(), stops_.end(), comes_before);
  const std::size_t n = stops_.size();
  from_.resize(n + 1);
  leg_.resize(n + 1);
  start_.resize(n);
  end_.resize(n);
  late_.assign(n, false);
  next_place_.assign(n + 1, n);
  domain::Point here = home_;
  travel_ = Duration(0);
  for (std::size_t i = 0; i < n; ++i) {
    const Stop& s = stops_[i];
    from_[i] = here;
    leg_[i] = s.location ? times_.between(here, *s.location) : Duration(0);
    const std::int64_t opens = s.window_start * 60;
    // The first visit needs no earlier place: the caregiver leaves home in time for it.
    start_[i] = i == 0 ? opens : std::max(end_[i - 1] + leg_[i].get(), opens);
    late_[i] = start_[i] > s.window_end * 60;
    end_[i] = start_[i] + std::int64_t{s.duration_minutes} * 60;
    travel_ += leg_[i];
    if (s.location) here = *s.location;
  }
  from_[n] = here;
  leg_[n] = times_.between(here, home_);
  travel_ += leg_[n];
  for (std::size_t i = n; i-- > 0;) next_place_[i] = stops_[i].location ? i : next_place_[i + 1];
}

Fit DaySchedule::fit(const Stop& candidate) const {
  const std::size_t n = stops_.size();
  const std::int64_t opens = candidate.window_start * 60;
  const std::int64_t closes = candidate.window_end * 60;
  const std::int64_t duration = std::int64_t{candidate.duration_minutes} * 60;
  // The candidate goes before stop `at` (at == n: last): after every stop that comes before it.
  const auto at = static_cast<std::size_t>(std::upper_bound(stops_.begin(), stops_.end(), candidate, comes_before) -
                                           stops_.begin());
  // Arriving after the stops before it, from where the last of them was.
  const Duration way_in = candidate.location ? times_.between(from_[at], *candidate.location) : Duration(0);
  const std::int64_t start = at == 0 ? opens : std::max(end_[at - 1] + way_in.get(), opens);
  if (start > closes) return {};
  // The next place the day goes to after the candidate: the next stop with a place, or home.
  const std::size_t next = next_place_[at];
  const domain::Point& next_place = next < n ? *stops_[next].location : home_;
  const Duration way_out = candidate.location ? times_.between(*candidate.location, next_place) : leg_[next];
  // Re-time the stops after it until they start as they did: from there on nothing changes.
  std::int64_t clock = start + duration;
  for (std::size_t i = at; i < n; ++i) {
    const Duration leg = i == next ? way_out : (stops_[i].location ? leg_[i] : Duration(0));
    const std::int64_t begins = std::max(clock + leg.get(), stops_[i].window_start * 60);
    if (begins > stops_[i].window_end * 60 && !late_[i]) return {};
    if (begins == start_[i] && i >= next) break;
    clock = begins + std::int64_t{stops_[i].duration_minutes} * 60;
  }
  // A digital candidate changes no journey; a physical one replaces the way from its previous
  // place to the next with a detour through it.
  return {true, candidate.location ? way_in + way_out - leg_[next] : Duration(0)};
}

}  // namespace carecrowd::market
