// Journeys: blended care along a client's journey. A client's care arrangement mixes digital steps
// (a video contact, a review of remote measurements) and physical visits; a contingent line of the
// arrangement (records/CareTaskRecord.h) says which outcomes of a digital line's steps call for a
// physical visit, and how soon. When a step ends with such an outcome (domain/StepOutcome.h) — its
// caregiver checks out naming it, or the step's time passes with nobody holding it — the line's
// visit is stored at once for that day: open, urgent, its window closing `due_within` minutes after
// the outcome, so the crowd sees it with that deadline (the caregivers it fits are told, as of a
// released task). The market takes claims until a window opens (market/Admission.h), so the window
// opens kFollowUpNoticeMinutes after the outcome (or halfway, for a shorter deadline): the crowd's
// time to answer. The coordinator's client page and the client's family see the journey as one
// timeline of digital and physical steps, each with its outcome and the visit it called for.
//
// Invariants: a step's outcome is written once (the first writer wins, also across processes); a
// contingent line makes at most one visit per day (its slot 0: slots above 0 are a double-staffed
// visit's), so a second failed step that day is linked to the visit already made.
//
// Thread safety: stateless functions over the Platform; safe from any number of threads and processes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/Error.h"
#include "domain/StepOutcome.h"
#include "records/TaskRecord.h"
#include "services/DayRange.h"
#include "services/Platform.h"
#include "services/Principal.h"
#include "store/Database.h"

namespace carecrowd::services {

// How long the crowd has to claim a follow-up visit before its window opens (see above).
inline constexpr LocalMinute kFollowUpNoticeMinutes = 30;
// A step whose window ended this long ago (window end plus duration) without a check-in is missed.
inline constexpr LocalMinute kMissedStepGraceMinutes = 15;
// Steps that ended longer ago than this are not judged any more (as for non-arrivals).
inline constexpr LocalMinute kMissedStepLookbackMinutes = 12 * 60;

// Writes `outcome` of `step` at `at` in the caller's transaction, and when it pulls a trigger that a
// contingent line of the step's arrangement answers, stores that line's physical visit (or links
// the one it made that day already). Returns the ids of the visits linked; none when the outcome
// was written before or calls for nothing. Publishes the board change and the urgent task.
std::vector<std::int64_t> settle_step(store::Transaction& tx, const Platform& platform, const Principal& who,
                                      const records::TaskRecord& step, domain::StepOutcome outcome, LocalMinute at);

// Marks missed every digital step that ended more than kMissedStepGraceMinutes ago with nobody
// checked in and whose line has a contingent line answering "missed"; makes their visits. The
// server runs it every minute, in every process. Returns how many steps were marked.
std::int64_t sweep_missed_steps(const Platform& platform);

// One step of a client's journey.
struct JourneyStep {
  records::TaskRecord task;
  std::optional<std::string> caregiver;    // who holds it: the name for care staff, the first name for the family
  std::vector<std::int64_t> stands_in_for;  // the steps whose outcome called for this visit, by id
};
struct Journey {
  std::int64_t client_id = 0;
  DayRange days;
  std::vector<JourneyStep> steps;  // by window start
};
// The journey of a client of the principal's organisation (care staff), default the last 7 days
// and the next 7, at most 31 days. Audited as client.journey_read.
Result<Journey> client_journey(const Platform& platform, const Principal& who, std::int64_t client_id,
                               const Result<DaysAsked>& days);
// The same for a client or their family (their own client), caregivers by first name.
Result<Journey> my_journey(const Platform& platform, const Principal& who, const Result<DaysAsked>& days);

}  // namespace carecrowd::services
