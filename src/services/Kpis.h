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
// A rate over nothing (no due task, no check-in, no care minutes) is null, not zero.
// Each figure is also given per day ("days": one entry per day of the range) for charts.
//
// Range: ?from= and ?to= (YYYY-MM-DD), default the 14 days up to today; at most kKpiMaxDays days.
//
// Thread safety: stateless; runs in one read transaction.
#pragma once

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

inline constexpr int kKpiGraceMinutes = 15;
inline constexpr int kKpiMaxDays = 92;

// {organisation_id, from, to, grace_minutes,
//  coverage: {due, covered, rate}, punctuality: {check_ins, in_window, rate, mean_minutes_late},
//  continuity: {clients, mean_caregivers_per_client, distribution: [{caregivers, clients}]},
//  travel: {travel_minutes, care_minutes, share}, cost: {pay_cents, care_hours, cents_per_care_hour},
//  days: [{day, due, covered, coverage, check_ins, in_window, punctuality, done, care_minutes,
//          travel_minutes, travel_share, pay_cents}]}
Result<nlohmann::json> organisation_kpis(const Platform& platform, const Principal& who, const nlohmann::json& query);
// The figures as CSV: one row per day, then a "total" row over the range (continuity, a figure
// over the whole range, only there). Rates are fractions (0.8123), empty when over nothing.
std::string kpis_csv(const nlohmann::json& kpis);

}  // namespace carecrowd::services
