#include "engine/search/PairInsertion.h"

#include <algorithm>

namespace carecrowd::engine::search {

void PairInsertion::collect(const Solution& s, int v, const std::vector<int>& routes, Random& rng, double blink,
                            std::vector<Place>& out) {
  const Instance& in = s.instance();
  out.clear();
  for (int r : routes) {
    Cost fixed;
    if (!in.eligible(v, r) || !s.admits(v, r, fixed)) continue;
    const int n = static_cast<int>(s.route(r).seq.size());
    for (int p = 0; p <= n; ++p) {
      if (blink > 0 && rng.uniform() < blink) continue;
      const Cost cutoff = out.size() < static_cast<std::size_t>(places_per_visit) ? Cost::max() : out.back().delta;
      const InsertionDelta d = s.evaluate_position(v, r, p, fixed, cutoff);
      if (!d.feasible()) continue;
      // Keep the cheapest few, sorted.
      const Place place{d.delta, r, p, fixed};
      auto at = std::upper_bound(out.begin(), out.end(), place.delta, [](Cost c, const Place& x) { return c < x.delta; });
      out.insert(at, place);
      if (out.size() > static_cast<std::size_t>(places_per_visit)) out.pop_back();
    }
  }
}

bool PairInsertion::apply(Solution& s, int v, int w, const LinkBound& bound, const std::vector<int>& routes_v,
                          const std::vector<int>& routes_w, Random& rng, double blink) {
  const Instance& in = s.instance();
  collect(s, v, routes_v, rng, blink, places_v_);
  collect(s, w, routes_w, rng, blink, places_w_);
  Cost best = Cost::max();
  const Place* best_v = nullptr;
  const Place* best_w = nullptr;
  for (const Place& a : places_v_) {
    const Duration ev = s.earliest_start(v, a.route, a.position);
    for (const Place& b : places_w_) {
      // Same route: the two positions interact; leave that to one-by-one insertion.
      if (a.route == b.route) continue;
      if (bound.different_caregivers && in.caregiver(a.route) == in.caregiver(b.route)) continue;
      if (a.delta + b.delta >= best) continue;  // starts only move later: this cannot win
      const Duration ew = s.earliest_start(w, b.route, b.position);
      const Duration sv = max(ev, ew - bound.hi);
      const Duration sw = max(ew, sv + bound.lo);
      const InsertionDelta dv = s.evaluate_position(v, a.route, a.position, a.fixed, Cost::max(), sv);
      if (!dv.feasible()) continue;
      const InsertionDelta dw = s.evaluate_position(w, b.route, b.position, b.fixed, Cost::max(), sw);
      if (!dw.feasible()) continue;
      if (dv.delta + dw.delta < best) {
        best = dv.delta + dw.delta;
        best_v = &a;
        best_w = &b;
      }
    }
  }
  if (best_v == nullptr) return false;
  if (!s.insert(v, best_v->route, best_v->position)) return false;
  if (!s.insert(w, best_w->route, best_w->position)) {
    s.remove(v);
    return false;
  }
  return true;
}

}  // namespace carecrowd::engine::search
