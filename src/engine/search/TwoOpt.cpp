#include "engine/search/TwoOpt.h"

#include <algorithm>
#include <cassert>

namespace carecrowd::engine::search {

Cost TwoOpt::price(const Solution& s, int u, int v, Cost cutoff) {
  u_ = u;
  v_ = v;
  if (!s.planned(u) || !s.planned(v)) return Cost::max();
  const int r = s.route_of(u);
  if (s.route_of(v) != r) return Cost::max();
  const RouteSegments& rs = cache_->of(s, r);
  if (!rs.supported) return Cost::max();
  const int pu = s.position_of(u), pv = s.position_of(v);
  // u first: reverse what follows u up to v; v first: reverse v up to what precedes u.
  const int i = pu < pv ? pu + 1 : pv;
  const int j = pu < pv ? pv : pu - 1;
  // A stretch of one visit (or none) reverses to itself.
  if (j <= i) return Cost::max();
  const Instance& in = cache_->instance();
  const auto& seq = s.route(r).seq;
  const int a = cache_->location_before(s, r, i), b = cache_->location_at(s, r, j + 1);
  const int first = in.location(seq[i]), last = in.location(seq[j]);
  const Cost forward = cache_->arc(r, a, first) + (rs.cost_to[j + 1] - rs.cost_to[i + 1]) + cache_->arc(r, last, b);
  const Cost backward = cache_->arc(r, a, last) + (rs.back_to[j + 1] - rs.back_to[i + 1]) + cache_->arc(r, first, b);
  const Cost old_penalty = cache_->penalty_now(rs, r);
  if (backward - forward - old_penalty >= cutoff) return Cost::max();
  auto then = [&](const TimeSegment& x, const TimeSegment& y) { return TimeSegment::join(x, cache_->travel(r, x.last, y.first), y); };
  TimeSegment seg = rs.prefix[i];
  for (int k = j; k >= i && cache_->may_continue(seg); --k) seg = then(seg, cache_->visit_segment(seq[k]));
  // The load stays the same: only the windows can change the penalty.
  const Cost penalty = cache_->penalty(r, then(seg, rs.suffix[j + 1]), rs.load_to.data() + static_cast<std::size_t>(rs.size) * in.dims());
  if (penalty == Cost::max()) return Cost::max();
  const Cost delta = backward - forward + penalty - old_penalty;
  if (delta >= cutoff) return Cost::max();
  i_ = i;
  j_ = j;
  return delta;
}

bool TwoOpt::apply(Solution& s, int u, int v) {
  assert(u == u_ && v == v_);
  (void)v;
  const int r = s.route_of(u);
  seq1_.assign(s.route(r).seq.begin(), s.route(r).seq.end());
  std::reverse(seq1_.begin() + i_, seq1_.begin() + j_ + 1);
  seq2_.clear();
  return rearrange(s, r, -1);
}

}  // namespace carecrowd::engine::search
