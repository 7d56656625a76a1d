#include "services/DemoRoster.h"

#include <algorithm>
#include <limits>
#include <tuple>

#include "market/Roster.h"

namespace carecrowd::services {
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

bool by_window(const market::Stop& a, const market::Stop& b) {
  return std::tie(a.window_start, a.window_end) < std::tie(b.window_start, b.window_end);
}

}  // namespace

DemoRoster::DemoRoster(const std::vector<RosterCaregiver>& caregivers, DayNumber first, DayNumber last,
                       LocalMinute now)
    : now_(now), days_(caregivers.size()), week_minutes_(caregivers.size()) {
  for (std::size_t c = 0; c < caregivers.size(); ++c) {
    const auto& profile = caregivers[c].profile;
    workers_.push_back({profile, market::AvailabilityCalendar(caregivers[c].weekly, {}, first, last),
                        market::TravelTimes(profile.travel_mode), range_metres(profile.travel_mode)});
    for (auto organisation : profile.organisations) by_organisation_[organisation].push_back(c);
  }
}

void DemoRoster::book(std::vector<RosterTask> tasks, generate::Sampler& sampler) {
  tasks_ = std::move(tasks);
  // Tight windows first, so that an injection due at eight is not crowded out by morning care that
  // could also come at half past nine.
  std::stable_sort(tasks_.begin(), tasks_.end(), [](const RosterTask& a, const RosterTask& b) {
    const auto width_a = a.stop.window_end - a.stop.window_start, width_b = b.stop.window_end - b.stop.window_start;
    return std::tie(a.day, width_a, a.stop.window_start, a.care_task_id, a.slot) <
           std::tie(b.day, width_b, b.stop.window_start, b.care_task_id, b.slot);
  });
  for (const auto& t : tasks_) {
    if (!sampler.chance(t.stop.window_end < now_ ? 0.95 : 0.3)) continue;
    if (auto c = choose(t)) assign(*c, t);
  }
}

// Among the suitable caregivers nearest to the task, the one whose day it fits with the least extra
// travel; one the client already knows gets a head start, and one of a higher level than needed a
// small handicap (they are scarce). Only the nearest few are tried: fitting is the costly part.
std::optional<std::size_t> DemoRoster::choose(const RosterTask& t) {
  constexpr std::size_t kNearest = 12;
  const DayNumber week = market::Roster::week_start(t.day);
  std::vector<std::pair<double, std::size_t>> suitable;
  for (std::size_t c : by_organisation_[t.demand.organisation_id]) {
    const Worker& w = workers_[c];
    if (w.profile.level < t.demand.level) continue;  // the cheap test first
    if (market::why_not_eligible(w.profile, t.demand)) continue;
    if (!w.calendar.covers(t.stop.window_start, t.stop.latest_end())) continue;
    if (week_minutes_[c][week] + t.stop.duration_minutes > w.profile.max_minutes_week) continue;
    auto day = days_[c].find(t.day);
    if (day != days_[c].end() && day->second.care_tasks.count(t.care_task_id)) continue;
    const double metres = t.stop.location ? market::TravelTimes::straight_metres(w.profile.home, *t.stop.location) : 0;
    if (metres > w.range_metres) continue;
    suitable.emplace_back(metres, c);
  }
  const std::size_t n = std::min(kNearest, suitable.size());
  std::partial_sort(suitable.begin(), suitable.begin() + static_cast<std::ptrdiff_t>(n), suitable.end());
  std::optional<std::size_t> best;
  double best_score = std::numeric_limits<double>::max();
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t c = suitable[i].second;
    const Worker& w = workers_[c];
    auto day = days_[c].find(t.day);
    const Day* booked = day == days_[c].end() ? nullptr : &day->second;
    const market::DaySchedule schedule(booked ? booked->stops : std::vector<market::Stop>{}, w.profile.home, w.times);
    // The demo stores its claims without planned starts, so their days are walked in window order:
    // the task is judged at its window-order place only.
    const market::Fit fit = schedule.fit_in_order(t.stop);
    if (!fit.feasible || !on_time_in_window_order(booked, t, w)) continue;
    const double score = static_cast<double>(fit.extra_travel.get()) / 60.0 + 3.0 * (w.profile.level - t.demand.level) -
                         (known_[t.client_id].count(c) ? 15.0 : 0.0);
    if (score < best_score) {
      best_score = score;
      best = c;
    }
  }
  return best;
}

// The day is walked in window order (as claims() does): with the task added, every visit must still
// start in its window. The demo's claims carry no planned starts, so their days are walked in
// window order; this checks the whole day that way (by_window), as the claims will be stored.
bool DemoRoster::on_time_in_window_order(const Day* day, const RosterTask& t, const Worker& w) const {
  std::vector<market::Stop> order{t.stop};
  if (day) order.insert(order.end(), day->stops.begin(), day->stops.end());
  std::sort(order.begin(), order.end(), by_window);
  domain::Point here = w.profile.home;
  std::optional<std::int64_t> free_at;  // seconds
  for (const auto& s : order) {
    const std::int64_t travel = s.location ? w.times.between(here, *s.location).get() : 0;
    const std::int64_t start = free_at ? std::max(s.window_start * 60, *free_at + travel) : s.window_start * 60;
    if (start > s.window_end * 60) return false;
    free_at = start + std::int64_t{s.duration_minutes} * 60;
    if (s.location) here = *s.location;
  }
  return true;
}

void DemoRoster::assign(std::size_t c, const RosterTask& t) {
  Day& day = days_[c][t.day];
  day.tasks.push_back(&t);
  day.stops.push_back(t.stop);
  day.care_tasks.insert(t.care_task_id);
  week_minutes_[c][market::Roster::week_start(t.day)] += t.stop.duration_minutes;
  known_[t.client_id].insert(c);
}

std::vector<RosterClaim> DemoRoster::claims(generate::Sampler& sampler) const {
  std::vector<RosterClaim> out;
  for (std::size_t c = 0; c < workers_.size(); ++c) {
    const Worker& w = workers_[c];
    for (const auto& [day, booked] : days_[c]) {
      std::vector<const RosterTask*> order = booked.tasks;
      std::sort(order.begin(), order.end(), [](const RosterTask* a, const RosterTask* b) {
        return by_window(a->stop, b->stop) || (!by_window(b->stop, a->stop) && a->id < b->id);
      });
      domain::Point here = w.profile.home;
      std::optional<LocalMinute> free_at;
      for (const RosterTask* t : order) {
        const auto& s = t->stop;
        const std::int64_t travel_minutes = s.location ? (w.times.between(here, *s.location).get() + 59) / 60 : 0;
        const LocalMinute start = free_at ? std::max(s.window_start, *free_at + travel_minutes) : s.window_start;
        // Claimed a day or more ahead (or, for a task that soon, just now).
        RosterClaim claim{t->id, t->demand.organisation_id, w.profile.id,
                          std::min(now_, s.window_start - kMinutesPerDay) - sampler.below(3 * kMinutesPerDay),
                          std::nullopt, std::nullopt, false};
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

}  // namespace carecrowd::services
