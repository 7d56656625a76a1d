// Relocate: moves visit u next to its neighbour v — right after v or right before it — in v's
// route or in its own. Between routes it is priced in O(1): the prefix before the gap, u and the
// suffix after it are three segments; within a route the stretch between the old and new place is
// re-joined stop by stop (short, since v is near u). Assignment and continuity terms are priced
// when u changes caregiver.
//
// Thread safety: none.
#pragma once

#include "engine/search/Operator.h"

namespace carecrowd::engine::search {

class Relocate final : public Operator {
 public:
  using Operator::Operator;
  const char* name() const override { return "relocate"; }
  bool supports() const override { return cache_->problem_supported(); }
  Cost evaluate(const Solution& s, int u, int v) override;
  bool apply(Solution& s, int u, int v) override;

 private:
  // u to route r after position `after` (-1: first), u currently elsewhere.
  Cost between_routes(const Solution& s, int u, int r, int after);
  // u to after position `after` (of the current sequence) of its own route.
  Cost within_route(const Solution& s, int u, int after);

  int best_after_ = -1;
  int u_ = -1, v_ = -1;
};

}  // namespace carecrowd::engine::search
