// scale_runner: how the engine behaves on city-sized synthetic regions, and how fast it repairs a
// plan when a caregiver drops out.
//
//   scale_runner --visits 1000,5000,20000 --caregivers-per-visit 0.125 --time 120 --threads 2
//   scale_runner --repair --visits 5000 --time 30
//
// Prints, per size: setup and construction time, iterations and time per iteration, planned
// share, cost in euros apart from unplanned penalties, peak memory and the independent checker's verdict. With --repair: plans a day,
// removes the busiest caregiver, warm-starts from the plan and reports the time to a complete
// repair and how many assignments changed beyond that caregiver's visits.
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "check/PlanChecker.h"
#include "engine/Solver.h"
#include "generate/SyntheticRegion.h"

using namespace carecrowd;

namespace {

double peak_megabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

domain::Problem region(int visits, double ratio, std::uint64_t seed) {
  generate::RegionSpec spec;
  spec.visits = visits;
  spec.caregivers = std::max(1, static_cast<int>(visits * ratio));
  spec.seed = seed;
  return generate::generate_region(spec);
}

engine::SolverSettings budget(double seconds, int threads, std::uint64_t seed) {
  engine::SolverSettings settings;
  settings.time_limit_seconds = seconds;
  settings.threads = threads;
  settings.seed = seed;
  return settings;
}

void scale(int visits, double ratio, double seconds, int threads, std::uint64_t seed) {
  const auto problem = region(visits, ratio, seed);
  const auto result = engine::solve(problem, budget(seconds, threads, seed));
  const auto report = check::check_plan(problem, result.plan);
  const double search = result.seconds - result.construction_seconds;
  std::printf("%7d %6zu %7.2f %8.2f %9lld %10.1f %8.2f%% %16.2f %8.0f %s\n", visits, problem.caregivers().size(),
              result.setup_seconds, result.construction_seconds, static_cast<long long>(result.iterations),
              result.iterations > 0 ? 1e6 * search * threads / static_cast<double>(result.iterations) : 0.0,
              100.0 * result.cost.planned / std::max(1, visits),
              static_cast<double>((result.cost.total - result.cost.unplanned_cost).get()) / 100000.0,
              peak_megabytes(), report.feasible ? "feasible" : report.violations.front().message.c_str());
  std::fflush(stdout);
}

void repair(int visits, double ratio, double seconds, int threads, std::uint64_t seed) {
  const auto problem = region(visits, ratio, seed);
  const auto day = engine::solve(problem, budget(seconds, threads, seed));
  // The busiest caregiver drops out.
  std::vector<int> load(problem.caregivers().size(), 0);
  for (const auto& route : day.plan.routes) load[route.caregiver] += static_cast<int>(route.visits.size());
  const int gone = static_cast<int>(std::max_element(load.begin(), load.end()) - load.begin());
  auto data = problem.data();
  data.caregivers[gone].availability = {{Duration(0), Duration(1)}};
  const auto reduced = domain::Problem::create(data);
  if (!reduced) {
    std::printf("cannot build the reduced problem: %s\n", reduced.error().message().c_str());
    return;
  }
  for (double seconds_after : {0.0, 1.0}) {
    engine::SolverSettings warm = budget(seconds_after, 1, seed);
    warm.iteration_limit = seconds_after == 0.0 ? 0 : -1;
    warm.initial = day.plan;
    const auto fixed = engine::solve(reduced.value(), warm);
    const auto report = check::check_plan(reduced.value(), fixed.plan);
    std::printf("repair  budget %.1f s: dropped %s with %d visits; complete plan after %.3f s (setup %.3f s), "
                "total %.3f s; %d visits kept, %d assignments changed (%d beyond the dropped caregiver's); "
                "planned %d -> %d; %s\n",
                seconds_after, problem.caregivers()[gone].id.c_str(), load[gone], fixed.construction_seconds,
                fixed.setup_seconds, fixed.seconds, fixed.kept_from_initial, fixed.changed_assignments,
                fixed.changed_assignments - load[gone], day.cost.planned, fixed.cost.planned,
                report.feasible ? "feasible" : report.violations.front().message.c_str());
    std::fflush(stdout);
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Scale and repair figures on synthetic regions"};
  std::vector<int> sizes{1000, 5000, 20000};
  double ratio = 0.125;
  double seconds = 30;
  int threads = 1;
  std::uint64_t seed = 1;
  bool do_repair = false;
  app.add_option("--visits", sizes, "region sizes")->delimiter(',');
  app.add_option("--caregivers-per-visit", ratio, "caregivers per visit");
  app.add_option("--time", seconds, "seconds per plan");
  app.add_option("--threads", threads, "search threads");
  app.add_option("--seed", seed, "seed for region and search");
  app.add_flag("--repair", do_repair, "measure repair after a drop-out instead");
  CLI11_PARSE(app, argc, argv);
  if (do_repair) {
    for (int v : sizes) repair(v, ratio, seconds, threads, seed);
    return 0;
  }
  std::printf("%7s %6s %7s %8s %9s %10s %9s %16s %8s %s\n", "visits", "staff", "setup", "first", "iter",
              "us/iter", "planned", "cost EUR", "peak MB", "check");
  for (int v : sizes) scale(v, ratio, seconds, threads, seed);
  return 0;
}
