#include "app/Commands.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>

#include "app/ProblemInput.h"
#include "check/PlanChecker.h"
#include "engine/Solver.h"
#include "generate/SyntheticRegion.h"
#include "io/HhcPlanWriter.h"
#include "io/NativePlanJson.h"
#include "io/NativeProblemJson.h"
#include "io/ObjectiveChoice.h"
#include "io/VroomJson.h"

namespace carecrowd::app {
namespace {

struct PlanOptions {
  std::string input;
  std::string format = "auto";
  std::string output_format = "native";
  std::string rounding = "exact";
  std::string output;
  std::string initial;
  std::string objective;  // empty: the objective the input format gives
  double time_limit = 10;
  std::int64_t iterations = -1;
  std::uint64_t seed = 1;
  int threads = 1;
  bool quiet = false;
};

struct CheckOptions {
  std::string problem;
  std::string plan;
  std::string format = "auto";
  std::string rounding = "exact";
  std::string objective;  // empty: the objective the input format gives
};

struct GenerateOptions {
  int visits = 1000;
  int caregivers = 125;
  std::uint64_t seed = 1;
  std::string output;
};

PlanOptions plan_options;
CheckOptions check_options;
GenerateOptions generate_options;

int fail(const Error& e) {
  std::fprintf(stderr, "carecrowd: %s\n", e.message().c_str());
  return e.kind == ErrorKind::io || e.kind == ErrorKind::bad_input || e.kind == ErrorKind::not_found ? 2 : 1;
}

io::SolomonRounding rounding_of(const std::string& text) {
  return text == "trunc1" ? io::SolomonRounding::trunc1 : io::SolomonRounding::exact;
}

// The problem as read, priced by the objective `--objective` names (empty: the format's own), so
// that plan and check price a plan the same way.
Result<domain::Problem> read_priced_problem(const std::string& path, io::InputFormat format, const std::string& rounding,
                                            const std::string& objective) {
  auto problem = read_problem(path, format, rounding_of(rounding));
  if (!problem || objective.empty()) return problem;
  const auto choice = io::parse_objective_choice(objective);
  if (!choice) return choice.error();
  return io::with_objective(problem.value(), choice.value());
}

bool write_output(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    std::cout << text << '\n';
    return true;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text << '\n';
  out.close();
  return static_cast<bool>(out);
}

void print_summary(std::FILE* to, const domain::Problem& problem, const engine::SolveResult& result,
                   const check::CheckReport& report, bool repaired) {
  const auto& c = result.cost;
  const auto& scale = problem.scale();
  std::map<std::string, int> reasons;
  for (const auto& u : result.plan.unplanned) ++reasons[std::string(domain::to_string(u.reason))];
  std::fprintf(to, "problem      %s: %zu visits, %zu caregivers, %zu links\n", problem.name().c_str(),
               problem.visits().size(), problem.caregivers().size(), problem.links().size());
  // Native problems count cost in euro cents: show euros. Benchmarks keep their own units.
  const bool euros = scale.time_ticks_per_unit == 60 && scale.cost_ticks_per_unit == 1000 && scale.cost_divisor == 1;
  const double unit = euros ? 100.0 : 1.0;
  const char* label = euros ? " EUR" : "";
  std::fprintf(to, "objective    %.2f%s\n", c.display_total(scale) / unit, label);
  if (c.unplanned_cost > Cost(0)) {
    domain::CostBreakdown planned_part = c;
    planned_part.total = c.total - c.unplanned_cost;
    std::fprintf(to, "  of which   %.2f%s for the planned visits, the rest penalties for unplanned ones\n",
                 planned_part.display_total(scale) / unit, label);
  }
  std::fprintf(to, "planned      %d of %zu visits on %d routes\n", c.planned, problem.visits().size(), c.routes);
  if (!result.plan.unplanned.empty()) {
    std::fprintf(to, "unplanned    %d must-plan, %d may-wait:", c.unplanned_must, c.unplanned_optional);
    for (const auto& [reason, count] : reasons) std::fprintf(to, " %s %d", reason.c_str(), count);
    std::fprintf(to, "\n");
  }
  const double distance = static_cast<double>(c.distance.get()) / static_cast<double>(scale.distance_ticks_per_unit);
  const double late = static_cast<double>(c.lateness.get()) / static_cast<double>(scale.time_ticks_per_unit);
  const double max_late = static_cast<double>(c.max_lateness.get()) / static_cast<double>(scale.time_ticks_per_unit);
  if (euros) {
    std::fprintf(to, "distance     %.1f km\n", distance / 1000.0);
    std::fprintf(to, "lateness     %.1f min in all, at most %.1f min for one visit\n", late, max_late);
  } else {
    std::fprintf(to, "distance     %.3f\n", distance);
    std::fprintf(to, "lateness     %.3f (max %.3f)\n", late, max_late);
  }
  if (c.new_faces > 0 || c.missed_preferences > 0)
    std::fprintf(to, "continuity   %d new caregiver-client pairs, %d missed preferences\n", c.new_faces, c.missed_preferences);
  if (repaired)
    std::fprintf(to, "repair       %d visits kept from the initial plan, %d assignments changed\n",
                 result.kept_from_initial, result.changed_assignments);
  std::fprintf(to, "search       %lld iterations in %.2f s\n", static_cast<long long>(result.iterations), result.seconds);
  std::fprintf(to, "check        %s\n", report.feasible ? "feasible (independent checker)" : "NOT FEASIBLE");
  for (std::size_t i = 0; i < report.violations.size() && i < 5; ++i)
    std::fprintf(to, "  %s\n", report.violations[i].message.c_str());
}

int run_plan() {
  const PlanOptions& o = plan_options;
  auto format = io::parse_input_format(o.format);
  if (!format) return fail(format.error());
  auto problem = read_priced_problem(o.input, format.value(), o.rounding, o.objective);
  if (!problem) return fail(problem.error());
  const domain::Problem& p = problem.value();

  engine::SolverSettings settings;
  settings.time_limit_seconds = o.time_limit;
  settings.iteration_limit = o.iterations;
  settings.seed = o.seed;
  settings.threads = o.threads;
  if (!o.initial.empty()) {
    auto initial = read_plan(p, o.initial);
    if (!initial) return fail(initial.error());
    settings.initial = std::move(initial).value();
  }
  const bool live = !o.quiet && isatty(STDERR_FILENO);
  auto progress = [&](const engine::Progress& pr) {
    std::fprintf(stderr, "\r%6.1fs  %9lld it  best %.2f  planned %d  unplanned %d   ", pr.elapsed_seconds,
                 static_cast<long long>(pr.iterations), pr.best_cost, pr.planned, pr.unplanned);
    std::fflush(stderr);
  };
  const auto result = engine::solve(p, settings, live ? std::function<void(const engine::Progress&)>(progress)
                                                      : std::function<void(const engine::Progress&)>());
  if (live) std::fprintf(stderr, "\n");
  const auto report = check::check_plan(p, result.plan);

  nlohmann::json out;
  if (o.output_format == "vroom") out = io::write_vroom_plan(p, result.plan, result.cost);
  else if (o.output_format == "hhc") out = io::write_hhc_plan(p, result.plan);
  else out = io::write_native_plan(p, result.plan, result.cost);
  const bool to_stdout = o.output.empty() || o.output == "-";
  if (!write_output(o.output, out.dump(2)))
    return fail(Error{ErrorKind::io, o.output, "", "cannot write the plan file"});
  if (!o.quiet) print_summary(to_stdout ? stderr : stdout, p, result, report, settings.initial.has_value());
  return report.feasible ? 0 : 3;
}

int run_check() {
  const CheckOptions& o = check_options;
  auto format = io::parse_input_format(o.format);
  if (!format) return fail(format.error());
  auto problem = read_priced_problem(o.problem, format.value(), o.rounding, o.objective);
  if (!problem) return fail(problem.error());
  auto plan = read_plan(problem.value(), o.plan);
  if (!plan) return fail(plan.error());
  const auto report = check::check_plan(problem.value(), plan.value());
  const auto& c = report.cost;
  const auto& scale = problem.value().scale();
  std::printf("%s\n", report.feasible ? "feasible" : "NOT FEASIBLE");
  for (const auto& v : report.violations) std::printf("  [%s] %s: %s\n", v.kind.c_str(), v.where.c_str(), v.message.c_str());
  std::printf("objective  %.3f\nplanned    %d\nunplanned  %d must-plan, %d may-wait\nroutes     %d\ndistance   %.3f\n",
              c.display_total(scale), c.planned, c.unplanned_must, c.unplanned_optional, c.routes,
              static_cast<double>(c.distance.get()) / static_cast<double>(scale.distance_ticks_per_unit));
  return report.feasible ? 0 : 3;
}

int run_generate() {
  const GenerateOptions& o = generate_options;
  generate::RegionSpec spec;
  spec.visits = o.visits;
  spec.caregivers = o.caregivers;
  spec.seed = o.seed;
  const auto problem = generate::generate_region(spec);
  if (!write_output(o.output, io::write_native_problem(problem).dump(1)))
    return fail(Error{ErrorKind::io, o.output, "", "cannot write the problem file"});
  return 0;
}

}  // namespace

void add_plan_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("plan", "Plan visits to caregivers and print the plan");
  PlanOptions& o = plan_options;
  cmd->add_option("INPUT", o.input, "problem file")->required();
  cmd->add_option("--format", o.format, "input format")->check(CLI::IsMember({"auto", "native", "vroom", "solomon", "hhc"}));
  cmd->add_option("--output-format", o.output_format, "plan format")->check(CLI::IsMember({"native", "vroom", "hhc"}));
  cmd->add_option("--rounding", o.rounding, "Solomon arcs: exact, or trunc1 (DIMACS: truncated to 0.1)")
      ->check(CLI::IsMember({"exact", "trunc1"}));
  cmd->add_option("--objective", o.objective,
                  "distance, or vehicles-then-distance (fewest routes first); default: the input format's own");
  cmd->add_option("--time-limit", o.time_limit, "seconds of search")->check(CLI::NonNegativeNumber);
  cmd->add_option("--iterations", o.iterations, "iteration limit (with a time limit, whichever comes first)");
  cmd->add_option("--seed", o.seed, "random seed; same seed, threads and iteration limit give the same plan");
  cmd->add_option("--threads", o.threads, "search threads")->check(CLI::Range(1, 64));
  cmd->add_option("--initial", o.initial, "warm start from an earlier plan (repair)");
  cmd->add_option("-o,--output", o.output, "write the plan here instead of standard output");
  cmd->add_flag("-q,--quiet", o.quiet, "no progress and no summary");
}

void add_check_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("check", "Re-validate a plan from scratch and recompute its cost");
  CheckOptions& o = check_options;
  cmd->add_option("PROBLEM", o.problem, "problem file")->required();
  cmd->add_option("PLAN", o.plan, "plan file (native or HHC solution layout)")->required();
  cmd->add_option("--format", o.format, "problem format")->check(CLI::IsMember({"auto", "native", "vroom", "solomon", "hhc"}));
  cmd->add_option("--rounding", o.rounding, "Solomon arcs: exact or trunc1")->check(CLI::IsMember({"exact", "trunc1"}));
  cmd->add_option("--objective", o.objective, "price the plan by distance or vehicles-then-distance, as plan did");
}

void add_generate_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("generate", "Write a synthetic home-care region (native format)");
  GenerateOptions& o = generate_options;
  cmd->add_option("--visits", o.visits, "number of visits")->check(CLI::Range(0, 1000000));
  cmd->add_option("--caregivers", o.caregivers, "number of caregivers")->check(CLI::Range(1, 100000));
  cmd->add_option("--seed", o.seed, "random seed");
  cmd->add_option("-o,--output", o.output, "output file (default: standard output)");
}

int run_selected(CLI::App& app) {
  if (app.got_subcommand("plan")) return run_plan();
  if (app.got_subcommand("check")) return run_check();
  if (app.got_subcommand("generate")) return run_generate();
  return 2;
}

}  // namespace carecrowd::app
