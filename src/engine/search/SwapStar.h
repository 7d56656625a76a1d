// SwapStar (SWAP*, Vidal 2022, "Hybrid genetic search for the CVRP: open-source implementation and
// SWAP* neighborhood"): exchanges visit u with its neighbour v in another route, but unlike Swap
// each is inserted at its best place in the other route, not necessarily where the other was.
//
// For each (visit, route) the three cheapest places to insert the visit (by arc cost, among places
// where the route with the visit keeps its windows) are cached, keyed by the route's revision, so
// that most evaluations cost O(1) arc look-ups. A move's candidates are u at one of its three places
// in v's route or in v's place, and v likewise in u's route; candidates are tried cheapest first
// and the first whose two routes keep their windows is priced exactly (the stretch between the
// removed visit and the new place is re-joined stop by stop, short since both are near). Places next
// to the removed visit are not taken from the cache (their arcs vanish with it); v's own place
// stands for them.
//
// Assignment and continuity terms are priced as for Swap. Windows and capacity are always hard
// here: with penalties set (RouteSegments.h), only routes without any are touched.
//
// Thread safety: none.
#pragma once

#include <cstdint>
#include <vector>

#include "engine/search/Operator.h"

namespace carecrowd::engine::search {

class SwapStar final : public Operator {
 public:
  explicit SwapStar(RouteSegmentCache& cache);
  const char* name() const override { return "swap-star"; }
  bool supports() const override { return cache_->problem_supported(); }
  bool apply(Solution& s, int u, int v) override;

 private:
  static constexpr int kept = 3;
  static constexpr int slots = 4;  // cached routes per visit (direct-mapped by route)
  // The cheapest places to insert one visit into one route, as of one revision of that route.
  struct Places {
    std::uint64_t revision = ~std::uint64_t{0};
    int route = -1;
    int count = 0;
    int position[kept] = {};  // insert before this position (size: at the end)
    Cost cost[kept] = {};     // arc cost change of that insertion alone
  };
  // A candidate: insert the visit before `position` (of the route as it is, with the other visit
  // still in it), or in the removed visit's place if `position` is that visit's own position.
  struct Candidate {
    int position;
    Cost cost;
  };

  Cost price(const Solution& s, int u, int v, Cost cutoff) override;
  const Places& places(const Solution& s, int x, int r);
  // Up to kept + 1 candidates for putting x into route r in place of (or instead of) `out`.
  int candidates(const Solution& s, int x, int r, int out, Candidate* into);
  // Does route r keep its windows with `out` removed and `x` inserted at `position`?
  bool fits(const Solution& s, int r, int out, int x, int position);

  std::vector<Places> cache_places_;
  int u_ = -1, v_ = -1;
  int pos_u_ = -1, pos_v_ = -1;  // chosen places: u in v's route, v in u's route
};

}  // namespace carecrowd::engine::search
