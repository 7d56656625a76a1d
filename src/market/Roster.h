// Roster: a caregiver's claimed visits over some days, as the marketplace checks one more against
// them: does it fit in the day with travel (DaySchedule), does it clash with a visit of a
// neighbouring day that runs over midnight, is it the other slot of a double-staffed visit they
// already hold, and how many minutes of work the week already has.
//
// Only the visits given are known: a caller checking a range of days passes the claimed visits of
// those days and the day before and after, and either the whole weeks around them or each week's
// minutes of work (for weekly hours).
//
// Thread safety: const members are safe to share between threads; add() is not.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "market/DaySchedule.h"

namespace carecrowd::market {

struct ClaimedVisit {
  std::int64_t care_task_id = 0;  // with `day`, names the visit (every slot of a double-staffed one)
  DayNumber day = 0;
  Stop stop;
};

class Roster {
 public:
  Roster(const std::vector<ClaimedVisit>& visits, domain::Point home, domain::TravelMode mode);
  // With each week's minutes of work given (by its Monday), the visits need only cover the days
  // checked and the day either side; a week not given counts the visits given in it.
  Roster(const std::vector<ClaimedVisit>& visits, const std::map<DayNumber, std::int64_t>& week_minutes,
         domain::Point home, domain::TravelMode mode);

  // Whether a visit on `day` fits with the claimed ones, and the travel it adds to that day.
  [[nodiscard]] Fit fit(DayNumber day, const Stop& candidate) const;
  // The day with a fitted candidate at the place fit chose, every visit with its planned start:
  // what a claim stores so that the day is walked the same way from then on.
  [[nodiscard]] std::vector<Stop> day_with(DayNumber day, const Stop& candidate, const Fit& fit) const;
  // Takes a fitted candidate into the day at the place fit chose (what a claim stores): the day's
  // visits get the planned starts day_with gives them, and the week its minutes.
  void add(std::int64_t care_task_id, DayNumber day, const Stop& candidate, const Fit& fit);
  // The visits of `day` in walking order (none when the day is free).
  [[nodiscard]] const std::vector<Stop>& stops_on(DayNumber day) const;
  // Whether the caregiver holds a slot of this visit (both slots may not go to one caregiver).
  [[nodiscard]] bool holds_visit(std::int64_t care_task_id, DayNumber day) const;
  // Minutes of claimed work in the week (Monday to Sunday) that holds `day`.
  [[nodiscard]] std::int64_t minutes_in_week(DayNumber day) const;

  // The Monday of the week that holds `day`.
  [[nodiscard]] static DayNumber week_start(DayNumber day);

 private:
  domain::Point home_;
  TravelTimes times_;
  DaySchedule empty_day_;  // a day with no visits yet: from home and back
  std::map<DayNumber, DaySchedule> days_;
  std::set<std::pair<std::int64_t, DayNumber>> visits_;
  std::map<DayNumber, std::int64_t> week_minutes_;
};

}  // namespace carecrowd::market
