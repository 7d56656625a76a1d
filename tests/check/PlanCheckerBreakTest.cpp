// The break rule: a route whose span passes the caregiver's threshold holds a break between two
// visits, at the place of the earlier one, with the travel to the next visit after it.
#include <gtest/gtest.h>

#include "CheckWorld.h"
#include "check/PlanChecker.h"

namespace carecrowd::check {
namespace {

using namespace fixture;  // NOLINT: the world's names are the vocabulary of these tests
using Strings = std::vector<std::string>;

// anna must break for 15 minutes once her span passes 90 minutes. In this plan she works from 08:00
// to 10:05 (125 minutes): meds-b ends at 09:00 and inject-c, 8 minutes away, starts at 09:25.
struct BreakWorld : CheckWorld {
  BreakWorld() { data.caregivers[anna].break_rule = domain::BreakRule{minutes(90), minutes(15)}; }

  static Plan plan_with_break(std::optional<Duration> break_start) {
    Plan plan = good_plan();
    plan.routes[0].visits[2].start = at(9, 25);
    plan.routes[0].break_start = break_start;
    return plan;
  }
};

TEST(BreakRule, AcceptsABreakBetweenTwoVisitsThatLeavesTimeToTravel) {
  EXPECT_TRUE(check_plan(BreakWorld().problem(), BreakWorld::plan_with_break(at(9, 0))).feasible);
  // The latest start that still fits: 09:02 + 15 minutes of break + 8 minutes of travel = 09:25.
  EXPECT_TRUE(check_plan(BreakWorld().problem(), BreakWorld::plan_with_break(at(9, 2))).feasible);
}

TEST(BreakRule, RejectsARouteWithoutABreakOnceTheSpanPassesTheThreshold) {
  const CheckReport report = check_plan(BreakWorld().problem(), BreakWorld::plan_with_break(std::nullopt));
  ASSERT_EQ(kinds(report), Strings{"break"});
  EXPECT_EQ(report.violations[0].message,
            "caregiver anna, shift 0 [480, 720]: works a span of 125, more than 90, but has no break of 15");
}

TEST(BreakRule, NeedsNoBreakWhileTheSpanDoesNotPassTheThreshold) {
  BreakWorld world;
  world.data.caregivers[anna].break_rule->after = minutes(125);
  EXPECT_TRUE(check_plan(world.problem(), BreakWorld::plan_with_break(std::nullopt)).feasible);
}

TEST(BreakRule, RejectsABreakOverlappingAVisit) {
  const CheckReport report = check_plan(BreakWorld().problem(), BreakWorld::plan_with_break(at(8, 50)));
  EXPECT_EQ(kinds(report), Strings{"break"});
}

TEST(BreakRule, RejectsABreakThatLeavesNoTimeToTravelToTheNextVisit) {
  const CheckReport report = check_plan(BreakWorld().problem(), BreakWorld::plan_with_break(at(9, 3)));
  ASSERT_EQ(kinds(report), Strings{"break"});
  EXPECT_EQ(report.violations[0].message,
            "caregiver anna, shift 0 [480, 720]: has a break of 15 at 543: with 8 of travel to visit inject-c it "
            "ends at 566, after that visit starts at 565");
}

TEST(BreakRule, RejectsABreakBeforeTheFirstOrAfterTheLastVisit) {
  EXPECT_EQ(kinds(check_plan(BreakWorld().problem(), BreakWorld::plan_with_break(at(8, 0)))), Strings{"break"});
  EXPECT_EQ(kinds(check_plan(BreakWorld().problem(), BreakWorld::plan_with_break(at(9, 45)))), Strings{"break"});
}

TEST(BreakRule, RejectsABreakForACaregiverWithoutABreakRule) {
  const CheckReport report = check_plan(CheckWorld().problem(), BreakWorld::plan_with_break(at(9, 0)));
  EXPECT_EQ(kinds(report), Strings{"break"});
}

}  // namespace
}  // namespace carecrowd::check
