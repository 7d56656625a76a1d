#include "engine/search/Recreate.h"

#include <algorithm>

namespace carecrowd::engine::search {

Recreate::Recreate(const Instance& instance)
    : in_(&instance), stamp_(instance.routes(), 0), queued_(instance.visits(), 0), single_(instance) {}

const std::vector<int>& Recreate::candidate_routes(const Solution& s, int v) {
  const auto& eligible = in_->eligible_routes(v);
  if (in_->routes() <= all_routes_limit && static_cast<int>(eligible.size()) == in_->eligible_count(v)) return eligible;
  ++stamp_value_;
  routes_.clear();
  auto add = [&](int r) {
    if (stamp_[r] != stamp_value_ && in_->eligible(v, r)) {
      stamp_[r] = stamp_value_;
      routes_.push_back(r);
    }
  };
  for (int u : in_->neighbours(v))
    if (s.planned(u)) add(s.route_of(u));
  int free_added = 0;
  for (int r : eligible) {
    if (free_added >= nearest_free_routes) break;
    if (stamp_[r] == stamp_value_) continue;
    add(r);
    ++free_added;
  }
  return routes_;
}

void Recreate::order(std::vector<int>& pending, Random& rng) {
  keyed_.clear();
  const int how = rng.below(5);
  for (int v : pending) {
    double key = rng.uniform();
    switch (how) {
      case 1: {  // largest demand first
        double d = 0;
        for (int k = 0; k < in_->dims(); ++k) d += static_cast<double>(in_->demand(v)[k]);
        key = -d;
        break;
      }
      case 2:  // tightest window first
        key = static_cast<double>((in_->last_close(v) - in_->first_open(v)).get());
        break;
      case 3:  // earliest window first
        key = static_cast<double>(in_->first_open(v).get());
        break;
      case 4:  // fewest eligible caregivers first: hard-to-place visits before easy ones
        key = static_cast<double>(in_->eligible_count(v));
        break;
      default:
        break;
    }
    // Must-plan visits go before may-wait ones whatever the order.
    if (!in_->must_plan(v)) key += 1e18;
    keyed_.emplace_back(key, v);
  }
  std::sort(keyed_.begin(), keyed_.end());
  pending.clear();
  for (const auto& kv : keyed_) pending.push_back(kv.second);
}

void Recreate::apply(Solution& s, std::vector<int>& pending, Random& rng, double blink) {
  order(pending, rng);
  // Linked partners right after each other, so that a half-planned pair is completed at once.
  ordered_.clear();
  ++call_;
  const int pending_mark = -call_;  // in `pending` but not yet queued
  for (int v : pending) queued_[v] = pending_mark;
  for (int v : pending) {
    if (queued_[v] == call_) continue;
    queued_[v] = call_;
    ordered_.push_back(v);
    for (const LinkBound* b = in_->links_begin(v); b != in_->links_end(v); ++b) {
      if (queued_[b->partner] != pending_mark) continue;
      queued_[b->partner] = call_;
      ordered_.push_back(b->partner);
    }
  }
  for (int v : ordered_) {
    if (s.planned(v)) continue;
    // A visit linked to exactly one other, unplanned one: place the two together.
    if (in_->links_end(v) - in_->links_begin(v) == 1) {
      const LinkBound& b = *in_->links_begin(v);
      const int w = b.partner;
      if (!s.planned(w) && in_->links_end(w) - in_->links_begin(w) == 1) {
        routes_v_ = candidate_routes(s, v);
        if (pairs_.apply(s, v, w, b, routes_v_, candidate_routes(s, w), rng, blink)) continue;
      }
    }
    const InsertionDelta best = single_.best(s, v, candidate_routes(s, v), blink, rng);
    if (best.feasible()) s.insert(v, best.route, best.position);
  }
  pending.clear();
}

}  // namespace carecrowd::engine::search
