// SegmentInsertion: the cheapest place for one visit over some routes — the search of
// Solution::best_insertion (the same places in the same order, the same blinks drawn from the same
// generator, the same deltas and ties, so the same choice) with each place priced in O(1) from the
// route's cached time-window segments (RouteSegments) instead of pushing the schedule forward from
// the place until waiting absorbs the push, which on long routes with wide windows (Solomon R2 and
// RC2, Gehring–Homberger) walks most of the route for every place. Arc costs come first, from the
// sequence itself; a route's segments are built only once one of its places could beat the best so
// far.
//
// Only where segments price every term of the problem (RouteSegmentCache::everything_supported:
// no lateness, links, breaks, work limits or labour cost); elsewhere it is Solution::best_insertion
// itself. Windows and capacity are hard here: its cache is its own and never given penalties.
//
// Thread safety: none; one per search thread.
#pragma once

#include <vector>

#include "engine/Random.h"
#include "engine/Solution.h"
#include "engine/search/RouteSegments.h"

namespace carecrowd::engine::search {

class SegmentInsertion {
 public:
  explicit SegmentInsertion(const Instance& instance) : cache_(instance) {}

  // Best place for v over `routes`; `blink` in [0,1) skips places at random (SISR).
  InsertionDelta best(const Solution& s, int v, const std::vector<int>& routes, double blink, Random& rng);

 private:
  RouteSegmentCache cache_;
};

}  // namespace carecrowd::engine::search
