// Absences: live repair's first step, when the day does not go as planned. A caregiver reports
// sick or absent (from now, or for given days), a coordinator reports a caregiver of their
// organisation sick or absent, or marks that a caregiver did not arrive at a claimed visit
// (no-show). The visits this takes from the caregiver go back to the market as urgent, exactly as
// a coordinator's reopen takes them (TaskBoard.h take_back_in): the board, the caregiver and the
// caregivers each visit now fits hear of it over /v1/events. Each release is a task_release row
// (records/TaskReleaseRecord.h) that the repair plan (Planning.h PlanRequest::repair) re-plans and
// the key figures (Kpis.h) count.
//
// What is taken: the caregiver's claimed visits not checked in whose window has not closed by the
// period's start and opens before its end; a visit already checked in is theirs to finish. For a
// report, the period is from now to the end of today, or the days from..to (the first from now
// when it is today); the caregiver's published availability for it is withdrawn (one-off "not
// available" entries, which override their weekly pattern), so they are not offered work. A
// coordinator's report takes only their organisation's visits; the withdrawal holds for every
// organisation (a sick caregiver is sick for all of them). A no-show takes the one visit once its
// window has opened, and withdraws nothing.
//
// Concurrency: in one write transaction that first takes the caregiver's claim turn (their claims
// wait for it, and then see the withdrawn availability); each visit is taken by the conditional
// write of a reopen, so a visit checked in meanwhile is kept.
//
// Thread safety: stateless functions over the Platform; any number of threads and processes.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/Error.h"
#include "domain/CivilTime.h"
#include "domain/ReleaseCause.h"
#include "records/TaskRecord.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

// Sick or absent (not no_show: that is marked per visit), from now to the end of today when no
// days are given, or days from..to (`to` default `from`; at most 14 days; not before today).
struct AbsenceReport {
  domain::ReleaseCause cause = domain::ReleaseCause::sick;
  std::optional<DayNumber> from, to;
};
inline constexpr DayNumber kMaxAbsenceDays = 14;

// What a report or a no-show did: the period taken (for a no-show, the visit's window) and the
// visits given back to the market, by window start.
struct AbsenceResult {
  std::int64_t caregiver_id = 0;
  domain::ReleaseCause cause = domain::ReleaseCause::sick;
  LocalMinute from = 0, until = 0;
  std::vector<records::TaskRecord> released;
};

// The caregiver themself. `report` as the http edge read it: its error is answered after the
// permission check.
Result<AbsenceResult> report_my_absence(const Platform& platform, const Principal& who,
                                        const Result<AbsenceReport>& report);
// A coordinator (or organisation admin) of an organisation the caregiver works for.
Result<AbsenceResult> report_caregiver_absence(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                               const Result<AbsenceReport>& report);
// A coordinator: the holder did not arrive at the claimed visit (not checked in; its window has
// opened).
Result<AbsenceResult> mark_no_show(const Platform& platform, const Principal& who, std::int64_t task_id);

// The release every cause shares, in the caller's transaction (also an alarm's acceptance,
// services/Alarms.h): takes `tasks` from the caregiver as reopen does (TaskBoard.h take_back_in),
// each remembered as released for `cause`, audited, then announced (after every audit event, as
// publish() asks), to the holder too when `tell_holder`. A task no longer claimed without a
// check-in stays as it is. The answer: the tasks released.
std::vector<records::TaskRecord> release_visits_in(store::Transaction& tx, const Platform& platform, const Principal& who,
                                                   std::int64_t caregiver_id, domain::ReleaseCause cause,
                                                   const std::vector<records::TaskRecord>& tasks, bool tell_holder);

}  // namespace carecrowd::services
