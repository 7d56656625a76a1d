#include "engine/search/Relocate.h"

#include <cassert>

namespace carecrowd::engine::search {

Cost Relocate::evaluate(const Solution& s, int u, int v) {
  ++counters_.evaluated;
  u_ = u;
  v_ = v;
  if (!s.planned(u) || !s.planned(v) || s.frozen(u) || !cache_->visit_supported(u)) return Cost::max();
  const int ru = s.route_of(u), rv = s.route_of(v);
  if (!cache_->of(s, ru).supported || !cache_->of(s, rv).supported) return Cost::max();
  const int pv = s.position_of(v);
  Cost best = Cost::max();
  for (const int after : {pv, pv - 1}) {
    const Cost d = ru != rv ? between_routes(s, u, rv, after) : within_route(s, u, after);
    if (d < best) {
      best = d;
      best_after_ = after;
    }
  }
  return best;
}

Cost Relocate::between_routes(const Solution& s, int u, int r, int after) {
  const Instance& in = cache_->instance();
  if (!in.eligible(u, r)) return Cost::max();
  const int ru = s.route_of(u), pu = s.position_of(u);
  const RouteSegments& from = cache_->of(s, ru);
  const RouteSegments& to = cache_->of(s, r);
  const int dims = in.dims();
  load_.resize(static_cast<std::size_t>(dims));
  for (int d = 0; d < dims; ++d) load_[d] = to.load_to[static_cast<std::size_t>(to.size) * dims + d] + in.demand(u)[d];
  if (!cache_->fits(r, to.size + 1, load_.data())) return Cost::max();

  const int lu = in.location(u);
  const int prev = cache_->location_before(s, ru, pu), next = cache_->location_at(s, ru, pu + 1);
  // Without triangle inequality in travel times even a removal can break a window.
  if (!TimeSegment::join(from.prefix[pu], cache_->travel(ru, prev, next), from.suffix[pu + 1]).feasible())
    return Cost::max();
  Cost delta = cache_->arc(ru, prev, next) - cache_->arc(ru, prev, lu) - cache_->arc(ru, lu, next);
  if (from.size == 1) delta -= cache_->per_route();  // the route becomes empty
  const int p = after + 1;
  const int a = cache_->location_before(s, r, p), b = cache_->location_at(s, r, p);
  const TimeSegment with_u = TimeSegment::join(to.prefix[p], cache_->travel(r, a, lu), cache_->visit_segment(u));
  if (!TimeSegment::join(with_u, cache_->travel(r, lu, b), to.suffix[p]).feasible()) return Cost::max();
  delta += cache_->arc(r, a, lu) + cache_->arc(r, lu, b) - cache_->arc(r, a, b) + (to.size == 0 ? cache_->per_route() : Cost(0));
  return delta + caregiver_change(s, u, in.caregiver(ru), in.caregiver(r));
}

Cost Relocate::within_route(const Solution& s, int u, int after) {
  const int r = s.route_of(u), pu = s.position_of(u);
  // Right after itself or after its predecessor: u stays where it is.
  if (after == pu || after == pu - 1) return Cost::max();
  const Instance& in = cache_->instance();
  const RouteSegments& rs = cache_->of(s, r);
  const auto& seq = s.route(r).seq;
  const int lu = in.location(u);
  const int prev = cache_->location_before(s, r, pu), next = cache_->location_at(s, r, pu + 1);
  const int a = cache_->location_before(s, r, after + 1), b = cache_->location_at(s, r, after + 1);
  const Cost delta = cache_->arc(r, prev, next) - cache_->arc(r, prev, lu) - cache_->arc(r, lu, next) +
                     cache_->arc(r, a, lu) + cache_->arc(r, lu, b) - cache_->arc(r, a, b);
  const TimeSegment mine = cache_->visit_segment(u);
  auto then = [&](const TimeSegment& x, const TimeSegment& y) { return TimeSegment::join(x, cache_->travel(r, x.last, y.first), y); };
  TimeSegment seg;
  if (after > pu) {
    // [0, pu) (pu, after] u (after, n)
    seg = rs.prefix[pu];
    for (int k = pu + 1; k <= after && seg.feasible(); ++k) seg = then(seg, cache_->visit_segment(seq[k]));
    seg = then(then(seg, mine), rs.suffix[after + 1]);
  } else {
    // [0, after] u (after, pu) (pu, n)
    seg = then(rs.prefix[after + 1], mine);
    for (int k = after + 1; k < pu && seg.feasible(); ++k) seg = then(seg, cache_->visit_segment(seq[k]));
    seg = then(seg, rs.suffix[pu + 1]);
  }
  return seg.feasible() ? delta : Cost::max();
}

bool Relocate::apply(Solution& s, int u, int v) {
  assert(u == u_ && v == v_);
  (void)v;
  const int ru = s.route_of(u), rv = s.route_of(v_), pu = s.position_of(u);
  const auto& from = s.route(ru).seq;
  seq1_.clear();
  if (ru != rv) {
    for (int x : from)
      if (x != u) seq1_.push_back(x);
    const auto& to = s.route(rv).seq;
    seq2_.assign(to.begin(), to.end());
    seq2_.insert(seq2_.begin() + (best_after_ + 1), u);
    return rearrange(s, ru, rv);
  }
  if (best_after_ == -1) seq1_.push_back(u);
  for (int k = 0; k < static_cast<int>(from.size()); ++k) {
    if (k != pu) seq1_.push_back(from[k]);
    if (k == best_after_) seq1_.push_back(u);
  }
  seq2_.clear();
  return rearrange(s, ru, -1);
}

}  // namespace carecrowd::engine::search
