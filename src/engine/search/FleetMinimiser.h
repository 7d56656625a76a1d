// FleetMinimiser: the fleet minimisation phase for objectives that rank plans by routes used first
// (ObjectiveKind::vehicles_then_distance), after SISR's (Christiaens & Vanden Berghe 2020).
//
// From a plan, it empties the used route with the fewest visits and closes it with every unused
// route (Solution::close_route), then ruins and recreates among the open routes until every visit
// is planned again; that plan, one route smaller, is kept and the next route is emptied. A
// candidate is accepted if it leaves fewer visits unplanned, or unplanned visits that were left
// out less often: each visit counts its absences (candidates that left it unplanned) over the
// phase, so the search turns to the visits that keep falling out instead of cycling among them.
// Distance plays no part here; the annealing that follows minimises it with the fleet fixed (a
// route costs more than any plan's distance, so it never takes a route back).
//
// The phase stops at the capacity bound (total demand over the largest capacity) or when the
// caller's budget says so.
//
// Thread safety: none; one per search thread.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "engine/Random.h"
#include "engine/Solution.h"
#include "engine/search/Recreate.h"
#include "engine/search/Ruin.h"

namespace carecrowd::engine::search {

// What one fleet minimisation phase did.
struct FleetReduction {
  int routes_before = 0;
  int routes_after = 0;
  std::int64_t iterations = 0;
};

class FleetMinimiser {
 public:
  explicit FleetMinimiser(const Instance& instance);

  // Leaves in `s` the plan with the fewest routes found that plans every visit `s` planned (or
  // more), committed and with every route open. `out_of_budget(iterations)` is asked once per
  // iteration. REQUIRES: `s` committed.
  FleetReduction run(Solution& s, Ruin& ruin, Recreate& recreate, Random& rng,
                     const std::function<bool(std::int64_t)>& out_of_budget);

  // No plan of the instance uses fewer routes: its total demand over the largest capacity, per
  // capacity dimension (at least 1 if any visit exists).
  int route_lower_bound() const { return lower_bound_; }

 private:
  // Empties the used route with the fewest visits (none frozen), ties at random, and closes it
  // with every unused route. Returns false if no route can be emptied.
  bool empty_a_route(Solution& s, Random& rng);
  // The visits `s` leaves unplanned that some route could take, into `out`.
  void collect_unplanned(const Solution& s, std::vector<int>& out) const;
  std::int64_t absence_sum(const std::vector<int>& visits) const;

  const Instance* in_;
  int lower_bound_ = 0;
  std::vector<std::int64_t> absences_;  // per visit: candidates that left it unplanned
  std::vector<int> current_unplanned_, candidate_unplanned_, pending_;
  std::vector<std::uint8_t> pending_mark_;
};

int routes_used(const Solution& s);

}  // namespace carecrowd::engine::search
