// Every plan the solver makes passes the independent checker, with the same cost; features each
// have a small case whose answer is known.
#include <gtest/gtest.h>

#include "SolveChecked.h"
#include "TestProblems.h"
#include "check/PlanChecker.h"
#include "engine/Solver.h"

namespace carecrowd::engine {
using carecrowd::Duration;
namespace {

using carecrowd::testing::make_world;
using carecrowd::testing::solve_checked;
using carecrowd::testing::WorldOptions;

TEST(Solver, PlansEveryFeatureFeasiblyAsTheCheckerSees) {
  const std::vector<WorldOptions> cases = {
      {.visits = 40, .caregivers = 4, .seed = 1},
      {.visits = 40, .caregivers = 4, .seed = 2, .several_windows = true, .soft_due = true},
      {.visits = 40, .caregivers = 4, .seed = 3, .breaks = true, .digital = true},
      {.visits = 40, .caregivers = 5, .seed = 4, .double_staffing = true, .precedence = true},
      {.visits = 40, .caregivers = 4, .seed = 5, .certificates = true, .capacity = true},
      {.visits = 40, .caregivers = 3, .seed = 6, .breaks = true, .two_shifts = true},
      {.visits = 60, .caregivers = 5, .seed = 7, .several_windows = true, .soft_due = true, .breaks = true,
       .digital = true, .double_staffing = true, .precedence = true, .certificates = true, .capacity = true,
       .two_shifts = true},
  };
  for (const auto& c : cases) solve_checked(make_world(c));
}

TEST(Solver, SameSeedAndIterationLimitGiveTheSamePlan) {
  const auto problem = make_world({.visits = 50, .caregivers = 5, .seed = 9, .soft_due = true});
  const auto a = solve_checked(problem, 200, 42);
  const auto b = solve_checked(problem, 200, 42);
  EXPECT_EQ(a.cost, b.cost);
  ASSERT_EQ(a.plan.routes.size(), b.plan.routes.size());
  for (std::size_t r = 0; r < a.plan.routes.size(); ++r) EXPECT_EQ(a.plan.routes[r], b.plan.routes[r]);
}

TEST(Solver, SearchImprovesOnTheFirstGreedyPlan) {
  const auto problem = make_world({.visits = 60, .caregivers = 5, .seed = 11});
  const auto greedy = solve_checked(problem, 0);
  const auto searched = solve_checked(problem, 2000);
  EXPECT_LT(searched.cost.total, greedy.cost.total);
}

TEST(Solver, DoubleStaffedVisitsStartTogetherWithTwoDifferentCaregivers) {
  const auto problem = make_world({.visits = 30, .caregivers = 4, .seed = 5, .double_staffing = true});
  const auto result = solve_checked(problem);
  int pairs = 0;
  for (const auto& l : problem.links()) {
    int ca = -1, cb = -1;
    Duration ta, tb;
    for (const auto& route : result.plan.routes)
      for (const auto& pv : route.visits) {
        if (pv.visit == l.first) { ca = route.caregiver; ta = pv.start; }
        if (pv.visit == l.second) { cb = route.caregiver; tb = pv.start; }
      }
    if (ca < 0 && cb < 0) continue;
    ++pairs;
    EXPECT_NE(ca, cb);
    EXPECT_EQ(ta, tb);
  }
  EXPECT_GT(pairs, 0);
}

TEST(Solver, ExplainsAVisitNobodyIsQualifiedFor) {
  auto data = make_world({.visits = 10, .caregivers = 2, .seed = 1}).data();
  data.visits[3].level = 6;  // nobody in the world has level 6
  auto problem = domain::Problem::create(data);
  ASSERT_TRUE(problem);
  const auto result = solve_checked(problem.value(), 50);
  ASSERT_EQ(result.plan.unplanned.size(), 1u);
  EXPECT_EQ(result.plan.unplanned[0].visit, 3);
  EXPECT_EQ(result.plan.unplanned[0].reason, domain::UnplannedReason::no_qualified_caregiver);
}

TEST(Solver, ExplainsAVisitOutsideEveryShift) {
  auto data = make_world({.visits = 10, .caregivers = 2, .seed = 1}).data();
  data.visits[2].windows = {{Duration(2 * 3600), Duration(3 * 3600)}};  // 02:00, nobody works
  auto problem = domain::Problem::create(data);
  ASSERT_TRUE(problem);
  const auto result = solve_checked(problem.value(), 50);
  ASSERT_EQ(result.plan.unplanned.size(), 1u);
  EXPECT_EQ(result.plan.unplanned[0].reason, domain::UnplannedReason::no_availability);
  EXPECT_FALSE(result.plan.unplanned[0].closest_caregiver.has_value());
}

TEST(Solver, KeepsPinnedVisitsWithTheirCaregiverAndStart) {
  auto data = make_world({.visits = 20, .caregivers = 3, .seed = 2}).data();
  data.visits[4].level = 0;
  data.visits[4].pinned_caregiver = 1;
  data.visits[4].pinned_start = data.visits[4].windows.front().open + Duration(600);
  auto problem = domain::Problem::create(data);
  ASSERT_TRUE(problem);
  const auto result = solve_checked(problem.value(), 200);
  bool found = false;
  for (const auto& route : result.plan.routes)
    for (const auto& pv : route.visits)
      if (pv.visit == 4) {
        found = true;
        EXPECT_EQ(route.caregiver, 1);
        EXPECT_EQ(pv.start, *data.visits[4].pinned_start);
      }
  EXPECT_TRUE(found);
}

TEST(Solver, RepairAfterADropOutChangesFewAssignmentsBeyondThatCaregiver) {
  const auto problem = make_world({.visits = 60, .caregivers = 6, .seed = 3});
  const auto first = solve_checked(problem, 1000);
  // Caregiver 0 drops out: remove their availability, warm start from the earlier plan.
  auto data = problem.data();
  data.caregivers[0].availability = {{Duration(0), Duration(1)}};
  auto reduced = domain::Problem::create(data);
  ASSERT_TRUE(reduced);
  int lost = 0;
  for (const auto& route : first.plan.routes)
    if (route.caregiver == 0) lost += static_cast<int>(route.visits.size());
  SolverSettings settings;
  settings.time_limit_seconds = 0;
  settings.iteration_limit = 500;
  settings.initial = first.plan;
  const auto repaired = solve(reduced.value(), settings);
  const auto report = check::check_plan(reduced.value(), repaired.plan);
  EXPECT_TRUE(report.feasible);
  EXPECT_GE(repaired.kept_from_initial, first.cost.planned - lost);
  EXPECT_LE(repaired.changed_assignments, lost + 8);
}

}  // namespace
}  // namespace carecrowd::engine

namespace carecrowd::engine {
namespace {

using carecrowd::testing::make_world;
using carecrowd::testing::WorldOptions;

SolveResult solve_with(const domain::Problem& problem, bool local_search, std::int64_t iterations = 300,
                       SolverSettings settings = SolverSettings()) {
  settings.time_limit_seconds = 0;
  settings.iteration_limit = iterations;
  settings.local_search = local_search;
  auto result = solve(problem, settings);
  const auto report = check::check_plan(problem, result.plan);
  EXPECT_TRUE(report.feasible) << (report.violations.empty() ? "" : report.violations.front().message);
  EXPECT_EQ(report.cost, result.cost);
  return result;
}

// Problems whose terms the segments price in full (no work limits, no labour): the local search
// runs, and its plans pass the checker at the cost the engine reports.
TEST(SolverLocalSearch, EducatedPlansPassTheChecker) {
  const std::vector<WorldOptions> cases = {
      {.visits = 50, .caregivers = 4, .seed = 1, .work_limit = false, .objective = domain::Objective::distance_only()},
      {.visits = 50, .caregivers = 4, .seed = 2, .certificates = true, .capacity = true, .two_shifts = true,
       .work_limit = false, .objective = domain::Objective::distance_only()},
  };
  for (const auto& c : cases) {
    const auto problem = make_world(c);
    const auto educated = solve_with(problem, true);
    EXPECT_EQ(educated.plan.unplanned.size(), solve_with(problem, false).plan.unplanned.size());
  }
}

// Through infeasible space, with every operator and a low feasible target (so that many candidates
// break windows or capacity and need repair): the plan still keeps every limit, at the cost the
// engine reports, on worlds with tight windows, capacity, certificates and continuity.
TEST(SolverLocalSearch, SearchThroughInfeasibleSpaceEndsWithPlansThatPassTheChecker) {
  auto care = domain::Objective::care_defaults();
  care.labour = false;
  const std::vector<WorldOptions> cases = {
      {.visits = 60, .caregivers = 4, .seed = 1, .work_limit = false, .objective = domain::Objective::distance_only()},
      {.visits = 60, .caregivers = 5, .seed = 2, .certificates = true, .capacity = true, .two_shifts = true,
       .work_limit = false, .objective = domain::Objective::distance_only()},
      {.visits = 60, .caregivers = 5, .seed = 3, .certificates = true, .capacity = true, .work_limit = false,
       .objective = care},
  };
  SolverSettings settings;
  settings.infeasible_search = true;
  settings.feasible_target = 0.2;
  settings.two_opt = true;
  settings.swap_star = true;
  for (const auto& c : cases) {
    const auto problem = make_world(c);
    const auto soft = solve_with(problem, true, 600, settings);
    EXPECT_EQ(soft.plan.unplanned.size(), solve_with(problem, false).plan.unplanned.size());
  }
}

// Where nothing can be priced (every visit may start late, linked visits), the search is exactly
// the ruin and recreate it was: same plan for the same seed and iterations.
TEST(SolverLocalSearch, ProblemsItCannotPriceArePlannedAsWithoutIt) {
  const auto problem = make_world({.visits = 40, .caregivers = 5, .seed = 4, .soft_due = true, .double_staffing = true,
                                   .precedence = true, .work_limit = false,
                                   .objective = domain::Objective::distance_only()});
  const auto with = solve_with(problem, true);
  const auto without = solve_with(problem, false);
  EXPECT_EQ(with.cost, without.cost);
  ASSERT_EQ(with.plan.routes.size(), without.plan.routes.size());
  for (std::size_t r = 0; r < with.plan.routes.size(); ++r) EXPECT_EQ(with.plan.routes[r], without.plan.routes[r]);
}

}  // namespace
}  // namespace carecrowd::engine
