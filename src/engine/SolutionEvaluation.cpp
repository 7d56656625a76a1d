// Solution: pricing an insertion without changing anything — the position-independent part
// (admits) and the push of the schedule forward from the insertion point until waiting absorbs it.
#include "engine/Solution.h"

#include <algorithm>
#include <cassert>

#include "engine/RouteCost.h"

namespace carecrowd::engine {

namespace {
constexpr int kNone = -1;
}  // namespace

// ---------------------------------------------------------------- evaluation

bool Solution::admits(int v, int r, Cost& fixed) const {
  if (closed_[r]) return false;
  const int n = static_cast<int>(routes_[r].seq.size());
  if (n + 1 > in_->max_visits(r) || !capacity_ok(v, r)) return false;
  const int g = in_->caregiver(r);
  for (const LinkBound* b = in_->links_begin(v); b != in_->links_end(v); ++b)
    if (b->different_caregivers && planned(b->partner) && in_->caregiver(route_of(b->partner)) == g) return false;
  Cost gain = -in_->unplanned_cost(v);
  if (in_->has_links(v)) {
    // Planning one half of a linked pair gains nothing until the other half is planned.
    bool complete = true;
    for (const LinkBound* b = in_->links_begin(v); b != in_->links_end(v); ++b) {
      if (planned(b->partner)) gain -= in_->unplanned_cost(b->partner);
      else complete = false;
    }
    if (!complete) gain = Cost(0);
  }
  fixed = assignment_part(v, r) + gain;
  return true;
}

Duration Solution::earliest_start(int v, int r, int p) const {
  const RouteData& rd = routes_[r];
  const int n = static_cast<int>(rd.seq.size());
  const int here = p < n ? rd.loc_before[p]
                         : (n == 0 ? in_->start_location(r)
                                   : (in_->location(rd.seq[n - 1]) >= 0 ? in_->location(rd.seq[n - 1])
                                                                       : rd.loc_before[n - 1]));
  const Duration t = p == 0 ? in_->open(r) : rd.start[p - 1] + in_->duration(rd.seq[p - 1]);
  const int lv = in_->location(v);
  return in_->snap(v, t + (lv >= 0 ? in_->travel(in_->mode(r), here, lv) : Duration(0)));
}

InsertionDelta Solution::evaluate_by_simulation(int v, int r, int p, Cost fixed) const {
  InsertionDelta result;
  scratch_seq_.assign(routes_[r].seq.begin(), routes_[r].seq.end());
  scratch_seq_.insert(scratch_seq_.begin() + p, v);
  if (!simulate(r, scratch_seq_, scratch_)) return result;
  if (!work_fits(r, scratch_.span)) return result;
  result.delta = route_cost(*in_, r, scratch_, scratch_seq_.size()) - routes_[r].cost + fixed +
                 max_late_delta(r, scratch_.max_late);
  result.route = r;
  result.position = p;
  return result;
}

InsertionDelta Solution::evaluate_position(int v, int r, int p, Cost fixed, Cost cutoff, Duration min_start) const {
  InsertionDelta result;
  const RouteData& rd = routes_[r];
  const int n = static_cast<int>(rd.seq.size());
  const auto& o = in_->problem().objective();
  const bool has_break = in_->break_rule(r).has_value();

  // Fast path: push the schedule forward from p until waiting absorbs the shift.
  const TravelMode mode = in_->mode(r);
  const int here = p < n ? rd.loc_before[p]
                         : (n == 0 ? in_->start_location(r)
                                   : (in_->location(rd.seq[n - 1]) >= 0 ? in_->location(rd.seq[n - 1])
                                                                       : rd.loc_before[n - 1]));
  // A break already placed stays after the same visit: a schedule that is feasible, and at most
  // as good as the one refresh_route finds (it may move the break into idle time).
  const int brk = rd.break_start ? rd.break_after : kNone;
  const Duration brk_len = brk != kNone ? in_->break_rule(r)->length : Duration(0);
  Duration t = p == 0 ? in_->open(r) : rd.start[p - 1] + in_->duration(rd.seq[p - 1]) + (p - 1 == brk ? brk_len : Duration(0));
  const int lv = in_->location(v);
  const Duration tt = lv >= 0 ? in_->travel(mode, here, lv) : Duration(0);
  const Duration s = in_->snap(v, max(in_->has_links(v) ? max(t + tt, link_lower_bound(v)) : t + tt, min_start));
  if (s == Duration::max()) return result;
  Duration late_delta = in_->lateness(v, s) * in_->lateness_weight(v);
  Duration route_max_late = max(p > 0 ? rd.prefix_max_late[p - 1] : Duration(0), in_->lateness(v, s));
  // A linked visit started later drags its partner along: count the partner's own extra lateness
  // (not what follows it in the partner's route), so that pushes through links are not free.
  auto drag = [&](int x, Duration sx) {
    if (!in_->has_links(x)) return;
    for (const LinkBound* b = in_->links_begin(x); b != in_->links_end(x); ++b) {
      if (!planned(b->partner) || route_of(b->partner) == r) continue;
      const Duration old_partner = start_of(b->partner);
      const Duration pushed = sx - b->hi;
      if (pushed <= old_partner) continue;
      late_delta += (in_->lateness(b->partner, pushed) - in_->lateness(b->partner, old_partner)) *
                    in_->lateness_weight(b->partner);
      route_max_late = max(route_max_late, in_->lateness(b->partner, pushed));
    }
  };
  drag(v, s);
  Distance dist_delta(0);
  Duration travel_delta(0);
  if (lv >= 0) {
    // The next physical stop after p (digital visits in between do not move the caregiver).
    int next = in_->end_location(r);
    for (int j = p; j < n; ++j) {
      if (in_->location(rd.seq[j]) >= 0) {
        next = in_->location(rd.seq[j]);
        break;
      }
    }
    dist_delta = in_->distance(here, lv) + in_->distance(lv, next) - in_->distance(here, next);
    travel_delta = tt + in_->travel(mode, lv, next) - in_->travel(mode, here, next);
  }
  // Lateness and max lateness can only grow when a visit is added; without labour (whose span
  // may shrink when the first visit moves) the detour alone bounds the delta from below.
  if (!o.labour && cutoff < Cost::max() &&
      fixed + Cost(o.distance * dist_delta.get() + o.travel_time * travel_delta.get()) +
              (n == 0 ? Cost(o.per_route) : Cost(0)) >= cutoff)
    return result;
  int after = lv >= 0 ? lv : here;
  t = s + in_->duration(v);
  bool converged = false;
  for (int j = p; j < n; ++j) {
    const int vj = rd.seq[j];
    const int lj = in_->location(vj);
    Duration arrival = t + (lj >= 0 ? in_->travel(mode, after, lj) : Duration(0));
    if (in_->has_links(vj)) arrival = max(arrival, link_lower_bound(vj));
    const Duration sj = in_->snap(vj, arrival);
    if (sj > rd.latest[j]) return result;
    if (sj == rd.start[j] && (lj >= 0 || after == rd.loc_before[j])) {
      converged = true;
      route_max_late = max(route_max_late, rd.suffix_max_late[j]);
      break;
    }
    late_delta += (in_->lateness(vj, sj) - in_->lateness(vj, rd.start[j])) * in_->lateness_weight(vj);
    route_max_late = max(route_max_late, in_->lateness(vj, sj));
    drag(vj, sj);
    t = sj + in_->duration(vj) + (j == brk ? brk_len : Duration(0));
    if (lj >= 0) after = lj;
  }
  Duration end = rd.end;
  if (!converged) {
    end = t + in_->travel(mode, after, in_->end_location(r));
    if (end > in_->close(r)) return result;
  }
  const Duration departure = (p == 0 || n == 0) ? s - tt : rd.departure;
  const Duration span = end - departure;
  // The insertion makes the shift long enough to need a break: evaluate it in full.
  if (has_break && brk == kNone && span > in_->break_rule(r)->after) return evaluate_by_simulation(v, r, p, fixed);
  if (!work_fits(r, span)) return result;
  const Cost route_delta = Cost(o.distance * dist_delta.get() + o.travel_time * travel_delta.get() +
                                o.lateness * late_delta.get()) +
                           labour_cost(*in_, r, span) - labour_cost(*in_, r, rd.span) +
                           (n == 0 ? Cost(o.per_route) : Cost(0));
  result.delta = route_delta + fixed + max_late_delta(r, route_max_late);
  result.route = r;
  result.position = p;
  return result;
}

}  // namespace carecrowd::engine
