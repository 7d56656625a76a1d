// Swap: exchanges visit u with its neighbour v in another route, each taking the other's place.
// Priced in O(1) per route (prefix, the incoming visit, suffix), with assignment and continuity
// terms when the two change caregivers. Swaps within one route are left to Relocate and the ruin.
//
// Thread safety: none.
#pragma once

#include "engine/search/Operator.h"

namespace carecrowd::engine::search {

class Swap final : public Operator {
 public:
  using Operator::Operator;
  const char* name() const override { return "swap"; }
  bool supports() const override { return cache_->problem_supported(); }
  bool apply(Solution& s, int u, int v) override;

 private:
  Cost price(const Solution& s, int u, int v, Cost cutoff) override;
  // Arc cost change of route r with the visit `out` at position p replaced by `in`, and the
  // route's penalty then (RouteSegmentCache::penalty; Cost::max() if not allowed).
  Cost replace_cost(const Solution& s, int r, int p, int out, int in) const;
  Cost replace_penalty(const Solution& s, int r, int p, int out, int in, std::vector<std::int64_t>& load);
};

}  // namespace carecrowd::engine::search
