// Vehicles then distance: the solver plans every visit on as few routes as it can before it
// minimises distance, every plan passes the independent checker at the engine's cost, and the
// fleet minimisation phase on its own empties routes until their visits share fewer.
#include <gtest/gtest.h>

#include "SolveChecked.h"
#include "TestProblems.h"
#include "check/PlanChecker.h"
#include "engine/Instance.h"
#include "engine/Random.h"
#include "engine/Solution.h"
#include "engine/Solver.h"
#include "engine/search/FleetMinimiser.h"
#include "engine/search/Recreate.h"
#include "engine/search/Ruin.h"

namespace carecrowd::engine {
using carecrowd::Duration;
namespace {

using carecrowd::testing::make_world;
using carecrowd::testing::solve_checked;
using carecrowd::testing::WorldOptions;

int routes_of(const domain::Plan& plan) {
  int used = 0;
  for (const auto& r : plan.routes) used += r.visits.empty() ? 0 : 1;
  return used;
}

// A depot between two places 1,000 apart either side, and four visits whose windows alternate
// between them every 2,000: two routes that each stay on one side travel 4,000; one route must
// zigzag and travels 8,000.
domain::Problem zigzag(int caregivers) {
  domain::ProblemData d;
  d.name = "zigzag";
  d.travel = domain::TravelModel::from_matrix(3, {0, 1000, 1000, 1000, 0, 2000, 1000, 2000, 0},
                                              {0, 1000, 1000, 1000, 0, 2000, 1000, 2000, 0});
  for (int c = 0; c < caregivers; ++c) {
    domain::Caregiver g;
    g.id = "vehicle" + std::to_string(c);
    g.start_location = g.end_location = 0;
    g.availability = {{Duration(0), Duration(10'000)}};
    d.caregivers.push_back(g);
  }
  const int place[] = {1, 2, 1, 2};
  for (int v = 0; v < 4; ++v) {
    domain::Visit x;
    x.id = "visit" + std::to_string(v);
    x.location = place[v];
    const Duration at(1000 + 2000 * v);
    x.windows = {{at, at}};
    d.visits.push_back(x);
  }
  d.objective = domain::Objective::distance_only();
  auto problem = domain::Problem::create(std::move(d));
  if (!problem) throw std::runtime_error(problem.error().message());
  return std::move(problem).value();
}

TEST(VehiclesThenDistance, TakesOneLongRouteOverTwoShortOnes) {
  const auto problem = zigzag(3);
  const auto by_distance = solve_checked(problem, 300);
  EXPECT_EQ(routes_of(by_distance.plan), 2);
  EXPECT_EQ(by_distance.cost.distance, Distance(4000));

  const auto by_vehicles = solve_checked(problem.with_vehicles_then_distance(), 300);
  EXPECT_EQ(routes_of(by_vehicles.plan), 1);
  EXPECT_EQ(by_vehicles.cost.distance, Distance(8000));
  EXPECT_TRUE(by_vehicles.plan.unplanned.empty());
}

TEST(VehiclesThenDistance, ARouteCostsMoreThanAnyPlansDistance) {
  const auto problem = zigzag(3).with_vehicles_then_distance();
  EXPECT_EQ(problem.objective().kind, domain::ObjectiveKind::vehicles_then_distance);
  EXPECT_EQ(problem.objective().distance, 1);
  // The longest plans travel 8,000 (the zigzag, or every visit on a route of its own); the bound
  // counts seven arcs (four visits, three shifts) of the longest, 2,000.
  EXPECT_EQ(problem.longest_plan_distance(), Distance(7 * 2000));
  EXPECT_EQ(problem.objective().per_route, 7 * 2000 + 1);
  EXPECT_GT(problem.objective().per_route, 8000);
}

TEST(FleetMinimiser, EmptiesRoutesUntilTheVisitsShareOne) {
  const auto problem = zigzag(4).with_vehicles_then_distance();
  const Instance instance(problem);
  Solution s(instance);
  for (int v = 0; v < 4; ++v) ASSERT_TRUE(s.insert(v, v, 0));
  s.commit();
  ASSERT_EQ(search::routes_used(s), 4);
  search::Ruin ruin;
  search::Recreate recreate(instance);
  Random rng(7);
  search::FleetMinimiser fleet(instance);
  const auto reduction = fleet.run(s, ruin, recreate, rng, [](std::int64_t it) { return it >= 2000; });
  EXPECT_EQ(reduction.routes_before, 4);
  EXPECT_EQ(reduction.routes_after, 1);
  EXPECT_EQ(search::routes_used(s), 1);
  EXPECT_EQ(s.unplanned_count(), 0);
  for (int r = 0; r < instance.routes(); ++r) EXPECT_FALSE(s.closed(r)) << "route " << r << " left closed";
  const auto report = check::check_plan(problem, s.to_plan());
  EXPECT_TRUE(report.feasible);
  EXPECT_EQ(report.cost.routes, 1);
}

// The lower bound stops the phase: four visits of demand 10 need two vehicles of capacity 20.
TEST(FleetMinimiser, StopsAtTheCapacityBound) {
  domain::ProblemData d = zigzag(4).data();
  d.capacity_dimensions = 1;
  for (auto& c : d.caregivers) c.capacity = {20};
  for (auto& v : d.visits) v.demand = {10};
  for (auto& v : d.visits) v.windows = {{Duration(0), Duration(10'000)}};
  auto created = domain::Problem::create(std::move(d));
  ASSERT_TRUE(created);
  const auto problem = created.value().with_vehicles_then_distance();
  const Instance instance(problem);
  search::FleetMinimiser fleet(instance);
  EXPECT_EQ(fleet.route_lower_bound(), 2);
  const auto result = solve_checked(problem, 200);
  EXPECT_EQ(routes_of(result.plan), 2);
  EXPECT_EQ(result.routes_after_fleet_phase, 2);
}

// On random worlds with every feature (links, breaks, shifts, certificates, capacity) the plans
// keep every limit and never use more routes than the distance objective's plans.
TEST(VehiclesThenDistance, PlansWithEveryFeaturePassTheCheckerOnNoMoreRoutes) {
  const std::vector<WorldOptions> cases = {
      {.visits = 50, .caregivers = 8, .seed = 1, .capacity = true, .work_limit = false,
       .objective = domain::Objective::distance_only()},
      {.visits = 50, .caregivers = 8, .seed = 2, .certificates = true, .capacity = true, .work_limit = false,
       .objective = domain::Objective::distance_only()},
      {.visits = 60, .caregivers = 8, .seed = 7, .several_windows = true, .breaks = true, .digital = true,
       .double_staffing = true, .precedence = true, .certificates = true, .capacity = true, .two_shifts = true,
       .objective = domain::Objective::distance_only()},
  };
  for (const auto& c : cases) {
    const auto problem = make_world(c);
    const auto by_distance = solve_checked(problem, 400);
    const auto by_vehicles = solve_checked(problem.with_vehicles_then_distance(), 400);
    EXPECT_LE(by_vehicles.plan.unplanned.size(), by_distance.plan.unplanned.size()) << "seed " << c.seed;
    if (by_vehicles.plan.unplanned.size() == by_distance.plan.unplanned.size()) {
      EXPECT_LE(routes_of(by_vehicles.plan), routes_of(by_distance.plan)) << "seed " << c.seed;
    }
    EXPECT_LE(by_vehicles.routes_after_fleet_phase, by_vehicles.routes_constructed);
  }
}

}  // namespace
}  // namespace carecrowd::engine
