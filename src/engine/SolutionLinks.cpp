// Solution: linked visits (double staffing, precedence) couple routes — re-timing the partners'
// routes after a change, settling the connected routes to their least start times, and dropping
// half-planned pairs.
#include "engine/Solution.h"

#include <algorithm>
#include <cassert>

#include "engine/RouteCost.h"

namespace carecrowd::engine {

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

}  // namespace carecrowd::engine
