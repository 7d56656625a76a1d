// Solution: construction, the objective's terms, continuity counts, inserting, removing and
// rearranging visits, and the journal (commit, rollback, savepoints). Route schedules are in
// SolutionSchedule.cpp, insertion pricing in SolutionEvaluation.cpp, linked routes in
// SolutionLinks.cpp, plans in and out in SolutionPlan.cpp.
#include "engine/Solution.h"

#include <algorithm>
#include <cassert>

#include "engine/RouteCost.h"

namespace carecrowd::engine {

namespace {
constexpr int kNone = -1;
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
  closed_.assign(m, 0);
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

}  // namespace carecrowd::engine
