// Operator: the contract every local-search move type keeps (in the spirit of PyVRP's
// LocalSearchOperator). A move is named by two nearby planned visits (u, v) — granular
// neighbourhoods: v is one of u's nearest neighbours.
//   - supports(): can the operator price every term of this problem's objective? If not, the local
//     search never calls it.
//   - evaluate(u, v, cutoff): the change of Solution::objective() the move would make, or
//     Cost::max() if it is infeasible or touches a route or visit the operator cannot price
//     (RouteSegments says which); changes nothing in the solution. O(1) from the cached route
//     segments. A move whose delta is provably not below `cutoff` may also be reported as
//     Cost::max() without checking its time windows (the local search asks with cutoff 0: only
//     improving moves matter, and the arc costs rule most out before any segment is joined).
//   - apply(u, v): makes the move last evaluated, for the same (u, v), with the solution unchanged
//     since. Returns false if the solution refused it (a bug in the pricing, counted in `refused`;
//     the move is then undone).
// With penalties set (RouteSegments.h: searching through infeasible space) the delta is that of the
// objective plus the penalties of the routes' time warp and excess load, and apply accepts routes
// that break windows or capacity.
// Counters: how often each was evaluated, applied and refused, for tuning and tests.
//
// Thread safety: none; one set of operators per search thread.
#pragma once

#include <cstdint>
#include <vector>

#include "engine/Solution.h"
#include "engine/search/RouteSegments.h"

namespace carecrowd::engine::search {

struct OperatorCounters {
  std::int64_t evaluated = 0;
  std::int64_t applied = 0;
  std::int64_t refused = 0;
};

class Operator {
 public:
  explicit Operator(RouteSegmentCache& cache) : cache_(&cache) {}
  virtual ~Operator() = default;
  Operator(const Operator&) = delete;
  Operator& operator=(const Operator&) = delete;

  virtual const char* name() const = 0;
  virtual bool supports() const = 0;
  Cost evaluate(const Solution& s, int u, int v, Cost cutoff = Cost::max()) {
    ++counters_.evaluated;
    return price(s, u, v, cutoff);
  }
  virtual bool apply(Solution& s, int u, int v) = 0;
  const OperatorCounters& counters() const { return counters_; }

 protected:
  virtual Cost price(const Solution& s, int u, int v, Cost cutoff) = 0;
  // Gives routes r1 and r2 their new sequences (r2 < 0: only r1); undoes it if the solution finds
  // a route infeasible, which would mean the evaluation was wrong.
  bool rearrange(Solution& s, int r1, int r2);
  // Change of the assignment and continuity terms if v moved from caregiver `from` to `to`,
  // with `also` (another visit, or -1) moving the other way at the same time (a swap).
  static Cost caregiver_change(const Solution& s, int v, int from, int to, int also = -1);
  // The same for `count` visits moving together from `from` to `to` (some may share a client).
  static Cost caregiver_change(const Solution& s, const int* visits, int count, int from, int to);

  RouteSegmentCache* cache_;
  OperatorCounters counters_;
  std::vector<int> seq1_, seq2_, old1_, old2_;
  std::vector<std::int64_t> load_, load2_;
};

}  // namespace carecrowd::engine::search
