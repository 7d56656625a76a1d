// The checker's cost, term by term, against hand computation from docs/model.md ("Cost").
#include <gtest/gtest.h>

#include "CheckWorld.h"
#include "check/PlanChecker.h"

namespace carecrowd::check {
namespace {

using namespace fixture;  // NOLINT: the world's names are the vocabulary of these tests

TEST(PlanCost, OfTheGoodPlanIsExactlyTheHandComputedCost) {
  const CheckReport report = check_plan(CheckWorld().problem(), CheckWorld::good_plan());
  const domain::CostBreakdown& cost = report.cost;
  EXPECT_EQ(cost.planned, 4);
  EXPECT_EQ(cost.unplanned_must, 0);
  EXPECT_EQ(cost.unplanned_optional, 1);
  EXPECT_EQ(cost.unplanned_cost, Cost(2 * 1'000'000));  // hoist-a: priority 2
  EXPECT_EQ(cost.routes, 2);
  // anna: home -> A -> B -> C -> home is 10 + 5 + 8 + 20 minutes at 250 m a minute; bram's call is
  // from home, so he goes nowhere.
  EXPECT_EQ(cost.distance, Distance(43 * 250));
  EXPECT_EQ(cost.travel_time, minutes(43));
  // meds-b starts 5 minutes after its due time and weighs 2.
  EXPECT_EQ(cost.lateness, minutes(5) * 2);
  EXPECT_EQ(cost.max_lateness, minutes(5));
  // anna is new to B and to C (C knows bram); A knows anna and D knows bram.
  EXPECT_EQ(cost.new_faces, 2);
  // inject-c prefers bram.
  EXPECT_EQ(cost.missed_preferences, 1);
  // anna 110 minutes at 2,500,000 an hour (4,583,333.3), bram 10 minutes at 1,800,000 an hour.
  EXPECT_EQ(cost.labour, Cost(4'583'333 + 300'000));
  EXPECT_EQ(cost.total, Cost(2'000'000 + 4'883'333 + 1 * 10'750 + 2 * 2'580 + 3 * 600 + 5 * 300 + 7 * 2 + 11 * 1 +
                             13 * 2));
  EXPECT_EQ(cost.total, Cost(6'902'594));
}

TEST(PlanCost, IsComputedForAnInfeasiblePlanToo) {
  CheckWorld world;
  world.data.visits[wash_a].pinned_start = at(8, 15);
  const CheckReport infeasible = check_plan(world.problem(), CheckWorld::good_plan());
  EXPECT_FALSE(infeasible.feasible);
  EXPECT_EQ(infeasible.cost, check_plan(CheckWorld().problem(), CheckWorld::good_plan()).cost);
}

TEST(PlanCost, ChargesNoTravelForDigitalVisits) {
  Plan plan = CheckWorld::good_plan();
  plan.routes.pop_back();  // anna takes the video call at client A, between wash-a and meds-b
  plan.routes[0].visits = {{wash_a, at(8, 10)}, {call_d, at(8, 40)}, {meds_b, at(8, 55)}, {inject_c, at(9, 20)}};
  const CheckReport report = check_plan(CheckWorld().problem(), plan);
  ASSERT_TRUE(report.feasible);
  EXPECT_EQ(report.cost.distance, Distance(43 * 250));
  EXPECT_EQ(report.cost.travel_time, minutes(43));
  EXPECT_EQ(report.cost.routes, 1);
}

TEST(PlanCost, OfACaregiverWithoutAStartLocationBeginsAtTheFirstVisit) {
  CheckWorld world;
  world.data.caregivers[anna].start_location = -1;
  Plan plan = CheckWorld::good_plan();
  plan.routes[0].visits[0].start = at(8, 0);  // no travel before it, so as early as the shift opens
  const CheckReport report = check_plan(world.problem(), plan);
  ASSERT_TRUE(report.feasible);
  EXPECT_EQ(report.cost.travel_time, minutes(5 + 8 + 20));
  EXPECT_EQ(report.cost.distance, Distance((5 + 8 + 20) * 250));
  // anna works 08:00 to 09:50 again, so her labour is unchanged: 110 minutes.
  EXPECT_EQ(report.cost.labour, Cost(4'583'333 + 300'000));
}

// bram does both of client A's visits; A's history is the union over its visits.
Plan bram_at_client_a() {
  Plan plan;
  plan.routes.push_back(Route{anna, 0, {{meds_b, at(8, 45)}, {inject_c, at(9, 10)}}, std::nullopt});
  plan.routes.push_back(
      Route{bram, 0, {{wash_a, at(8, 10)}, {hoist_a, at(8, 40)}, {call_d, at(9, 10)}}, std::nullopt});
  return plan;
}

TEST(PlanCost, CountsANewFaceOncePerClientAndCaregiver) {
  const CheckReport report = check_plan(CheckWorld().problem(), bram_at_client_a());
  ASSERT_TRUE(report.feasible);
  // (B, anna), (C, anna) and (A, bram) once although bram visits A twice; D knows bram.
  EXPECT_EQ(report.cost.new_faces, 3);
}

TEST(PlanCost, KnowsAFaceFromTheHistoryOfAnyOfTheClientsVisits) {
  CheckWorld world;
  world.data.visits[hoist_a].history = {bram};  // wash-a's history has only anna
  EXPECT_EQ(check_plan(world.problem(), bram_at_client_a()).cost.new_faces, 2);
}

TEST(PlanCost, RoundsLabourDownPerRouteNotOverTheSum) {
  CheckWorld world;
  world.data.caregivers[anna].hourly_cost = 7;
  world.data.caregivers[bram].hourly_cost = 7;
  // 7 * 110/60 = 12.83 and 7 * 10/60 = 1.17: 12 + 1, where rounding the sum would give 14.
  EXPECT_EQ(check_plan(world.problem(), CheckWorld::good_plan()).cost.labour, Cost(13));
}

TEST(PlanCost, ChargesNoLabourWhenTheObjectiveLeavesItOut) {
  CheckWorld world;
  world.data.objective.labour = false;
  EXPECT_EQ(check_plan(world.problem(), CheckWorld::good_plan()).cost.labour, Cost(0));
}

TEST(PlanCost, TakesMaxLatenessUnweightedAndLatenessWeighted) {
  CheckWorld world;
  world.data.visits[wash_a].due = at(8, 0);  // 10 minutes late, weight 1
  world.data.visits[meds_b].lateness_weight = 3;  // 5 minutes late, weight 3
  const CheckReport report = check_plan(world.problem(), CheckWorld::good_plan());
  EXPECT_EQ(report.cost.lateness, minutes(10) + minutes(5) * 3);
  EXPECT_EQ(report.cost.max_lateness, minutes(10));
}

TEST(PlanCost, ChargesUnplannedVisitsByPriorityAndWhetherTheyMustBePlanned) {
  CheckWorld world;
  world.data.visits[inject_c].priority = 3;
  Plan plan = CheckWorld::good_plan();
  unplan(plan, inject_c);
  const CheckReport report = check_plan(world.problem(), plan);
  ASSERT_TRUE(report.feasible);
  EXPECT_EQ(report.cost.planned, 3);
  EXPECT_EQ(report.cost.unplanned_must, 1);
  EXPECT_EQ(report.cost.unplanned_optional, 1);
  EXPECT_EQ(report.cost.unplanned_cost, Cost(std::int64_t{3} * 1'000'000'000 + 2 * 1'000'000));
}

TEST(PlanCost, ChargesNothingForAnUnusedRoute) {
  Plan plan = CheckWorld::good_plan();
  plan.routes.push_back(Route{anna, 1, {}, std::nullopt});
  EXPECT_EQ(check_plan(CheckWorld().problem(), plan).cost,
            check_plan(CheckWorld().problem(), CheckWorld::good_plan()).cost);
}

}  // namespace
}  // namespace carecrowd::check
