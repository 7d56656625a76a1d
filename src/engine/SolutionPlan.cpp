// Solution: plans in and out — to_plan, loading a warm start, and the cost breakdown the summary
// and the checker compare.
#include "engine/Solution.h"

#include <algorithm>
#include <cassert>

#include "engine/RouteCost.h"

namespace carecrowd::engine {

// ---------------------------------------------------------------- plans

domain::Plan Solution::to_plan() const {
  domain::Plan plan;
  for (int r = 0; r < in_->routes(); ++r) {
    const RouteData& rd = routes_[r];
    if (rd.seq.empty()) continue;
    domain::Route route;
    route.caregiver = in_->caregiver(r);
    route.shift = in_->shift(r);
    route.break_start = rd.break_start;
    for (std::size_t i = 0; i < rd.seq.size(); ++i) route.visits.push_back({rd.seq[i], rd.start[i]});
    plan.routes.push_back(std::move(route));
  }
  for (int v = 0; v < in_->visits(); ++v)
    if (!planned(v)) plan.unplanned.push_back({v, domain::UnplannedReason::caregivers_full, std::nullopt, ""});
  return plan;
}

int Solution::load(const domain::Plan& plan) {
  int kept = 0;
  for (const auto& route : plan.routes) {
    if (route.caregiver < 0 || route.caregiver >= in_->caregivers()) continue;
    const auto& shifts = in_->routes_of_caregiver(route.caregiver);
    if (route.shift < 0 || route.shift >= static_cast<int>(shifts.size())) continue;
    const int r = shifts[route.shift];
    for (const auto& pv : route.visits) {
      if (pv.visit < 0 || pv.visit >= in_->visits() || planned(pv.visit) || !in_->eligible(pv.visit, r)) continue;
      if (!capacity_ok(pv.visit, r)) continue;
      if (insert(pv.visit, r, static_cast<int>(routes_[r].seq.size()))) ++kept;
    }
  }
  if (!settle()) {
    rollback();
    return 0;
  }
  commit();
  return kept;
}

domain::CostBreakdown Solution::breakdown() const {
  domain::CostBreakdown b;
  const auto& o = in_->problem().objective();
  for (int r = 0; r < in_->routes(); ++r) {
    const RouteData& rd = routes_[r];
    if (rd.seq.empty()) continue;
    ++b.routes;
    b.distance += rd.distance;
    b.travel_time += rd.travel;
    b.lateness += rd.lateness;
    b.max_lateness = max(b.max_lateness, rd.max_late);
    b.labour += labour_cost(*in_, r, rd.span);
    for (int v : rd.seq) {
      const auto& pref = in_->problem().visits()[v].preferred;
      if (!pref.empty() && std::find(pref.begin(), pref.end(), in_->caregiver(r)) == pref.end())
        ++b.missed_preferences;
    }
  }
  for (int v = 0; v < in_->visits(); ++v) {
    if (planned(v)) {
      ++b.planned;
    } else {
      (in_->must_plan(v) ? b.unplanned_must : b.unplanned_optional)++;
      b.unplanned_cost += in_->unplanned_cost(v);
    }
  }
  b.new_faces = static_cast<int>(new_faces_);
  b.price(o);
  return b;
}

}  // namespace carecrowd::engine
