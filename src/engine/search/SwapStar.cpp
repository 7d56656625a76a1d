#include "engine/search/SwapStar.h"

#include <cassert>

namespace carecrowd::engine::search {

SwapStar::SwapStar(RouteSegmentCache& cache)
    : Operator(cache), cache_places_(static_cast<std::size_t>(cache.instance().visits()) * slots) {}

const SwapStar::Places& SwapStar::places(const Solution& s, int x, int r) {
  Places& out = cache_places_[static_cast<std::size_t>(x) * slots + static_cast<std::size_t>(r % slots)];
  const std::uint64_t revision = s.route(r).revision;
  if (out.route == r && out.revision == revision) return out;
  out.route = r;
  out.revision = revision;
  out.count = 0;
  const RouteSegments& rs = cache_->of(s, r);
  const int lx = cache_->instance().location(x);
  const TimeSegment seg = cache_->visit_segment(x);
  for (int p = 0; p <= rs.size; ++p) {
    const int a = cache_->location_before(s, r, p), b = cache_->location_at(s, r, p);
    const Cost c = cache_->arc(r, a, lx) + cache_->arc(r, lx, b) - cache_->arc(r, a, b);
    // Only a place cheaper than the third kept one is worth its window check.
    if (out.count == kept && c >= out.cost[kept - 1]) continue;
    const TimeSegment head = TimeSegment::join(rs.prefix[p], cache_->travel(r, a, lx), seg);
    if (!TimeSegment::join(head, cache_->travel(r, lx, b), rs.suffix[p]).feasible()) continue;
    int k = out.count < kept ? out.count++ : kept - 1;
    for (; k > 0 && out.cost[k - 1] > c; --k) {
      out.cost[k] = out.cost[k - 1];
      out.position[k] = out.position[k - 1];
    }
    out.cost[k] = c;
    out.position[k] = p;
  }
  return out;
}

int SwapStar::candidates(const Solution& s, int x, int r, int out, Candidate* into) {
  const int po = s.position_of(out);
  const int lx = cache_->instance().location(x);
  const int a = cache_->location_before(s, r, po), b = cache_->location_at(s, r, po + 1);
  int n = 0;
  into[n++] = Candidate{po, cache_->arc(r, a, lx) + cache_->arc(r, lx, b) - cache_->arc(r, a, b)};
  const Places& pl = places(s, x, r);
  for (int k = 0; k < pl.count; ++k) {
    // Next to the removed visit: those arcs go with it; its own place stands for them.
    if (pl.position[k] == po || pl.position[k] == po + 1) continue;
    into[n++] = Candidate{pl.position[k], pl.cost[k]};
  }
  return n;
}

bool SwapStar::fits(const Solution& s, int r, int out, int x, int position) {
  const RouteSegments& rs = cache_->of(s, r);
  const auto& seq = s.route(r).seq;
  const int po = s.position_of(out);
  const TimeSegment mine = cache_->visit_segment(x);
  auto then = [&](const TimeSegment& a, const TimeSegment& b) { return TimeSegment::join(a, cache_->travel(r, a.last, b.first), b); };
  TimeSegment seg;
  if (position == po) {
    seg = then(then(rs.prefix[po], mine), rs.suffix[po + 1]);
  } else if (position < po) {
    // [0, position) x [position, po) [po + 1, n)
    seg = then(rs.prefix[position], mine);
    for (int k = position; k < po && seg.feasible(); ++k) seg = then(seg, cache_->visit_segment(seq[k]));
    seg = then(seg, rs.suffix[po + 1]);
  } else {
    // [0, po) [po + 1, position) x [position, n)
    seg = rs.prefix[po];
    for (int k = po + 1; k < position && seg.feasible(); ++k) seg = then(seg, cache_->visit_segment(seq[k]));
    seg = then(then(seg, mine), rs.suffix[position]);
  }
  return seg.feasible();
}

Cost SwapStar::price(const Solution& s, int u, int v, Cost cutoff) {
  u_ = u;
  v_ = v;
  if (!s.planned(u) || !s.planned(v) || s.frozen(u) || s.frozen(v)) return Cost::max();
  if (!cache_->visit_supported(u) || !cache_->visit_supported(v)) return Cost::max();
  const int ru = s.route_of(u), rv = s.route_of(v);
  if (ru == rv) return Cost::max();
  const Instance& in = cache_->instance();
  if (!in.eligible(u, rv) || !in.eligible(v, ru)) return Cost::max();
  const RouteSegments& su = cache_->of(s, ru);
  const RouteSegments& sv = cache_->of(s, rv);
  if (!su.supported || !sv.supported) return Cost::max();
  // Prices windows and capacity as hard: with penalties, only between routes that keep them now
  // (then the move changes no penalty).
  if (cache_->penalty_now(su, ru) != Cost(0) || cache_->penalty_now(sv, rv) != Cost(0)) return Cost::max();
  const int pu = s.position_of(u), pv = s.position_of(v);
  const int lu = in.location(u), lv = in.location(v);
  auto removal = [&](int r, int p, int l) {
    const int a = cache_->location_before(s, r, p), b = cache_->location_at(s, r, p + 1);
    return cache_->arc(r, a, b) - cache_->arc(r, a, l) - cache_->arc(r, l, b);
  };
  const Cost base = removal(ru, pu, lu) + removal(rv, pv, lv) + caregiver_change(s, u, in.caregiver(ru), in.caregiver(rv), v);
  Candidate cu[kept + 1], cv[kept + 1];
  const int nu = candidates(s, u, rv, v, cu);
  const int nv = candidates(s, v, ru, u, cv);
  // Pairs cheapest first (at most 16, sorted in place).
  struct Pair {
    Cost delta;
    int i, j;
  };
  Pair pairs[(kept + 1) * (kept + 1)];
  int count = 0;
  for (int i = 0; i < nu; ++i) {
    for (int j = 0; j < nv; ++j) {
      const Cost d = base + cu[i].cost + cv[j].cost;
      if (d >= cutoff) continue;
      int k = count++;
      for (; k > 0 && pairs[k - 1].delta > d; --k) pairs[k] = pairs[k - 1];
      pairs[k] = Pair{d, i, j};
    }
  }
  if (count == 0) return Cost::max();
  // Load and visit counts do not depend on the places.
  const int dims = in.dims();
  load_.resize(static_cast<std::size_t>(dims));
  load2_.resize(static_cast<std::size_t>(dims));
  for (int d = 0; d < dims; ++d) {
    load_[d] = su.load_to[static_cast<std::size_t>(su.size) * dims + d] - in.demand(u)[d] + in.demand(v)[d];
    load2_[d] = sv.load_to[static_cast<std::size_t>(sv.size) * dims + d] - in.demand(v)[d] + in.demand(u)[d];
  }
  if (!cache_->fits(ru, su.size, load_.data()) || !cache_->fits(rv, sv.size, load2_.data())) return Cost::max();
  // Window checks, each place at most once: 0 unknown, 1 fits, 2 does not.
  std::uint8_t ok_u[kept + 1] = {}, ok_v[kept + 1] = {};
  for (int k = 0; k < count; ++k) {
    const Pair& p = pairs[k];
    if (ok_u[p.i] == 0) ok_u[p.i] = fits(s, rv, v, u, cu[p.i].position) ? 1 : 2;
    if (ok_u[p.i] == 2) continue;
    if (ok_v[p.j] == 0) ok_v[p.j] = fits(s, ru, u, v, cv[p.j].position) ? 1 : 2;
    if (ok_v[p.j] == 2) continue;
    pos_u_ = cu[p.i].position;
    pos_v_ = cv[p.j].position;
    return p.delta;
  }
  return Cost::max();
}

bool SwapStar::apply(Solution& s, int u, int v) {
  assert(u == u_ && v == v_);
  const int ru = s.route_of(u), rv = s.route_of(v);
  // Route r without `out` and with `x` before position `at` (or in out's place).
  auto build = [&](std::vector<int>& into, int r, int out, int x, int at) {
    const auto& seq = s.route(r).seq;
    into.clear();
    for (int k = 0; k < static_cast<int>(seq.size()); ++k) {
      if (k == at) into.push_back(x);
      if (seq[k] != out) into.push_back(seq[k]);
    }
    if (at == static_cast<int>(seq.size())) into.push_back(x);
  };
  build(seq1_, ru, u, v, pos_v_);
  build(seq2_, rv, v, u, pos_u_);
  return rearrange(s, ru, rv);
}

}  // namespace carecrowd::engine::search
