// CostBreakdown: a plan's objective, term by term, as defined in docs/model.md ("Cost").
//
// Computed twice, independently: by the engine while it searches and by check::check_plan from
// scratch; tests require the two to agree exactly.
#pragma once

#include <cstdint>

#include "core/Quantity.h"
#include "domain/Problem.h"

namespace carecrowd::domain {

struct CostBreakdown {
  int planned = 0;
  int unplanned_must = 0;
  int unplanned_optional = 0;
  int routes = 0;
  Distance distance;
  Duration travel_time;
  Duration lateness;        // weighted by each visit's lateness_weight
  Duration max_lateness;    // unweighted, largest single one
  int new_faces = 0;
  int missed_preferences = 0;
  Cost labour;              // already in cost ticks
  Cost unplanned_cost;      // already in cost ticks
  Cost total;

  // Fills `total` from the terms and the objective's weights.
  void price(const Objective& o) {
    total = unplanned_cost + labour + Cost(o.distance * distance.get() + o.travel_time * travel_time.get() +
                                           o.lateness * lateness.get() + o.max_lateness * max_lateness.get() +
                                           o.new_face * new_faces + o.missed_preference * missed_preferences +
                                           o.per_route * routes);
  }
  // The objective as people read it (see Scale).
  [[nodiscard]] double display_total(const Scale& s) const {
    return static_cast<double>(total.get()) / static_cast<double>(s.cost_ticks_per_unit * s.cost_divisor);
  }
  friend bool operator==(const CostBreakdown&, const CostBreakdown&) = default;
};

}  // namespace carecrowd::domain
