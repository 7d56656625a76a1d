// RouteTimeline: one route of a plan as a sequence of stops with arrival, waiting and cumulative
// travel, the view a person (or a VROOM client) reads a route in, derived for the plan writers.
//
// Follows docs/model.md: the caregiver leaves the start location just in time for the first
// visit, moves only for physical visits, and after each visit (or the break) leaves at once, so
// that any slack shows up as waiting before the next visit. The break is placed after the last
// visit that ends by `break_start` (before the first visit if none does) and taken where the
// caregiver is. The writers only describe a plan; they never judge it (check::check_plan does), so
// an infeasible plan gives negative waiting rather than an error.
//
// Thread safety: a value type.
#pragma once

#include <vector>

#include "core/Quantity.h"
#include "domain/Plan.h"
#include "domain/Problem.h"

namespace carecrowd::io::detail {

struct TimelineStop {
  int visit = -1;      // index into Problem::visits; -1 for the break
  int location = -1;   // where the stop happens; -1 for a digital visit or when nowhere yet
  Duration arrival;    // when the caregiver is there
  Duration start;      // start of service (or of the break)
  Duration service;    // the visit's duration (or the break's length)
  Duration travel;     // the arc into this stop
  Distance distance;   // the same arc
  Duration cumulative_travel;     // including this arc
  Distance cumulative_distance;   // including this arc

  [[nodiscard]] Duration waiting() const { return start - arrival; }
  [[nodiscard]] bool is_break() const { return visit < 0; }
};

struct RouteTimeline {
  Duration departure;  // leaving the start location; zero for an empty route
  Duration end;        // back at the end location (or done with the last stop)
  std::vector<TimelineStop> stops;
  Duration travel_home;    // the last arc, to the end location
  Distance distance_home;

  [[nodiscard]] Duration travel_time() const;
  [[nodiscard]] Distance distance() const;
  [[nodiscard]] Duration service() const;   // visits only, not the break
  [[nodiscard]] Duration waiting() const;
};

// REQUIRES: route.caregiver and every visit index are valid for `problem`.
RouteTimeline route_timeline(const domain::Problem& problem, const domain::Route& route);

}  // namespace carecrowd::io::detail
