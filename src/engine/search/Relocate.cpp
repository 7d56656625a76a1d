#include "engine/search/Relocate.h"

#include <cassert>

namespace carecrowd::engine::search {

Relocate::Relocate(RouteSegmentCache& cache, int length) : Operator(cache), length_(length) {
  assert(length >= 1 && length <= max_length);
}

TimeSegment Relocate::string_segment(int r) const {
  const Instance& in = cache_->instance();
  TimeSegment seg = cache_->visit_segment(string_[0]);
  for (int k = 1; k < length_; ++k)
    seg = TimeSegment::join(seg, cache_->travel(r, in.location(string_[k - 1]), in.location(string_[k])),
                            cache_->visit_segment(string_[k]));
  return seg;
}

Cost Relocate::string_cost(int r) const {
  const Instance& in = cache_->instance();
  Cost inner(0);
  for (int k = 1; k < length_; ++k) inner += cache_->arc(r, in.location(string_[k - 1]), in.location(string_[k]));
  return inner;
}

Cost Relocate::price(const Solution& s, int u, int v, Cost cutoff) {
  u_ = u;
  v_ = v;
  if (!s.planned(u) || !s.planned(v)) return Cost::max();
  const int ru = s.route_of(u), rv = s.route_of(v);
  const int pu = s.position_of(u), pv = s.position_of(v);
  const auto& seq = s.route(ru).seq;
  if (pu + length_ > static_cast<int>(seq.size())) return Cost::max();
  // v inside the string: nowhere to go.
  if (ru == rv && pv >= pu && pv < pu + length_) return Cost::max();
  if (!cache_->of(s, ru).supported || !cache_->of(s, rv).supported) return Cost::max();
  for (int k = 0; k < length_; ++k) {
    string_[k] = seq[pu + k];
    if (s.frozen(string_[k])) return Cost::max();
  }
  Cost best = Cost::max();
  for (const int after : {pv, pv - 1}) {
    const Cost d = ru != rv ? between_routes(s, u, rv, after, cutoff) : within_route(s, u, after, cutoff);
    if (d < best) {
      best = d;
      best_after_ = after;
      cutoff = min(cutoff, d);
    }
  }
  return best;
}

Cost Relocate::between_routes(const Solution& s, int u, int r, int after, Cost cutoff) {
  const Instance& in = cache_->instance();
  for (int k = 0; k < length_; ++k)
    if (!in.eligible(string_[k], r)) return Cost::max();
  const int ru = s.route_of(u), pu = s.position_of(u);
  const RouteSegments& from = cache_->of(s, ru);
  const RouteSegments& to = cache_->of(s, r);
  const int first = in.location(string_[0]), last = in.location(string_[length_ - 1]);
  const int prev = cache_->location_before(s, ru, pu), next = cache_->location_at(s, ru, pu + length_);
  const int p = after + 1;
  const int a = cache_->location_before(s, r, p), b = cache_->location_at(s, r, p);
  // Arc costs first: most moves are ruled out by them before any segment is joined.
  Cost delta = cache_->arc(ru, prev, next) - cache_->arc(ru, prev, first) - cache_->arc(ru, last, next);
  // Inner arcs change only if the two routes price travel differently (travel mode).
  if (length_ > 1 && in.mode(ru) != in.mode(r)) delta += string_cost(r) - string_cost(ru);
  if (from.size == length_) delta -= cache_->per_route();  // the route becomes empty
  delta += cache_->arc(r, a, first) + cache_->arc(r, last, b) - cache_->arc(r, a, b) +
           (to.size == 0 ? cache_->per_route() : Cost(0));
  delta += caregiver_change(s, string_, length_, in.caregiver(ru), in.caregiver(r));
  // New penalties are never negative: the old ones bound how much the move can gain from them.
  const Cost old_penalty = cache_->penalty_now(from, ru) + cache_->penalty_now(to, r);
  if (delta - old_penalty >= cutoff) return Cost::max();
  if (!cache_->count_fits(r, to.size + length_)) return Cost::max();
  const int dims = in.dims();
  load_.resize(static_cast<std::size_t>(dims));
  load2_.resize(static_cast<std::size_t>(dims));
  for (int d = 0; d < dims; ++d) {
    load_[d] = to.load_to[static_cast<std::size_t>(to.size) * dims + d];
    load2_[d] = from.load_to[static_cast<std::size_t>(from.size) * dims + d];
    for (int k = 0; k < length_; ++k) {
      load_[d] += in.demand(string_[k])[d];
      load2_[d] -= in.demand(string_[k])[d];
    }
  }
  // Without triangle inequality in travel times even a removal can break a window.
  const TimeSegment left = TimeSegment::join(from.prefix[pu], cache_->travel(ru, prev, next), from.suffix[pu + length_]);
  const Cost left_penalty = cache_->penalty(ru, left, load2_.data());
  if (left_penalty == Cost::max()) return Cost::max();
  const TimeSegment head = TimeSegment::join(to.prefix[p], cache_->travel(r, a, first), string_segment(r));
  const Cost joined_penalty = cache_->penalty(r, TimeSegment::join(head, cache_->travel(r, last, b), to.suffix[p]), load_.data());
  if (joined_penalty == Cost::max()) return Cost::max();
  delta += left_penalty + joined_penalty - old_penalty;
  return delta < cutoff ? delta : Cost::max();
}

Cost Relocate::within_route(const Solution& s, int u, int after, Cost cutoff) {
  const int r = s.route_of(u), pu = s.position_of(u);
  // After the string's own predecessor or inside it: the string stays where it is.
  if (after >= pu - 1 && after < pu + length_) return Cost::max();
  const Instance& in = cache_->instance();
  const RouteSegments& rs = cache_->of(s, r);
  const auto& seq = s.route(r).seq;
  const int first = in.location(string_[0]), last = in.location(string_[length_ - 1]);
  const int prev = cache_->location_before(s, r, pu), next = cache_->location_at(s, r, pu + length_);
  const int a = cache_->location_before(s, r, after + 1), b = cache_->location_at(s, r, after + 1);
  const Cost arcs = cache_->arc(r, prev, next) - cache_->arc(r, prev, first) - cache_->arc(r, last, next) +
                    cache_->arc(r, a, first) + cache_->arc(r, last, b) - cache_->arc(r, a, b);
  const Cost old_penalty = cache_->penalty_now(rs, r);
  if (arcs - old_penalty >= cutoff) return Cost::max();
  const TimeSegment moved = string_segment(r);
  auto then = [&](const TimeSegment& x, const TimeSegment& y) { return TimeSegment::join(x, cache_->travel(r, x.last, y.first), y); };
  TimeSegment seg;
  if (after >= pu + length_) {
    // [0, pu) [pu + length, after] string (after, n)
    seg = rs.prefix[pu];
    for (int k = pu + length_; k <= after && cache_->may_continue(seg); ++k) seg = then(seg, cache_->visit_segment(seq[k]));
    seg = then(then(seg, moved), rs.suffix[after + 1]);
  } else {
    // [0, after] string (after, pu) [pu + length, n)
    seg = then(rs.prefix[after + 1], moved);
    for (int k = after + 1; k < pu && cache_->may_continue(seg); ++k) seg = then(seg, cache_->visit_segment(seq[k]));
    seg = then(seg, rs.suffix[pu + length_]);
  }
  // The load stays the same: only the windows can change the penalty.
  const Cost penalty = cache_->penalty(r, seg, rs.load_to.data() + static_cast<std::size_t>(rs.size) * in.dims());
  if (penalty == Cost::max()) return Cost::max();
  const Cost delta = arcs + penalty - old_penalty;
  return delta < cutoff ? delta : Cost::max();
}

bool Relocate::apply(Solution& s, int u, int v) {
  assert(u == u_ && v == v_);
  (void)v;
  const int ru = s.route_of(u), rv = s.route_of(v_), pu = s.position_of(u);
  const auto& from = s.route(ru).seq;
  seq1_.clear();
  if (ru != rv) {
    for (int k = 0; k < static_cast<int>(from.size()); ++k)
      if (k < pu || k >= pu + length_) seq1_.push_back(from[k]);
    const auto& to = s.route(rv).seq;
    seq2_.assign(to.begin(), to.end());
    seq2_.insert(seq2_.begin() + (best_after_ + 1), string_, string_ + length_);
    return rearrange(s, ru, rv);
  }
  if (best_after_ == -1) seq1_.insert(seq1_.end(), string_, string_ + length_);
  for (int k = 0; k < static_cast<int>(from.size()); ++k) {
    if (k < pu || k >= pu + length_) seq1_.push_back(from[k]);
    if (k == best_after_) seq1_.insert(seq1_.end(), string_, string_ + length_);
  }
  seq2_.clear();
  return rearrange(s, ru, -1);
}

}  // namespace carecrowd::engine::search
