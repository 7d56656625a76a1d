// PlanProblem: the planning engine's question for one organisation over a few days, read from the
// platform's records, with the way back from the engine's indices to tasks and caregivers.
//
// What goes in:
//  - one engine caregiver per caregiver who works for the organisation and each calendar week
//    (Monday to Sunday) of the days in which they are available: its shifts are each day's
//    intervals of their availability calendar (market::AvailabilityCalendar: the weekly pattern,
//    plus one-off additions, minus one-off absences), cut at midnight so that every day is a route
//    from home and back. One engine caregiver per week, not per day, so that max_work can hold the
//    week (see add_weekly_limits in the source). Level, kind, travel mode and hourly cost come from
//    the caregiver's record; certificates are the verified ones still valid on the last planned day
//    of the week;
//  - one visit per open task of the organisation in the days whose window opens after `now`. It
//    may wait (must_plan false: it stays in the market when unplanned) and excludes the caregivers
//    whose availability does not hold all of it, as the market's claim requires;
//  - one visit per task those caregivers already claimed on those days (of any organisation),
//    pinned to them and must-plan, so that the time and travel it takes are accounted for and
//    never given away. A claim was qualified when it was made, so it asks for no level or
//    certificate. It starts where the market's stored day keeps it: from its stored planned start
//    to the next held visit's (within its own window), so in the stored order; once checked in,
//    at its check-in;
//  - the two slots of a double-staffed task (same care task and day) as a synchronised link; a
//    care task with `after_key` as a precedence link after the named care task of the same
//    arrangement on the same day (it starts once the earlier one has ended).
//
// Time: tick 0 is midnight of the first day; ticks are seconds (Scale: time in minutes, 60 ticks
// per minute), travel is geographic (metres and seconds), costs are 1/1000 cent (care defaults).
//
// Thread safety: plain values; read_plan_problem uses the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/CivilTime.h"
#include "domain/Plan.h"
#include "domain/Problem.h"
#include "store/Database.h"

namespace carecrowd::services {

// What an engine visit stands for.
struct PlanVisit {
  std::int64_t task_id = 0;
  std::int64_t client_id = 0;
  bool claimed = false;  // an already claimed task, pinned to its caregiver
  LocalMinute window_start = 0;
};

// What an engine caregiver stands for: one caregiver in the planned days of one week.
struct PlanCaregiver {
  std::int64_t caregiver_id = 0;
  DayNumber first_day = 0;  // the first planned day of that week
  bool employed = false;  // employed by the planning organisation (caregiver_organisation.employed)
  // The market's weekly rule: max_minutes_week less the minutes of the caregiver's claimed and done
  // tasks that week (of every organisation).
  std::int64_t minutes_left = 0;
};

struct PlanProblem {
  domain::ProblemData data;
  LocalMinute origin = 0;             // the local minute of tick 0
  std::vector<PlanVisit> visits;      // parallel to data.visits
  std::vector<PlanCaregiver> caregivers;  // parallel to data.caregivers
  int caregiver_days = 0;  // (caregiver, day) pairs with a shift
  int double_staffing_links = 0;
  int precedence_links = 0;

  [[nodiscard]] int open_visits() const;
  // The local minute of an engine time (truncated to the minute).
  [[nodiscard]] LocalMinute local_minute(Duration ticks) const { return origin + ticks.get() / 60; }
};

// REQUIRES: from <= to. With `only_open`, of the open tasks only those (a repair re-plans the
// released visits, not the whole market); the claimed tasks are read as always.
PlanProblem read_plan_problem(store::Transaction& tx, std::int64_t organisation_id, DayNumber from, DayNumber to,
                              LocalMinute now, const std::optional<std::vector<std::int64_t>>& only_open = std::nullopt);

// The days as the market holds them now: each claimed visit on its caregiver's route, in the shift
// its window opens in, in the stored order. The engine's warm start for a repair (Solver
// `initial`): every held visit keeps its caregiver, and the search only has the rest to place.
// REQUIRES: called before problem.data is moved into a Problem.
[[nodiscard]] domain::Plan held_plan(const PlanProblem& problem);

}  // namespace carecrowd::services
