#include "check/PlanCost.h"

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

namespace carecrowd::check {

using domain::CostBreakdown;
using domain::Problem;
using domain::Visit;

namespace {

// Continuity is per client, not per visit: a caregiver is a known face to a client if any of the
// client's visits lists them in its history. Returns the client index of each visit and, per client,
// the union of those histories.
struct Clients {
  std::vector<int> of_visit;
  std::vector<std::set<int>> history;
};

Clients index_clients(const Problem& problem) {
  Clients clients;
  std::unordered_map<std::string, int> index;
  clients.of_visit.reserve(problem.visits().size());
  for (const Visit& v : problem.visits()) {
    const auto [it, inserted] = index.try_emplace(v.client, static_cast<int>(clients.history.size()));
    if (inserted) clients.history.emplace_back();
    clients.of_visit.push_back(it->second);
    clients.history[it->second].insert(v.history.begin(), v.history.end());
  }
  return clients;
}

bool contains(const std::vector<int>& list, int value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

CostBreakdown plan_cost(const Problem& problem, const std::vector<RouteWalk>& walks) {
  const domain::Objective& objective = problem.objective();
  const auto& visits = problem.visits();
  const Clients clients = index_clients(problem);
  // Labour is paid per hour and rounded down per route, so the engine and the checker must both
  // divide route by route, never the summed span.
  const std::int64_t ticks_per_hour = 60 * problem.scale().time_ticks_per_unit;

  CostBreakdown cost;
  std::vector<bool> planned(visits.size(), false);
  std::set<std::pair<int, int>> faces;  // (client, caregiver)

  for (const RouteWalk& walk : walks) {
    if (!walk.used()) continue;  // an unused shift costs nothing, not even per_route
    const domain::Caregiver& c = problem.caregivers()[walk.caregiver];
    ++cost.routes;
    cost.distance += walk.distance();
    cost.travel_time += walk.travel_time();
    if (objective.labour) cost.labour += Cost(c.hourly_cost * walk.span().get() / ticks_per_hour);

    for (const Stop& stop : walk.stops) {
      const Visit& v = visits[stop.visit];
      planned[stop.visit] = true;
      if (v.due) {
        const Duration late = max(Duration(0), stop.start - *v.due);
        cost.lateness += late * v.lateness_weight;
        cost.max_lateness = max(cost.max_lateness, late);
      }
      if (!v.preferred.empty() && !contains(v.preferred, walk.caregiver)) ++cost.missed_preferences;
      faces.emplace(clients.of_visit[stop.visit], walk.caregiver);
    }
  }

  for (const auto& [client, caregiver] : faces)
    if (!clients.history[client].contains(caregiver)) ++cost.new_faces;

  for (std::size_t i = 0; i < visits.size(); ++i) {
    const Visit& v = visits[i];
    if (planned[i]) {
      ++cost.planned;
    } else if (v.must_plan) {
      ++cost.unplanned_must;
      cost.unplanned_cost += Cost(v.priority * objective.unplanned_must);
    } else {
      ++cost.unplanned_optional;
      cost.unplanned_cost += Cost(v.priority * objective.unplanned_optional);
    }
  }

  cost.price(objective);
  return cost;
}

}  // namespace carecrowd::check
