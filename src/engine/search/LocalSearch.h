// LocalSearch: improves a solution by moves between nearby visits until none of its operators
// (Relocate, Swap, SwapTails; when asked TwoOpt, SwapStar, Swap within a route and Relocate of
// two visits) finds an improving one around the visits it was asked to look at — the "education"
// of a ruin-and-recreate candidate. First improvement: each visit u is paired with its
// `neighbours` nearest visits v, each operator priced in O(1) from RouteSegments, and the first
// move that lowers the objective is applied; u and v then go back on the queue.
//
// Operators whose support() is false are never called; moves that touch a route or visit a
// segment cannot price are skipped by the operators themselves (see RouteSegments.h), so on a
// problem full of linked visits or breaks the local search does little and costs little.
//
// Changes go through Solution's journal: the caller's commit or rollback covers them.
//
// With penalties (RouteSegments.h) the objective it lowers is Solution::objective() plus the soft
// terms of the routes; educate() then repairs what is left broken (see below).
//
// Thread safety: none; one per search thread.
#pragma once

#include <memory>
#include <vector>

#include "engine/Random.h"
#include "engine/Solution.h"
#include "engine/search/Operator.h"
#include "engine/search/RouteSegments.h"

namespace carecrowd::engine::search {

// What one education did (see LocalSearch::educate).
struct Education {
  int moves = 0;
  bool time_feasible = true;  // before any repair: no route the search touched had time warp
  bool load_feasible = true;  // ... nor load above capacity
  bool feasible = true;       // at the end, after repair if needed
};

struct LocalSearchSettings {
  int neighbours = 20;  // granularity: moves only between a visit and this many nearest others
  int max_moves = 1000;  // per call, a guard for very large focus sets
  int repair_booster = 10;  // penalties are this many times higher while repairing
  // Operators beyond relocate, swap and 2-opt*: TwoOpt and SwapStar (off by default: measured
  // without gain on Solomon, bench/RESULTS.md).
  bool two_opt = false;
  bool swap_star = false;
  // Swap also within one route (Swap.h).
  bool swap_within_routes = false;
  // Relocate strings of two visits too (Relocate.h; off: on GH200 it cost iterations without
  // better plans, bench/RESULTS.md).
  bool relocate_pairs = false;
};

class LocalSearch {
 public:
  explicit LocalSearch(const Instance& instance, LocalSearchSettings settings = LocalSearchSettings());

  // Can any operator work on this problem at all?
  bool active() const { return !operators_.empty(); }
  // Looks at the visits in `focus` (and at those that moves touch) until no improving move is
  // left; returns the number of moves applied. The objective never goes up.
  int improve(Solution& s, const std::vector<int>& focus, Random& rng);
  // Every planned visit in focus, until no move improves (a local optimum of all operators).
  int improve_all(Solution& s, Random& rng);

  // Searching through infeasible space (issue 15, item 2): with soft penalties set, improve() may
  // leave routes that break windows or capacity; educate() is improve() followed by a repair — the
  // routes that break them searched again with penalties `repair_booster` times higher — and says
  // whether the solution keeps every limit at the end. If not, the caller must roll back.
  void set_penalties(Penalties p) { cache_.set_penalties(p); }
  const Penalties& penalties() const { return cache_.penalties(); }
  Education educate(Solution& s, const std::vector<int>& focus, Random& rng);
  const std::vector<std::unique_ptr<Operator>>& operators() const { return operators_; }

 private:
  void push(int v);
  void touch(int r);
  // Repairs the routes touched since the last clear; records what they broke before.
  Education finish(Solution& s, int moves, Random& rng);

  const Instance* in_;
  LocalSearchSettings settings_;
  RouteSegmentCache cache_;
  std::vector<std::unique_ptr<Operator>> operators_;
  std::vector<int> queue_;
  std::vector<std::uint8_t> queued_;
  std::vector<int> all_;
  std::vector<std::uint8_t> touched_;
  std::vector<int> touched_list_, broken_;
};

}  // namespace carecrowd::engine::search
