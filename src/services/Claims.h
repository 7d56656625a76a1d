// Claims: the one way a task becomes a caregiver's, inside the caller's transaction. The feed's
// claim, a plan's assignment and an accepted offer, the demo region's bookings (and later alarm
// dispatch and the simulation) all call claim_in, so each is judged by the one admission rule
// (market/Admission.h) against the same facts: the caregiver's profile, certificates and
// organisations, their availability, and the visits they hold around the task's day.
//
// Concurrency: claim_in first takes the caregiver's claim turn (records::ClaimTurn::take), so one
// caregiver's claims run one at a time and each sees the others' results; the task itself changes
// hands only by records::claim_open_task (conditional on its being open), so of several caregivers
// racing for it exactly one wins, across server processes.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/Error.h"
#include "market/Admission.h"
#include "market/Roster.h"
#include "records/TaskRecord.h"
#include "store/Database.h"

namespace carecrowd::services {

struct ClaimRequest {
  std::int64_t caregiver_id = 0;
  std::int64_t task_id = 0;
  // Where a plan's route starts the task: the day keeps that order where it still fits.
  std::optional<LocalMinute> planned_start;
  // A start care staff chose by hand (inside the window; TaskBoard.h assign_task): the task starts
  // exactly then in the caregiver's day, or the claim is refused as not fitting.
  std::optional<LocalMinute> fixed_start = std::nullopt;
};

// What was claimed: the task as it was judged (before the claim), for the caller's audit line.
struct Claimed {
  records::TaskRecord task;
};

// Judges and claims; on success the task is the caregiver's and their day's order is stored. The
// audit line and the live events are the caller's (task.claim, task.assign, ...; events go after
// the audit line, services/Events.h). On a refusal nothing is written but the claim turn, and the
// caller's transaction may go on.
Result<Claimed> claim_in(store::Transaction& tx, const ClaimRequest& request, LocalMinute now);

// What claim_in would answer now, without claiming or taking the claim turn: the refusal, or
// nothing when the caregiver may take the task. For offering a task to chosen caregivers
// (services/HandOffers.h): an offer nobody could accept is not made. Its answer may be stale by
// the time the caregiver accepts; the acceptance's own claim_in decides then.
std::optional<Error> why_not_claimable(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t task_id,
                                       LocalMinute now);

// A refusal of claim_in or why_not_claimable as care staff who chose the caregiver read it: "NAME
// cannot take it (they would be told: REASON)", the rule's words to the caregiver quoted, and a
// conflict (the task exists; the choice does not fit), named by `field` and the caregiver's id. An
// unknown caregiver stays not found. One wording for assigning, offering and swapping by hand.
Error refusal_for_care_staff(store::Transaction& tx, Error refused, std::int64_t caregiver_id, std::string_view field);

// The task as the admission rule judges it.
[[nodiscard]] market::TaskOnOffer task_on_offer(const records::TaskRecord& task);
// The task as a stop in a caregiver's day (no place when digital; its fixed start, if any).
[[nodiscard]] market::Stop stop_of(const records::TaskRecord& task);

// The caregiver's claimed and done visits of first..last and a day either side, each with its
// stored planned start, and the minutes of work of each week holding first..last: what the
// admission rule judges one more claim against.
market::Roster load_roster(store::Transaction& tx, const market::CaregiverProfile& caregiver, DayNumber first,
                           DayNumber last);
// load_roster in two steps, for a batch of reads: what to read (into `held`), then the roster.
void read_roster(store::QueryBatch& batch, records::HeldDays& held, std::int64_t caregiver_id, DayNumber first,
                 DayNumber last);
[[nodiscard]] market::Roster roster_of(const records::HeldDays& held, const market::CaregiverProfile& caregiver);

}  // namespace carecrowd::services
