// Route cost: a route's share of the objective from its simulated figures (distance, travel time,
// weighted lateness, labour over the worked span, per-route cost). Shared by the route simulation,
// the insertion evaluation and the cost breakdown so that all three price a route the same way.
//
// Thread safety: pure functions.
#pragma once

#include <cstddef>

#include "engine/Instance.h"
#include "engine/Solution.h"

namespace carecrowd::engine {

inline Cost labour_cost(const Instance& in, int r, Duration span) {
  if (!in.problem().objective().labour || span <= Duration(0)) return Cost(0);
  return Cost(in.hourly_cost(r) * span.get() / in.ticks_per_hour());
}

// Route r's share of the objective for simulated figures `d` of a route with `visits` visits.
inline Cost route_cost(const Instance& in, int r, const RouteData& d, std::size_t visits) {
  const auto& o = in.problem().objective();
  return Cost(o.distance * d.distance.get() + o.travel_time * d.travel.get() + o.lateness * d.lateness.get()) +
         labour_cost(in, r, d.span) + (visits > 0 ? Cost(o.per_route) : Cost(0));
}

}  // namespace carecrowd::engine
