// benchmark_runner: plans every instance of a benchmark set in ../shared/benchmarks with a time
// budget, re-checks each plan with the independent checker, and prints a table of instance,
// routes, objective, best known, gap and seconds, with the mean gap per set.
//
//   benchmark_runner --set solomon --rounding trunc1 --time 10
//   benchmark_runner --set hhc_mankowska2014 --time 30 --filter _10_
//   benchmark_runner --set solomon --objective vehicles-then-distance --time 10
//
// `--objective vehicles-then-distance` (VRPTW sets) ranks plans by routes, then distance, and
// compares with the `hierarchical_sintef` values (exact distances): routes against the best known
// fleet, and the distance gap where the fleet is the same.
//
// Figures, not pass/fail: the targets live in bench/RESULTS.md.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "check/PlanChecker.h"
#include "engine/Solver.h"
#include "io/HhcJsonReader.h"
#include "io/MankowskaReader.h"
#include "io/ObjectiveChoice.h"
#include "io/SolomonReader.h"

namespace fs = std::filesystem;
using namespace carecrowd;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::string cell;
  std::istringstream s(line);
  while (std::getline(s, cell, ',')) out.push_back(cell);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Plan a benchmark set and print gaps to the best known values"};
  std::string root = "../shared/benchmarks";
  std::string set = "solomon";
  std::string rounding = "trunc1";
  double seconds = 10;
  int threads = 1;
  std::string filter;
  std::uint64_t seed = 1;
  engine::SolverSettings defaults;
  bool two_opt = defaults.two_opt, swap_star = defaults.swap_star, swap_within = defaults.swap_within_routes,
       relocate_pairs = defaults.relocate_pairs, soft = defaults.infeasible_search;
  double feasible_target = defaults.feasible_target;
  double fleet_share = defaults.fleet_share;
  std::string objective_name = "distance";
  app.add_option("--root", root, "benchmark folder");
  app.add_option("--set", set, "solomon, homberger_200, hhc_mankowska2014, hhc_kummer2021, hhc_ceschia2024_italian");
  app.add_option("--rounding", rounding, "VRPTW convention: trunc1 (DIMACS) or exact")->check(CLI::IsMember({"trunc1", "exact"}));
  app.add_option("--time", seconds, "seconds per instance");
  app.add_option("--threads", threads, "search threads");
  app.add_option("--filter", filter, "only instances whose name contains this");
  app.add_option("--seed", seed, "random seed");
  std::int64_t iterations = -1;
  app.add_option("--iterations", iterations, "stop after this many iterations instead of a time (plans then do not depend on the machine's speed)");
  app.add_option("--two-opt", two_opt, "local search: 2-opt within routes (true/false)");
  app.add_option("--swap-star", swap_star, "local search: SWAP* between routes (true/false)");
  app.add_option("--swap-within", swap_within, "local search: swap within a route too (true/false)");
  app.add_option("--relocate-pairs", relocate_pairs, "local search: relocate strings of two visits too (true/false)");
  app.add_option("--infeasible-search", soft, "local search through infeasible space (true/false)");
  app.add_option("--feasible-target", feasible_target, "share of educated candidates kept feasible before repair");
  app.add_option("--objective", objective_name, "VRPTW sets: distance, or vehicles-then-distance (compared with hierarchical_sintef)");
  app.add_option("--fleet-share", fleet_share, "vehicles-then-distance: share of the time the fleet minimisation may take");
  CLI11_PARSE(app, argc, argv);
  const auto choice = io::parse_objective_choice(objective_name);
  if (!choice) {
    std::cerr << choice.error().message() << "\n";
    return 2;
  }
  const bool fleet_first = choice.value() == io::ObjectiveChoice::vehicles_then_distance;

  const fs::path dir = fs::path(root) / set;
  if (!fs::exists(dir / "bks.csv")) {
    std::cerr << "no benchmark set at " << dir << "\n";
    return 2;
  }
  const bool vrptw = set == "solomon" || set == "homberger_200";
  if (app.count("--objective") > 0 && !vrptw) {
    std::cerr << "--objective: only for the VRPTW sets (solomon, homberger_200); " << set << " has its own objective\n";
    return 2;
  }
  if (fleet_first) {
    // The SINTEF values are for exact distances; truncated arcs would make the gaps meaningless.
    if (app.count("--rounding") > 0 && rounding != "exact") {
      std::cerr << "--objective vehicles-then-distance: compared with hierarchical_sintef, which uses exact distances: give --rounding exact\n";
      return 2;
    }
    rounding = "exact";
  }
  const std::string convention = rounding == "trunc1" ? "dimacs_trunc1_cvrplib" : "hierarchical_sintef";
  std::map<std::string, double> best;
  std::map<std::string, int> best_routes;
  {
    std::istringstream csv(slurp(dir / "bks.csv"));
    std::string line;
    std::getline(csv, line);
    while (std::getline(csv, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      const auto cells = split(line);
      if (cells.size() < 3) continue;
      if (vrptw) {
        if (cells.size() >= 4 && cells[3] == convention) {
          best[cells[0]] = std::stod(cells[2]);
          best_routes[cells[0]] = std::stoi(cells[1]);
        }
      } else if (set == "hhc_mankowska2014") {
        best[cells[0]] = std::stod(cells[5]);
      } else {
        best[cells[0]] = std::stod(cells[4]);
      }
    }
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    const auto ext = e.path().extension().string();
    if ((ext == ".txt" || ext == ".json") && e.path().stem().string().find(filter) != std::string::npos)
      files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());

  if (fleet_first)
    std::printf("%-34s %6s %6s %12s %12s %8s %7s %9s %s\n", "instance", "routes", "best", "distance", "best", "gap%",
                "sec", "iter/s", "check");
  else
    std::printf("%-34s %6s %12s %12s %8s %7s %9s %s\n", "instance", "routes", "objective", "best", "gap%", "sec", "iter/s", "check");
  double gap_sum = 0;
  int counted = 0, infeasible = 0;
  // Vehicles first: routes above / below the best known fleet, and distance gaps where it is met.
  int routes_sum = 0, best_routes_sum = 0, same_fleet = 0, more_routes = 0, fewer_routes = 0;
  double distance_sum = 0, best_distance_sum = 0;
  for (const auto& f : files) {
    const std::string text = slurp(f);
    const std::string name = f.stem().string();
    auto problem = vrptw ? io::read_solomon(text, f.filename().string(),
                                            rounding == "trunc1" ? io::SolomonRounding::trunc1 : io::SolomonRounding::exact)
                 : f.extension() == ".txt" ? io::read_mankowska(text, f.filename().string())
                                           : io::read_hhc_json(text, f.filename().string());
    if (!problem) {
      std::printf("%-34s error: %s\n", name.c_str(), problem.error().message().c_str());
      continue;
    }
    if (app.count("--objective") > 0) problem = io::with_objective(problem.value(), choice.value());
    engine::SolverSettings settings;
    settings.time_limit_seconds = iterations >= 0 ? 0 : seconds;
    settings.iteration_limit = iterations;
    settings.threads = threads;
    settings.seed = seed;
    settings.two_opt = two_opt;
    settings.swap_star = swap_star;
    settings.swap_within_routes = swap_within;
    settings.relocate_pairs = relocate_pairs;
    settings.infeasible_search = soft;
    settings.feasible_target = feasible_target;
    settings.fleet_share = fleet_share;
    const auto result = engine::solve(problem.value(), settings);
    const auto report = check::check_plan(problem.value(), result.plan);
    const double objective = report.cost.display_total(problem.value().scale());
    const bool feasible = report.feasible && report.cost.unplanned_must == 0 && report.cost.total == result.cost.total;
    if (!feasible) ++infeasible;
    const auto it = best.find(name);
    const char* verdict = feasible ? "ok" : (report.feasible ? (report.cost.total == result.cost.total ? "unplanned" : "cost-mismatch") : report.violations.front().message.c_str());
    if (fleet_first) {
      const double distance = static_cast<double>(report.cost.distance.get()) /
                              static_cast<double>(problem.value().scale().distance_ticks_per_unit);
      const int known_routes = it != best.end() ? best_routes[name] : 0;
      double gap = 0;
      if (it != best.end() && feasible) {
        routes_sum += report.cost.routes;
        best_routes_sum += known_routes;
        distance_sum += distance;
        best_distance_sum += it->second;
        gap = 100.0 * (distance - it->second) / it->second;
        if (report.cost.routes == known_routes) {
          ++same_fleet;
          gap_sum += gap;
          ++counted;
        } else if (report.cost.routes > known_routes) {
          ++more_routes;
        } else {
          ++fewer_routes;
        }
      }
      std::printf("%-34s %6d %6d %12.2f %12.2f %8.2f %7.1f %9.0f %s (fleet %d -> %d in %.1f s)\n", name.c_str(),
                  report.cost.routes, known_routes, distance, it != best.end() ? it->second : 0.0, gap, result.seconds,
                  static_cast<double>(result.iterations) / std::max(1e-9, result.seconds), verdict,
                  result.routes_constructed, result.routes_after_fleet_phase, result.fleet_phase_seconds);
      std::fflush(stdout);
      continue;
    }
    double gap = 0;
    if (it != best.end() && feasible) {
      gap = 100.0 * (objective - it->second) / it->second;
      gap_sum += gap;
      ++counted;
    }
    std::printf("%-34s %6d %12.2f %12.2f %8.2f %7.1f %9.0f %s\n", name.c_str(), report.cost.routes, objective,
                it != best.end() ? it->second : 0.0, gap, result.seconds,
                static_cast<double>(result.iterations) / std::max(1e-9, result.seconds), verdict);
    std::fflush(stdout);
  }
  if (fleet_first) {
    const int compared = same_fleet + more_routes + fewer_routes;
    std::printf("routes: %d against %d best known over %d instances (%d at the best known fleet, %d above, %d below)\n",
                routes_sum, best_routes_sum, compared, same_fleet, more_routes, fewer_routes);
    std::printf("distance: %.2f against %.2f (%.2f%%); mean gap over the %d at the best known fleet: %.2f%% (%d not feasible or not fully planned)\n",
                distance_sum, best_distance_sum, best_distance_sum > 0 ? 100.0 * (distance_sum - best_distance_sum) / best_distance_sum : 0.0,
                same_fleet, counted ? gap_sum / counted : 0.0, infeasible);
    return 0;
  }
  std::printf("mean gap over %d instances: %.2f%% (%d not feasible or not fully planned)\n", counted,
              counted ? gap_sum / counted : 0.0, infeasible);
  return 0;
}
