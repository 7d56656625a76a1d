// CheckWorld: a small home-care morning that the checker tests bend, one rule at a time.
//
// Five locations (0 the caregivers' home, 1..4 clients A..D), travel by matrix in whole minutes with
// 250 m per minute; native scale (60 ticks per minute). Two caregivers:
//   anna  level 3, injection certificate, home 0, shifts 08:00-12:00 and 16:00-20:00, EUR 25/h
//   bram  level 2, no certificates,       home 0, shift  08:00-12:00,                 EUR 18/h
// Five visits:
//   wash-a    client A at 1, 30 min, 08:00-09:00, level 2, history {anna}, prefers anna
//   meds-b    client B at 2, 15 min, 08:30-10:00, level 1, due 08:40 with lateness weight 2
//   inject-c  client C at 3, 20 min, 09:00-11:00, level 3, injection, history {bram}, prefers bram
//   call-d    client D, digital (video), 10 min, 08:00-18:00, history {bram}
//   hoist-a   client A at 1, 30 min, 08:00-09:00, may wait (optional), priority 2
// good_plan(): anna 08:10 wash-a, 08:45 meds-b, 09:10 inject-c (back home 09:50);
//              bram 08:00 call-d from home (back 08:10); hoist-a unplanned.
// Tests change `data` (a rule, a link) and/or the plan, then call problem().
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "check/PlanChecker.h"
#include "domain/Plan.h"
#include "domain/Problem.h"

namespace carecrowd::check::fixture {

using domain::Plan;
using domain::PlannedVisit;
using domain::Route;

// Times of day and durations in minutes, as ticks.
inline Duration minutes(std::int64_t m) { return Duration(m * 60); }
inline Duration at(std::int64_t h, std::int64_t m) { return minutes(h * 60 + m); }

enum CaregiverIndex : int { anna = 0, bram = 1 };
enum VisitIndex : int { wash_a = 0, meds_b = 1, inject_c = 2, call_d = 3, hoist_a = 4 };
enum Certificate : int { injection = 0, catheter = 1 };

struct CheckWorld {
  domain::ProblemData data;

  CheckWorld() {
    data.name = "check-world";
    // Travel minutes between locations 0..4; distance is 250 m per minute (bike at 15 km/h).
    const std::vector<std::int64_t> travel_minutes = {
        0,  10, 15, 20, 25,  //
        10, 0,  5,  12, 18,  //
        15, 5,  0,  8,  14,  //
        20, 12, 8,  0,  6,   //
        25, 18, 14, 6,  0,
    };
    std::vector<std::int64_t> durations, distances;
    for (std::int64_t m : travel_minutes) {
      durations.push_back(m * 60);
      distances.push_back(m * 250);
    }
    data.travel = domain::TravelModel::from_matrix(5, durations, distances);
    data.certificate_names = {"injection", "catheter"};
    data.capacity_dimensions = 1;

    domain::Caregiver a;
    a.id = "anna";
    a.level = 3;
    a.certificates.insert(injection);
    a.start_location = a.end_location = 0;
    a.availability = {{at(8, 0), at(12, 0)}, {at(16, 0), at(20, 0)}};
    a.hourly_cost = 2'500'000;
    a.capacity = {10};
    domain::Caregiver b;
    b.id = "bram";
    b.level = 2;
    b.start_location = b.end_location = 0;
    b.availability = {{at(8, 0), at(12, 0)}};
    b.hourly_cost = 1'800'000;
    b.capacity = {10};
    data.caregivers = {a, b};

    data.visits.push_back(visit("wash-a", "A", 1, 30, at(8, 0), at(9, 0)));
    data.visits.back().level = 2;
    data.visits.back().history = {anna};
    data.visits.back().preferred = {anna};
    data.visits.push_back(visit("meds-b", "B", 2, 15, at(8, 30), at(10, 0)));
    data.visits.back().level = 1;
    data.visits.back().due = at(8, 40);
    data.visits.back().lateness_weight = 2;
    data.visits.push_back(visit("inject-c", "C", 3, 20, at(9, 0), at(11, 0)));
    data.visits.back().level = 3;
    data.visits.back().certificates.insert(injection);
    data.visits.back().history = {bram};
    data.visits.back().preferred = {bram};
    data.visits.push_back(visit("call-d", "D", -1, 10, at(8, 0), at(18, 0)));
    data.visits.back().mode = domain::VisitMode::digital;
    data.visits.back().history = {bram};
    data.visits.push_back(visit("hoist-a", "A", 1, 30, at(8, 0), at(9, 0)));
    data.visits.back().must_plan = false;
    data.visits.back().priority = 2;

    // Round numbers per term, so that each term of a hand-computed total can be told apart.
    domain::Objective& o = data.objective;
    o.unplanned_must = 1'000'000'000;
    o.unplanned_optional = 1'000'000;
    o.distance = 1;
    o.travel_time = 2;
    o.lateness = 3;
    o.max_lateness = 5;
    o.new_face = 7;
    o.missed_preference = 11;
    o.labour = true;
    o.per_route = 13;
  }

  static domain::Visit visit(std::string id, std::string client, int location, std::int64_t duration_minutes,
                             Duration open, Duration close) {
    domain::Visit v;
    v.id = std::move(id);
    v.client = std::move(client);
    v.location = location;
    v.duration = minutes(duration_minutes);
    v.windows = {{open, close}};
    v.demand = {1};
    return v;
  }

  void link(domain::Link::Kind kind, int first, int second, Duration min_gap = Duration(0),
            Duration max_gap = Duration(0), bool different_caregivers = true) {
    data.links.push_back(domain::Link{kind, first, second, min_gap, max_gap, different_caregivers});
  }

  [[nodiscard]] domain::Problem problem() const {
    auto problem = domain::Problem::create(data);
    if (!problem) throw std::logic_error("the test world is invalid: " + problem.error().message());
    return problem.value();
  }

  static Plan good_plan() {
    Plan plan;
    plan.routes.push_back(Route{anna, 0,
                                {{wash_a, at(8, 10)}, {meds_b, at(8, 45)}, {inject_c, at(9, 10)}},
                                std::nullopt});
    plan.routes.push_back(Route{bram, 0, {{call_d, at(8, 0)}}, std::nullopt});
    plan.unplanned.push_back(domain::Unplanned{hoist_a, domain::UnplannedReason::not_chosen, std::nullopt, ""});
    return plan;
  }
};

// The violation kinds of a report, in the order found.
inline std::vector<std::string> kinds(const CheckReport& report) {
  std::vector<std::string> out;
  for (const Violation& v : report.violations) out.push_back(v.kind);
  return out;
}

// Removes a visit from wherever the plan has it, and lists it as unplanned.
inline void unplan(Plan& plan, int visit) {
  for (Route& route : plan.routes)
    std::erase_if(route.visits, [&](const PlannedVisit& pv) { return pv.visit == visit; });
  plan.unplanned.push_back(domain::Unplanned{visit, domain::UnplannedReason::caregivers_full, std::nullopt, ""});
}

}  // namespace carecrowd::check::fixture
