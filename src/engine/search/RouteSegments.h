// RouteSegments: what local-search operators read to price a move in O(1) — per route, the
// time-window segments of every prefix and suffix, the arc cost up to every position and the load
// up to every position — kept per route and rebuilt only when the route's revision changes.
//
// Which routes and visits can be summarised this way (`supported`): a move's delta must equal the
// change of Solution::objective() exactly, so only terms that segments carry are allowed:
//   - a visit: one hard window, a location (not digital), no links (a linked partner's start would
//     move with it), and no possible lateness (soft due times and the max-lateness term are not
//     additive over segments);
//   - a route: no break rule (a break is placed by a search over gaps), no work limit across the
//     caregiver's shifts (spans are not carried), and only supported visits;
//   - the problem: no labour cost (it prices spans, which depend on waiting before the first visit).
// Everything else (levels, certificates, exclusions and pins through the eligibility table,
// several shifts as separate routes, capacity, visit counts, per-route cost, travel cost per mode)
// is priced exactly. Operators skip whatever is not supported; the ruin-and-recreate search still
// covers it.
//
// Searching through infeasible space (issue 15, item 2): by default windows and capacity are hard
// (a move that breaks them is priced Cost::max()). With penalties set, a route may break them at a
// price — its time warp (TimeSegment) and its load above capacity, each times a weight — so that
// the local search can pass through plans that break them on its way to better feasible ones.
// Visit-count limits, eligibility and everything not listed as supported stay hard.
//
// Thread safety: none; one per search thread. The cache is keyed by RouteData::revision, which is
// unique across solutions, so it may be used with any solution of its instance. It keeps the two
// latest revisions of each route: most ruin-and-recreate candidates are rolled back, which gives a
// route its previous revision again, and that one is then still built.
#pragma once

#include <cstdint>
#include <vector>

#include "core/Quantity.h"
#include "engine/Instance.h"
#include "engine/Solution.h"
#include "engine/TimeSegment.h"

namespace carecrowd::engine::search {

struct RouteSegments {
  std::uint64_t revision = ~std::uint64_t{0};
  bool supported = false;
  int size = 0;
  std::vector<TimeSegment> prefix;  // [i]: start location and visits 0..i-1 (i = 0..size)
  std::vector<TimeSegment> suffix;  // [i]: visits i..size-1 and end location (i = 0..size)
  std::vector<TimeSegment> tail;    // [i]: visits i..size-1 without the end location (i < size)
  std::vector<Cost> cost_to;        // [i]: arc cost from the start location to visit i-1 (i = 0..size)
  std::vector<Cost> back_to;        // [i]: arc cost of visits i-1 back to 0 travelled in reverse (no start arc)
  std::vector<std::int64_t> load_to;  // [i * dims + d]: load of visits 0..i-1
  // [i]: how many of visits 0..i-1 some route may not take (eligibility) or that are pinned; a
  // stretch without any may go to any route without a check per visit.
  std::vector<int> restricted_to;
  Cost cost;                        // the whole route: arcs and per-route cost
  TimeSegment whole;                // the whole route from its start to its end location
};

// Weights of the soft terms, in thousandths of a cost tick per tick of time warp and per unit of
// load above capacity. Zero: hard.
struct Penalties {
  std::int64_t time_warp = 0;
  std::int64_t excess_load = 0;
  bool soft() const { return time_warp > 0; }
};

// a + b, where either may be Cost::max() (a move that is not allowed).
inline Cost add_or_max(Cost a, Cost b) { return a == Cost::max() || b == Cost::max() ? Cost::max() : a + b; }

class RouteSegmentCache {
 public:
  explicit RouteSegmentCache(const Instance& instance);

  const Instance& instance() const { return *in_; }
  // Does the objective carry only terms that segments price (see above)?
  bool problem_supported() const { return problem_supported_; }
  // ... and is every visit and every route supported (a VRPTW, say)?
  bool everything_supported() const { return everything_supported_; }
  bool visit_supported(int v) const { return visit_supported_[v] != 0; }
  // May every route take v (and is it free to move: not pinned to a caregiver)?
  bool unrestricted(int v) const { return unrestricted_[v] != 0; }
  // Segments of route r in `s`, rebuilt if the route has neither of the last two revisions seen.
  // A reference stays valid until the next call for the same route.
  const RouteSegments& of(const Solution& s, int r);

  TimeSegment visit_segment(int v) const {
    return TimeSegment::stop(in_->location(v), in_->duration(v), in_->first_open(v), in_->last_close(v));
  }
  TimeSegment end_segment(int r) const {
    return TimeSegment::stop(in_->end_location(r), Duration(0), in_->open(r), in_->close(r));
  }
  // Cost of travelling from location a to b on route r (distance and travel time terms).
  Cost arc(int r, int a, int b) const {
    // Most objectives price one of the two: skip the other matrix (a cache miss each).
    const std::int64_t d = distance_weight_ != 0 ? distance_weight_ * in_->distance(a, b).get() : 0;
    return Cost(travel_weight_ != 0 ? d + travel_weight_ * in_->travel(in_->mode(r), a, b).get() : d);
  }
  Duration travel(int r, int a, int b) const { return in_->travel(in_->mode(r), a, b); }
  Cost per_route() const { return per_route_; }
  // Location before position p of route r (the start location for p == 0) and at position p
  // (the end location for p == size).
  int location_before(const Solution& s, int r, int p) const {
    return p == 0 ? in_->start_location(r) : in_->location(s.route(r).seq[p - 1]);
  }
  int location_at(const Solution& s, int r, int p) const {
    const auto& seq = s.route(r).seq;
    return p == static_cast<int>(seq.size()) ? in_->end_location(r) : in_->location(seq[p]);
  }
  // Would route r hold `count` visits with load `load` (dims values)?
  bool fits(int r, int count, const std::int64_t* load) const;

  // REQUIRES: both weights > 0, or both 0 (hard). Soft terms need soft time windows and capacity
  // everywhere: set them only where every supported route may hold any supported visit's load.
  void set_penalties(Penalties p) { penalties_ = p; }
  const Penalties& penalties() const { return penalties_; }
  bool soft() const { return penalties_.soft(); }
  // The penalty of route r if it ran as `whole` (start to end) with total load `load`: 0 within
  // windows and capacity, else Cost::max() when hard and the weighted excess when soft.
  Cost penalty(int r, const TimeSegment& whole, const std::int64_t* load) const;
  // The same for route r as it is now (0 when hard: the solution's routes keep their limits).
  Cost penalty_now(const RouteSegments& rs, int r) const {
    return soft() ? penalty(r, rs.whole, rs.load_to.data() + static_cast<std::size_t>(rs.size) * in_->dims()) : Cost(0);
  }
  // May a stretch joined stop by stop still lead to an allowed route? (When hard, a stretch with
  // time warp never does, so the join may stop early.)
  bool may_continue(const TimeSegment& seg) const { return soft() || seg.feasible(); }
  // Visit-count limits stay hard.
  bool count_fits(int r, int count) const { return count <= in_->max_visits(r); }

 private:
  void build(const Solution& s, int r, RouteSegments& out) const;

  const Instance* in_;
  bool problem_supported_ = false;
  bool everything_supported_ = false;
  std::vector<std::uint8_t> visit_supported_, unrestricted_;
  std::vector<RouteSegments> routes_;  // [2 * r + slot]
  std::vector<std::uint8_t> recent_;   // [r]: the slot of route r used last
  std::int64_t distance_weight_ = 0, travel_weight_ = 0;
  Cost per_route_;
  Penalties penalties_;
};

}  // namespace carecrowd::engine::search
