#include "engine/search/Swap.h"

#include <algorithm>
#include <utility>

namespace carecrowd::engine::search {

Cost Swap::replace_cost(const Solution& s, int r, int p, int out, int in) const {
  const Instance& inst = cache_->instance();
  const int a = cache_->location_before(s, r, p), b = cache_->location_at(s, r, p + 1);
  const int lo = inst.location(out), li = inst.location(in);
  return cache_->arc(r, a, li) + cache_->arc(r, li, b) - cache_->arc(r, a, lo) - cache_->arc(r, lo, b);
}

Cost Swap::replace_penalty(const Solution& s, int r, int p, int out, int in, std::vector<std::int64_t>& load) {
  const Instance& inst = cache_->instance();
  const RouteSegments& rs = cache_->of(s, r);
  const int dims = inst.dims();
  load.resize(static_cast<std::size_t>(dims));
  for (int d = 0; d < dims; ++d)
    load[d] = rs.load_to[static_cast<std::size_t>(rs.size) * dims + d] - inst.demand(out)[d] + inst.demand(in)[d];
  const int a = cache_->location_before(s, r, p), b = cache_->location_at(s, r, p + 1);
  const int li = cache_->instance().location(in);
  const TimeSegment head = TimeSegment::join(rs.prefix[p], cache_->travel(r, a, li), cache_->visit_segment(in));
  return cache_->penalty(r, TimeSegment::join(head, cache_->travel(r, li, b), rs.suffix[p + 1]), load.data());
}

Cost Swap::price(const Solution& s, int u, int v, Cost cutoff) {
  if (!s.planned(u) || !s.planned(v) || s.frozen(u) || s.frozen(v)) return Cost::max();
  if (!cache_->visit_supported(u) || !cache_->visit_supported(v)) return Cost::max();
  const int ru = s.route_of(u), rv = s.route_of(v);
  if (ru == rv) {
    if (!within_routes_) return Cost::max();
    const int i = std::min(s.position_of(u), s.position_of(v)), j = std::max(s.position_of(u), s.position_of(v));
    return j > i + 1 && cache_->of(s, ru).supported ? within_route(s, ru, i, j, cutoff) : Cost::max();
  }
  const Instance& in = cache_->instance();
  if (!in.eligible(u, rv) || !in.eligible(v, ru)) return Cost::max();
  const RouteSegments& su = cache_->of(s, ru);
  const RouteSegments& sv = cache_->of(s, rv);
  if (!su.supported || !sv.supported) return Cost::max();
  const int pu = s.position_of(u), pv = s.position_of(v);
  Cost delta = replace_cost(s, ru, pu, u, v) + replace_cost(s, rv, pv, v, u) +
               caregiver_change(s, u, in.caregiver(ru), in.caregiver(rv), v);
  // New penalties are never negative: the old ones bound how much the move can gain from them.
  const Cost old_penalty = cache_->penalty_now(su, ru) + cache_->penalty_now(sv, rv);
  if (delta - old_penalty >= cutoff) return Cost::max();
  const Cost penalty = add_or_max(replace_penalty(s, ru, pu, u, v, load_), replace_penalty(s, rv, pv, v, u, load2_));
  if (penalty == Cost::max()) return Cost::max();
  delta += penalty - old_penalty;
  return delta < cutoff ? delta : Cost::max();
}

Cost Swap::within_route(const Solution& s, int r, int i, int j, Cost cutoff) {
  const Instance& in = cache_->instance();
  const RouteSegments& rs = cache_->of(s, r);
  const auto& seq = s.route(r).seq;
  const int x = seq[i], y = seq[j];
  const int lx = in.location(x), ly = in.location(y);
  // x's neighbours a and c, y's neighbours d and b: a x c ... d y b becomes a y c ... d x b.
  const int a = cache_->location_before(s, r, i), c = in.location(seq[i + 1]);
  const int d = in.location(seq[j - 1]), b = cache_->location_at(s, r, j + 1);
  const Cost arcs = cache_->arc(r, a, ly) + cache_->arc(r, ly, c) + cache_->arc(r, d, lx) + cache_->arc(r, lx, b) -
                    cache_->arc(r, a, lx) - cache_->arc(r, lx, c) - cache_->arc(r, d, ly) - cache_->arc(r, ly, b);
  const Cost old_penalty = cache_->penalty_now(rs, r);
  if (arcs - old_penalty >= cutoff) return Cost::max();
  auto then = [&](const TimeSegment& p, const TimeSegment& q) { return TimeSegment::join(p, cache_->travel(r, p.last, q.first), q); };
  TimeSegment seg = then(rs.prefix[i], cache_->visit_segment(y));
  for (int k = i + 1; k < j && cache_->may_continue(seg); ++k) seg = then(seg, cache_->visit_segment(seq[k]));
  seg = then(then(seg, cache_->visit_segment(x)), rs.suffix[j + 1]);
  // The load stays the same: only the windows can change the penalty.
  const Cost penalty = cache_->penalty(r, seg, rs.load_to.data() + static_cast<std::size_t>(rs.size) * in.dims());
  if (penalty == Cost::max()) return Cost::max();
  const Cost delta = arcs + penalty - old_penalty;
  return delta < cutoff ? delta : Cost::max();
}

bool Swap::apply(Solution& s, int u, int v) {
  const int ru = s.route_of(u), rv = s.route_of(v);
  if (ru == rv) {
    seq1_.assign(s.route(ru).seq.begin(), s.route(ru).seq.end());
    std::swap(seq1_[s.position_of(u)], seq1_[s.position_of(v)]);
    seq2_.clear();
    return rearrange(s, ru, -1);
  }
  seq1_.assign(s.route(ru).seq.begin(), s.route(ru).seq.end());
  seq2_.assign(s.route(rv).seq.begin(), s.route(rv).seq.end());
  seq1_[s.position_of(u)] = v;
  seq2_[s.position_of(v)] = u;
  return rearrange(s, ru, rv);
}

}  // namespace carecrowd::engine::search
