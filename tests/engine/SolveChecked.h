// Solving a test problem with an iteration limit and holding the plan to the independent checker:
// feasible, and priced as the engine priced it.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>

#include "check/PlanChecker.h"
#include "engine/Solver.h"

namespace carecrowd::testing {

inline engine::SolveResult solve_checked(const domain::Problem& problem, std::int64_t iterations = 300,
                                         std::uint64_t seed = 1) {
  engine::SolverSettings settings;
  settings.time_limit_seconds = 0;
  settings.iteration_limit = iterations;
  settings.seed = seed;
  auto result = engine::solve(problem, settings);
  const auto report = check::check_plan(problem, result.plan);
  EXPECT_TRUE(report.feasible) << (report.violations.empty() ? "" : report.violations.front().message);
  EXPECT_EQ(report.cost, result.cost);
  return result;
}

}  // namespace carecrowd::testing
