// PlanProblem: the planning engine's question for one organisation over a few days, read from the
// platform's records, with the way back from the engine's indices to tasks and caregivers.
//
// What goes in:
//  - one engine caregiver per (caregiver, day) for every caregiver who works for the organisation
//    and is available that day: shifts are that day's intervals of their availability calendar
//    (market::AvailabilityCalendar: the weekly pattern, plus one-off additions, minus one-off
//    absences), starting and ending at home; level, kind, travel mode and hourly cost from the caregiver's record; certificates are
//    the verified ones that have not expired by that day; max_work is what is left of the week's
//    max_minutes_week after the caregiver's tasks on the week's other days;
//  - one visit per open task of the organisation in the days whose window opens after `now`;
//  - one visit per task those caregivers already claimed on those days (of any organisation),
//    pinned to them, so that the travel and time it takes are accounted for. A claim was qualified
//    when it was made, so a pinned visit asks for no level or certificate;
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
#include <vector>

#include "domain/CivilTime.h"
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

// What an engine caregiver stands for: one caregiver on one day.
struct PlanShift {
  std::int64_t caregiver_id = 0;
  DayNumber day = 0;
  bool employed = false;  // employed by the planning organisation (caregiver_organisation.employed)
};

struct PlanProblem {
  domain::ProblemData data;
  LocalMinute origin = 0;             // the local minute of tick 0
  std::vector<PlanVisit> visits;      // parallel to data.visits
  std::vector<PlanShift> caregivers;  // parallel to data.caregivers
  int double_staffing_links = 0;
  int precedence_links = 0;

  [[nodiscard]] int open_visits() const;
  // The local minute of an engine time (truncated to the minute).
  [[nodiscard]] LocalMinute local_minute(Duration ticks) const { return origin + ticks.get() / 60; }
};

// REQUIRES: from <= to.
PlanProblem read_plan_problem(store::Transaction& tx, std::int64_t organisation_id, DayNumber from, DayNumber to,
                              LocalMinute now);

}  // namespace carecrowd::services
