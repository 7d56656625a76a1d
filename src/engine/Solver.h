// Solver: plans a Problem. Builds a first plan by greedy insertion, then improves it by ruin and
// recreate (SISR) under simulated annealing, for a time and/or iteration budget, on one or more
// threads (independent searches from different seeds; the best plan wins). Where the problem's
// terms allow it (search::RouteSegments), each candidate is educated by local search around the
// visits it rebuilt, and each new best plan is taken to a full local optimum.
//
// With ObjectiveKind::vehicles_then_distance, a fleet minimisation phase (search::FleetMinimiser)
// first takes up to `fleet_share` of the budget to plan every visit on fewer routes; the annealing
// then minimises distance over the rest of the budget, the fleet held by the routes' cost.
//
// Deterministic for a given seed, thread count and iteration limit; a time limit makes the number
// of iterations, and so the plan, depend on the machine's speed.
//
// Thread safety: `solve` may be called from any thread; it starts and joins its own workers.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>

#include "domain/CostBreakdown.h"
#include "domain/Plan.h"
#include "domain/Problem.h"

namespace carecrowd::engine {

struct SolverSettings {
  double time_limit_seconds = 10;
  std::int64_t iteration_limit = -1;  // < 0: no limit
  std::uint64_t seed = 1;
  int threads = 1;
  // Educate each ruin-and-recreate candidate by local search (search::LocalSearch) where the
  // problem's terms allow it; off: ruin and recreate alone.
  bool local_search = true;
  // Local-search operators beyond relocate, swap and 2-opt* (search::TwoOpt, search::SwapStar).
  bool two_opt = false;
  bool swap_star = false;
  // Swap within a route too, not only between routes (search::Swap), and relocate strings of two
  // visits as well as single ones (search::Relocate).
  bool swap_within_routes = false;
  bool relocate_pairs = false;
  // Search through infeasible space (issue 15, item 2): the local search may break time windows
  // and capacity at a price (time warp, excess load) that adapts so that about `feasible_target`
  // of educated candidates keep them; what is left broken is repaired or the candidate dropped, so
  // the plan always keeps every limit. HGS aims at 0.43 with a population that keeps broken
  // plans; a single annealing trajectory loses every candidate its repair cannot fix, and 0.8 to
  // 0.9 measured best (bench/RESULTS.md).
  bool infeasible_search = true;
  double feasible_target = 0.9;
  // Vehicles first (ObjectiveKind::vehicles_then_distance only): the share of the time and of the
  // iteration limit the fleet minimisation phase may take; it stops early at the capacity bound.
  double fleet_share = 0.5;
  // Warm start (repair): an earlier plan; visits keep their caregiver where they still fit.
  std::optional<domain::Plan> initial;
  // Cost of moving a visit away from its caregiver in `initial`, in cost ticks; keeps repairs small.
  std::int64_t change_cost = -1;  // < 0: a default derived from the objective
};

struct Progress {
  double elapsed_seconds = 0;
  std::int64_t iterations = 0;
  double best_cost = 0;  // display units
  int planned = 0;
  int unplanned = 0;
};

struct SolveResult {
  domain::Plan plan;
  domain::CostBreakdown cost;
  std::int64_t iterations = 0;
  double seconds = 0;
  double setup_seconds = 0;         // building the flat instance (eligibility, neighbours, travel)
  double construction_seconds = 0;  // until the first complete plan (warm start + greedy insertion)
  int kept_from_initial = 0;     // visits of the initial plan kept with their caregiver
  int changed_assignments = 0;   // visits whose caregiver differs from the initial plan
  // Vehicles first: the routes used after construction and after the fleet minimisation phase
  // (of the thread whose plan won), and the phase's length; zero for other objectives.
  int routes_constructed = 0;
  int routes_after_fleet_phase = 0;
  double fleet_phase_seconds = 0;
};

SolveResult solve(const domain::Problem& problem, const SolverSettings& settings,
                  const std::function<void(const Progress&)>& on_progress = {});

}  // namespace carecrowd::engine
