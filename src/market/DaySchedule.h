// DaySchedule: one day of a caregiver's claimed visits, and whether (and at what extra travel) one
// more visit fits into it.
//
// A visit has a window in which it must start and a duration. The day is walked from home, through
// the visits in order of their windows, and back home: each visit starts at the later of its
// window's start and the arrival from the previous place, and is late when that is after its
// window's end. The first visit of the day starts at its window's start (the caregiver leaves home
// in time). A digital visit has no place: travel to it is zero and the caregiver stays where they
// were.
//
// A candidate goes where that order puts it (comes_before), because the day it joins is walked in
// that order from then on: were it placed elsewhere (first, to dodge a long visit with an earlier
// window), the stored day would later be walked with it late, and a late visit no longer guards
// the day. It fits when it starts within its window there and makes no visit late that was on
// time without it. The day is walked once when the schedule is made; a candidate costs two
// journeys (its way in and out) and a re-timing of the visits after it until the push is absorbed.
// "Overlapping including travel" is "does not fit" in that order.
//
// Invariant: stops() are in comes_before order.
// Thread safety: immutable after construction; safe to share between threads.
#pragma once

#include <optional>
#include <vector>

#include "core/Quantity.h"
#include "domain/CivilTime.h"
#include "domain/Travel.h"
#include "market/TravelTimes.h"

namespace carecrowd::market {

struct Stop {
  LocalMinute window_start = 0;  // the visit starts in [window_start, window_end]
  LocalMinute window_end = 0;
  int duration_minutes = 0;
  std::optional<domain::Point> location;  // none: a digital visit

  // The latest moment the visit can be over.
  [[nodiscard]] LocalMinute latest_end() const { return window_end + duration_minutes; }
};

// The order a day is walked in: by window start, then window end, then duration and place, so
// that the same visits always make the same day.
bool comes_before(const Stop& a, const Stop& b);

struct Fit {
  bool feasible = false;
  Duration extra_travel;  // seconds of travel the candidate adds to the day (from home and back)
};

class DaySchedule {
 public:
  DaySchedule(std::vector<Stop> stops, domain::Point home, TravelTimes travel);

  [[nodiscard]] Fit fit(const Stop& candidate) const;
  [[nodiscard]] const std::vector<Stop>& stops() const { return stops_; }
  // Stop i of stops() as the day is walked: when it starts (seconds; local minutes * 60) and the
  // journey into it from the last place before it (home for the first stop; zero for a digital one).
  [[nodiscard]] std::int64_t start_seconds(std::size_t i) const { return start_[i]; }
  [[nodiscard]] Duration travel_into(std::size_t i) const { return leg_[i]; }
  // Seconds travelled in the day as it is.
  [[nodiscard]] Duration travel() const { return travel_; }

 private:
  // The day as it is, walked once: for stop i, where the caregiver comes from (the last place
  // before it, or home), the travel into it, when it starts and ends (seconds), and whether it is
  // late; `next_place_[i]` is the first stop at or after i that has a place (size() for none).
  std::vector<Stop> stops_;
  domain::Point home_;
  TravelTimes times_;
  std::vector<domain::Point> from_;      // size() + 1: the last entry is where the day ends
  std::vector<Duration> leg_;            // size() + 1: the last entry is the way home
  std::vector<std::int64_t> start_, end_;
  std::vector<bool> late_;
  std::vector<std::size_t> next_place_;  // size() + 1
  Duration travel_;
};

}  // namespace carecrowd::market
