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

bool walks_before(const Stop& a, const Stop& b) {
  const LocalMinute ka = a.planned_start.value_or(a.earliest_start());
  const LocalMinute kb = b.planned_start.value_or(b.earliest_start());
  if (ka != kb) return ka < kb;
  return comes_before(a, b);
}

DaySchedule::DaySchedule(std::vector<Stop> stops, domain::Point home, TravelTimes travel)
    : stops_(std::move(stops)), home_(home), times_(std::move(travel)) {
  std::stable_sort(stops_.begin(), stops_.end(), walks_before);
  walk();
}

DaySchedule::DaySchedule(std::vector<Stop> stops, domain::Point home, TravelTimes travel, InOrder)
    : stops_(std::move(stops)), home_(home), times_(std::move(travel)) {
  walk();
}

void DaySchedule::walk() {
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
    const std::int64_t opens = s.earliest_start() * 60;
    // The first visit needs no earlier place: the caregiver leaves home in time for it.
    start_[i] = i == 0 ? opens : std::max(end_[i - 1] + leg_[i].get(), opens);
    late_[i] = start_[i] > s.latest_start() * 60;
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
  // A candidate with a planned start (a plan's route) goes where that start puts it if it fits
  // there: several tasks of one route, accepted one by one, then keep the route's order.
  if (candidate.planned_start || candidate.fixed_start) {
    const Fit there = fit_in_order(candidate);
    // A start fixed by hand is kept or refused, never moved to another place in the day.
    if (there.feasible || candidate.fixed_start) return there;
  }
  Fit best;
  const std::int64_t closes = candidate.latest_start() * 60;
  std::size_t first = 0;  // after the last started visit
  for (std::size_t i = 0; i < stops_.size(); ++i) {
    if (stops_[i].started) first = i + 1;
  }
  const auto natural = static_cast<std::size_t>(
      std::upper_bound(stops_.begin(), stops_.end(), candidate, comes_before) - stops_.begin());
  const auto distance = [natural](std::size_t at) { return at > natural ? at - natural : natural - at; };
  for (std::size_t at = first; at <= stops_.size(); ++at) {
    // Later places only start later: once the stop before it ends too late, none fits.
    if (at > 0 && end_[at - 1] > closes) break;
    const Fit here = fit_at(candidate, at);
    if (!here.feasible) continue;
    if (!best.feasible || here.extra_travel < best.extra_travel ||
        (here.extra_travel == best.extra_travel && distance(at) < distance(best.position))) {
      best = here;
    }
  }
  return best;
}

Fit DaySchedule::fit_in_order(const Stop& candidate) const {
  auto at = static_cast<std::size_t>(std::upper_bound(stops_.begin(), stops_.end(), candidate, walks_before) -
                                     stops_.begin());
  for (std::size_t i = at; i < stops_.size(); ++i) {
    if (stops_[i].started) return {};  // it would go before a visit that has started
  }
  return fit_at(candidate, at);
}

std::vector<Stop> DaySchedule::with(const Stop& candidate, std::size_t position) const {
  std::vector<Stop> order = stops_;
  order.insert(order.begin() + static_cast<std::ptrdiff_t>(std::min(position, order.size())), candidate);
  const DaySchedule walked(std::move(order), home_, times_, InOrder{});
  std::vector<Stop> out = walked.stops_;
  for (std::size_t i = 0; i < out.size(); ++i) out[i].planned_start = (walked.start_[i] + 59) / 60;
  return out;
}

Fit DaySchedule::fit_at(const Stop& candidate, std::size_t at) const {
  const std::size_t n = stops_.size();
  const std::int64_t opens = candidate.earliest_start() * 60;
  const std::int64_t closes = candidate.latest_start() * 60;
  const std::int64_t duration = std::int64_t{candidate.duration_minutes} * 60;
  // The candidate goes before stop `at` (at == n: last).
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
    const std::int64_t begins = std::max(clock + leg.get(), stops_[i].earliest_start() * 60);
    if (begins > stops_[i].latest_start() * 60 && !late_[i]) return {};
    if (begins == start_[i] && i >= next) break;
    clock = begins + std::int64_t{stops_[i].duration_minutes} * 60;
  }
  // A digital candidate changes no journey; a physical one replaces the way from its previous
  // place to the next with a detour through it.
  return {true, candidate.location ? way_in + way_out - leg_[next] : Duration(0), at};
}

}  // namespace carecrowd::market
