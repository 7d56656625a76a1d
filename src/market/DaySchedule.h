// DaySchedule: one day of a caregiver's claimed visits, and whether (and at what extra travel) one
// more visit fits into it.
//
// A visit has a window in which it must start and a duration. The day is walked from home, through
// the visits in their stored order, and back home: each visit starts at the later of its window's
// start and the arrival from the previous place, and is late when that is after its window's end.
// A visit whose start care staff fixed by hand has that minute for its window's start and end.
// The first visit of the day starts at its window's start (the caregiver leaves home in time). A
// digital visit has no place: travel to it is zero and the caregiver stays where they were.
//
// The stored order is the order of the visits' planned starts: each claim stores, for every visit
// of that day, the start the walk gives it (`with`), so the day is walked the same way from then
// on. A visit without a planned start (claimed before starts were stored) is ordered by its
// window's start (walks_before). Because the order is stored, a candidate may go at any place in
// the day: first, to be done before a long visit with an earlier window, or between two others
// where a route passes. It fits at a place when it starts within its window there and makes no
// visit late that was on time without it; fit takes the place that adds the least travel. The day
// is walked once when the schedule is made; a place costs two journeys (the way in and out) and a
// re-timing of the visits after it until the push is absorbed. "Overlapping including travel" is
// "fits at no place".
//
// Invariant: stops() are in walks_before order.
// Thread safety: immutable after construction; safe to share between threads.
#pragma once

#include <cstdint>
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
  std::optional<LocalMinute> planned_start;  // its place in the stored day (see above)
  std::int64_t id = 0;                       // the caller's name for it (a task id); the rules ignore it
  bool started = false;  // checked in or done: what is past stays put, nothing is placed before it
  // A start care staff chose by hand, inside the window: the visit starts exactly then, so the
  // walk neither starts it earlier nor lets another visit push it later (that would make it late).
  std::optional<LocalMinute> fixed_start = std::nullopt;

  // The latest moment the visit can be over.
  [[nodiscard]] LocalMinute latest_end() const { return window_end + duration_minutes; }
  // The first and the last minute the walk may start it: its window, or its fixed start.
  [[nodiscard]] LocalMinute earliest_start() const { return fixed_start.value_or(window_start); }
  [[nodiscard]] LocalMinute latest_start() const { return fixed_start.value_or(window_end); }
};

// The order of visits by their windows: window start, then window end, then duration and place,
// so that the same visits always make the same order.
bool comes_before(const Stop& a, const Stop& b);
// The order a stored day is walked in: by planned start (else the fixed start, else the window's
// start), ties by comes_before.
bool walks_before(const Stop& a, const Stop& b);

struct Fit {
  bool feasible = false;
  Duration extra_travel;     // seconds of travel the candidate adds to the day (from home and back)
  std::size_t position = 0;  // where it goes: before stops()[position] (size(): last)
};

class DaySchedule {
 public:
  DaySchedule(std::vector<Stop> stops, domain::Point home, TravelTimes travel);

  // The place that adds the least travel among those where the candidate fits, never before a
  // started visit; of equals, the one nearest the window-order place (a digital visit adds no
  // travel anywhere and should not push the day). Not feasible when it fits nowhere. A candidate
  // with a planned start goes where that start puts it when it fits there (a plan's route keeps
  // its order); one with a fixed start only there (its time is its place).
  [[nodiscard]] Fit fit(const Stop& candidate) const;
  // Only the place walks_before gives the candidate (its planned start, else its window start).
  [[nodiscard]] Fit fit_in_order(const Stop& candidate) const;
  // The day with the candidate at `position`, in walking order, every visit's planned_start set
  // to the minute the walk starts it: what a claim stores.
  [[nodiscard]] std::vector<Stop> with(const Stop& candidate, std::size_t position) const;
  [[nodiscard]] const std::vector<Stop>& stops() const { return stops_; }
  // Stop i of stops() as the day is walked: when it starts (seconds; local minutes * 60) and the
  // journey into it from the last place before it (home for the first stop; zero for a digital one).
  [[nodiscard]] std::int64_t start_seconds(std::size_t i) const { return start_[i]; }
  [[nodiscard]] Duration travel_into(std::size_t i) const { return leg_[i]; }
  // Seconds travelled in the day as it is.
  [[nodiscard]] Duration travel() const { return travel_; }

 private:
  struct InOrder {};
  DaySchedule(std::vector<Stop> stops, domain::Point home, TravelTimes travel, InOrder);
  void walk();
  [[nodiscard]] Fit fit_at(const Stop& candidate, std::size_t at) const;

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
