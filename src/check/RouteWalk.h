// RouteWalk: the facts of one route as docs/model.md defines them, read off a plan without judging
// them: where the caregiver travels from before each visit, how long and how far that is, when they
// leave, when they are back, and the span in between.
//
// The checker judges feasibility and prices the plan from these facts, so both use one reading of
// "where the caregiver is" (start location, then each physical visit's location; a digital visit
// moves nobody). Written from the model document alone, independently of src/engine, so that the
// two can be compared.
//
// Thread safety: a value type.
#pragma once

#include <span>
#include <vector>

#include "core/Quantity.h"
#include "domain/Plan.h"
#include "domain/Problem.h"

namespace carecrowd::check {

struct Stop {
  int visit = -1;
  Duration start;
  Duration travel;    // the arc into this visit from where the caregiver was; zero for digital visits
  Distance distance;  // same arc, in distance ticks
};

struct RouteWalk {
  int route = -1;      // index into Plan::routes
  int caregiver = -1;  // index into Problem::caregivers
  int shift = -1;      // index into that caregiver's availability
  std::vector<Stop> stops;
  Duration travel_home;    // from the last place the caregiver was to the end location
  Distance distance_home;
  Duration departure;      // first start minus the travel into it; zero for an empty route
  Duration end;            // last start + its duration + travel_home; zero for an empty route

  [[nodiscard]] bool used() const { return !stops.empty(); }
  [[nodiscard]] Duration span() const { return end - departure; }
  [[nodiscard]] Duration travel_time() const;
  [[nodiscard]] Distance distance() const;
};

// REQUIRES: caregiver and every visit index are valid for `problem` (the checker filters them first).
RouteWalk walk_route(const domain::Problem& problem, int route, int caregiver, int shift,
                     std::span<const domain::PlannedVisit> visits);

}  // namespace carecrowd::check
