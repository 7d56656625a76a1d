#include "check/RouteWalk.h"

#include <cassert>

namespace carecrowd::check {

using domain::Problem;
using domain::VisitMode;

Duration RouteWalk::travel_time() const {
  Duration total = travel_home;
  for (const Stop& s : stops) total += s.travel;
  return total;
}

Distance RouteWalk::distance() const {
  Distance total = distance_home;
  for (const Stop& s : stops) total += s.distance;
  return total;
}

RouteWalk walk_route(const Problem& problem, int route, int caregiver, int shift,
                     std::span<const domain::PlannedVisit> visits) {
  assert(caregiver >= 0 && static_cast<std::size_t>(caregiver) < problem.caregivers().size());
  const domain::Caregiver& c = problem.caregivers()[caregiver];

  RouteWalk walk;
  walk.route = route;
  walk.caregiver = caregiver;
  walk.shift = shift;
  walk.stops.reserve(visits.size());

  // -1 means "nowhere yet": a caregiver without a start location begins at the first physical
  // visit, and Problem::travel_time/-distance cost nothing from or to -1.
  int here = c.start_location;
  for (const domain::PlannedVisit& pv : visits) {
    assert(pv.visit >= 0 && static_cast<std::size_t>(pv.visit) < problem.visits().size());
    const domain::Visit& v = problem.visits()[pv.visit];
    Stop stop{pv.visit, pv.start, Duration(0), Distance(0)};
    // A digital visit is a video call from wherever the caregiver is: no arc, and no move.
    if (v.mode == VisitMode::physical) {
      stop.travel = problem.travel_time(c.mode, here, v.location);
      stop.distance = problem.travel_distance(here, v.location);
      here = v.location;
    }
    walk.stops.push_back(stop);
  }
  walk.travel_home = problem.travel_time(c.mode, here, c.end_location);
  walk.distance_home = problem.travel_distance(here, c.end_location);

  // An empty route is unused: it leaves nobody's home, so it has no span and no arcs at all.
  if (walk.stops.empty()) {
    walk.travel_home = Duration(0);
    walk.distance_home = Distance(0);
    return walk;
  }
  const Stop& first = walk.stops.front();
  const Stop& last = walk.stops.back();
  walk.departure = first.start - first.travel;
  walk.end = last.start + problem.visits()[last.visit].duration + walk.travel_home;
  return walk;
}

}  // namespace carecrowd::check
