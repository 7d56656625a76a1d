// Each hard rule of docs/model.md, broken on its own by bending the good plan of CheckWorld.
#include <gtest/gtest.h>

#include "CheckWorld.h"
#include "check/PlanChecker.h"

namespace carecrowd::check {
namespace {

using namespace fixture;  // NOLINT: the world's names are the vocabulary of these tests
using Strings = std::vector<std::string>;

bool mentions(const Violation& v, const std::string& text) { return v.message.find(text) != std::string::npos; }

TEST(PlanChecker, AcceptsTheGoodPlan) {
  const CheckReport report = check_plan(CheckWorld().problem(), CheckWorld::good_plan());
  EXPECT_TRUE(report.feasible);
  EXPECT_EQ(kinds(report), Strings{});
}

// --- the plan's structure ---------------------------------------------------------------------

TEST(PlanChecker, RejectsARouteOfAnUnknownCaregiver) {
  Plan plan = CheckWorld::good_plan();
  plan.routes.push_back(Route{7, 0, {}, std::nullopt});
  const CheckReport report = check_plan(CheckWorld().problem(), plan);
  EXPECT_FALSE(report.feasible);
  EXPECT_EQ(kinds(report), Strings{"index"});
}

TEST(PlanChecker, LeavesOutARouteOfAnUnknownShiftSoItsVisitsAreMissing) {
  Plan plan = CheckWorld::good_plan();
  plan.routes[1].shift = 1;  // bram has one shift only
  const CheckReport report = check_plan(CheckWorld().problem(), plan);
  EXPECT_EQ(kinds(report), (Strings{"index", "missing"}));
  EXPECT_TRUE(mentions(report.violations[1], "visit call-d"));
}

TEST(PlanChecker, RejectsASecondRouteForOneCaregiverAndShift) {
  Plan plan = CheckWorld::good_plan();
  plan.routes.push_back(Route{bram, 0, {}, std::nullopt});
  const CheckReport report = check_plan(CheckWorld().problem(), plan);
  EXPECT_EQ(kinds(report), Strings{"duplicate"});
  EXPECT_EQ(report.violations[0].where, "caregiver bram, shift 0 [480, 720]");
}

TEST(PlanChecker, RejectsAVisitInTwoRoutes) {
  Plan plan = CheckWorld::good_plan();
  plan.routes.push_back(Route{anna, 1, {{call_d, at(16, 0)}}, std::nullopt});
  const CheckReport report = check_plan(CheckWorld().problem(), plan);
  EXPECT_EQ(kinds(report), Strings{"duplicate"});
  EXPECT_TRUE(mentions(report.violations[0], "caregiver bram, shift 0"));
  EXPECT_TRUE(mentions(report.violations[0], "caregiver anna, shift 1"));
}

TEST(PlanChecker, RejectsAVisitThatIsBothPlannedAndUnplanned) {
  Plan plan = CheckWorld::good_plan();
  plan.unplanned.push_back(domain::Unplanned{call_d, domain::UnplannedReason::caregivers_full, std::nullopt, ""});
  EXPECT_EQ(kinds(check_plan(CheckWorld().problem(), plan)), Strings{"duplicate"});
}

TEST(PlanChecker, RejectsAVisitThatIsNeitherPlannedNorUnplanned) {
  Plan plan = CheckWorld::good_plan();
  plan.unplanned.clear();
  const CheckReport report = check_plan(CheckWorld().problem(), plan);
  EXPECT_EQ(kinds(report), Strings{"missing"});
  EXPECT_EQ(report.violations[0].where, "visit hoist-a");
}

TEST(PlanChecker, RejectsAnUnknownVisitIndex) {
  Plan plan = CheckWorld::good_plan();
  plan.routes[1].visits.push_back({42, at(9, 0)});
  plan.unplanned.push_back(domain::Unplanned{-1, domain::UnplannedReason::caregivers_full, std::nullopt, ""});
  EXPECT_EQ(kinds(check_plan(CheckWorld().problem(), plan)), (Strings{"index", "index"}));
}

// --- eligibility ------------------------------------------------------------------------------

TEST(PlanChecker, LevelRuleRejectsACaregiverBelowTheVisitsLevel) {
  CheckWorld world;
  world.data.visits[meds_b].level = 4;
  const CheckReport report = check_plan(world.problem(), CheckWorld::good_plan());
  ASSERT_EQ(kinds(report), Strings{"level"});
  EXPECT_EQ(report.violations[0].where, "caregiver anna, shift 0 [480, 720], visit meds-b");
  EXPECT_TRUE(mentions(report.violations[0], "needs level 4, but caregiver anna has level 3"));
}

TEST(PlanChecker, CertificateRuleRejectsACaregiverWithoutARequiredCertificate) {
  CheckWorld world;
  world.data.visits[meds_b].certificates.insert(catheter);
  const CheckReport report = check_plan(world.problem(), CheckWorld::good_plan());
  ASSERT_EQ(kinds(report), Strings{"certificate"});
  EXPECT_TRUE(mentions(report.violations[0], "catheter"));
}

TEST(PlanChecker, VolunteerRuleAllowsOnlyLevelZeroVisits) {
  CheckWorld world;
  world.data.caregivers[bram].kind = domain::CaregiverKind::volunteer;
  EXPECT_TRUE(check_plan(world.problem(), CheckWorld::good_plan()).feasible);

  world.data.visits[call_d].level = 1;
  EXPECT_EQ(kinds(check_plan(world.problem(), CheckWorld::good_plan())), Strings{"volunteer"});
}

TEST(PlanChecker, ExcludedRuleRejectsAnExcludedCaregiver) {
  CheckWorld world;
  world.data.visits[wash_a].excluded = {anna};
  EXPECT_EQ(kinds(check_plan(world.problem(), CheckWorld::good_plan())), Strings{"excluded"});
}

TEST(PlanChecker, PinnedRuleRejectsAnotherCaregiverThanThePinnedOne) {
  CheckWorld world;
  world.data.visits[wash_a].pinned_caregiver = bram;
  const CheckReport report = check_plan(world.problem(), CheckWorld::good_plan());
  ASSERT_EQ(kinds(report), Strings{"pinned"});
  EXPECT_TRUE(mentions(report.violations[0], "pinned to caregiver bram, but done by anna"));
}

TEST(PlanChecker, PinnedRuleRequiresThePinnedStartExactly) {
  CheckWorld world;
  world.data.visits[wash_a].pinned_start = at(8, 10);
  EXPECT_TRUE(check_plan(world.problem(), CheckWorld::good_plan()).feasible);

  world.data.visits[wash_a].pinned_start = at(8, 15);
  const CheckReport report = check_plan(world.problem(), CheckWorld::good_plan());
  ASSERT_EQ(kinds(report), Strings{"pinned"});
  EXPECT_TRUE(mentions(report.violations[0], "pinned to start at 495, but starts at 490"));
}

// --- times ------------------------------------------------------------------------------------

TEST(PlanChecker, WindowRuleRejectsAStartOutsideEveryWindowAndSaysWhereInMinutes) {
  Plan plan = CheckWorld::good_plan();
  plan.routes[0].visits[2].start = at(11, 5);
  const CheckReport report = check_plan(CheckWorld().problem(), plan);
  ASSERT_EQ(kinds(report), Strings{"window"});
  EXPECT_EQ(report.violations[0].message,
            "caregiver anna, shift 0 [480, 720], visit inject-c: starts at 665, outside its time window(s) "
            "[540, 660]");
}

TEST(PlanChecker, WindowRuleAcceptsAStartInAnyOfSeveralWindows) {
  CheckWorld world;
  world.data.visits[inject_c].windows = {{at(8, 0), at(8, 30)}, {at(9, 10), at(9, 10)}};
  EXPECT_TRUE(check_plan(world.problem(), CheckWorld::good_plan()).feasible);
}

TEST(PlanChecker, AvailabilityRuleNeedsTimeToTravelFromHomeAfterTheShiftOpens) {
  Plan plan = CheckWorld::good_plan();
  plan.routes[0].visits[0].start = at(8, 5);
  const CheckReport report = check_plan(CheckWorld().problem(), plan);
  ASSERT_EQ(kinds(report), Strings{"availability"});
  EXPECT_TRUE(mentions(report.violations[0], "starts at 485, but the shift opens at 480 and travel to it takes 10"));
}

TEST(PlanChecker, AvailabilityRuleNeedsTheCaregiverHomeByTheShiftsClose) {
  CheckWorld world;
  world.data.caregivers[anna].availability[0].close = at(9, 45);
  const CheckReport report = check_plan(world.problem(), CheckWorld::good_plan());
  ASSERT_EQ(kinds(report), Strings{"availability"});
  EXPECT_TRUE(mentions(report.violations[0], "is back at 590"));
  EXPECT_TRUE(mentions(report.violations[0], "closes at 585"));
}

TEST(PlanChecker, TravelRuleNeedsTheServiceAndTheTravelBeforeTheNextStart) {
  Plan plan = CheckWorld::good_plan();
  plan.routes[0].visits[1].start = at(8, 44);
  const CheckReport report = check_plan(CheckWorld().problem(), plan);
  ASSERT_EQ(kinds(report), Strings{"travel"});
  EXPECT_TRUE(mentions(report.violations[0], "so 525 at the earliest"));
}

TEST(PlanChecker, DigitalVisitLeavesTheCaregiverWhereTheyWere) {
  Plan plan = CheckWorld::good_plan();
  plan.routes.pop_back();  // anna takes the video call between wash-a (at A) and meds-b (at B)
  plan.routes[0].visits = {{wash_a, at(8, 10)}, {call_d, at(8, 40)}, {meds_b, at(8, 55)}, {inject_c, at(9, 20)}};
  EXPECT_TRUE(check_plan(CheckWorld().problem(), plan).feasible);

  // From A to B is 5 minutes; a call that "moved" anna nowhere would make 08:54 look fine.
  plan.routes[0].visits[2].start = at(8, 54);
  const CheckReport report = check_plan(CheckWorld().problem(), plan);
  ASSERT_EQ(kinds(report), Strings{"travel"});
  EXPECT_TRUE(mentions(report.violations[0], "travel takes 5"));
}

// --- capacity and work ------------------------------------------------------------------------

TEST(PlanChecker, CapacityRuleLimitsTheSumOfDemandsPerRoute) {
  CheckWorld world;
  world.data.caregivers[anna].capacity = {2};
  const CheckReport report = check_plan(world.problem(), CheckWorld::good_plan());
  ASSERT_EQ(kinds(report), Strings{"capacity"});
  EXPECT_TRUE(
      mentions(report.violations[0], "carries 3 in capacity dimension 0, more than the caregiver's capacity 2"));
}

TEST(PlanChecker, CapacityRuleLimitsTheVisitsPerShift) {
  CheckWorld world;
  world.data.caregivers[anna].max_visits = 3;
  EXPECT_TRUE(check_plan(world.problem(), CheckWorld::good_plan()).feasible);
  world.data.caregivers[anna].max_visits = 2;
  EXPECT_EQ(kinds(check_plan(world.problem(), CheckWorld::good_plan())), Strings{"capacity"});
}

TEST(PlanChecker, MaxWorkRuleLimitsTheSpanFromLeavingToComingHome) {
  CheckWorld world;
  world.data.caregivers[anna].max_work = minutes(110);
  EXPECT_TRUE(check_plan(world.problem(), CheckWorld::good_plan()).feasible);
  world.data.caregivers[anna].max_work = minutes(100);
  const CheckReport report = check_plan(world.problem(), CheckWorld::good_plan());
  ASSERT_EQ(kinds(report), Strings{"max_work"});
  EXPECT_EQ(report.violations[0].message, "caregiver anna: works 110 over 1 route(s), more than max_work 100");
}

TEST(PlanChecker, MaxWorkRuleSumsTheSpansOfAllOfACaregiversShifts) {
  CheckWorld world;
  world.data.caregivers[anna].max_work = minutes(115);
  Plan plan = CheckWorld::good_plan();
  plan.routes.pop_back();
  plan.routes.push_back(Route{anna, 1, {{call_d, at(16, 0)}}, std::nullopt});  // 110 + 10 minutes
  EXPECT_EQ(kinds(check_plan(world.problem(), plan)), Strings{"max_work"});
}

TEST(PlanChecker, AcceptsAnUnusedRoute) {
  Plan plan = CheckWorld::good_plan();
  plan.routes.push_back(Route{anna, 1, {}, std::nullopt});
  EXPECT_TRUE(check_plan(CheckWorld().problem(), plan).feasible);
}

// --- size ---------------------------------------------------------------------------------------

// 20,000 visits in 1,000 routes: the checker must stay near-linear to be usable on real plans.
TEST(PlanChecker, ChecksATwentyThousandVisitPlan) {
  CheckWorld world;
  world.data.visits.clear();
  world.data.caregivers.resize(1);
  world.data.caregivers[0].availability = {{at(0, 0), at(24, 0)}};
  domain::Caregiver model = world.data.caregivers[0];
  model.capacity = {20};
  Plan plan;
  for (int c = 0; c < 1000; ++c) {
    model.id = "c" + std::to_string(c);
    world.data.caregivers.push_back(model);
    Route route{c + 1, 0, {}, std::nullopt};
    for (int k = 0; k < 20; ++k) {
      const int v = static_cast<int>(world.data.visits.size());
      world.data.visits.push_back(
          CheckWorld::visit("v" + std::to_string(v), "client" + std::to_string(v % 3000), 1 + v % 4, 1, at(0, 0),
                            at(24, 0)));
      route.visits.push_back({v, at(8, 0) + minutes(30 * k)});  // 30 minutes cover any trip and the service
    }
    plan.routes.push_back(std::move(route));
  }
  world.data.links.push_back(domain::Link{domain::Link::Kind::precedence, 0, 20, minutes(0), minutes(60), true});

  const CheckReport report = check_plan(world.problem(), plan);
  EXPECT_EQ(kinds(report), Strings{});
  EXPECT_EQ(report.cost.planned, 20'000);
  EXPECT_EQ(report.cost.routes, 1'000);
}

}  // namespace
}  // namespace carecrowd::check
