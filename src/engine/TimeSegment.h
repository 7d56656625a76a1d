// TimeSegment: the time-window summary of a stretch of consecutive stops of a route (Vidal et al.
// 2013, "A hybrid genetic algorithm with adaptive diversity management for a large class of vehicle
// routing problems with time windows"). Two summaries concatenate in O(1), so a local-search move
// that glues a route prefix, a few visits and a route suffix is checked for time windows in O(1).
//
// A segment holds: the least time from the start of its first stop to the end of its last one
// (service, travel and unavoidable waiting), the earliest and latest start of its first stop that
// lead to that least duration, and the time warp: how much it would have to arrive back in time to
// keep every window. The engine's windows are hard, so a stretch is feasible iff its time warp is
// zero; then starting each stop at its earliest time gives exactly the schedule that
// Solution::simulate computes (same single window per stop, no breaks, no link bounds).
//
// Only stops with one window and a location (or none at all, as a depot without location) can be
// summarised: callers check that (see search::RouteSegments).
//
// Thread safety: a value type.
#pragma once

#include <algorithm>

#include "core/Quantity.h"

namespace carecrowd::engine {

struct TimeSegment {
  Duration duration;
  Duration earliest;
  Duration latest;
  Duration time_warp;
  int first = -1;  // location of the first stop (-1: none)
  int last = -1;   // location of the last stop

  static TimeSegment stop(int location, Duration service, Duration open, Duration close) {
    return TimeSegment{service, open, close, Duration(0), location, location};
  }

  // `a` followed by `b`, with `travel` from a's last stop to b's first.
  static TimeSegment join(const TimeSegment& a, Duration travel, const TimeSegment& b) {
    const Duration gap = a.duration - a.time_warp + travel;
    const Duration wait = max(b.earliest - gap - a.latest, Duration(0));
    const Duration warp = max(a.earliest + gap - b.latest, Duration(0));
    TimeSegment out;
    out.duration = a.duration + b.duration + travel + wait;
    out.time_warp = a.time_warp + b.time_warp + warp;
    out.earliest = max(b.earliest - gap, a.earliest) - wait;
    out.latest = min(b.latest - gap, a.latest) + warp;
    out.first = a.first;
    out.last = b.last;
    return out;
  }

  [[nodiscard]] bool feasible() const { return time_warp == Duration(0); }
};

}  // namespace carecrowd::engine
