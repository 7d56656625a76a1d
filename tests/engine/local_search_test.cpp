// Local-search operators keep their contract: on random small worlds, every move an operator
// prices is feasible when applied and changes Solution::objective() by exactly the priced delta;
// evaluation changes nothing; applied moves leave plans the independent checker accepts; and
// visits or routes an operator cannot price (linked visits, breaks, work limits, labour cost,
// soft due times) are never moved by it.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <type_traits>

#include "TestProblems.h"
#include "check/PlanChecker.h"
#include "engine/Instance.h"
#include "engine/Random.h"
#include "engine/Solution.h"
#include "engine/search/LocalSearch.h"
#include "engine/search/PenaltyManager.h"
#include "engine/search/Relocate.h"
#include "engine/search/SegmentInsertion.h"
#include "engine/search/Swap.h"
#include "engine/search/SwapStar.h"
#include "engine/search/SwapTails.h"
#include "engine/search/TwoOpt.h"

namespace carecrowd::engine::search {
namespace {

using carecrowd::testing::make_world;
using carecrowd::testing::WorldOptions;

void random_fill(Solution& s, Random& rng) {
  const Instance& in = s.instance();
  for (int v = 0; v < in.visits(); ++v) {
    const auto& routes = in.eligible_routes(v);
    for (int tries = 0; tries < 6 && !routes.empty() && !s.planned(v); ++tries) {
      const int r = routes[rng.below(static_cast<int>(routes.size()))];
      const int p = rng.below(static_cast<int>(s.route(r).seq.size()) + 1);
      if (s.evaluate_insert(v, r, p).feasible()) s.insert(v, r, p);
    }
  }
  ASSERT_TRUE(s.settle());
  s.commit();
}

// A world and a random plan over it.
struct RandomPlan {
  explicit RandomPlan(const WorldOptions& options) : problem(make_world(options)), in(problem), rng(options.seed), s(in) {
    random_fill(s, rng);
  }
  domain::Problem problem;
  Instance in;
  Random rng;
  Solution s;
};

// Objectives the operators can price in full: distances, travel time, per-route cost, and
// (for relocate and swap) continuity and preferences.
domain::Objective distance_objective() { return domain::Objective::distance_only(); }
domain::Objective care_without_labour() {
  auto o = domain::Objective::care_defaults();
  o.labour = false;
  o.travel_time = 3;
  o.per_route = 7'000;
  return o;
}

// `variant`: Relocate's string length; for Swap, 2 asks for swaps within a route too.
template <class Op>
Op make_operator(RouteSegmentCache& cache, int variant) {
  if constexpr (std::is_same_v<Op, Relocate>) {
    return Op(cache, variant);
  } else if constexpr (std::is_same_v<Op, Swap>) {
    return Op(cache, variant == 2);
  } else {
    (void)variant;
    return Op(cache);
  }
}

// The objective the operators lower: the solution's, plus the soft terms when penalties are set.
Cost penalised(const Solution& s, RouteSegmentCache& cache) {
  Cost total = s.objective();
  for (int r = 0; r < s.instance().routes(); ++r) {
    const RouteSegments& rs = cache.of(s, r);
    if (rs.supported) total += cache.penalty_now(rs, r);
  }
  return total;
}

// For every pair (u, v): evaluate, apply if priced, compare, check, roll back.
template <class Op>
void expect_deltas_exact(const WorldOptions& options, int& priced, int variant, Penalties penalties = Penalties{}) {
  int applied_moves = 0;
  const auto problem = make_world(options);
  Instance in(problem);
  Random rng(options.seed);
  Solution s(in);
  random_fill(s, rng);
  RouteSegmentCache cache(in);
  cache.set_penalties(penalties);
  Op op = make_operator<Op>(cache, variant);
  if (!op.supports()) return;
  int broken_seen = 0;
  for (int u = 0; u < in.visits(); ++u) {
    for (int v = 0; v < in.visits(); ++v) {
      if (u == v || !s.planned(u) || !s.planned(v)) continue;
      const Cost before = penalised(s, cache);
      const auto revision_u = s.route(s.route_of(u)).revision;
      // With a cutoff of 0 (what the local search asks) only improving moves are priced, at
      // exactly the same delta.
      const Cost improving = op.evaluate(s, u, v, Cost(0));
      const Cost delta = op.evaluate(s, u, v);
      EXPECT_EQ(improving, delta < Cost(0) ? delta : Cost::max()) << op.name() << " u " << u << " v " << v;
      EXPECT_EQ(penalised(s, cache), before) << "evaluate changed the solution";
      EXPECT_EQ(s.route(s.route_of(u)).revision, revision_u) << "evaluate changed the solution";
      if (delta == Cost::max()) continue;
      ++priced;
      const bool applied = op.apply(s, u, v);
      ASSERT_TRUE(applied) << op.name() << " u " << u << " v " << v << " seed " << options.seed;
      ++applied_moves;
      EXPECT_EQ(penalised(s, cache) - before, delta) << op.name() << " u " << u << " v " << v << " seed " << options.seed;
      if (!penalties.soft()) {
        EXPECT_TRUE(s.consistent());
      }
      if (applied_moves % 7 == 0 && s.consistent()) {
        const auto report = check::check_plan(problem, s.to_plan());
        EXPECT_TRUE(report.feasible) << (report.violations.empty() ? "" : report.violations.front().message);
        EXPECT_EQ(report.cost, s.breakdown());
      }
      // With penalties, keep a move now and then and walk on, into plans that break windows or
      // capacity: moves out of them must be priced exactly too.
      if (penalties.soft() && applied_moves % 5 == 0) {
        s.commit();
        if (!s.consistent()) ++broken_seen;
        continue;
      }
      s.rollback();
      ASSERT_EQ(penalised(s, cache), before);
    }
  }
  EXPECT_EQ(op.counters().refused, 0);
  if (penalties.soft()) std::printf("%s seed %llu: walked through %d broken plans\n", op.name(),
                                    static_cast<unsigned long long>(options.seed), broken_seen);
}

template <class Op>
void expect_exact_on_worlds(WorldOptions options, int variant = 1) {
  int priced = 0;
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    options.seed = seed;
    expect_deltas_exact<Op>(options, priced, variant);
  }
  EXPECT_GT(priced, 0) << "no move was priced: the test checks nothing";
  // Through infeasible space: time warp and excess load priced, weights not round numbers.
  priced = 0;
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    options.seed = seed;
    expect_deltas_exact<Op>(options, priced, variant, Penalties{1'337, 2'711});
  }
  EXPECT_GT(priced, 0) << "no move was priced with penalties: the test checks nothing";
}

const WorldOptions plain{.visits = 30, .caregivers = 4, .work_limit = false, .objective = distance_objective()};
const WorldOptions rich{.visits = 30, .caregivers = 4, .certificates = true, .capacity = true, .two_shifts = true,
                        .work_limit = false, .objective = care_without_labour()};

TEST(RelocateOperator, DeltaEqualsRecomputedCostOnDistanceWorlds) { expect_exact_on_worlds<Relocate>(plain); }
TEST(RelocateOperator, DeltaEqualsRecomputedCostWithCertificatesCapacityShiftsAndContinuity) {
  expect_exact_on_worlds<Relocate>(rich);
}
TEST(RelocateOperator, StringsOfTwoDeltaEqualsRecomputedCostOnDistanceWorlds) { expect_exact_on_worlds<Relocate>(plain, 2); }
TEST(RelocateOperator, StringsOfTwoDeltaEqualsRecomputedCostWithCertificatesCapacityShiftsAndContinuity) {
  WorldOptions o = rich;
  o.visits = 24;  // 12 clients with two visits each: strings often hold one client twice
  expect_exact_on_worlds<Relocate>(o, 2);
}
TEST(SwapOperator, DeltaEqualsRecomputedCostOnDistanceWorlds) { expect_exact_on_worlds<Swap>(plain); }
TEST(SwapOperator, DeltaEqualsRecomputedCostWithCertificatesCapacityShiftsAndContinuity) {
  expect_exact_on_worlds<Swap>(rich);
}
TEST(SwapOperator, WithinRoutesDeltaEqualsRecomputedCostOnDistanceWorlds) { expect_exact_on_worlds<Swap>(plain, 2); }
TEST(SwapOperator, WithinRoutesDeltaEqualsRecomputedCostWithCertificatesCapacityShiftsAndContinuity) {
  expect_exact_on_worlds<Swap>(rich, 2);
}
// Two visits of one route, not next to each other, are swapped only when asked; next to each other
// never (that is a relocate of one of them).
TEST(SwapOperator, SwapsWithinARouteOnlyWhenAskedAndNeverNeighboursInARow) {
  int within = 0;
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    WorldOptions o = plain;
    o.seed = seed;
    RandomPlan plan(o);
    const Instance& in = plan.in;
    Solution& s = plan.s;
    RouteSegmentCache cache(in);
    Swap between(cache), both(cache, true);
    for (int u = 0; u < in.visits(); ++u) {
      for (int v = 0; v < in.visits(); ++v) {
        if (u == v || !s.planned(u) || !s.planned(v) || s.route_of(u) != s.route_of(v)) continue;
        EXPECT_EQ(between.evaluate(s, u, v), Cost::max());
        const Cost d = both.evaluate(s, u, v);
        if (std::abs(s.position_of(u) - s.position_of(v)) == 1) {
          EXPECT_EQ(d, Cost::max());
        }
        if (d != Cost::max()) ++within;
      }
    }
  }
  EXPECT_GT(within, 0) << "no swap within a route was priced: the test checks nothing";
}
TEST(SwapTailsOperator, DeltaEqualsRecomputedCostOnDistanceWorlds) { expect_exact_on_worlds<SwapTails>(plain); }
TEST(SwapTailsOperator, DeltaEqualsRecomputedCostWithCertificatesCapacityAndShifts) {
  WorldOptions o = rich;
  o.objective.new_face = 0;
  o.objective.missed_preference = 0;
  expect_exact_on_worlds<SwapTails>(o);
}

TEST(TwoOptOperator, DeltaEqualsRecomputedCostOnDistanceWorlds) { expect_exact_on_worlds<TwoOpt>(plain); }
TEST(TwoOptOperator, DeltaEqualsRecomputedCostWithCertificatesCapacityShiftsAndContinuity) {
  expect_exact_on_worlds<TwoOpt>(rich);
}
TEST(SwapStarOperator, DeltaEqualsRecomputedCostOnDistanceWorlds) { expect_exact_on_worlds<SwapStar>(plain); }
TEST(SwapStarOperator, DeltaEqualsRecomputedCostWithCertificatesCapacityShiftsAndContinuity) {
  expect_exact_on_worlds<SwapStar>(rich);
}

TEST(SwapTailsOperator, DoesNotSupportCostsThatDependOnTheCaregiver) {
  const auto problem = make_world(rich);
  Instance in(problem);
  RouteSegmentCache cache(in);
  EXPECT_FALSE(SwapTails(cache).supports());
  EXPECT_TRUE(Relocate(cache).supports());
}

TEST(LocalSearchSupport, LabourCostIsNotSupported) {
  const auto problem = make_world({.visits = 20, .caregivers = 3, .work_limit = false});  // care defaults: labour
  Instance in(problem);
  EXPECT_FALSE(LocalSearch(in).active());
}

// Moves never touch what the segments cannot price: linked visits, routes with breaks or work
// limits, visits that may start late.
void expect_unsupported_never_moved(const WorldOptions& options) {
  const auto problem = make_world(options);
  Instance in(problem);
  Random rng(options.seed);
  Solution s(in);
  random_fill(s, rng);
  RouteSegmentCache cache(in);
  Relocate relocate(cache);
  Swap swap(cache, true);  // within routes too
  SwapTails tails(cache);
  TwoOpt two_opt(cache);
  SwapStar swap_star(cache);
  std::vector<Operator*> ops{&relocate, &swap, &tails, &two_opt, &swap_star};
  int skipped = 0;
  for (int u = 0; u < in.visits(); ++u) {
    for (int v = 0; v < in.visits(); ++v) {
      if (u == v || !s.planned(u) || !s.planned(v)) continue;
      const bool unsupported = !cache.visit_supported(u) || !cache.visit_supported(v) ||
                               !cache.of(s, s.route_of(u)).supported || !cache.of(s, s.route_of(v)).supported;
      if (!unsupported) continue;
      for (Operator* op : ops) {
        if (!op->supports()) continue;
        // Relocate moves u only, so an unsupported v in a supported route is fine.
        const bool u_side = !cache.visit_supported(u) || !cache.of(s, s.route_of(u)).supported ||
                            !cache.of(s, s.route_of(v)).supported;
        if (op == &relocate && !u_side) continue;
        EXPECT_EQ(op->evaluate(s, u, v), Cost::max()) << op->name() << " u " << u << " v " << v;
        ++skipped;
      }
    }
  }
  EXPECT_GT(skipped, 0);
}

TEST(LocalSearchSupport, LinkedVisitsAreNeverMoved) {
  expect_unsupported_never_moved({.visits = 30, .caregivers = 4, .double_staffing = true, .precedence = true,
                                  .work_limit = false, .objective = distance_objective()});
}
TEST(LocalSearchSupport, RoutesWithBreaksOrWorkLimitsAreNeverTouched) {
  expect_unsupported_never_moved({.visits = 30, .caregivers = 4, .breaks = true, .objective = distance_objective()});
  expect_unsupported_never_moved({.visits = 30, .caregivers = 4, .objective = distance_objective()});
}
TEST(LocalSearchSupport, VisitsThatMayStartLateAndDigitalVisitsAreNeverMoved) {
  expect_unsupported_never_moved({.visits = 30, .caregivers = 4, .seed = 2, .several_windows = true, .soft_due = true,
                                  .digital = true, .work_limit = false, .objective = distance_objective()});
}

// Recreate's insertion priced from segments chooses exactly what Solution::best_insertion does:
// for every visit taken out of a random plan, over every route, with and without blinks (the same
// random draws, so the same places skipped).
TEST(SegmentInsertion, ChoosesTheSamePlaceAtTheSameDeltaAsTheSolution) {
  int compared = 0;
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    for (WorldOptions o : {plain, rich}) {
      o.seed = seed;
      RandomPlan plan(o);
      const Instance& in = plan.in;
      Solution& s = plan.s;
      SegmentInsertion segments(in);
      ASSERT_TRUE(RouteSegmentCache(in).everything_supported()) << "the worlds must be ones segments can price";
      std::vector<int> routes;
      for (int r = 0; r < in.routes(); ++r) routes.push_back(r);
      for (int v = 0; v < in.visits(); ++v) {
        if (!s.planned(v)) continue;
        s.remove(v);
        for (const double blink : {0.0, 0.2}) {
          Random a(seed * 100 + static_cast<std::uint64_t>(v)), b = a;
          const InsertionDelta mine = segments.best(s, v, routes, blink, a);
          const InsertionDelta theirs = s.best_insertion(v, routes, blink, b);
          EXPECT_EQ(mine.delta, theirs.delta) << "v " << v << " seed " << seed;
          EXPECT_EQ(mine.route, theirs.route) << "v " << v << " seed " << seed;
          EXPECT_EQ(mine.position, theirs.position) << "v " << v << " seed " << seed;
          EXPECT_EQ(a.uniform(), b.uniform()) << "not the same random draws";
          if (mine.feasible()) ++compared;
        }
        // Walk on with the visit where both put it, so that later visits see other routes.
        const InsertionDelta place = s.best_insertion(v, routes, 0.0, plan.rng);
        if (place.feasible()) {
          ASSERT_TRUE(s.insert(v, place.route, place.position));
        }
        s.commit();
      }
    }
  }
  EXPECT_GT(compared, 100);
}

TEST(LocalSearch, ImprovesARandomPlanAndKeepsItFeasible) {
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    for (const auto& base : {plain, rich}) {
      WorldOptions o = base;
      o.seed = seed;
      o.visits = 60;
      const auto problem = make_world(o);
      Instance in(problem);
      Random rng(seed);
      Solution s(in);
      random_fill(s, rng);
      const Cost before = s.objective();
      LocalSearch local(in);
      ASSERT_TRUE(local.active());
      const int moves = local.improve_all(s, rng);
      EXPECT_GT(moves, 0);
      EXPECT_LT(s.objective(), before);
      EXPECT_TRUE(s.consistent());
      for (const auto& op : local.operators()) EXPECT_EQ(op->counters().refused, 0) << op->name();
      s.commit();
      const auto report = check::check_plan(problem, s.to_plan());
      ASSERT_TRUE(report.feasible) << report.violations.front().message;
      EXPECT_EQ(report.cost, s.breakdown());
      // A local optimum: a second call finds nothing.
      EXPECT_EQ(local.improve_all(s, rng), 0);
    }
  }
}

// Education through infeasible space: whatever the penalties, it ends with a plan that keeps every
// limit (after repair) or says it could not, and then the caller's rollback restores the plan.
TEST(LocalSearch, EducationThroughInfeasibleSpaceEndsFeasibleOrSaysSo) {
  int repaired = 0, failed = 0;
  for (std::uint64_t seed = 1; seed <= 6; ++seed) {
    for (const auto& base : {plain, rich}) {
      WorldOptions o = base;
      o.seed = seed;
      o.visits = 60;
      const auto problem = make_world(o);
      Instance in(problem);
      Random rng(seed);
      Solution s(in);
      random_fill(s, rng);
      const Cost before = s.objective();
      LocalSearchSettings settings;
      settings.two_opt = true;
      settings.swap_star = true;
      LocalSearch local(in, settings);
      // Violations at about two ticks of travel per tick of warp: cheap enough that the search
      // breaks limits from a random plan and must repair; the repair then works on some worlds only.
      local.set_penalties(Penalties{2000, 2000});
      std::vector<int> all;
      for (int v = 0; v < in.visits(); ++v) all.push_back(v);
      const Education e = local.educate(s, all, rng);
      if (!e.time_feasible || !e.load_feasible) ++repaired;
      if (!e.feasible) {
        ++failed;
        s.rollback();
        EXPECT_EQ(s.objective(), before);
        continue;
      }
      EXPECT_TRUE(s.consistent());
      s.commit();
      const auto report = check::check_plan(problem, s.to_plan());
      ASSERT_TRUE(report.feasible) << report.violations.front().message;
      EXPECT_EQ(report.cost, s.breakdown());
    }
  }
  EXPECT_GT(repaired, 0) << "nothing was broken: the test checks nothing";
  EXPECT_GT(repaired, failed) << "no repair worked: the test checks only the rollback";
}

TEST(PenaltyManager, RaisesAWeightWhenTooFewCandidatesKeepTheLimitAndLowersItWhenTooMany) {
  PenaltySettings settings;
  settings.window = 10;
  PenaltyManager m(Penalties{1000, 1000}, settings);
  Education broken_time;
  broken_time.time_feasible = false;
  for (int k = 0; k < 10; ++k) m.record(broken_time);
  EXPECT_GT(m.penalties().time_warp, 1000);   // no candidate kept its windows
  EXPECT_LT(m.penalties().excess_load, 1000);  // every candidate kept its capacity
}

}  // namespace
}  // namespace carecrowd::engine::search
