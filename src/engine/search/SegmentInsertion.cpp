#include "engine/search/SegmentInsertion.h"

namespace carecrowd::engine::search {

InsertionDelta SegmentInsertion::best(const Solution& s, int v, const std::vector<int>& routes, double blink, Random& rng) {
  if (!cache_.everything_supported()) return s.best_insertion(v, routes, blink, rng);
  const Instance& in = cache_.instance();
  const int lv = in.location(v);
  const TimeSegment visit = cache_.visit_segment(v);
  InsertionDelta best;
  for (int r : routes) {
    Cost fixed;
    if (!in.eligible(v, r) || !s.admits(v, r, fixed)) continue;
    const auto& seq = s.route(r).seq;
    const int n = static_cast<int>(seq.size());
    if (n == 0) fixed += cache_.per_route();
    const RouteSegments* rs = nullptr;
    int a = in.start_location(r);
    for (int p = 0; p <= n; ++p) {
      // Drawn before anything else, as Solution::best_insertion does: the same places are skipped.
      const bool skip = blink > 0 && rng.uniform() < blink;
      const int b = p < n ? in.location(seq[p]) : in.end_location(r);
      const int before = a;
      a = b;
      if (skip) continue;
      const Cost delta = fixed + cache_.arc(r, before, lv) + cache_.arc(r, lv, b) - cache_.arc(r, before, b);
      // Ties keep the place found first, as there.
      if (delta >= best.delta) continue;
      if (rs == nullptr) rs = &cache_.of(s, r);
      const TimeSegment head = TimeSegment::join(rs->prefix[p], cache_.travel(r, before, lv), visit);
      if (!head.feasible() || !TimeSegment::join(head, cache_.travel(r, lv, b), rs->suffix[p]).feasible()) continue;
      best.delta = delta;
      best.route = r;
      best.position = p;
    }
  }
  return best;
}

}  // namespace carecrowd::engine::search
