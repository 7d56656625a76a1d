// Solution: the engine's working plan — a sequence of visits per route with cached schedules — and
// the incremental objective the search optimises.
//
// Per route it caches the earliest start of every visit (forward pass), the latest start that
// keeps the rest of the route feasible (backward pass), where the caregiver is before each visit,
// and the suffix maximum of lateness; so inserting a visit is evaluated by propagating the push
// forward only until it is absorbed by waiting, usually a few positions (O(1) amortised), and
// feasibility of the whole suffix is one comparison with `latest`.
//
// Linked visits (double staffing, precedence) couple routes: after each insert or remove the
// partners' routes are re-timed incrementally (a pushed start drags its partner along), and
// settle() then recomputes the least start times of every route connected to the change (a
// monotone fixed point; links that can never all hold make the change infeasible and it is
// undone). A failed insert restores a savepoint, so partners never keep each other pushed.
//
// Changes are journaled: `commit()` keeps them, `rollback()` restores the state at the previous
// commit. The search works on one Solution in place and copies only when it finds a new best.
//
// Thread safety: none; one Solution per search thread (the Instance is shared read-only).
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "domain/CostBreakdown.h"
#include "domain/Plan.h"
#include "engine/Instance.h"

namespace carecrowd::engine {

struct RouteData {
  std::vector<int> seq;
  std::vector<Duration> start;
  std::vector<Duration> latest;
  std::vector<int> loc_before;          // where the caregiver is before visit i (-1: nowhere yet)
  std::vector<Duration> prefix_max_late;
  std::vector<Duration> suffix_max_late;
  std::vector<std::int64_t> load;
  Duration end;                         // arrival back at the end location
  Duration departure;                   // leaving the start location
  Duration span;
  Distance distance;
  Duration travel;
  Duration lateness;                    // weighted
  Duration max_late;
  std::optional<Duration> break_start;
  int break_after = -1;                 // the break follows the visit at this position
  Cost cost;                            // this route's share of the objective
  bool feasible = true;
  // Changes whenever the route does, unique across all solutions of the process (copies share it
  // with their content), so a cache of route data can tell whether it is stale.
  std::uint64_t revision = 0;
};

// What inserting one visit at one place would do.
struct InsertionDelta {
  Cost delta = Cost::max();  // change of the objective; Cost::max() if infeasible
  int route = -1;
  int position = -1;
  [[nodiscard]] bool feasible() const { return delta < Cost::max(); }
};

class Solution {
 public:
  explicit Solution(const Instance& instance);

  const Instance& instance() const { return *in_; }
  int route_of(int v) const { return route_of_[v]; }
  int position_of(int v) const { return pos_of_[v]; }
  // REQUIRES: planned(v)
  Duration start_of(int v) const { return visit_start_[v]; }
  const RouteData& route(int r) const { return routes_[r]; }
  bool planned(int v) const { return route_of_[v] >= 0; }
  // Is v frozen (a claimed visit kept from the initial plan)? Frozen visits are never removed.
  bool frozen(int v) const { return frozen_[v] != 0; }
  void freeze(int v) { frozen_[v] = 1; }
  // A closed route takes no visit (admits() refuses it): the fleet minimisation phase closes the
  // route it empties and every unused one, so that recreate re-plans their visits into the others.
  // Not journaled: a phase of the search opens and closes routes, not a move.
  bool closed(int r) const { return closed_[r] != 0; }
  void close_route(int r) { closed_[r] = 1; }
  void open_routes() { std::fill(closed_.begin(), closed_.end(), std::uint8_t{0}); }

  // The objective the search minimises: the domain cost plus the repair stability term.
  Cost objective() const;
  int unplanned_count() const { return unplanned_count_; }
  // How many planned visits of `client` the caregiver does (continuity).
  int continuity_count(int client, int caregiver) const;

  // Cost change of inserting unplanned v into route r before position p (p == size: at the end),
  // without changing anything. Approximate only where links couple routes (see apply).
  InsertionDelta evaluate_insert(int v, int r, int p) const {
    Cost fixed;
    return admits(v, r, fixed) ? evaluate_position(v, r, p, fixed) : InsertionDelta();
  }
  // The position-independent part: can route r take v at all (capacity, visit count, links), and
  // what does v cost there wherever it goes (continuity, preference, unplanned gain)?
  bool admits(int v, int r, Cost& fixed) const;
  // `cutoff`: the caller only cares about deltas below it; a place that provably cannot beat it
  // is reported infeasible without simulating it.
  // `min_start` holds v back (a linked partner's start, when inserting a pair together).
  InsertionDelta evaluate_position(int v, int r, int p, Cost fixed, Cost cutoff = Cost::max(),
                                   Duration min_start = -Duration::max()) const;
  // Earliest start of v if inserted into route r before position p, ignoring links; or
  // Duration::max() if no window can be reached.
  Duration earliest_start(int v, int r, int p) const;
  // Best place for v over the given routes; `blink` in [0,1) skips positions at random (SISR).
  template <class Rng>
  InsertionDelta best_insertion(int v, const std::vector<int>& routes, double blink, Rng& rng) const;

  // Insert and remove, keeping caches and journal. insert returns false (and changes nothing) if
  // the result is infeasible once links are rescheduled.
  bool insert(int v, int r, int p);
  void remove(int v);
  // Gives routes r1 and r2 (r2 == r1 or -1 for one route) the sequences seq1 and seq2, which must
  // hold exactly the visits the two routes hold now (local search moves). Keeps caches, journal,
  // assignment and continuity terms. Returns false if a route breaks a limit (then rollback).
  // REQUIRES: no visit of either route has links (their partners are not re-timed here).
  bool rearrange(int r1, const std::vector<int>& seq1, int r2, const std::vector<int>& seq2);

  void commit();
  void rollback();
  // Every route within its windows, shift, capacity and work limits (a debug check).
  bool consistent() const;

  // Plan <-> Solution.
  domain::Plan to_plan() const;
  // Loads routes from a plan, skipping (and reporting) visits that no longer fit.
  int load(const domain::Plan& plan);
  domain::CostBreakdown breakdown() const;

  // Drops half-planned linked pairs (a double-staffed visit needs both caregivers).
  void drop_incomplete_links();

  // While visits are inserted and removed, link partners are pushed along incrementally, which
  // can leave starts later than necessary; settle() recomputes the least start times of every
  // route connected to a change. Returns false if the links cannot all hold.
  bool settle();

 private:
  struct ContinuityChange { int client, caregiver, delta; };
  // A savepoint inside one insert: when links push other routes and the insert turns out
  // infeasible, those routes go back exactly (removing the visit again would leave linked partners
  // holding each other at their pushed times).
  struct Savepoint {
    bool active = false;
    std::vector<int> routes;
    std::vector<RouteData> copies;
    std::size_t continuity_size = 0;
    Cost routes_cost, unplanned_cost, assignment_cost;
    std::int64_t new_faces = 0;
    int unplanned_count = 0;
  };
  void begin_savepoint();
  void restore_savepoint(int inserted);

  Duration link_lower_bound(int v) const;
  // Simulates route r with sequence `seq`, writing starts; returns the route's figures.
  bool simulate(int r, const std::vector<int>& seq, RouteData& out) const;
  // Prices an insertion by simulating the whole new route (breaks that must be placed anew).
  InsertionDelta evaluate_by_simulation(int v, int r, int p, Cost fixed) const;
  bool simulate_with_break(int r, const std::vector<int>& seq, RouteData& out) const;
  bool simulate_plain(int r, const std::vector<int>& seq, int break_after, RouteData& out) const;
  void finish_route(int r, RouteData& out) const;
  void refresh_route(int r);
  bool reschedule_links();
  bool propagate_links(int r);
  // Largest route lateness apart from route r (cached per change).
  Duration max_late_except(int r) const;
  void touch(int r);
  void add_continuity(int v, int caregiver, int delta);
  Cost assignment_part(int v, int r) const;
  Duration other_shifts_span(int r) const;
  // Would route r's caregiver stay within max_work over all their shifts if r spanned `span`?
  bool work_fits(int r, Duration span) const;
  bool work_ok(int r) const { return work_fits(r, routes_[r].span); }
  // Change of the max-lateness term if route r's largest lateness became `route_max_late`.
  Cost max_late_delta(int r, Duration route_max_late) const;
  bool capacity_ok(int v, int r) const;
  Cost max_late_term() const;

  const Instance* in_;
  std::vector<RouteData> routes_;
  std::vector<int> route_of_, pos_of_;
  std::vector<Duration> visit_start_;  // start of each planned visit, mirrored from its route
  std::vector<std::uint8_t> frozen_;
  std::vector<std::uint8_t> closed_;  // per route
  // Continuity: number of visits per (client, caregiver) pair, as a flat open-addressing-free map:
  // per client a small vector of (caregiver, count).
  std::vector<std::vector<std::pair<int, int>>> faces_;
  Cost routes_cost_;
  Cost unplanned_cost_;
  Cost assignment_cost_;
  std::int64_t new_faces_ = 0;
  int unplanned_count_ = 0;

  // Journal since the last commit.
  std::vector<std::uint8_t> touched_;
  std::vector<int> touched_list_;
  std::vector<RouteData> saved_routes_;
  std::vector<ContinuityChange> continuity_log_;
  std::vector<int> unplanned_log_;  // visits whose planned state changed
  Cost saved_routes_cost_, saved_unplanned_cost_, saved_assignment_cost_;
  std::int64_t saved_new_faces_ = 0;
  int saved_unplanned_count_ = 0;

  bool ignore_links_ = false;
  std::uint64_t version_ = 0;  // bumped on every route change
  mutable std::uint64_t late_version_ = ~std::uint64_t{0};
  mutable Duration late_top1_, late_top2_;
  mutable int late_top1_route_ = -1;
  std::vector<int> queue_, component_;
  std::vector<std::uint8_t> queued_;
  std::vector<Duration> old_starts_;
  Savepoint savepoint_;
  mutable RouteData scratch_;
  mutable std::vector<int> scratch_seq_;
};

template <class Rng>
InsertionDelta Solution::best_insertion(int v, const std::vector<int>& routes, double blink, Rng& rng) const {
  InsertionDelta best;
  for (int r : routes) {
    Cost fixed;
    if (!in_->eligible(v, r) || !admits(v, r, fixed)) continue;
    const int n = static_cast<int>(routes_[r].seq.size());
    for (int p = 0; p <= n; ++p) {
      if (blink > 0 && rng.uniform() < blink) continue;
      const InsertionDelta d = evaluate_position(v, r, p, fixed, best.delta);
      if (d.delta < best.delta) best = d;
    }
  }
  return best;
}

}  // namespace carecrowd::engine
