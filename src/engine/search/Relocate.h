// Relocate: moves a string of `length` consecutive visits (1 or 2) starting at u next to its
// neighbour v — right after v or right before it — in v's route or in its own, keeping the
// string's order. Between routes it is priced in O(1): the prefix before the gap, the string and
// the suffix after it are three segments; within a route the stretch between the old and new place
// is re-joined stop by stop (short, since v is near u). Assignment and continuity terms are priced
// when the string changes caregiver.
//
// Thread safety: none.
#pragma once

#include "engine/search/Operator.h"

namespace carecrowd::engine::search {

class Relocate final : public Operator {
 public:
  static constexpr int max_length = 2;
  // REQUIRES: 1 <= length <= max_length
  Relocate(RouteSegmentCache& cache, int length = 1);
  const char* name() const override { return length_ == 1 ? "relocate" : "relocate-2"; }
  bool supports() const override { return cache_->problem_supported(); }
  bool apply(Solution& s, int u, int v) override;

 private:
  Cost price(const Solution& s, int u, int v, Cost cutoff) override;
  // The string to route r after position `after` (-1: first); the string is in another route.
  Cost between_routes(const Solution& s, int u, int r, int after, Cost cutoff);
  // The string to after position `after` (of the current sequence) of its own route.
  Cost within_route(const Solution& s, int u, int after, Cost cutoff);
  // The string's segment and its inner arc cost as travelled on route r.
  TimeSegment string_segment(int r) const;
  Cost string_cost(int r) const;

  int length_;
  int string_[max_length] = {};
  int best_after_ = -1;
  int u_ = -1, v_ = -1;
};

}  // namespace carecrowd::engine::search
