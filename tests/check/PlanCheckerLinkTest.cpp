// Linked visits: double staffing (synchronised) and one visit a given time after another
// (precedence); both are planned or neither is.
#include <gtest/gtest.h>

#include "CheckWorld.h"
#include "check/PlanChecker.h"

namespace carecrowd::check {
namespace {

using namespace fixture;  // NOLINT: the world's names are the vocabulary of these tests
using Strings = std::vector<std::string>;
using Kind = domain::Link::Kind;

bool mentions(const Violation& v, const std::string& text) { return v.message.find(text) != std::string::npos; }

// Client A needs two people for the wash with the hoist: anna and bram both start there at 08:10.
struct DoubleStaffing : CheckWorld {
  DoubleStaffing() { link(Kind::synchronised, wash_a, hoist_a); }

  static Plan plan(Duration hoist_start) {
    Plan plan = good_plan();
    plan.unplanned.clear();
    plan.routes[1].visits = {{hoist_a, hoist_start}, {call_d, at(8, 50)}};
    return plan;
  }
};

TEST(SynchronisedLink, AcceptsTwoCaregiversStartingTogether) {
  EXPECT_TRUE(check_plan(DoubleStaffing().problem(), DoubleStaffing::plan(at(8, 10))).feasible);
}

TEST(SynchronisedLink, RejectsStartsAtDifferentTimes) {
  const CheckReport report = check_plan(DoubleStaffing().problem(), DoubleStaffing::plan(at(8, 15)));
  ASSERT_EQ(kinds(report), Strings{"link"});
  EXPECT_EQ(report.violations[0].message,
            "link 0 (wash-a with hoist-a): visit wash-a starts at 490 and visit hoist-a at 495; double staffing "
            "needs equal starts");
}

TEST(SynchronisedLink, RejectsOneCaregiverDoingBoth) {
  Plan plan = CheckWorld::good_plan();
  plan.unplanned.clear();
  plan.routes[0].visits.insert(plan.routes[0].visits.begin() + 1, {hoist_a, at(8, 10)});
  const CheckReport report = check_plan(DoubleStaffing().problem(), plan);
  // Doing both at once is also impossible in time; the link names the real fault.
  bool named = false;
  for (const Violation& v : report.violations)
    named = named || (v.kind == "link" && mentions(v, "both done by caregiver anna"));
  EXPECT_TRUE(named);
}

TEST(SynchronisedLink, RejectsPlanningOnlyOneOfThePair) {
  const CheckReport report = check_plan(DoubleStaffing().problem(), CheckWorld::good_plan());
  ASSERT_EQ(kinds(report), Strings{"link"});
  EXPECT_TRUE(mentions(report.violations[0], "visit wash-a is planned but visit hoist-a is not"));
}

TEST(SynchronisedLink, AcceptsLeavingBothUnplanned) {
  Plan plan = CheckWorld::good_plan();
  unplan(plan, wash_a);
  EXPECT_TRUE(check_plan(DoubleStaffing().problem(), plan).feasible);
}

// meds-b (08:45) must follow wash-a (08:10) by 30 to 60 minutes; the good plan has 35.
struct FollowUp : CheckWorld {
  explicit FollowUp(std::int64_t min_gap = 30, std::int64_t max_gap = 60, bool different_caregivers = false) {
    link(Kind::precedence, wash_a, meds_b, minutes(min_gap), minutes(max_gap), different_caregivers);
  }
};

TEST(PrecedenceLink, AcceptsAGapWithinBounds) {
  EXPECT_TRUE(check_plan(FollowUp().problem(), CheckWorld::good_plan()).feasible);
  EXPECT_TRUE(check_plan(FollowUp(35, 35).problem(), CheckWorld::good_plan()).feasible);
}

TEST(PrecedenceLink, RejectsAGapBelowTheMinimum) {
  const CheckReport report = check_plan(FollowUp(40, 60).problem(), CheckWorld::good_plan());
  ASSERT_EQ(kinds(report), Strings{"link"});
  EXPECT_EQ(report.violations[0].message,
            "link 0 (wash-a before meds-b): visit wash-a starts at 490 and visit meds-b at 525, 35 later; the link "
            "allows 40 to 60");
}

TEST(PrecedenceLink, RejectsAGapAboveTheMaximum) {
  EXPECT_EQ(kinds(check_plan(FollowUp(0, 30).problem(), CheckWorld::good_plan())), Strings{"link"});
}

TEST(PrecedenceLink, RejectsTheSecondVisitBeforeTheFirst) {
  CheckWorld world;
  world.link(Kind::precedence, meds_b, wash_a, minutes(0), minutes(60), false);
  EXPECT_EQ(kinds(check_plan(world.problem(), CheckWorld::good_plan())), Strings{"link"});
}

TEST(PrecedenceLink, RejectsOneCaregiverWhenDifferentOnesAreRequired) {
  const CheckReport report = check_plan(FollowUp(30, 60, true).problem(), CheckWorld::good_plan());
  ASSERT_EQ(kinds(report), Strings{"link"});
  EXPECT_TRUE(mentions(report.violations[0], "need two different caregivers"));
}

TEST(PrecedenceLink, RejectsPlanningOnlyOneOfThePairAndAcceptsNeither) {
  Plan plan = CheckWorld::good_plan();
  unplan(plan, meds_b);
  EXPECT_EQ(kinds(check_plan(FollowUp().problem(), plan)), Strings{"link"});
  unplan(plan, wash_a);
  EXPECT_TRUE(check_plan(FollowUp().problem(), plan).feasible);
}

}  // namespace
}  // namespace carecrowd::check
