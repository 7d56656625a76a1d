#include "engine/Explain.h"

#include <string>

namespace carecrowd::engine {

using domain::UnplannedReason;

namespace {

// Could route r do v if it were the shift's only visit?
bool fits_alone(const Instance& in, int v, int r) {
  const TravelMode m = in.mode(r);
  const int lv = in.location(v);
  const Duration arrive = in.open(r) + (lv >= 0 ? in.travel(m, in.start_location(r), lv) : Duration(0));
  const Duration s = in.snap(v, arrive);
  if (s == Duration::max()) return false;
  const int after = lv >= 0 ? lv : in.start_location(r);
  return s + in.duration(v) + in.travel(m, after, in.end_location(r)) <= in.close(r);
}

}  // namespace

void explain_unplanned(const Solution& s, domain::Plan& plan) {
  const Instance& in = s.instance();
  const auto& problem = in.problem();
  for (auto& u : plan.unplanned) {
    const int v = u.visit;
    const auto& visit = problem.visits()[v];
    const auto& routes = in.eligible_routes(v);
    if (!in.qualified_anywhere(v)) {
      u.reason = UnplannedReason::no_qualified_caregiver;
      u.detail = "no caregiver has level " + std::to_string(visit.level) + " and the required certificates";
      continue;
    }
    if (routes.empty()) {
      u.reason = UnplannedReason::no_availability;
      u.detail = "no qualified caregiver is available during the visit's time windows";
      continue;
    }
    u.closest_caregiver = in.caregiver(routes.front());
    bool reachable = false;
    for (int r : routes) {
      if (fits_alone(in, v, r)) {
        reachable = true;
        u.closest_caregiver = in.caregiver(r);
        break;
      }
    }
    if (!reachable) {
      u.reason = UnplannedReason::too_far;
      u.detail = "no qualified, available caregiver can travel there within the window";
      continue;
    }
    bool partner_missing = false;
    for (const LinkBound* b = in.links_begin(v); b != in.links_end(v); ++b)
      if (!s.planned(b->partner)) partner_missing = true;
    if (partner_missing) {
      u.reason = UnplannedReason::link_partner_unplanned;
      u.detail = "the linked visit (double staffing or precedence) could not be planned with it";
      continue;
    }
    // Find the cheapest place, if any: for a may-wait visit that means it was left out on cost.
    InsertionDelta best;
    for (int r : routes) {
      const int n = static_cast<int>(s.route(r).seq.size());
      for (int p = 0; p <= n; ++p) {
        const InsertionDelta d = s.evaluate_insert(v, r, p);
        if (d.delta < best.delta) best = d;
      }
    }
    if (best.feasible()) {
      u.closest_caregiver = in.caregiver(best.route);
      u.reason = in.must_plan(v) ? UnplannedReason::caregivers_full : UnplannedReason::not_chosen;
      u.detail = in.must_plan(v) ? "a place exists only by displacing other visits"
                                 : "may wait: planning it now would cost more than it gains";
      continue;
    }
    u.reason = UnplannedReason::caregivers_full;
    u.detail = "every qualified, available caregiver is fully booked in the window";
  }
}

}  // namespace carecrowd::engine
