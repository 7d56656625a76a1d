// The incremental evaluation must agree with applying the change and recomputing: for random
// routes, every evaluate_insert delta equals the objective difference after insert (for a route
// with a break it is an upper bound, since the insert may move the break), and rollback restores
// the previous state exactly.
#include <gtest/gtest.h>

#include "TestProblems.h"
#include "check/PlanChecker.h"
#include "engine/Instance.h"
#include "engine/Random.h"
#include "engine/Solution.h"

namespace carecrowd::engine {
namespace {

using carecrowd::testing::make_world;
using carecrowd::testing::WorldOptions;

// Fills a solution by inserting visits in random order at random feasible places.
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
  s.commit();
}

void expect_insert_deltas_exact(const WorldOptions& options) {
  const auto problem = make_world(options);
  Instance in(problem);
  Random rng(options.seed);
  Solution s(in);
  random_fill(s, rng);
  int checked = 0;
  for (int v = 0; v < in.visits(); ++v) {
    if (s.planned(v)) continue;
    for (int r : in.eligible_routes(v)) {
      for (int p = 0; p <= static_cast<int>(s.route(r).seq.size()); ++p) {
        const Cost before = s.objective();
        const bool has_break = s.route(r).break_start.has_value();
        const InsertionDelta d = s.evaluate_insert(v, r, p);
        const bool inserted = s.insert(v, r, p);
        if (has_break) {
          // The evaluation keeps the break where it is; the insert may move it somewhere better.
          if (d.feasible()) {
            ASSERT_TRUE(inserted) << "visit " << v << " route " << r << " position " << p;
            EXPECT_GE(d.delta, s.objective() - before);
            ++checked;
          }
        } else {
          ASSERT_EQ(d.feasible(), inserted) << "visit " << v << " route " << r << " position " << p;
          if (inserted) {
            EXPECT_EQ(d.delta, s.objective() - before) << "visit " << v << " route " << r << " position " << p;
            ++checked;
          }
        }
        s.rollback();
        ASSERT_EQ(s.objective(), before);
        ASSERT_FALSE(s.planned(v));
      }
    }
  }
  EXPECT_GT(checked, 0);
}

TEST(SolutionInsertion, DeltaEqualsRecomputedCostWithSingleWindows) {
  for (std::uint64_t seed = 1; seed <= 5; ++seed) expect_insert_deltas_exact({.visits = 40, .caregivers = 4, .seed = seed});
}

TEST(SolutionInsertion, DeltaEqualsRecomputedCostWithSeveralWindowsAndSoftDueTimes) {
  for (std::uint64_t seed = 1; seed <= 5; ++seed)
    expect_insert_deltas_exact({.visits = 40, .caregivers = 4, .seed = seed, .several_windows = true, .soft_due = true});
}

TEST(SolutionInsertion, DeltaEqualsRecomputedCostWithDigitalVisitsBreaksAndCapacity) {
  for (std::uint64_t seed = 1; seed <= 5; ++seed)
    expect_insert_deltas_exact({.visits = 40, .caregivers = 3, .seed = seed, .breaks = true, .digital = true, .capacity = true});
}

TEST(SolutionInsertion, DeltaEqualsRecomputedCostWithTwoShiftsPerCaregiver) {
  for (std::uint64_t seed = 1; seed <= 3; ++seed)
    expect_insert_deltas_exact({.visits = 40, .caregivers = 3, .seed = seed, .two_shifts = true});
}

TEST(SolutionSchedule, CachedStartsMatchTheIndependentChecker) {
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    const auto problem = make_world({.visits = 50, .caregivers = 4, .seed = seed, .several_windows = true,
                                     .soft_due = true, .breaks = true, .digital = true});
    Instance in(problem);
    Random rng(seed);
    Solution s(in);
    random_fill(s, rng);
    const auto report = check::check_plan(problem, s.to_plan());
    ASSERT_TRUE(report.feasible) << report.violations.front().message;
    EXPECT_EQ(report.cost, s.breakdown());
  }
}

TEST(SolutionJournal, RollbackRestoresRoutesStartsAndCost) {
  const auto problem = make_world({.visits = 40, .caregivers = 4, .seed = 3, .soft_due = true});
  Instance in(problem);
  Random rng(3);
  Solution s(in);
  random_fill(s, rng);
  const auto plan_before = s.to_plan();
  const Cost cost_before = s.objective();
  for (int v = 0; v < in.visits(); v += 3)
    if (s.planned(v)) s.remove(v);
  EXPECT_NE(s.objective(), cost_before);
  s.rollback();
  EXPECT_EQ(s.objective(), cost_before);
  const auto plan_after = s.to_plan();
  ASSERT_EQ(plan_after.routes.size(), plan_before.routes.size());
  for (std::size_t r = 0; r < plan_after.routes.size(); ++r) EXPECT_EQ(plan_after.routes[r], plan_before.routes[r]);
}

}  // namespace
}  // namespace carecrowd::engine

namespace carecrowd::engine {
namespace {

// Regression: an insertion that pushed a double-staffed partner past its window and was undone
// used to leave both partners holding each other at the pushed time.
TEST(SolutionLinks, EveryInsertionAttemptLeavesAllRoutesFeasible) {
  for (std::uint64_t seed = 1; seed <= 6; ++seed) {
    const auto problem = carecrowd::testing::make_world(
        {.visits = 40, .caregivers = 4, .seed = seed, .soft_due = true, .double_staffing = true, .precedence = true});
    Instance in(problem);
    Random rng(seed);
    Solution s(in);
    for (int attempt = 0; attempt < 400; ++attempt) {
      const int v = rng.below(in.visits());
      if (s.planned(v) || in.eligible_routes(v).empty()) continue;
      const auto& routes = in.eligible_routes(v);
      const int r = routes[rng.below(static_cast<int>(routes.size()))];
      s.insert(v, r, rng.below(static_cast<int>(s.route(r).seq.size()) + 1));
      ASSERT_TRUE(s.consistent()) << "seed " << seed << " attempt " << attempt;
    }
    ASSERT_TRUE(s.settle());
    s.commit();
    const auto report = check::check_plan(problem, [&] {
      s.drop_incomplete_links();
      return s.to_plan();
    }());
    EXPECT_TRUE(report.feasible) << (report.violations.empty() ? "" : report.violations.front().message);
  }
}

}  // namespace
}  // namespace carecrowd::engine
