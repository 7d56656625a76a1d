// One small instance per feature whose right answer is known by hand.
#include <gtest/gtest.h>

#include "check/PlanChecker.h"
#include "engine/Solver.h"

namespace carecrowd::engine {
namespace {

constexpr std::int64_t kMinute = 60;

// A street: location i is i km from location 0 (1 km = 240 s by bike). Caregivers live at 0.
struct Street {
  domain::ProblemData data;

  explicit Street(int locations = 6) {
    std::vector<std::int64_t> dur, dist;
    for (int a = 0; a < locations; ++a)
      for (int b = 0; b < locations; ++b) {
        dist.push_back(1000 * std::abs(a - b));
        dur.push_back(240 * std::abs(a - b));
      }
    data.travel = domain::TravelModel::from_matrix(locations, std::move(dur), std::move(dist));
    data.objective = domain::Objective::care_defaults();
  }
  int caregiver(const std::string& id, int level = 3) {
    domain::Caregiver c;
    c.id = id;
    c.level = level;
    c.start_location = c.end_location = 0;
    c.availability = {{Duration(7 * 60 * kMinute), Duration(15 * 60 * kMinute)}};
    c.hourly_cost = 3'000'000;
    data.caregivers.push_back(c);
    return static_cast<int>(data.caregivers.size()) - 1;
  }
  int visit(const std::string& id, int location, int open_minute, int close_minute, int minutes = 30) {
    domain::Visit v;
    v.id = id;
    v.location = location;
    v.duration = Duration(minutes * kMinute);
    v.windows = {{Duration(open_minute * kMinute), Duration(close_minute * kMinute)}};
    data.visits.push_back(v);
    return static_cast<int>(data.visits.size()) - 1;
  }
  domain::Problem problem() const {
    auto p = domain::Problem::create(data);
    if (!p) throw std::runtime_error(p.error().message());
    return std::move(p).value();
  }
};

struct Solved {
  domain::Problem problem;
  SolveResult result;
  const domain::Route* route_of(int caregiver) const {
    for (const auto& r : result.plan.routes)
      if (r.caregiver == caregiver) return &r;
    return nullptr;
  }
  int caregiver_of(int visit) const {
    for (const auto& r : result.plan.routes)
      for (const auto& pv : r.visits)
        if (pv.visit == visit) return r.caregiver;
    return -1;
  }
  Duration start_of(int visit) const {
    for (const auto& r : result.plan.routes)
      for (const auto& pv : r.visits)
        if (pv.visit == visit) return pv.start;
    return Duration(-1);
  }
};

Solved solve_street(const Street& street, std::int64_t iterations = 300) {
  Solved s{street.problem(), {}};
  SolverSettings settings;
  settings.time_limit_seconds = 0;
  settings.iteration_limit = iterations;
  s.result = solve(s.problem, settings);
  const auto report = check::check_plan(s.problem, s.result.plan);
  EXPECT_TRUE(report.feasible) << (report.violations.empty() ? "" : report.violations.front().message);
  EXPECT_EQ(report.cost, s.result.cost);
  return s;
}

TEST(Golden, TimeWindowsDecideTheOrderOfVisits) {
  Street st;
  const int anna = st.caregiver("anna");
  const int late = st.visit("late", 1, 11 * 60, 11 * 60 + 30);
  const int early = st.visit("early", 3, 8 * 60, 8 * 60 + 30);
  const int middle = st.visit("middle", 2, 9 * 60 + 30, 10 * 60);
  const auto s = solve_street(st);
  const auto* route = s.route_of(anna);
  ASSERT_NE(route, nullptr);
  ASSERT_EQ(route->visits.size(), 3u);
  EXPECT_EQ(route->visits[0].visit, early);
  EXPECT_EQ(route->visits[1].visit, middle);
  EXPECT_EQ(route->visits[2].visit, late);
  EXPECT_EQ(s.start_of(early), Duration(8 * 60 * kMinute));
}

TEST(Golden, AVisitNeedingLevelFourGoesToTheNurseWithLevelFour) {
  Street st;
  st.caregiver("helper", 2);
  const int nurse = st.caregiver("nurse", 4);
  const int v = st.visit("wound", 2, 9 * 60, 10 * 60);
  st.data.visits[v].level = 4;
  const auto s = solve_street(st);
  EXPECT_EQ(s.caregiver_of(v), nurse);
}

TEST(Golden, AVisitNeedingACertificateGoesToTheCaregiverHoldingIt) {
  Street st;
  st.data.certificate_names = {"injection"};
  st.caregiver("bram");
  const int carla = st.caregiver("carla");
  st.data.caregivers[carla].certificates.insert(0);
  const int v = st.visit("insulin", 1, 8 * 60, 9 * 60);
  st.data.visits[v].certificates.insert(0);
  const auto s = solve_street(st);
  EXPECT_EQ(s.caregiver_of(v), carla);
}

TEST(Golden, VolunteersTakeOnlyVisitsThatNeedNoLevel) {
  Street st;
  const int volunteer = st.caregiver("vera", 0);
  st.data.caregivers[volunteer].kind = domain::CaregiverKind::volunteer;
  st.data.caregivers[volunteer].hourly_cost = 0;
  const int company = st.visit("company", 1, 9 * 60, 11 * 60);
  const int washing = st.visit("washing", 1, 9 * 60, 11 * 60);
  st.data.visits[washing].level = 2;
  const auto s = solve_street(st);
  EXPECT_EQ(s.caregiver_of(company), volunteer);
  EXPECT_EQ(s.caregiver_of(washing), -1);
  ASSERT_EQ(s.result.plan.unplanned.size(), 1u);
  EXPECT_EQ(s.result.plan.unplanned[0].reason, domain::UnplannedReason::no_qualified_caregiver);
}

TEST(Golden, DoubleStaffingNeedsTwoCaregiversStartingTogether) {
  Street st;
  st.caregiver("anna");
  st.caregiver("bram");
  const int a = st.visit("hoist-1", 3, 8 * 60, 9 * 60);
  const int b = st.visit("hoist-2", 3, 8 * 60, 9 * 60);
  st.data.links.push_back({domain::Link::Kind::synchronised, a, b, Duration(0), Duration(0), true});
  const auto s = solve_street(st);
  ASSERT_NE(s.caregiver_of(a), -1);
  EXPECT_NE(s.caregiver_of(a), s.caregiver_of(b));
  EXPECT_EQ(s.start_of(a), s.start_of(b));
}

TEST(Golden, DoubleStaffingWithOneCaregiverPlansNeitherHalf) {
  Street st;
  st.caregiver("anna");
  const int a = st.visit("hoist-1", 3, 8 * 60, 9 * 60);
  const int b = st.visit("hoist-2", 3, 8 * 60, 9 * 60);
  st.data.links.push_back({domain::Link::Kind::synchronised, a, b, Duration(0), Duration(0), true});
  const auto s = solve_street(st);
  EXPECT_EQ(s.caregiver_of(a), -1);
  EXPECT_EQ(s.caregiver_of(b), -1);
}

TEST(Golden, PrecedenceKeepsTheGapBetweenStarts) {
  Street st;
  st.caregiver("anna");
  const int meds = st.visit("meds", 2, 8 * 60, 8 * 60 + 30, 15);
  const int check = st.visit("check", 2, 8 * 60, 12 * 60, 15);
  st.data.links.push_back({domain::Link::Kind::precedence, meds, check, Duration(60 * kMinute), Duration(120 * kMinute), false});
  const auto s = solve_street(st);
  const Duration gap = s.start_of(check) - s.start_of(meds);
  EXPECT_GE(gap, Duration(60 * kMinute));
  EXPECT_LE(gap, Duration(120 * kMinute));
}

TEST(Golden, ADigitalVisitCostsNoTravelAndKeepsTheCaregiverWhereTheyAre) {
  Street st;
  const int anna = st.caregiver("anna");
  const int home = st.visit("visit", 2, 8 * 60, 8 * 60 + 30);
  const int video = st.visit("video", 0, 9 * 60, 9 * 60 + 30, 15);
  st.data.visits[video].mode = domain::VisitMode::digital;
  st.data.visits[video].location = -1;
  const auto s = solve_street(st);
  ASSERT_NE(s.route_of(anna), nullptr);
  EXPECT_EQ(s.caregiver_of(video), anna);
  EXPECT_EQ(s.caregiver_of(home), anna);
  EXPECT_EQ(s.result.cost.distance, Distance(4000));  // 0 -> 2 -> (video) -> 0
}

TEST(Golden, ALongShiftGetsItsBreak) {
  Street st;
  const int anna = st.caregiver("anna");
  st.data.caregivers[anna].break_rule = domain::BreakRule{Duration(330 * kMinute), Duration(30 * kMinute)};
  st.visit("morning", 1, 7 * 60 + 10, 7 * 60 + 20, 60);
  st.visit("noon", 1, 13 * 60, 13 * 60 + 10, 60);
  const auto s = solve_street(st);
  const auto* route = s.route_of(anna);
  ASSERT_NE(route, nullptr);
  EXPECT_TRUE(route->break_start.has_value());
}

TEST(Golden, AVisitUsesItsSecondWindowWhenTheFirstCannotBeReached) {
  Street st;
  st.caregiver("anna");
  const int first = st.visit("first", 1, 7 * 60, 9 * 60, 120);   // keeps anna busy until at least 09:00
  const int both = st.visit("both", 5, 7 * 60, 7 * 60 + 20);
  st.data.visits[both].windows.push_back({Duration(10 * 60 * kMinute), Duration(11 * 60 * kMinute)});
  st.data.visits[first].windows = {{Duration(7 * 60 * kMinute + 240), Duration(7 * 60 * kMinute + 240)}};
  const auto s = solve_street(st);
  EXPECT_GE(s.start_of(both), Duration(10 * 60 * kMinute));
}

TEST(Golden, ContinuityPrefersTheCaregiverTheClientKnows) {
  Street st;
  st.caregiver("anna");
  const int bram = st.caregiver("bram");
  const int v = st.visit("care", 1, 9 * 60, 10 * 60);
  st.data.visits[v].history = {bram};
  const auto s = solve_street(st);
  EXPECT_EQ(s.caregiver_of(v), bram);
  EXPECT_EQ(s.result.cost.new_faces, 0);
}

TEST(Golden, CapacitySplitsDemandOverTwoCaregivers) {
  Street st;
  st.data.capacity_dimensions = 1;
  const int anna = st.caregiver("anna");
  const int bram = st.caregiver("bram");
  st.data.caregivers[anna].capacity = {5};
  st.data.caregivers[bram].capacity = {5};
  const int a = st.visit("a", 1, 8 * 60, 12 * 60);
  const int b = st.visit("b", 1, 8 * 60, 12 * 60);
  st.data.visits[a].demand = {4};
  st.data.visits[b].demand = {4};
  const auto s = solve_street(st);
  EXPECT_NE(s.caregiver_of(a), -1);
  EXPECT_NE(s.caregiver_of(b), -1);
  EXPECT_NE(s.caregiver_of(a), s.caregiver_of(b));
}

TEST(Golden, AnEveningVisitGoesToTheEveningShift) {
  Street st;
  const int anna = st.caregiver("anna");
  st.data.caregivers[anna].availability = {{Duration(7 * 60 * kMinute), Duration(12 * 60 * kMinute)},
                                           {Duration(17 * 60 * kMinute), Duration(22 * 60 * kMinute)}};
  const int evening = st.visit("evening", 2, 19 * 60, 20 * 60);
  const auto s = solve_street(st);
  ASSERT_EQ(s.result.plan.routes.size(), 1u);
  EXPECT_EQ(s.result.plan.routes[0].shift, 1);
  EXPECT_EQ(s.caregiver_of(evening), anna);
}

}  // namespace
}  // namespace carecrowd::engine
