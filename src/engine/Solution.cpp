#include "engine/Solution.h"

#include <algorithm>
#include <atomic>
#include <cassert>

namespace carecrowd::engine {

namespace {
constexpr int kNone = -1;

std::uint64_t next_revision() {
  static std::atomic<std::uint64_t> counter{0};
  return counter.fetch_add(1, std::memory_order_relaxed) + 1;
}

Cost labour_cost(const Instance& in, int r, Duration span) {
  if (!in.problem().objective().labour || span <= Duration(0)) return Cost(0);
  return Cost(in.hourly_cost(r) * span.get() / in.ticks_per_hour());
}

// Route r's share of the objective for simulated figures `d` of a route with `visits` visits.
Cost route_cost(const Instance& in, int r, const RouteData& d, std::size_t visits) {
  const auto& o = in.problem().objective();
  return Cost(o.distance * d.distance.get() + o.travel_time * d.travel.get() + o.lateness * d.lateness.get()) +
         labour_cost(in, r, d.span) + (visits > 0 ? Cost(o.per_route) : Cost(0));
}
}  // namespace

Solution::Solution(const Instance& instance) : in_(&instance) {
  const int n = in_->visits();
  const int m = in_->routes();
  routes_.resize(m);
  saved_routes_.resize(m);
  touched_.assign(m, 0);
  route_of_.assign(n, kNone);
  pos_of_.assign(n, kNone);
  visit_start_.assign(n, Duration(0));
  frozen_.assign(n, 0);
  faces_.resize(in_->clients());
  for (int r = 0; r < m; ++r) {
    routes_[r].load.assign(in_->dims(), 0);
    simulate(r, routes_[r].seq, routes_[r]);
  }
  for (int v = 0; v < n; ++v) unplanned_cost_ += in_->unplanned_cost(v);
  unplanned_count_ = n;
  commit();
}

// ---------------------------------------------------------------- objective

Cost Solution::max_late_term() const {
  const std::int64_t w = in_->problem().objective().max_lateness;
  if (w == 0) return Cost(0);
  return Cost(w * max_late_except(-1).get());
}

Duration Solution::max_late_except(int r) const {
  if (late_version_ != version_) {
    late_version_ = version_;
    late_top1_ = late_top2_ = Duration(0);
    late_top1_route_ = -1;
    for (int q = 0; q < in_->routes(); ++q) {
      const Duration m = routes_[q].max_late;
      if (m > late_top1_) {
        late_top2_ = late_top1_;
        late_top1_ = m;
        late_top1_route_ = q;
      } else if (m > late_top2_) {
        late_top2_ = m;
      }
    }
  }
  return r == late_top1_route_ ? late_top2_ : late_top1_;
}

Cost Solution::objective() const {
  // A double-staffed visit with only one caregiver is worth nothing: count it as unplanned.
  Cost half_pairs(0);
  for (const auto& l : in_->problem().links()) {
    const bool a = planned(l.first), b = planned(l.second);
    if (a && !b) half_pairs += in_->unplanned_cost(l.first);
    if (b && !a) half_pairs += in_->unplanned_cost(l.second);
  }
  return routes_cost_ + unplanned_cost_ + half_pairs + assignment_cost_ +
         Cost(new_faces_ * in_->problem().objective().new_face) + max_late_term();
}

int Solution::continuity_count(int client, int caregiver) const {
  for (const auto& [c, count] : faces_[client])
    if (c == caregiver) return count;
  return 0;
}

void Solution::add_continuity(int v, int caregiver, int delta) {
  const int client = in_->client(v);
  auto& list = faces_[client];
  auto it = std::find_if(list.begin(), list.end(), [&](const auto& e) { return e.first == caregiver; });
  if (it == list.end()) it = list.insert(list.end(), {caregiver, 0});
  const int before = it->second;
  it->second += delta;
  const bool is_new = !in_->has_history(client, caregiver);
  if (is_new && before == 0 && it->second > 0) ++new_faces_;
  if (is_new && before > 0 && it->second == 0) --new_faces_;
  if (it->second == 0) list.erase(it);
  continuity_log_.push_back({client, caregiver, delta});
}

Cost Solution::assignment_part(int v, int r) const {
  const int g = in_->caregiver(r);
  Cost c = in_->assignment_cost(v, g);
  const int client = in_->client(v);
  if (continuity_count(client, g) == 0 && !in_->has_history(client, g))
    c += Cost(in_->problem().objective().new_face);
  return c;
}

bool Solution::work_fits(int r, Duration span) const {
  const auto limit = in_->max_work(in_->caregiver(r));
  return !limit || other_shifts_span(r) + span <= *limit;
}

Cost Solution::max_late_delta(int r, Duration route_max_late) const {
  const std::int64_t w = in_->problem().objective().max_lateness;
  if (w == 0) return Cost(0);
  return Cost(w * (max(route_max_late, max_late_except(r)) - max_late_except(-1)).get());
}

Duration Solution::other_shifts_span(int r) const {
  Duration total(0);
  for (int o : in_->routes_of_caregiver(in_->caregiver(r)))
    if (o != r) total += routes_[o].span;
  return total;
}

bool Solution::capacity_ok(int v, int r) const {
  const auto* need = in_->demand(v);
  const auto* cap = in_->capacity(r);
  const auto& load = routes_[r].load;
  for (int d = 0; d < in_->dims(); ++d)
    if (load[d] + need[d] > cap[d]) return false;
  return true;
}

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

// ---------------------------------------------------------------- evaluation

bool Solution::admits(int v, int r, Cost& fixed) const {
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

// ---------------------------------------------------------------- changes

void Solution::touch(int r) {
  if (savepoint_.active &&
      std::find(savepoint_.routes.begin(), savepoint_.routes.end(), r) == savepoint_.routes.end()) {
    const std::size_t k = savepoint_.routes.size();
    savepoint_.routes.push_back(r);
    if (savepoint_.copies.size() <= k) savepoint_.copies.resize(k + 1);
    savepoint_.copies[k] = routes_[r];
  }
  if (touched_[r]) return;
  touched_[r] = 1;
  touched_list_.push_back(r);
  saved_routes_[r] = routes_[r];
}

bool Solution::reschedule_links() {
  // Routes connected to the touched ones through links form the component to reschedule.
  auto& component = component_;
  component.clear();
  auto& in_component = queued_;
  in_component.resize(in_->routes(), 0);
  for (int r : touched_list_) {
    in_component[r] = 1;
    component.push_back(r);
  }
  bool linked = false;
  for (std::size_t i = 0; i < component.size(); ++i) {
    for (int v : routes_[component[i]].seq) {
      if (in_->has_links(v)) linked = true;
      for (const LinkBound* b = in_->links_begin(v); b != in_->links_end(v); ++b) {
        const int q = route_of(b->partner);
        if (q >= 0 && !in_component[q]) {
          in_component[q] = 1;
          component.push_back(q);
        }
      }
    }
  }
  for (int r : component) in_component[r] = 0;
  // Without linked visits the incremental schedule is already the least one.
  if (!linked) return true;
  for (int r : component) touch(r);
  // Least fixed point: start from the schedule without links, then raise starts until every link
  // holds. Each pass can only move starts later, so it ends, unless links form an impossible cycle.
  ignore_links_ = true;
  for (int r : component) refresh_route(r);
  ignore_links_ = false;
  const int limit = 4 + 2 * static_cast<int>(in_->problem().links().size());
  for (int pass = 0; pass < limit; ++pass) {
    bool changed = false;
    for (int r : component) {
      RouteData& rd = routes_[r];
      scratch_.start = rd.start;
      refresh_route(r);
      if (rd.start != scratch_.start) changed = true;
    }
    if (!changed) {
      for (int r : component)
        if (!routes_[r].feasible || !work_ok(r)) return false;
      return true;
    }
  }
  return false;
}

void Solution::begin_savepoint() {
  savepoint_.active = true;
  savepoint_.routes.clear();
  savepoint_.continuity_size = continuity_log_.size();
  savepoint_.routes_cost = routes_cost_;
  savepoint_.unplanned_cost = unplanned_cost_;
  savepoint_.assignment_cost = assignment_cost_;
  savepoint_.new_faces = new_faces_;
  savepoint_.unplanned_count = unplanned_count_;
}

void Solution::restore_savepoint(int inserted) {
  ++version_;
  savepoint_.active = false;
  route_of_[inserted] = kNone;
  pos_of_[inserted] = kNone;
  for (std::size_t k = 0; k < savepoint_.routes.size(); ++k) {
    const int r = savepoint_.routes[k];
    std::swap(routes_[r], savepoint_.copies[k]);
    const auto& seq = routes_[r].seq;
    for (int i = 0; i < static_cast<int>(seq.size()); ++i) {
      route_of_[seq[i]] = r;
      pos_of_[seq[i]] = i;
      visit_start_[seq[i]] = routes_[r].start[i];
    }
  }
  while (continuity_log_.size() > savepoint_.continuity_size) {
    const ContinuityChange c = continuity_log_.back();
    continuity_log_.pop_back();
    auto& list = faces_[c.client];
    auto e = std::find_if(list.begin(), list.end(), [&](const auto& x) { return x.first == c.caregiver; });
    if (e == list.end()) e = list.insert(list.end(), {c.caregiver, 0});
    e->second -= c.delta;
    if (e->second == 0) list.erase(e);
  }
  routes_cost_ = savepoint_.routes_cost;
  unplanned_cost_ = savepoint_.unplanned_cost;
  assignment_cost_ = savepoint_.assignment_cost;
  new_faces_ = savepoint_.new_faces;
  unplanned_count_ = savepoint_.unplanned_count;
}

bool Solution::insert(int v, int r, int p) {
  assert(!planned(v));
  if (in_->any_links()) begin_savepoint();
  touch(r);
  RouteData& rd = routes_[r];
  rd.seq.insert(rd.seq.begin() + p, v);
  for (int i = p; i < static_cast<int>(rd.seq.size()); ++i) pos_of_[rd.seq[i]] = i;
  route_of_[v] = r;
  unplanned_log_.push_back(v);
  unplanned_cost_ -= in_->unplanned_cost(v);
  --unplanned_count_;
  assignment_cost_ += in_->assignment_cost(v, in_->caregiver(r));
  add_continuity(v, in_->caregiver(r), +1);
  bool ok;
  if (in_->any_links()) {
    ok = propagate_links(r);
  } else {
    refresh_route(r);
    ok = rd.feasible;
  }
  if (ok && !work_ok(r)) ok = false;
  if (in_->any_links()) {
    if (!ok) restore_savepoint(v);
    savepoint_.active = false;
    return ok;
  }
  if (!ok) remove(v);
  return ok;
}

void Solution::remove(int v) {
  const int r = route_of_[v];
  assert(r >= 0);
  touch(r);
  RouteData& rd = routes_[r];
  const int p = pos_of_[v];
  rd.seq.erase(rd.seq.begin() + p);
  for (int i = p; i < static_cast<int>(rd.seq.size()); ++i) pos_of_[rd.seq[i]] = i;
  route_of_[v] = kNone;
  pos_of_[v] = kNone;
  unplanned_log_.push_back(v);
  unplanned_cost_ += in_->unplanned_cost(v);
  ++unplanned_count_;
  assignment_cost_ -= in_->assignment_cost(v, in_->caregiver(r));
  add_continuity(v, in_->caregiver(r), -1);
  if (in_->any_links()) {
    propagate_links(r);
    // The partners lost a bound: let them move earlier too.
    for (const LinkBound* b = in_->links_begin(v); b != in_->links_end(v); ++b)
      if (planned(b->partner)) propagate_links(route_of(b->partner));
  } else {
    refresh_route(r);
  }
}

bool Solution::rearrange(int r1, const std::vector<int>& seq1, int r2, const std::vector<int>& seq2) {
  const bool two = r2 >= 0 && r2 != r1;
  touch(r1);
  if (two) touch(r2);
  // A visit whose route changes changes caregiver (unless both are shifts of one caregiver).
  auto place = [&](int r, const std::vector<int>& seq) {
    const int g = in_->caregiver(r);
    for (int i = 0; i < static_cast<int>(seq.size()); ++i) {
      const int v = seq[i];
      assert(!in_->has_links(v));
      const int from = route_of_[v];
      if (from != r) {
        const int was = in_->caregiver(from);
        if (was != g) {
          assignment_cost_ += in_->assignment_cost(v, g) - in_->assignment_cost(v, was);
          add_continuity(v, was, -1);
          add_continuity(v, g, +1);
        }
        route_of_[v] = r;
      }
      pos_of_[v] = i;
    }
    routes_[r].seq.assign(seq.begin(), seq.end());
  };
  place(r1, seq1);
  if (two) place(r2, seq2);
  refresh_route(r1);
  if (two) refresh_route(r2);
  bool ok = routes_[r1].feasible && work_ok(r1);
  if (two) ok = ok && routes_[r2].feasible && work_ok(r2);
  return ok;
}

bool Solution::propagate_links(int r) {
  // Re-simulate the changed route, then every route whose linked visit's partner moved, until
  // nothing moves; bounded, because impossible cycles of links would push starts forever.
  queued_.resize(in_->routes(), 0);
  queue_.clear();
  queue_.push_back(r);
  queued_[r] = 1;
  bool first = true;
  int budget = 8 * in_->routes() + 16;
  bool ok = true;
  for (std::size_t head = 0; head < queue_.size(); ++head) {
    const int q = queue_[head];
    queued_[q] = 0;
    if (--budget < 0) {
      ok = false;
      break;
    }
    touch(q);
    RouteData& rd = routes_[q];
    old_starts_.assign(rd.start.begin(), rd.start.end());
    refresh_route(q);
    if (!rd.feasible || !work_ok(q)) ok = false;
    for (std::size_t i = 0; i < rd.seq.size(); ++i) {
      const int x = rd.seq[i];
      if (!in_->has_links(x) || (!first && rd.start[i] == old_starts_[i])) continue;
      for (const LinkBound* b = in_->links_begin(x); b != in_->links_end(x); ++b) {
        const int pr = route_of(b->partner);
        if (pr >= 0 && !queued_[pr]) {
          queued_[pr] = 1;
          queue_.push_back(pr);
        }
      }
    }
    first = false;
  }
  for (int q : queue_) queued_[q] = 0;
  return ok;
}

bool Solution::settle() {
  if (!in_->any_links() || touched_list_.empty()) return true;
  return reschedule_links();
}

bool Solution::consistent() const {
  for (int r = 0; r < in_->routes(); ++r)
    if (!routes_[r].feasible || !work_ok(r)) return false;
  return true;
}

void Solution::commit() {
  for (int r : touched_list_) touched_[r] = 0;
  touched_list_.clear();
  continuity_log_.clear();
  unplanned_log_.clear();
  saved_routes_cost_ = routes_cost_;
  saved_unplanned_cost_ = unplanned_cost_;
  saved_assignment_cost_ = assignment_cost_;
  saved_new_faces_ = new_faces_;
  saved_unplanned_count_ = unplanned_count_;
}

void Solution::rollback() {
  ++version_;
  for (int v : unplanned_log_) {
    route_of_[v] = kNone;
    pos_of_[v] = kNone;
  }
  for (int r : touched_list_) {
    std::swap(routes_[r], saved_routes_[r]);
    const auto& seq = routes_[r].seq;
    for (int i = 0; i < static_cast<int>(seq.size()); ++i) {
      route_of_[seq[i]] = r;
      pos_of_[seq[i]] = i;
      visit_start_[seq[i]] = routes_[r].start[i];
    }
  }
  for (auto it = continuity_log_.rbegin(); it != continuity_log_.rend(); ++it) {
    auto& list = faces_[it->client];
    auto e = std::find_if(list.begin(), list.end(), [&](const auto& x) { return x.first == it->caregiver; });
    if (e == list.end()) e = list.insert(list.end(), {it->caregiver, 0});
    e->second -= it->delta;
    if (e->second == 0) list.erase(e);
  }
  routes_cost_ = saved_routes_cost_;
  unplanned_cost_ = saved_unplanned_cost_;
  assignment_cost_ = saved_assignment_cost_;
  new_faces_ = saved_new_faces_;
  unplanned_count_ = saved_unplanned_count_;
  for (int r : touched_list_) touched_[r] = 0;
  touched_list_.clear();
  continuity_log_.clear();
  unplanned_log_.clear();
}

void Solution::drop_incomplete_links() {
  bool changed = true;
  while (changed) {
    changed = false;
    for (const auto& l : in_->problem().links()) {
      const bool a = planned(l.first), b = planned(l.second);
      if (a != b) {
        remove(a ? l.first : l.second);
        changed = true;
      }
    }
  }
  settle();
  commit();
}

// ---------------------------------------------------------------- plans

domain::Plan Solution::to_plan() const {
  domain::Plan plan;
  for (int r = 0; r < in_->routes(); ++r) {
    const RouteData& rd = routes_[r];
    if (rd.seq.empty()) continue;
    domain::Route route;
    route.caregiver = in_->caregiver(r);
    route.shift = in_->shift(r);
    route.break_start = rd.break_start;
    for (std::size_t i = 0; i < rd.seq.size(); ++i) route.visits.push_back({rd.seq[i], rd.start[i]});
    plan.routes.push_back(std::move(route));
  }
  for (int v = 0; v < in_->visits(); ++v)
    if (!planned(v)) plan.unplanned.push_back({v, domain::UnplannedReason::caregivers_full, std::nullopt, ""});
  return plan;
}

int Solution::load(const domain::Plan& plan) {
  int kept = 0;
  for (const auto& route : plan.routes) {
    if (route.caregiver < 0 || route.caregiver >= in_->caregivers()) continue;
    const auto& shifts = in_->routes_of_caregiver(route.caregiver);
    if (route.shift < 0 || route.shift >= static_cast<int>(shifts.size())) continue;
    const int r = shifts[route.shift];
    for (const auto& pv : route.visits) {
      if (pv.visit < 0 || pv.visit >= in_->visits() || planned(pv.visit) || !in_->eligible(pv.visit, r)) continue;
      if (!capacity_ok(pv.visit, r)) continue;
      if (insert(pv.visit, r, static_cast<int>(routes_[r].seq.size()))) ++kept;
    }
  }
  if (!settle()) {
    rollback();
    return 0;
  }
  commit();
  return kept;
}

domain::CostBreakdown Solution::breakdown() const {
  domain::CostBreakdown b;
  const auto& o = in_->problem().objective();
  for (int r = 0; r < in_->routes(); ++r) {
    const RouteData& rd = routes_[r];
    if (rd.seq.empty()) continue;
    ++b.routes;
    b.distance += rd.distance;
    b.travel_time += rd.travel;
    b.lateness += rd.lateness;
    b.max_lateness = max(b.max_lateness, rd.max_late);
    b.labour += labour_cost(*in_, r, rd.span);
    for (int v : rd.seq) {
      const auto& pref = in_->problem().visits()[v].preferred;
      if (!pref.empty() && std::find(pref.begin(), pref.end(), in_->caregiver(r)) == pref.end())
        ++b.missed_preferences;
    }
  }
  for (int v = 0; v < in_->visits(); ++v) {
    if (planned(v)) {
      ++b.planned;
    } else {
      (in_->must_plan(v) ? b.unplanned_must : b.unplanned_optional)++;
      b.unplanned_cost += in_->unplanned_cost(v);
    }
  }
  b.new_faces = static_cast<int>(new_faces_);
  b.price(o);
  return b;
}

}  // namespace carecrowd::engine
