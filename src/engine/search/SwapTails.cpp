#include "engine/search/SwapTails.h"

namespace carecrowd::engine::search {

Cost SwapTails::joined_cost(const Solution& s, int r, int keep, int other, int from) {
  const Instance& in = cache_->instance();
  const RouteSegments& mine = cache_->of(s, r);
  const RouteSegments& theirs = cache_->of(s, other);
  const int taken = theirs.size - from;
  const int a = cache_->location_before(s, r, keep);
  const int end = in.end_location(r);
  if (taken == 0) return mine.cost_to[keep] + cache_->arc(r, a, end) + (keep > 0 ? cache_->per_route() : Cost(0));
  const int first = in.location(s.route(other).seq[from]);
  const int last = in.location(s.route(other).seq[theirs.size - 1]);
  // The taken tail's inner arcs, as summed in the other route (same travel mode).
  const Cost inner = theirs.cost_to[theirs.size] - theirs.cost_to[from + 1];
  return mine.cost_to[keep] + cache_->arc(r, a, first) + inner + cache_->arc(r, last, end) + cache_->per_route();
}

Cost SwapTails::joined_penalty(const Solution& s, int r, int keep, int other, int from, std::vector<std::int64_t>& load) {
  const Instance& in = cache_->instance();
  const RouteSegments& mine = cache_->of(s, r);
  const RouteSegments& theirs = cache_->of(s, other);
  const int dims = in.dims();
  load.resize(static_cast<std::size_t>(dims));
  for (int d = 0; d < dims; ++d)
    load[d] = mine.load_to[static_cast<std::size_t>(keep) * dims + d] +
              theirs.load_to[static_cast<std::size_t>(theirs.size) * dims + d] -
              theirs.load_to[static_cast<std::size_t>(from) * dims + d];
  if (!cache_->count_fits(r, keep + theirs.size - from)) return Cost::max();
  const int a = cache_->location_before(s, r, keep);
  const int end = in.end_location(r);
  if (from == theirs.size)
    return cache_->penalty(r, TimeSegment::join(mine.prefix[keep], cache_->travel(r, a, end), cache_->end_segment(r)), load.data());
  const int first = in.location(s.route(other).seq[from]);
  const int last = in.location(s.route(other).seq[theirs.size - 1]);
  const TimeSegment head = TimeSegment::join(mine.prefix[keep], cache_->travel(r, a, first), theirs.tail[from]);
  return cache_->penalty(r, TimeSegment::join(head, cache_->travel(r, last, end), cache_->end_segment(r)), load.data());
}

bool SwapTails::movable(const Solution& s, int r, int from, int to_route) {
  const RouteSegments& rs = cache_->of(s, r);
  if (rs.restricted_to[rs.size] == rs.restricted_to[from]) return true;
  const Instance& in = cache_->instance();
  const auto& seq = s.route(r).seq;
  for (int k = from; k < static_cast<int>(seq.size()); ++k)
    if (s.frozen(seq[k]) || !in.eligible(seq[k], to_route)) return false;
  return true;
}

Cost SwapTails::exchange(const Solution& s, int ra, int i, int rb, int j, Cost cutoff) {
  const RouteSegments& a = cache_->of(s, ra);
  const RouteSegments& b = cache_->of(s, rb);
  // Nothing moves, or the two routes trade all their visits (a relabelling, not a new plan).
  if ((i == a.size && j == b.size) || (i == 0 && j == 0)) return Cost::max();
  Cost delta = joined_cost(s, ra, i, rb, j) + joined_cost(s, rb, j, ra, i) - a.cost - b.cost;
  // New penalties are never negative: the old ones bound how much the move can gain from them.
  const Cost old_penalty = cache_->penalty_now(a, ra) + cache_->penalty_now(b, rb);
  if (delta - old_penalty >= cutoff) return Cost::max();
  const Cost penalty = add_or_max(joined_penalty(s, ra, i, rb, j, load_), joined_penalty(s, rb, j, ra, i, load2_));
  if (penalty == Cost::max()) return Cost::max();
  if (!movable(s, ra, i, rb) || !movable(s, rb, j, ra)) return Cost::max();
  delta += penalty - old_penalty;
  return delta < cutoff ? delta : Cost::max();
}

Cost SwapTails::price(const Solution& s, int u, int v, Cost cutoff) {
  if (!s.planned(u) || !s.planned(v)) return Cost::max();
  const int ru = s.route_of(u), rv = s.route_of(v);
  if (ru == rv || cache_->instance().mode(ru) != cache_->instance().mode(rv)) return Cost::max();
  if (!cache_->of(s, ru).supported || !cache_->of(s, rv).supported) return Cost::max();
  const int pu = s.position_of(u), pv = s.position_of(v);
  // u followed by what followed v, or u followed by v itself.
  const Cost after_v = exchange(s, ru, pu + 1, rv, pv + 1, cutoff);
  const Cost at_v = exchange(s, ru, pu + 1, rv, pv, min(cutoff, after_v));
  if (after_v <= at_v) {
    i_ = pu + 1;
    j_ = pv + 1;
    return after_v;
  }
  i_ = pu + 1;
  j_ = pv;
  return at_v;
}

bool SwapTails::apply(Solution& s, int u, int v) {
  const int ra = s.route_of(u), rb = s.route_of(v);
  const auto& a = s.route(ra).seq;
  const auto& b = s.route(rb).seq;
  seq1_.assign(a.begin(), a.begin() + i_);
  seq1_.insert(seq1_.end(), b.begin() + j_, b.end());
  seq2_.assign(b.begin(), b.begin() + j_);
  seq2_.insert(seq2_.end(), a.begin() + i_, a.end());
  return rearrange(s, ra, rb);
}

}  // namespace carecrowd::engine::search
