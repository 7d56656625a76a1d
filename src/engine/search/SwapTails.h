// SwapTails (2-opt* between routes): route A keeps its visits up to u and continues with route B's
// visits from v (or from the one after v); B keeps its head and continues with A's tail. Each new
// route is a prefix segment, the other route's tail segment and its own end: O(1) when every visit
// of the tails may go to any route; tails holding visits only some caregivers may do are checked
// visit by visit.
//
// Supports only problems where who does a visit costs nothing by itself (no continuity,
// preferences or repair-change costs): a tail of many visits would need all their pairs recounted.
// Routes of different travel modes are not joined (their tails' times were summed in another mode).
//
// Thread safety: none.
#pragma once

#include "engine/search/Operator.h"

namespace carecrowd::engine::search {

class SwapTails final : public Operator {
 public:
  using Operator::Operator;
  const char* name() const override { return "swap-tails"; }
  bool supports() const override {
    return cache_->problem_supported() && !cache_->instance().caregiver_dependent_costs();
  }
  bool apply(Solution& s, int u, int v) override;

 private:
  Cost price(const Solution& s, int u, int v, Cost cutoff) override;
  // A keeps positions [0, i) and takes B's [j, end); B keeps [0, j) and takes A's [i, end).
  Cost exchange(const Solution& s, int ra, int i, int rb, int j, Cost cutoff);
  // Cost of route r keeping [0, keep) and continuing with route `other`'s visits from `from`,
  // and that route's penalty then (RouteSegmentCache::penalty; Cost::max() if not allowed).
  Cost joined_cost(const Solution& s, int r, int keep, int other, int from);
  Cost joined_penalty(const Solution& s, int r, int keep, int other, int from, std::vector<std::int64_t>& load);
  // May route r's visits from `from` on go to route `to_route`? O(1) when none of them is
  // restricted (RouteSegments::restricted_to), else one pass over them.
  bool movable(const Solution& s, int r, int from, int to_route);

  int i_ = -1, j_ = -1;
};

}  // namespace carecrowd::engine::search
