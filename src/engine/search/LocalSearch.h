// LocalSearch: improves a solution by moves between nearby visits until none of its operators
// (Relocate, Swap, SwapTails) finds an improving one around the visits it was asked to look at —
// the "education" of a ruin-and-recreate candidate. First improvement: each visit u is paired with
// its `neighbours` nearest visits v, each operator priced in O(1) from RouteSegments, and the first
// move that lowers the objective is applied; u and v then go back on the queue.
//
// Operators whose support() is false are never called; moves that touch a route or visit a
// segment cannot price are skipped by the operators themselves (see RouteSegments.h), so on a
// problem full of linked visits or breaks the local search does little and costs little.
//
// Changes go through Solution's journal: the caller's commit or rollback covers them.
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

struct LocalSearchSettings {
  int neighbours = 20;  // granularity: moves only between a visit and this many nearest others
  int max_moves = 1000;  // per call, a guard for very large focus sets
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
  const std::vector<std::unique_ptr<Operator>>& operators() const { return operators_; }

 private:
  void push(int v);

  const Instance* in_;
  LocalSearchSettings settings_;
  RouteSegmentCache cache_;
  std::vector<std::unique_ptr<Operator>> operators_;
  std::vector<int> queue_;
  std::vector<std::uint8_t> queued_;
  std::vector<int> all_;
};

}  // namespace carecrowd::engine::search
