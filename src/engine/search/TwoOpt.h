// TwoOpt (2-opt within a route): reverses the stretch between visit u and its neighbour v of the
// same route so that the two become adjacent — u followed by v if u comes first, v followed by u
// otherwise. The arc cost is O(1) (RouteSegments keeps the route's arcs summed both ways, so
// asymmetric travel is priced exactly); the reversed stretch's windows are re-joined stop by stop
// between the prefix and suffix segments (short, since v is near u). Nobody changes caregiver, so
// only route terms change.
//
// Thread safety: none.
#pragma once

#include "engine/search/Operator.h"

namespace carecrowd::engine::search {

class TwoOpt final : public Operator {
 public:
  using Operator::Operator;
  const char* name() const override { return "2-opt"; }
  bool supports() const override { return cache_->problem_supported(); }
  bool apply(Solution& s, int u, int v) override;

 private:
  Cost price(const Solution& s, int u, int v, Cost cutoff) override;

  int u_ = -1, v_ = -1;
  int i_ = -1, j_ = -1;  // the reversed positions [i, j]
};

}  // namespace carecrowd::engine::search
