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
// A candidate fits where it starts within its window and makes no visit late that was on time
// without it; of those places the one with the least extra travel is taken. "Overlapping including
// travel" is exactly "does not fit": two visits whose windows, durations and the journey between
// them leave no order in which both start in time.
//
// Invariant: stops() are in order of window start (then window end).
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

struct Fit {
  bool feasible = false;
  Duration extra_travel;  // seconds of travel the candidate adds to the day (from home and back)
};

class DaySchedule {
 public:
  DaySchedule(std::vector<Stop> stops, domain::Point home, TravelTimes travel);

  [[nodiscard]] Fit fit(const Stop& candidate) const;
  [[nodiscard]] const std::vector<Stop>& stops() const { return stops_; }
  // Seconds travelled in the day as it is.
  [[nodiscard]] Duration travel() const { return travel_; }

 private:
  // Walks `order` from home and back: total travel, and which stops are late (if `late` is given).
  Duration walk(const std::vector<const Stop*>& order, std::vector<bool>* late) const;

  std::vector<Stop> stops_;
  domain::Point home_;
  TravelTimes times_;
  Duration travel_;
  std::vector<bool> late_;  // late_[i]: stops_[i] is late already without a candidate
};

}  // namespace carecrowd::market
