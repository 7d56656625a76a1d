#include "demo/DemoRoster.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <limits>
#include <tuple>

#include "market/Admission.h"

namespace carecrowd::demo {
namespace {

// How far from home a caregiver takes work, by how they travel.
double range_metres(domain::TravelMode mode) {
  switch (mode) {
    case domain::TravelMode::walk: return 2'500;
    case domain::TravelMode::bike: return 5'000;
    case domain::TravelMode::ebike: return 7'000;
    case domain::TravelMode::car: return 10'000;
  }
  return 5'000;
}

// How far a caregiver's home is from a task, for the caregiver's choice of range and the nearest
// few: flat within a city (an error far below a metre per kilometre), and no trigonometry per pair,
// since every task asks it of every caregiver of its organisation.
double metres_within_city(domain::Point home, double cos_home_lat, domain::Point place) {
  constexpr double kMetresPerDegree = 111'320;
  const double north = (place.y - home.y) * kMetresPerDegree;
  const double east = (place.x - home.x) * kMetresPerDegree * cos_home_lat;
  return std::sqrt(north * north + east * east);
}

market::TaskOnOffer on_offer(const RosterTask& t) {
  market::TaskOnOffer offer;
  offer.id = t.id;
  offer.care_task_id = t.care_task_id;
  offer.demand = t.demand;
  offer.stop = t.stop;
  return offer;
}

}  // namespace

DemoRoster::DemoRoster(const std::vector<RosterCaregiver>& caregivers, DayNumber first, DayNumber last,
                       LocalMinute now)
    : now_(now) {
  for (std::size_t c = 0; c < caregivers.size(); ++c) {
    const auto& profile = caregivers[c].profile;
    workers_.push_back({profile, market::AvailabilityCalendar(caregivers[c].weekly, {}, first, last),
                        market::Roster({}, profile.home, profile.travel_mode), {}, range_metres(profile.travel_mode),
                        std::cos(profile.home.y * std::numbers::pi / 180.0)});
    for (auto organisation : profile.organisations) by_organisation_[organisation].push_back(c);
  }
}

void DemoRoster::book(std::vector<RosterTask> tasks, Sampler& sampler) {
  tasks_ = std::move(tasks);
  // Tight windows first, so that an injection due at eight is not crowded out by morning care that
  // could also come at half past nine.
  std::stable_sort(tasks_.begin(), tasks_.end(), [](const RosterTask& a, const RosterTask& b) {
    const auto width_a = a.stop.window_end - a.stop.window_start, width_b = b.stop.window_end - b.stop.window_start;
    return std::tie(a.day, width_a, a.stop.window_start, a.care_task_id, a.slot) <
           std::tie(b.day, width_b, b.stop.window_start, b.care_task_id, b.slot);
  });
  for (const auto& t : tasks_) by_id_[t.id] = &t;
  for (const auto& t : tasks_) {
    if (!sampler.chance(t.stop.window_end < now_ ? 0.95 : 0.3)) continue;
    if (auto chosen = choose(t)) assign(chosen->first, t, chosen->second);
  }
}

// Among the caregivers the admission rule would let take the task, the nearest few; of those whose
// day it fits, the one it adds the least travel to. One the client already knows gets a head start,
// and one of a higher level than needed a small handicap (they are scarce). Only the nearest few
// are tried: fitting is the costly part.
std::optional<std::pair<std::size_t, market::Fit>> DemoRoster::choose(const RosterTask& t) {
  constexpr std::size_t kNearest = 12;
  // Booked when it still could be: a past task the minute before it started.
  const LocalMinute booked_at = std::min(now_, t.stop.window_start - 1);
  const market::TaskOnOffer offer = on_offer(t);
  // Nearest first; the admission rule's cheap checks only until kNearest have passed them.
  std::vector<std::pair<double, std::size_t>> near;
  for (std::size_t c : by_organisation_[t.demand.organisation_id]) {
    const Worker& w = workers_[c];
    const double metres = t.stop.location ? metres_within_city(w.profile.home, w.cos_home_lat, *t.stop.location) : 0;
    if (metres > w.range_metres) continue;  // the caregiver's choice, not a rule
    near.emplace_back(metres, c);
  }
  std::sort(near.begin(), near.end());
  std::vector<std::pair<double, std::size_t>> suitable;
  for (const auto& [metres, c] : near) {
    if (suitable.size() == kNearest) break;
    const Worker& w = workers_[c];
    if (market::why_not_admitted_apart_from_the_day({w.profile, w.calendar, w.roster}, offer, booked_at)) continue;
    suitable.emplace_back(metres, c);
  }
  const std::size_t n = suitable.size();
  std::optional<std::pair<std::size_t, market::Fit>> best;
  double best_score = std::numeric_limits<double>::max();
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t c = suitable[i].second;
    const Worker& w = workers_[c];
    market::Fit fit;
    if (market::why_not_admitted({w.profile, w.calendar, w.roster}, offer, booked_at, &fit)) continue;
    const double score = static_cast<double>(fit.extra_travel.get()) / 60.0 + 3.0 * (w.profile.level - t.demand.level) -
                         (known_[t.client_id].count(c) ? 15.0 : 0.0);
    if (score < best_score) {
      best_score = score;
      best.emplace(c, fit);
    }
  }
  return best;
}

void DemoRoster::assign(std::size_t c, const RosterTask& t, const market::Fit& fit) {
  Worker& w = workers_[c];
  w.roster.add(t.care_task_id, t.day, t.stop, fit);
  w.days.insert(t.day);
  known_[t.client_id].insert(c);
}

bool DemoRoster::week_full(std::size_t worker, DayNumber day) const {
  // The shortest visits of the demo (a video check-in) take a quarter of an hour.
  constexpr std::int64_t kShortestVisitMinutes = 15;
  const Worker& w = workers_.at(worker);
  return w.roster.minutes_in_week(day) + kShortestVisitMinutes > w.profile.max_minutes_week;
}

bool DemoRoster::holds_visit_opening(std::size_t worker, LocalMinute from, LocalMinute until) const {
  const Worker& w = workers_.at(worker);
  for (DayNumber day = from / kMinutesPerDay; day <= until / kMinutesPerDay; ++day) {
    for (const market::Stop& s : w.roster.stops_on(day)) {
      if (s.window_start >= from && s.window_start <= until) return true;
    }
  }
  return false;
}

std::vector<RosterClaim> DemoRoster::claims(Sampler& sampler) const {
  std::vector<RosterClaim> out;
  for (std::size_t c = 0; c < workers_.size(); ++c) {
    const Worker& w = workers_[c];
    const market::TravelTimes times(w.profile.travel_mode);
    for (const DayNumber day : w.days) {
      domain::Point here = w.profile.home;
      std::optional<LocalMinute> free_at;
      for (const market::Stop& s : w.roster.stops_on(day)) {
        const RosterTask& t = *by_id_.at(s.id);
        const std::int64_t travel_minutes = s.location ? (times.between(here, *s.location).get() + 59) / 60 : 0;
        const LocalMinute start = free_at ? std::max(s.window_start, *free_at + travel_minutes) : s.window_start;
        // Claimed a day or more ahead (or, for a task that soon, just now).
        RosterClaim claim{t.id,
                          t.demand.organisation_id,
                          w.profile.id,
                          std::min(now_, s.window_start - kMinutesPerDay) - sampler.below(3 * kMinutesPerDay),
                          s.planned_start.value_or(s.window_start),
                          std::nullopt,
                          std::nullopt,
                          false};
        // Mostly on time give or take a few minutes, one visit in seven a quarter to three quarters late.
        const LocalMinute late_by = sampler.chance(0.85) ? sampler.below(14) - 5 : 16 + sampler.below(30);
        const LocalMinute check_in = std::max(free_at.value_or(start), start + late_by);
        const LocalMinute check_out = check_in + std::max<std::int64_t>(5, s.duration_minutes + sampler.below(16) - 5);
        const bool missed = s.window_end < now_ && sampler.chance(0.03);
        if (!missed && check_in <= now_) {
          claim.check_in = check_in;
          if (check_out <= now_) {
            claim.check_out = check_out;
            claim.done = true;
          }
        }
        free_at = missed ? start : check_out;
        if (s.location) here = *s.location;
        out.push_back(claim);
      }
    }
  }
  return out;
}

}  // namespace carecrowd::demo
