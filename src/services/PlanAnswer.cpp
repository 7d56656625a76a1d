#include "services/PlanAnswer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include "engine/Solver.h"

namespace carecrowd::services {
namespace {

using domain::UnplannedReason;

// Of the time limit, what the first run gets when claimed tasks leave room for a second one.
constexpr double kFirstRunShare = 0.75;

struct Reading {
  std::vector<PlannedTask> planned;  // by planned start
  std::vector<UnplannedTask> unplanned;
  int claimed_unplanned = 0;
};

// The engine reads every exclusion as a lack of qualification. A visit's exclusions are caregivers
// whose availability holds only part of it (PlanProblem) or, in the second run, who have no weekly
// hours left; a visit some of them are qualified for (and, for hours, available at its time) is
// unplanned for that reason instead.
void explain_exclusions(const domain::Problem& problem, const std::set<int>& full, int visit, UnplannedTask& u) {
  if (u.reason != UnplannedReason::no_qualified_caregiver && u.reason != UnplannedReason::no_availability) return;
  const domain::Visit& v = problem.visits()[static_cast<std::size_t>(visit)];
  const domain::TimeWindow needed{v.windows.front().open, v.windows.back().close + v.duration};
  bool out_of_hours = false, unavailable = false;
  for (int c : v.excluded) {
    const domain::Caregiver& g = problem.caregivers()[static_cast<std::size_t>(c)];
    if (g.level < v.level || !g.certificates.includes(v.certificates)) continue;
    const bool there = std::any_of(g.availability.begin(), g.availability.end(), [&](const domain::TimeWindow& s) {
      return s.open < needed.close && needed.open < s.close;
    });
    if (full.count(c) > 0 && there) out_of_hours = true;
    else if (u.reason == UnplannedReason::no_qualified_caregiver) unavailable = true;
  }
  if (out_of_hours) {
    u.reason = UnplannedReason::caregivers_full;
    u.detail = "the qualified caregivers who are available have no weekly hours left";
  } else if (unavailable) {
    u.reason = UnplannedReason::no_availability;
    u.detail = "no qualified caregiver is available for all of the window and the time the task takes";
  }
}

// Why the route's i-th visit is where it is (ProposalReasons): the travel it adds between its
// neighbours, its lateness and continuity. Native problems tick in seconds (PlanProblem).
records::ProposalReasons reasons_of(const domain::Problem& problem, const domain::Route& route, std::size_t i) {
  const domain::Caregiver& g = problem.caregivers()[static_cast<std::size_t>(route.caregiver)];
  const auto& visits = route.visits;
  const domain::Visit& v = problem.visits()[static_cast<std::size_t>(visits[i].visit)];
  const auto location = [&](std::size_t at) { return problem.visits()[static_cast<std::size_t>(visits[at].visit)].location; };
  const int before = i == 0 ? g.start_location : location(i - 1);
  const int after = i + 1 == visits.size() ? g.end_location : location(i + 1);
  // A route's end with no home (start or end at the first or last visit) adds nothing there.
  const auto leg = [&](int from, int to) { return problem.travel_time(g.mode, from, to).get(); };
  const std::int64_t added = leg(before, v.location) + leg(v.location, after) - leg(before, after);
  records::ProposalReasons r;
  r.added_travel_minutes = std::max<std::int64_t>(0, (added + 30) / 60);
  // Windows bound the start hard; lateness is the soft part, after the visit's due time.
  if (v.due) r.late_minutes = std::max<std::int64_t>(0, (visits[i].start - *v.due).get() / 60);
  r.known_client = std::find(v.history.begin(), v.history.end(), route.caregiver) != v.history.end();
  return r;
}

Reading read_plan(const PlanProblem& mapping, const domain::Problem& problem, const domain::Plan& plan,
                  const std::set<int>& full) {
  Reading out;
  for (const auto& route : plan.routes) {
    const PlanCaregiver& caregiver = mapping.caregivers[static_cast<std::size_t>(route.caregiver)];
    for (std::size_t i = 0; i < route.visits.size(); ++i) {
      const domain::PlannedVisit& pv = route.visits[i];
      const PlanVisit& visit = mapping.visits[static_cast<std::size_t>(pv.visit)];
      if (visit.claimed) continue;  // already held; in the plan for the time and travel it takes
      out.planned.push_back(PlannedTask{visit.task_id, caregiver.caregiver_id, caregiver.employed,
                                        mapping.local_minute(pv.start), visit.window_start,
                                        problem.visits()[static_cast<std::size_t>(pv.visit)].duration.get() / 60, pv.visit,
                                        route.caregiver, reasons_of(problem, route, i)});
    }
  }
  std::sort(out.planned.begin(), out.planned.end(), [](const PlannedTask& a, const PlannedTask& b) {
    return std::pair{a.start, a.task_id} < std::pair{b.start, b.task_id};
  });
  for (const auto& u : plan.unplanned) {
    const PlanVisit& visit = mapping.visits[static_cast<std::size_t>(u.visit)];
    if (visit.claimed) {
      ++out.claimed_unplanned;
      continue;
    }
    UnplannedTask task{visit.task_id, u.reason, u.detail};
    explain_exclusions(problem, full, u.visit, task);
    out.unplanned.push_back(std::move(task));
  }
  return out;
}

// The market's weekly rule: each caregiver keeps new tasks, earliest first, while their week has the
// minutes. Returns what it takes away; `full` gains the caregivers it took from.
std::vector<PlannedTask> keep_within_weekly_hours(const PlanProblem& mapping, std::vector<PlannedTask>& planned,
                                                  std::set<int>& full) {
  std::map<int, std::int64_t> left;
  std::vector<PlannedTask> kept, dropped;
  for (const auto& p : planned) {
    auto it = left.try_emplace(p.caregiver, mapping.caregivers[static_cast<std::size_t>(p.caregiver)].minutes_left).first;
    if (p.duration_minutes > it->second) {
      dropped.push_back(p);
      full.insert(p.caregiver);
      continue;
    }
    it->second -= p.duration_minutes;
    kept.push_back(p);
  }
  planned = std::move(kept);
  return dropped;
}

// The second run's question: what the first kept stays with its caregiver; the caregivers who are
// full take nothing more.
domain::ProblemData without_full_caregivers(const PlanProblem& mapping, const domain::Problem& problem,
                                            const std::vector<PlannedTask>& kept, const std::set<int>& full) {
  domain::ProblemData data = problem.data();
  std::set<int> staying;
  for (const auto& p : kept) {
    auto& v = data.visits[static_cast<std::size_t>(p.visit)];
    v.pinned_caregiver = p.caregiver;
    v.must_plan = true;
    staying.insert(p.visit);
  }
  for (std::size_t v = 0; v < data.visits.size(); ++v) {
    if (mapping.visits[v].claimed || staying.count(static_cast<int>(v)) > 0) continue;
    auto& excluded = data.visits[v].excluded;
    for (int c : full)
      if (std::find(excluded.begin(), excluded.end(), c) == excluded.end()) excluded.push_back(c);
  }
  return data;
}

// The visits of `initial` that `plan` gives another caregiver or leaves out.
int moved_from(const domain::Plan& initial, const domain::Plan& plan) {
  std::map<int, int> caregiver_of;
  for (const auto& route : plan.routes)
    for (const auto& pv : route.visits) caregiver_of[pv.visit] = route.caregiver;
  int moved = 0;
  for (const auto& route : initial.routes) {
    for (const auto& pv : route.visits) {
      const auto found = caregiver_of.find(pv.visit);
      if (found == caregiver_of.end() || found->second != route.caregiver) ++moved;
    }
  }
  return moved;
}

}  // namespace

PlanAnswer answer_plan(const PlanProblem& mapping, const domain::Problem& problem, double time_limit_seconds,
                       std::optional<domain::Plan> initial) {
  PlanAnswer out;
  if (problem.visits().empty()) return out;
  if (problem.caregivers().empty()) {
    // The engine needs someone to plan for; with nobody available every task waits, for one reason.
    for (const auto& visit : mapping.visits)
      out.unplanned.push_back({visit.task_id, UnplannedReason::no_availability,
                               "no caregiver of the organisation is available on these days"});
    return out;
  }
  // Only claimed tasks leave waiting time that costs no span, so only then can a second run be needed.
  const bool claims = static_cast<int>(mapping.visits.size()) > mapping.open_visits();
  engine::SolverSettings settings;
  settings.threads = 1;  // requests run side by side; one plan must not take every core
  settings.time_limit_seconds = time_limit_seconds * (claims ? kFirstRunShare : 1.0);
  settings.initial = initial;
  auto result = engine::solve(problem, settings);
  out.runs = 1;
  out.seconds = result.seconds;
  std::set<int> full;
  Reading reading = read_plan(mapping, problem, result.plan, full);
  auto dropped = keep_within_weekly_hours(mapping, reading.planned, full);
  if (!dropped.empty()) {
    auto second = domain::Problem::create(without_full_caregivers(mapping, problem, reading.planned, full));
    if (second) {
      std::set<int> left_out;
      for (const auto& p : dropped) left_out.insert(p.visit);
      domain::Plan kept = result.plan;
      for (auto& route : kept.routes)
        std::erase_if(route.visits, [&](const domain::PlannedVisit& pv) { return left_out.count(pv.visit) > 0; });
      settings.time_limit_seconds = time_limit_seconds * (1 - kFirstRunShare);
      settings.initial = std::move(kept);
      result = engine::solve(second.value(), settings);
      out.runs = 2;
      out.seconds += result.seconds;
      reading = read_plan(mapping, second.value(), result.plan, full);
      dropped = keep_within_weekly_hours(mapping, reading.planned, full);
    }
  }
  for (const auto& p : dropped)
    reading.unplanned.push_back({p.task_id, UnplannedReason::caregivers_full,
                                 "planned for a caregiver whose weekly hours it would exceed; left open"});
  // Only the initial plan's own visits count: the engine's count includes every visit it newly placed.
  if (initial) out.changed_assignments = moved_from(*initial, result.plan);
  out.planned = std::move(reading.planned);
  out.unplanned = std::move(reading.unplanned);
  out.claimed_unplanned = reading.claimed_unplanned;
  out.travel_minutes = (result.cost.travel_time.get() + 30) / 60;
  out.seconds = std::round(out.seconds * 1000) / 1000;
  return out;
}

}  // namespace carecrowd::services
