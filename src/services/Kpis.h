// Kpis: an organisation's key figures over a date range, computed from its tasks, for the analyst,
// the organisation admin and the coordinators. Only aggregates leave this file: no client or
// caregiver is named or counted individually, so an analyst (who may not see personal data) may
// read them. Always the principal's own organisation.
//
// Definitions (days are the tasks' days; `now` is the platform clock; grace = kKpiGraceMinutes):
//  - due: tasks of the organisation on a day in [from, to], not cancelled, whose window opened
//    before now (a task still ahead is not yet due).
//  - in window: a check-in at or after window_start - grace and at or before window_end + grace
//    (the window is when the visit should start; the grace absorbs a locked bike or a slow door).
//  - coverage = covered / due, where covered = due tasks that are done with a check-in in window.
//    A task checked in but not yet checked out is due but not (yet) covered.
//  - punctuality = check-ins in window / due tasks with a check-in; mean_minutes_late = mean over
//    those check-ins of max(0, check_in - window_end) (without grace).
//  - continuity: per client with tasks in range that have a caregiver (claimed or done), the number
//    of distinct caregivers; reported as the mean over those clients and as a distribution
//    (how many clients saw 1, 2, 3... caregivers). Lower is better: clients know their carers.
//  - care minutes of a done task: check_out - check_in, or its planned duration when either is
//    missing.
//  - travel minutes: per caregiver and day, their done tasks of this organisation in check-in
//    order (window start when not checked in), travelling from home to the first physical task,
//    between consecutive physical tasks, and from the last back home; digital tasks need no travel
//    and leave the caregiver where they were. Durations come from domain::TravelModel::geographic
//    with the caregiver's travel mode (default speeds, detour factor and per-trip overhead).
//  - travel share of paid time = travel / (travel + care minutes).
//  - cost per care hour = sum of pay_cents of done tasks / (care minutes / 60), whole cents.
//  - alarms: the organisation's alarms received on the day, counted from their rows and timelines
//    as services/AlarmFigures.h defines (by kind, resolved remotely, times to first contact, to
//    acceptance and to arrival, escalations).
//  - repairs (live repair, services/Absences.h): the visits of days in the range released from
//    their caregiver while the day ran, per cause (sick, absent, no-show, an alarm answered; a visit released twice
//    counts twice), and what became of each as it is now: retaken in time (claimed again, from the
//    market, an offer or a repair's assignment, before its window opened), retaken late (claimed
//    after that), missed (still open once its window opened: the market no longer offers it), open
//    (still open, its window ahead); a released visit whose care task changed since was cancelled
//    and counts as released only. A no-show is released once its window opened, so it is missed
//    unless someone steps in outside the market.
//  - splits: the same sums over the whole range per kind of caregiver who held the task (employee,
//    freelancer, volunteer; due tasks nobody held apart, the kind "none": they are the uncovered
//    ones), with the travel of a caregiver's day under their kind; and per area of the client
//    (the postcode's four digits, as the feed shows it), without travel (a day's travel crosses
//    areas). Continuity, alarms and repairs are not split.
// A rate over nothing (no due task, no check-in, no care minutes) is null, not zero.
// Each figure is also given per day ("days": one entry per day of the range) for charts.
//
// Range: from and to (days, both inclusive), default the 14 days up to today; at most kKpiMaxDays
// days. Results are typed; the http edge renders them as JSON or CSV (http/ReportJson.h), rounding
// rates to four decimals, travel minutes to a tenth and care hours to two decimals.
//
// Thread safety: stateless; runs in one read transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/Error.h"
#include "domain/CaregiverKind.h"
#include "domain/CivilTime.h"
#include "domain/ReleaseCause.h"
#include "services/AlarmFigures.h"
#include "services/DayRange.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

inline constexpr int kKpiGraceMinutes = 15;
inline constexpr int kKpiMaxDays = 92;

// The sums a figure is made of, for one day or the whole range (see the definitions above).
struct KpiFigures {
  std::int64_t due = 0;
  std::int64_t covered = 0;
  std::int64_t check_ins = 0;
  std::int64_t in_window = 0;     // check-ins in window (with grace)
  std::int64_t late_minutes = 0;  // summed over the check-ins, without grace
  std::int64_t done = 0;
  std::int64_t care_minutes = 0;
  std::int64_t pay_cents = 0;     // of done tasks
  std::int64_t travel_seconds = 0;
  AlarmFigures alarms;            // of the alarms received

  KpiFigures& operator+=(const KpiFigures& other);
};

struct KpiDay {
  DayNumber day = 0;
  KpiFigures figures;
};

// How many clients saw this many distinct caregivers.
struct ContinuityCount {
  std::int64_t caregivers = 0;
  std::int64_t clients = 0;
};

// Released visits and what became of them (see the definitions above).
struct RepairFigures {
  std::int64_t released = 0;
  std::int64_t retaken_in_time = 0;
  std::int64_t retaken_late = 0;
  std::int64_t missed = 0;
  std::int64_t open = 0;

  RepairFigures& operator+=(const RepairFigures& other);
};
struct CauseRepairs {
  domain::ReleaseCause cause = domain::ReleaseCause::sick;
  RepairFigures figures;
};
// The repairs of the organisation's days first..last at `now`: per cause over the range (every
// cause, also with none) and per day (every day of the range, in order).
struct Repairs {
  std::vector<CauseRepairs> by_cause;
  std::vector<RepairFigures> per_day;
};

// The range's figures of the tasks held by caregivers of one kind (nullopt: by nobody).
struct KindFigures {
  std::optional<domain::CaregiverKind> kind;
  KpiFigures figures;  // alarms stay empty
};
// The range's figures of the tasks of clients in one area.
struct AreaFigures {
  std::string area;
  KpiFigures figures;  // travel and alarms stay empty
};

struct Kpis {
  std::int64_t organisation_id = 0;
  DayRange days;
  int grace_minutes = kKpiGraceMinutes;
  KpiFigures total;
  std::vector<KpiDay> per_day;  // every day of the range, in order
  // Continuity over the whole range: the clients with a caregiver, the distinct caregivers summed
  // over them, and the distribution (fewest caregivers first).
  std::int64_t clients = 0;
  std::int64_t client_caregivers = 0;
  std::vector<ContinuityCount> distribution;
  Repairs repairs;
  // Every kind in the domain's order, then nobody's when some due task had no holder.
  std::vector<KindFigures> by_caregiver_kind;
  std::vector<AreaFigures> by_area;  // the areas with tasks in the range, by area
};

// `days` is as the http edge read it: its error is answered after the permission check (a caller
// in the process passes DaysAsked).
Result<Kpis> organisation_kpis(const Platform& platform, const Principal& who, const Result<DaysAsked>& days);

}  // namespace carecrowd::services
