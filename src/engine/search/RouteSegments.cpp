#include "engine/search/RouteSegments.h"

#include <cassert>

namespace carecrowd::engine::search {

RouteSegmentCache::RouteSegmentCache(const Instance& instance)
    : in_(&instance), visit_supported_(instance.visits(), 0), unrestricted_(instance.visits(), 0),
      routes_(2 * static_cast<std::size_t>(instance.routes())), recent_(instance.routes(), 0) {
  const auto& o = in_->problem().objective();
  distance_weight_ = o.distance;
  travel_weight_ = o.travel_time;
  per_route_ = Cost(o.per_route);
  problem_supported_ = !o.labour;
  const bool lateness_priced = o.lateness != 0 || o.max_lateness != 0;
  for (int v = 0; v < in_->visits(); ++v) {
    const bool never_late = !lateness_priced || in_->due(v) >= in_->last_close(v) ||
                            (o.max_lateness == 0 && in_->lateness_weight(v) == 0);
    visit_supported_[v] = in_->window_count(v) == 1 && in_->location(v) >= 0 && !in_->has_links(v) && never_late;
    unrestricted_[v] = in_->eligible_count(v) == in_->routes() && !in_->problem().visits()[v].pinned_caregiver;
  }
  everything_supported_ = problem_supported_;
  for (int v = 0; v < in_->visits(); ++v)
    if (!visit_supported_[v]) everything_supported_ = false;
  for (int r = 0; r < in_->routes(); ++r)
    if (in_->break_rule(r) || in_->max_work(in_->caregiver(r))) everything_supported_ = false;
}

bool RouteSegmentCache::fits(int r, int count, const std::int64_t* load) const {
  if (count > in_->max_visits(r)) return false;
  const std::int64_t* cap = in_->capacity(r);
  for (int d = 0; d < in_->dims(); ++d)
    if (load[d] > cap[d]) return false;
  return true;
}

Cost RouteSegmentCache::penalty(int r, const TimeSegment& whole, const std::int64_t* load) const {
  const std::int64_t* cap = in_->capacity(r);
  std::int64_t excess = 0;
  for (int d = 0; d < in_->dims(); ++d)
    if (load[d] > cap[d]) excess += load[d] - cap[d];
  if (excess == 0 && whole.feasible()) return Cost(0);
  if (!soft()) return Cost::max();
  // Rounded up, so that any violation costs at least one tick: a broken route never ties a sound one.
  const std::int64_t milli = penalties_.time_warp * whole.time_warp.get() + penalties_.excess_load * excess;
  return Cost((milli + 999) / 1000);
}

const RouteSegments& RouteSegmentCache::of(const Solution& s, int r) {
  const std::uint64_t revision = s.route(r).revision;
  RouteSegments* slots = routes_.data() + 2 * static_cast<std::size_t>(r);
  int slot = slots[0].revision == revision ? 0 : slots[1].revision == revision ? 1 : -1;
  if (slot < 0) {
    // Replace the slot used longer ago: the other is usually the revision a rollback returns to.
    slot = 1 - recent_[r];
    build(s, r, slots[slot]);
  }
  recent_[r] = static_cast<std::uint8_t>(slot);
  const RouteSegments& rs = slots[slot];
  // A stale cache would price moves on a route that no longer exists.
  assert(rs.size == static_cast<int>(s.route(r).seq.size()));
  return rs;
}

void RouteSegmentCache::build(const Solution& s, int r, RouteSegments& out) const {
  const auto& seq = s.route(r).seq;
  const int n = static_cast<int>(seq.size());
  const int dims = in_->dims();
  out.revision = s.route(r).revision;
  out.size = n;
  out.supported = problem_supported_ && !in_->break_rule(r) && !in_->max_work(in_->caregiver(r));
  for (int v : seq)
    if (!visit_supported_[v]) out.supported = false;
  if (!out.supported) return;
  out.prefix.resize(n + 1);
  out.suffix.resize(n + 1);
  out.tail.resize(n + 1);
  out.cost_to.resize(n + 1);
  out.back_to.resize(n + 1);
  out.restricted_to.resize(n + 1);
  out.restricted_to[0] = 0;
  out.load_to.assign(static_cast<std::size_t>(n + 1) * dims, 0);
  out.prefix[0] = TimeSegment::stop(in_->start_location(r), Duration(0), in_->open(r), in_->close(r));
  out.cost_to[0] = Cost(0);
  out.back_to[0] = Cost(0);
  int here = in_->start_location(r);
  for (int i = 0; i < n; ++i) {
    const int v = seq[i];
    const int lv = in_->location(v);
    out.prefix[i + 1] = TimeSegment::join(out.prefix[i], travel(r, here, lv), visit_segment(v));
    out.cost_to[i + 1] = out.cost_to[i] + arc(r, here, lv);
    out.back_to[i + 1] = i == 0 ? Cost(0) : out.back_to[i] + arc(r, lv, here);
    out.restricted_to[i + 1] = out.restricted_to[i] + (unrestricted_[v] ? 0 : 1);
    const std::int64_t* need = in_->demand(v);
    for (int d = 0; d < dims; ++d)
      out.load_to[static_cast<std::size_t>(i + 1) * dims + d] = out.load_to[static_cast<std::size_t>(i) * dims + d] + need[d];
    here = lv;
  }
  out.cost = out.cost_to[n] + arc(r, here, in_->end_location(r)) + (n > 0 ? per_route_ : Cost(0));
  out.whole = TimeSegment::join(out.prefix[n], travel(r, here, in_->end_location(r)), end_segment(r));
  out.suffix[n] = end_segment(r);
  for (int i = n - 1; i >= 0; --i) {
    const int v = seq[i];
    const TimeSegment mine = visit_segment(v);
    out.suffix[i] = TimeSegment::join(mine, travel(r, in_->location(v), out.suffix[i + 1].first), out.suffix[i + 1]);
    out.tail[i] = i + 1 < n ? TimeSegment::join(mine, travel(r, in_->location(v), out.tail[i + 1].first), out.tail[i + 1]) : mine;
  }
}

}  // namespace carecrowd::engine::search
