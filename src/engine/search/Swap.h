// Swap: exchanges visit u with its neighbour v, each taking the other's place.
//   - between routes: priced in O(1) per route (prefix, the incoming visit, suffix), with
//     assignment and continuity terms when the two change caregivers;
//   - within one route (when asked: `within_routes`): the stretch between the two places is
//     re-joined stop by stop (short, since v is near u), as Relocate does within a route. Two
//     neighbours in a row are left to Relocate, for which that swap is a move of one of them.
//
// Thread safety: none.
#pragma once

#include "engine/search/Operator.h"

namespace carecrowd::engine::search {

class Swap final : public Operator {
 public:
  explicit Swap(RouteSegmentCache& cache, bool within_routes = false) : Operator(cache), within_routes_(within_routes) {}
  const char* name() const override { return "swap"; }
  bool supports() const override { return cache_->problem_supported(); }
  bool apply(Solution& s, int u, int v) override;

 private:
  Cost price(const Solution& s, int u, int v, Cost cutoff) override;
  // Arc cost change of route r with the visit `out` at position p replaced by `in`, and the
  // route's penalty then (RouteSegmentCache::penalty; Cost::max() if not allowed).
  Cost replace_cost(const Solution& s, int r, int p, int out, int in) const;
  Cost replace_penalty(const Solution& s, int r, int p, int out, int in, std::vector<std::int64_t>& load);
  // u and v in one route, at positions i < j - 1.
  Cost within_route(const Solution& s, int r, int i, int j, Cost cutoff);

  bool within_routes_;
};

}  // namespace carecrowd::engine::search
