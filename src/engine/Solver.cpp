#include "engine/Solver.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <memory>
#include <mutex>
#include <thread>

#include "engine/Explain.h"
#include "engine/Instance.h"
#include "engine/Random.h"
#include "engine/Solution.h"
#include "engine/search/FleetMinimiser.h"
#include "engine/search/LocalSearch.h"
#include "engine/search/PenaltyManager.h"
#include "engine/search/Recreate.h"
#include "engine/search/Ruin.h"

namespace carecrowd::engine {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// A typical cost of one short trip: the annealing temperature is scaled by it, so that the same
// schedule works for metres and euros, benchmarks and cities.
double typical_arc_cost(const Instance& in) {
  const auto& o = in.problem().objective();
  if (in.visits() == 0 || in.routes() == 0) return 1;
  const TravelMode mode = in.mode(0);
  double sum = 0;
  int count = 0;
  const int step = std::max(1, in.visits() / 1000);
  double hourly = 0;
  for (int r = 0; r < in.routes(); ++r) hourly += static_cast<double>(in.hourly_cost(r));
  hourly /= in.routes();
  for (int v = 0; v < in.visits(); v += step) {
    const auto& nb = in.neighbours(v);
    for (std::size_t k = 0; k < std::min<std::size_t>(5, nb.size()); ++k) {
      const int a = in.location(v), b = in.location(nb[k]);
      double c = static_cast<double>(o.distance * in.distance(a, b).get() + o.travel_time * in.travel(mode, a, b).get());
      if (o.labour) c += hourly * static_cast<double>(in.travel(mode, a, b).get()) / static_cast<double>(in.ticks_per_hour());
      if (o.lateness != 0 && c == 0) c = static_cast<double>(o.lateness * in.travel(mode, a, b).get());
      sum += c;
      ++count;
    }
  }
  return count > 0 && sum > 0 ? sum / count : 1.0;
}

// First weights of the soft terms (thousandths of a cost tick per unit): a tick of time warp costs
// about what a tick of travel does, a unit of excess load what a trip per average demand does.
search::Penalties initial_penalties(const Instance& in, double arc) {
  double travel = 0, demand = 0;
  int count = 0;
  const int step = std::max(1, in.visits() / 1000);
  const TravelMode mode = in.routes() > 0 ? in.mode(0) : TravelMode::bike;
  for (int v = 0; v < in.visits(); v += step) {
    const auto& nb = in.neighbours(v);
    for (std::size_t k = 0; k < std::min<std::size_t>(5, nb.size()); ++k)
      travel += static_cast<double>(in.travel(mode, in.location(v), in.location(nb[k])).get());
    count += static_cast<int>(std::min<std::size_t>(5, nb.size()));
    for (int d = 0; d < in.dims(); ++d) demand += static_cast<double>(in.demand(v)[d]);
  }
  const double samples = static_cast<double>((in.visits() + step - 1) / step);
  travel = count > 0 ? travel / count : 0;
  demand = samples > 0 ? demand / samples : 0;
  auto milli = [](double x) { return std::max<std::int64_t>(1, static_cast<std::int64_t>(std::llround(std::min(1e9, 1000 * x)))); };
  return search::Penalties{milli(travel > 0 ? arc / travel : 1), milli(demand > 0 ? arc / demand : 1)};
}

// The local search's part of the settings, the same for the workers and the final polish.
search::LocalSearchSettings local_search_settings(const SolverSettings& settings) {
  search::LocalSearchSettings out;
  out.two_opt = settings.two_opt;
  out.swap_star = settings.swap_star;
  out.swap_within_routes = settings.swap_within_routes;
  out.relocate_pairs = settings.relocate_pairs;
  return out;
}

struct Worker {
  std::unique_ptr<Solution> best;
  double construction_seconds = 0;
  std::int64_t iterations = 0;
  int kept = 0;
  search::FleetReduction fleet;
  double fleet_seconds = 0;
};

}  // namespace

SolveResult solve(const domain::Problem& problem, const SolverSettings& settings,
                  const std::function<void(const Progress&)>& on_progress) {
  const auto t0 = Clock::now();
  Instance instance(problem);
  const double setup_seconds = seconds_since(t0);
  const auto& objective = problem.objective();
  const bool fleet_first = objective.kind == domain::ObjectiveKind::vehicles_then_distance;

  const double arc = typical_arc_cost(instance);
  if (settings.initial) {
    const std::int64_t change = settings.change_cost >= 0 ? settings.change_cost
                                                          : std::max<std::int64_t>(objective.new_face, static_cast<std::int64_t>(3 * arc));
    for (const auto& route : settings.initial->routes)
      for (const auto& pv : route.visits)
        if (pv.visit >= 0 && pv.visit < instance.visits()) instance.set_initial_caregiver(pv.visit, route.caregiver, Cost(change));
  }

  std::vector<int> plannable;
  for (int v = 0; v < instance.visits(); ++v)
    if (!instance.eligible_routes(v).empty()) plannable.push_back(v);

  const double t_start = 10.0 * arc;
  const double t_end = 0.05 * arc;
  const double divisor = static_cast<double>(problem.scale().cost_ticks_per_unit * problem.scale().cost_divisor);
  const int threads = std::max(1, settings.threads);
  std::vector<Worker> workers(threads);
  std::atomic<bool> stop{false};
  std::mutex progress_mutex;

  auto run = [&](int id) {
    Worker& w = workers[id];
    Random rng(settings.seed * 1000003ULL + static_cast<std::uint64_t>(id) * 7919ULL);
    Solution s(instance);
    if (settings.initial) w.kept = s.load(*settings.initial);
    search::Recreate recreate(instance);
    search::Ruin ruin;
    search::LocalSearch local(instance, local_search_settings(settings));
    const bool educate = settings.local_search && local.active();
    std::vector<int> pending, focus;
    for (int v : plannable)
      if (!s.planned(v)) pending.push_back(v);
    recreate.apply(s, pending, rng, 0.0);
    // Keep the construction even if the least schedule breaks a limit: the incremental one holds.
    s.commit();
    if (!s.settle()) s.rollback();
    s.commit();
    for (int v = 0; v < instance.visits(); ++v)
      if (s.planned(v) && problem.visits()[v].pinned_caregiver) s.freeze(v);
    // Vehicles first: fewer routes before any distance is worth a search (the annealing below
    // never gives a route back, see FleetMinimiser.h). Without it both offsets stay zero and the
    // annealing's schedule is the whole budget.
    double phase_seconds = 0;
    std::int64_t phase_iterations = 0;
    if (fleet_first) {
      search::FleetMinimiser fleet(instance);
      const double deadline = settings.fleet_share * settings.time_limit_seconds;
      const std::int64_t iteration_budget =
          settings.iteration_limit >= 0 ? static_cast<std::int64_t>(settings.fleet_share * static_cast<double>(settings.iteration_limit)) : -1;
      w.fleet = fleet.run(s, ruin, recreate, rng, [&](std::int64_t it) {
        return (settings.time_limit_seconds > 0 && seconds_since(t0) >= deadline) ||
               (iteration_budget >= 0 && it >= iteration_budget) || stop.load(std::memory_order_relaxed);
      });
      phase_seconds = seconds_since(t0);
      phase_iterations = w.fleet.iterations;
      w.fleet_seconds = phase_seconds;
    }
    if (educate) {
      local.improve_all(s, rng);
      s.commit();
    }
    // Through infeasible space: candidates are educated with soft windows and capacity.
    const bool soft = educate && settings.infeasible_search;
    search::PenaltySettings penalty_settings;
    penalty_settings.target = settings.feasible_target;
    search::PenaltyManager penalty(initial_penalties(instance, arc), penalty_settings);
    if (soft) local.set_penalties(penalty.penalties());
    w.best = std::make_unique<Solution>(s);
    w.construction_seconds = seconds_since(t0);
    Cost best_cost = s.objective();
    Cost current = best_cost;
    double last_report = -1;
    std::vector<int> removed;
    for (std::int64_t it = 0;; ++it) {
      const double elapsed = seconds_since(t0);
      const double annealing_seconds = settings.time_limit_seconds - phase_seconds;
      double fraction = settings.time_limit_seconds > 0
                            ? (annealing_seconds > 0 ? (elapsed - phase_seconds) / annealing_seconds : 1.0)
                            : 0;
      if (settings.iteration_limit >= 0)
        fraction = std::max(fraction, static_cast<double>(it) / static_cast<double>(std::max<std::int64_t>(1, settings.iteration_limit - phase_iterations)));
      if (fraction >= 1.0 || stop.load(std::memory_order_relaxed)) {
        w.iterations = it + phase_iterations;
        break;
      }
      if (plannable.empty()) {
        w.iterations = it + phase_iterations;
        break;
      }
      const double temperature = t_start * std::pow(t_end / t_start, fraction);
      removed.clear();
      ruin.apply(s, rng, removed);
      // Also retry a few visits that were unplanned before this iteration.
      for (int k = 0; k < 8 && s.unplanned_count() > 0; ++k) {
        const int v = plannable[rng.below(static_cast<int>(plannable.size()))];
        if (!s.planned(v) && std::find(removed.begin(), removed.end(), v) == removed.end()) removed.push_back(v);
      }
      if (educate) focus.assign(removed.begin(), removed.end());
      recreate.apply(s, removed, rng);
      if (!s.settle()) {
        s.rollback();
        continue;
      }
      // Education: the rebuilt neighbourhood is taken to a local optimum before it is judged.
      if (soft) {
        const search::Education e = local.educate(s, focus, rng);
        penalty.record(e);
        local.set_penalties(penalty.penalties());
        // Still broken after repair: drop the candidate (the plan never holds a broken route).
        if (!e.feasible) {
          s.rollback();
          continue;
        }
      } else if (educate) {
        local.improve(s, focus, rng);
      }
      const Cost candidate = s.objective();
      const double threshold = -temperature * std::log(std::max(1e-300, rng.uniform()));
      if (static_cast<double>((candidate - current).get()) < threshold) {
        s.commit();
        current = candidate;
        if (candidate < best_cost) {
          // A new best is worth a full local optimum, not only around the rebuilt visits.
          // The full local optimum with hard limits: a new best is kept as it is if nothing helps.
          if (educate) {
            const search::Penalties soft_weights = local.penalties();
            local.set_penalties(search::Penalties{});
            local.improve_all(s, rng);
            local.set_penalties(soft_weights);
            s.commit();
            current = s.objective();
          }
          best_cost = current;
          *w.best = s;
        }
      } else {
        s.rollback();
      }
      if (id == 0 && on_progress && elapsed - last_report >= 0.25) {
        last_report = elapsed;
        const std::lock_guard lock(progress_mutex);
        on_progress(Progress{elapsed, it, static_cast<double>(best_cost.get()) / divisor,
                             instance.visits() - w.best->unplanned_count(), w.best->unplanned_count()});
      }
    }
  };

  std::vector<std::thread> pool;
  for (int id = 1; id < threads; ++id) pool.emplace_back(run, id);
  run(0);
  for (auto& t : pool) t.join();

  Worker* winner = &workers[0];
  std::int64_t iterations = 0;
  for (auto& w : workers) {
    iterations += w.iterations;
    if (w.best->objective() < winner->best->objective()) winner = &w;
  }
  Solution& best = *winner->best;
  if (settings.local_search) {
    search::LocalSearch local(instance, local_search_settings(settings));
    Random rng(settings.seed);
    local.improve_all(best, rng);
    best.commit();
  }
  best.drop_incomplete_links();

  SolveResult result;
  result.plan = best.to_plan();
  explain_unplanned(best, result.plan);
  result.cost = best.breakdown();
  result.iterations = iterations;
  result.seconds = seconds_since(t0);
  result.kept_from_initial = winner->kept;
  result.setup_seconds = setup_seconds;
  result.construction_seconds = workers[0].construction_seconds;
  result.routes_constructed = winner->fleet.routes_before;
  result.routes_after_fleet_phase = winner->fleet.routes_after;
  result.fleet_phase_seconds = winner->fleet_seconds;
  if (settings.initial) {
    std::vector<int> before(instance.visits(), -1);
    for (const auto& route : settings.initial->routes)
      for (const auto& pv : route.visits)
        if (pv.visit >= 0 && pv.visit < instance.visits()) before[pv.visit] = route.caregiver;
    for (int v = 0; v < instance.visits(); ++v) {
      const int after = best.planned(v) ? instance.caregiver(best.route_of(v)) : -1;
      if (before[v] != after) ++result.changed_assignments;
    }
  }
  return result;
}

}  // namespace carecrowd::engine
