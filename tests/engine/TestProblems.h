// Small problems built in code for engine tests: a random grid world with matrix travel, and
// switches to add the features one at a time (several windows, soft due times, breaks, digital
// visits, double staffing, precedence, certificates).
#pragma once

#include <cmath>
#include <cstdint>
#include <random>

#include "domain/Problem.h"

namespace carecrowd::testing {

struct WorldOptions {
  int visits = 30;
  int caregivers = 4;
  std::uint64_t seed = 1;
  bool several_windows = false;
  bool soft_due = false;
  bool breaks = false;
  bool digital = false;
  bool double_staffing = false;
  bool precedence = false;
  bool certificates = false;
  bool capacity = false;
  bool two_shifts = false;
  bool work_limit = true;
  domain::Objective objective = domain::Objective::care_defaults();
};

inline domain::Problem make_world(const WorldOptions& o) {
  using carecrowd::Duration;
  std::mt19937_64 rng(o.seed);
  auto uniform = [&](int lo, int hi) { return lo + static_cast<int>(rng() % static_cast<std::uint64_t>(hi - lo + 1)); };
  domain::ProblemData d;
  d.name = "world";
  const int locations = o.visits + o.caregivers;
  std::vector<std::pair<int, int>> xy;
  for (int i = 0; i < locations; ++i) xy.emplace_back(uniform(0, 3000), uniform(0, 3000));  // metres
  std::vector<std::int64_t> dur, dist;
  for (int a = 0; a < locations; ++a)
    for (int b = 0; b < locations; ++b) {
      const double m = std::hypot(xy[a].first - xy[b].first, xy[a].second - xy[b].second);
      dist.push_back(static_cast<std::int64_t>(m));
      dur.push_back(static_cast<std::int64_t>(m / 4.0));  // seconds at ~15 km/h
    }
  d.travel = domain::TravelModel::from_matrix(locations, std::move(dur), std::move(dist));
  if (o.certificates) d.certificate_names = {"injection", "catheter"};
  d.capacity_dimensions = o.capacity ? 1 : 0;
  for (int c = 0; c < o.caregivers; ++c) {
    domain::Caregiver g;
    g.id = "c" + std::to_string(c);
    g.level = 2 + c % 3;
    g.start_location = g.end_location = o.visits + c;
    g.mode = domain::TravelMode::bike;
    if (o.two_shifts) {
      g.availability = {{Duration(7 * 3600), Duration(12 * 3600)}, {Duration(16 * 3600), Duration(22 * 3600)}};
    } else {
      g.availability = {{Duration(7 * 3600), Duration(16 * 3600)}};
    }
    if (o.breaks) g.break_rule = domain::BreakRule{Duration(5 * 3600 + 1800), Duration(1800)};
    if (o.work_limit) g.max_work = Duration(9 * 3600);
    g.hourly_cost = 3'000'000;
    if (o.certificates && c % 2 == 0) g.certificates.insert(0);
    if (o.certificates && c % 3 == 0) g.certificates.insert(1);
    if (o.capacity) g.capacity = {30};
    d.caregivers.push_back(g);
  }
  for (int v = 0; v < o.visits; ++v) {
    domain::Visit x;
    x.id = "v" + std::to_string(v);
    x.client = "client" + std::to_string(v % (o.visits / 2 + 1));
    x.location = v;
    x.duration = Duration(60 * uniform(10, 40));
    const int open = uniform(7 * 60, 14 * 60) * 60;
    x.windows = {{Duration(open), Duration(open + 60 * uniform(30, 120))}};
    if (o.several_windows && v % 3 == 0) {
      const int later = open + 60 * uniform(150, 240);
      if (later + 3600 < 21 * 3600) x.windows.push_back({Duration(later), Duration(later + 3600)});
    }
    if (o.two_shifts && v % 2 == 1) {
      const int eve = uniform(16 * 60, 20 * 60) * 60;
      x.windows = {{Duration(eve), Duration(eve + 60 * uniform(30, 90))}};
    }
    if (o.soft_due) x.due = x.windows.front().open + Duration(900);
    x.level = uniform(0, 3);
    if (o.certificates && v % 5 == 0) x.certificates.insert(v % 2);
    if (o.digital && v % 7 == 3) {
      x.mode = domain::VisitMode::digital;
      x.location = -1;
    }
    if (o.capacity) x.demand = {uniform(1, 4)};
    if (v % 4 == 0) x.history = {v % o.caregivers};
    if (v % 6 == 0) x.preferred = {(v + 1) % o.caregivers};
    d.visits.push_back(x);
  }
  // Double staffing: the visit after every 10th is a copy of it, linked.
  for (int v = 0; o.double_staffing && v + 1 < o.visits; v += 10) {
    auto& second = d.visits[v + 1];
    second.client = d.visits[v].client;
    second.location = d.visits[v].location;
    second.mode = d.visits[v].mode;
    second.windows = d.visits[v].windows;
    second.duration = d.visits[v].duration;
    second.level = 0;
    second.certificates = {};
    d.links.push_back({domain::Link::Kind::synchronised, v, v + 1, Duration(0), Duration(0), true});
  }
  for (int v = 5; o.precedence && v + 1 < o.visits; v += 10) {
    d.visits[v + 1].windows = {{d.visits[v].windows.front().open, d.visits[v].windows.front().close + Duration(7200)}};
    d.links.push_back({domain::Link::Kind::precedence, v, v + 1, Duration(1800), Duration(5400), false});
  }
  d.objective = o.objective;
  if (o.soft_due && d.objective.lateness == 0) d.objective.lateness = 1000;
  auto problem = domain::Problem::create(std::move(d));
  if (!problem) throw std::runtime_error(problem.error().message());
  return std::move(problem).value();
}

}  // namespace carecrowd::testing
