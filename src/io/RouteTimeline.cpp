#include "io/RouteTimeline.h"

#include <cassert>

namespace carecrowd::io::detail {

using domain::Problem;
using domain::Route;

Duration RouteTimeline::travel_time() const {
  return stops.empty() ? travel_home : stops.back().cumulative_travel + travel_home;
}

Distance RouteTimeline::distance() const {
  return stops.empty() ? distance_home : stops.back().cumulative_distance + distance_home;
}

Duration RouteTimeline::service() const {
  Duration total;
  for (const TimelineStop& s : stops)
    if (!s.is_break()) total += s.service;
  return total;
}

Duration RouteTimeline::waiting() const {
  Duration total;
  for (const TimelineStop& s : stops) total += s.waiting();
  return total;
}

RouteTimeline route_timeline(const Problem& problem, const Route& route) {
  assert(route.caregiver >= 0 && static_cast<std::size_t>(route.caregiver) < problem.caregivers().size());
  const domain::Caregiver& c = problem.caregivers()[route.caregiver];
  RouteTimeline timeline;
  // An unused route leaves nobody's home: no stops, no arcs, no span.
  if (route.visits.empty()) return timeline;

  // The break goes after the last visit that is over by its start.
  std::size_t break_after = 0;  // number of visits before the break
  if (route.break_start) {
    for (std::size_t i = 0; i < route.visits.size(); ++i) {
      const Duration end = route.visits[i].start + problem.visits()[route.visits[i].visit].duration;
      if (end <= *route.break_start) break_after = i + 1;
    }
  }

  int here = c.start_location;
  Duration ready;  // when the caregiver may leave `here`; set by the first visit
  Duration travelled;
  Distance covered;
  auto add_break = [&] {
    const Duration length = c.break_rule ? c.break_rule->length : Duration(0);
    TimelineStop stop;
    stop.location = here;
    stop.start = *route.break_start;
    // Before any visit the caregiver is at home until the break: no waiting.
    stop.arrival = timeline.stops.empty() ? stop.start : ready;
    stop.service = length;
    stop.cumulative_travel = travelled;
    stop.cumulative_distance = covered;
    timeline.stops.push_back(stop);
    ready = stop.start + length;
  };

  for (std::size_t i = 0; i < route.visits.size(); ++i) {
    if (route.break_start && break_after == i) add_break();
    const domain::PlannedVisit& pv = route.visits[i];
    assert(pv.visit >= 0 && static_cast<std::size_t>(pv.visit) < problem.visits().size());
    const domain::Visit& v = problem.visits()[pv.visit];
    TimelineStop stop;
    stop.visit = pv.visit;
    stop.start = pv.start;
    stop.service = v.duration;
    // A digital visit is a call from wherever the caregiver is: no arc and no move.
    if (v.mode == domain::VisitMode::physical) {
      stop.travel = problem.travel_time(c.mode, here, v.location);
      stop.distance = problem.travel_distance(here, v.location);
      here = v.location;
    }
    stop.location = v.mode == domain::VisitMode::physical ? v.location : -1;
    // The departure is just in time for the first visit (docs/model.md); a break taken at home
    // before it already set when the caregiver may leave.
    if (i == 0) {
      timeline.departure = pv.start - stop.travel;
      if (timeline.stops.empty()) ready = timeline.departure;
    }
    stop.arrival = ready + stop.travel;
    travelled += stop.travel;
    covered += stop.distance;
    stop.cumulative_travel = travelled;
    stop.cumulative_distance = covered;
    timeline.stops.push_back(stop);
    ready = pv.start + v.duration;
  }
  if (route.break_start && break_after == route.visits.size()) add_break();

  timeline.travel_home = problem.travel_time(c.mode, here, c.end_location);
  timeline.distance_home = problem.travel_distance(here, c.end_location);
  timeline.end = ready + timeline.travel_home;
  return timeline;
}

}  // namespace carecrowd::io::detail
