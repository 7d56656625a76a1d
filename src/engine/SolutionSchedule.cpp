// Solution: the schedule of one route — the forward simulation (earliest starts, break placement),
// the backward pass (latest starts, suffix lateness) and refreshing a route's caches.
#include "engine/Solution.h"

#include <algorithm>
#include <cassert>
#include <atomic>

#include "engine/RouteCost.h"

namespace carecrowd::engine {

namespace {
constexpr int kNone = -1;

// Unique across every solution of the process, so that caches keyed by it are never fooled by a
// copy or a rollback (see RouteData::revision).
std::uint64_t next_revision() {
  static std::atomic<std::uint64_t> counter{0};
  return counter.fetch_add(1, std::memory_order_relaxed) + 1;
}
}  // namespace

// ---------------------------------------------------------------- route simulation

Duration Solution::link_lower_bound(int v) const {
  Duration lb = -Duration::max();
  if (ignore_links_) return lb;
  for (const LinkBound* b = in_->links_begin(v); b != in_->links_end(v); ++b)
    if (planned(b->partner)) lb = max(lb, start_of(b->partner) + b->lo);
  return lb;
}

bool Solution::simulate_plain(int r, const std::vector<int>& seq, int break_after, RouteData& out) const {
  const auto n = seq.size();
  out.start.resize(n);
  out.loc_before.resize(n);
  out.distance = Distance(0);
  out.travel = Duration(0);
  out.lateness = Duration(0);
  out.max_late = Duration(0);
  out.break_start.reset();
  out.break_after = break_after;
  std::fill(out.load.begin(), out.load.end(), 0);
  const TravelMode mode = in_->mode(r);
  int here = in_->start_location(r);
  Duration t = in_->open(r);
  out.departure = t;
  bool ok = true;
  for (std::size_t i = 0; i < n; ++i) {
    const int v = seq[i];
    out.loc_before[i] = here;
    const int lv = in_->location(v);
    const Duration tt = lv >= 0 ? in_->travel(mode, here, lv) : Duration(0);
    Duration s = in_->snap(v, max(t + tt, link_lower_bound(v)));
    if (s == Duration::max()) {
      ok = false;
      s = t + tt;
    }
    out.start[i] = s;
    if (i == 0) out.departure = s - tt;
    if (lv >= 0) {
      out.distance += in_->distance(here, lv);
      here = lv;
    }
    out.travel += tt;
    const Duration late = in_->lateness(v, s);
    out.lateness += late * in_->lateness_weight(v);
    out.max_late = max(out.max_late, late);
    const auto* need = in_->demand(v);
    for (int d = 0; d < in_->dims(); ++d) out.load[d] += need[d];
    t = s + in_->duration(v);
    if (static_cast<int>(i) == break_after) {
      out.break_start = t;
      t += in_->break_rule(r)->length;
    }
  }
  const int end_loc = in_->end_location(r);
  const Duration back = in_->travel(mode, here, end_loc);
  out.travel += back;
  out.distance += in_->distance(here, end_loc);
  out.end = n == 0 ? in_->open(r) : t + back;
  out.span = n == 0 ? Duration(0) : out.end - out.departure;
  if (out.end > in_->close(r)) ok = false;
  if (static_cast<int>(n) > in_->max_visits(r)) ok = false;
  const auto* cap = in_->capacity(r);
  for (int d = 0; d < in_->dims(); ++d)
    if (out.load[d] > cap[d]) ok = false;
  return ok;
}

bool Solution::simulate_with_break(int r, const std::vector<int>& seq, RouteData& out) const {
  const auto& rule = in_->break_rule(r);
  bool ok = simulate_plain(r, seq, kNone, out);
  if (!rule || out.span <= rule->after) return ok;
  // The shift is long enough to need a break. Usually some gap between visits already has idle
  // time for it: then the schedule stays as it is (O(n)). Otherwise try each gap in full.
  const int n = static_cast<int>(seq.size());
  const TravelMode mode = in_->mode(r);
  for (int g = 0; g + 1 < n; ++g) {
    const int next = in_->location(seq[g + 1]);
    const int here = in_->location(seq[g]) >= 0 ? in_->location(seq[g]) : out.loc_before[g];
    const Duration free_from = out.start[g] + in_->duration(seq[g]);
    const Duration needed = free_from + rule->length + (next >= 0 ? in_->travel(mode, here, next) : Duration(0));
    if (needed <= out.start[g + 1]) {
      out.break_after = g;
      out.break_start = free_from;
      return ok;
    }
  }
  int best_gap = kNone;
  Cost best_cost = Cost::max();
  const auto& o = in_->problem().objective();
  for (int g = 0; g + 1 < n; ++g) {
    if (!simulate_plain(r, seq, g, out)) continue;
    const Cost c = Cost(o.lateness * out.lateness.get()) + labour_cost(*in_, r, out.span);
    if (c < best_cost) {
      best_cost = c;
      best_gap = g;
    }
  }
  if (best_gap == kNone) {
    simulate_plain(r, seq, kNone, out);
    return false;
  }
  return simulate_plain(r, seq, best_gap, out);
}

void Solution::finish_route(int r, RouteData& out) const {
  const auto& seq = out.seq;
  const auto n = seq.size();
  const TravelMode mode = in_->mode(r);
  out.latest.resize(n);
  out.suffix_max_late.resize(n);
  out.prefix_max_late.resize(n);
  Duration prefix_late(0);
  for (std::size_t k = 0; k < n; ++k) {
    prefix_late = max(prefix_late, in_->lateness(seq[k], out.start[k]));
    out.prefix_max_late[k] = prefix_late;
  }
  // Backward pass: the latest start of each visit that keeps everything after it feasible.
  Duration deadline = in_->close(r);
  int next_loc = in_->end_location(r);
  Duration suffix_late(0);
  for (std::size_t k = n; k-- > 0;) {
    const int v = seq[k];
    const int lv = in_->location(v);
    const int after = lv >= 0 ? lv : out.loc_before[k];
    Duration limit = deadline - in_->travel(mode, after, next_loc) - in_->duration(v);
    if (static_cast<int>(k) == out.break_after) limit -= in_->break_rule(r)->length;
    out.latest[k] = in_->latest_within(v, limit);
    suffix_late = max(suffix_late, in_->lateness(v, out.start[k]));
    out.suffix_max_late[k] = suffix_late;
    deadline = out.latest[k];
    next_loc = lv;  // a digital visit has lv = -1: travel into it is free
  }
  out.cost = route_cost(*in_, r, out, n);
}

bool Solution::simulate(int r, const std::vector<int>& seq, RouteData& out) const {
  out.load.resize(in_->dims());
  out.feasible = simulate_with_break(r, seq, out);
  return out.feasible;
}

void Solution::refresh_route(int r) {
  ++version_;
  RouteData& rd = routes_[r];
  routes_cost_ -= rd.cost;
  simulate(r, rd.seq, rd);
  finish_route(r, rd);
  rd.revision = next_revision();
  routes_cost_ += rd.cost;
  for (std::size_t i = 0; i < rd.seq.size(); ++i) visit_start_[rd.seq[i]] = rd.start[i];
}

}  // namespace carecrowd::engine
