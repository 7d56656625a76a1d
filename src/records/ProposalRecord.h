// ProposalRecord: the proposal table (store migration 0001): one task of a plan run proposed to one
// caregiver at a planned start, with a deadline to answer and its status. A reviewed run's
// proposals wait as drafts until the run is sent or discarded; a sent one is offered (pending until
// accepted, declined, superseded by a later run or past its deadline), assigned (claimed for an
// employee) or failed (the claim refused it). Reads join the task (and its client, caregiver or
// organisation) for the screens that list proposals. The rules (who may answer, when a pending
// one shows as expired) live in services/Planning.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/CivilTime.h"
#include "records/TaskRecord.h"
#include "store/Database.h"

namespace carecrowd::records {

enum class ProposalStatus { draft, pending, accepted, declined, assigned, failed, superseded, discarded };
[[nodiscard]] std::string_view to_string(ProposalStatus status);
[[nodiscard]] std::optional<ProposalStatus> parse_proposal_status(std::string_view text);

struct ProposalRecord {
  std::int64_t id = 0;
  std::int64_t plan_id = 0;
  std::int64_t task_id = 0;
  std::int64_t caregiver_id = 0;
  LocalMinute planned_start = 0;
  LocalMinute deadline = 0;  // a draft's is set again when it is sent
  ProposalStatus status = ProposalStatus::draft;
};

// Why the planning engine chose a proposal's caregiver (store migration 0019): the travel the visit
// adds to their route, the minutes it starts late and whether the client already knows them.
struct ProposalReasons {
  std::int64_t added_travel_minutes = 0;
  std::int64_t late_minutes = 0;
  bool known_client = false;
};

// `reasons` when the engine made the proposal (none for an offer made by hand).
void insert_proposal(store::Transaction& tx, const ProposalRecord& proposal,
                     const std::optional<ProposalReasons>& reasons = std::nullopt);
// A draft of the run leaves the review: discarded (false when it is no longer a draft of that run).
bool discard_draft(store::Transaction& tx, std::int64_t plan_id, std::int64_t proposal_id);
// A draft of the run goes to another caregiver, its reasons no longer the engine's (false when it is
// no longer a draft of that run).
bool change_draft_caregiver(store::Transaction& tx, std::int64_t plan_id, std::int64_t proposal_id,
                            std::int64_t caregiver_id);
// Pending offers of the organisation's tasks on days first..last from runs other than `plan_id`
// become superseded: a run's offers replace what earlier runs still offer. Returns how many.
std::int64_t supersede_pending_offers(store::Transaction& tx, std::int64_t plan_id, std::int64_t organisation_id,
                                      DayNumber first, DayNumber last);
// Pending offers from runs other than `plan_id` of the tasks `plan_id` proposes: what a repair
// run's offers replace (it leaves every other offer of its days standing). Returns how many.
std::int64_t supersede_pending_offers_of_its_tasks(store::Transaction& tx, std::int64_t plan_id);
// A draft becomes `status` with `deadline`; false when it is no longer a draft.
bool send_draft(store::Transaction& tx, std::int64_t proposal_id, ProposalStatus status, LocalMinute deadline);
// Every draft of the run becomes discarded. Returns how many.
std::int64_t discard_drafts(store::Transaction& tx, std::int64_t plan_id);
// The caregiver's answer (the caller has checked the proposal is theirs and pending).
void answer_proposal(store::Transaction& tx, std::int64_t proposal_id, ProposalStatus answer);

// How many proposals of the organisation's runs first..last (ids) have each status, pending ones
// split by whether their deadline has passed at `now`.
struct ProposalCount {
  std::int64_t plan_id = 0;
  ProposalStatus status = ProposalStatus::draft;
  bool past_deadline = false;
  std::int64_t count = 0;
};
std::vector<ProposalCount> proposal_counts(store::Transaction& tx, std::int64_t organisation_id, std::int64_t first,
                                           std::int64_t last, LocalMinute now);

// A proposal with its task, client and caregiver: what the coordinator's plan shows.
struct PlannedProposal {
  ProposalRecord proposal;
  TaskRecord task;
  std::string client_name, caregiver_name;
  std::optional<ProposalReasons> reasons;
};
// The run's proposals by planned start and id.
std::vector<PlannedProposal> plan_proposals(store::Transaction& tx, std::int64_t plan_id);

// A proposal with its task and the task's organisation: what the caregiver it was made to sees.
struct OfferedProposal {
  ProposalRecord proposal;
  TaskRecord task;
  std::string organisation;
};
std::optional<OfferedProposal> read_offered_proposal(store::Transaction& tx, std::int64_t proposal_id);
// The run's pending proposals, by id.
std::vector<OfferedProposal> pending_proposals_of_plan(store::Transaction& tx, std::int64_t plan_id);
// The caregiver's pending proposals whose deadline is after `now` and whose task is still open, by
// deadline and id, at most 500.
std::vector<OfferedProposal> open_offers_to(store::Transaction& tx, std::int64_t caregiver_id, LocalMinute now);
// The run's assigned proposals, by id.
std::vector<ProposalRecord> assigned_proposals(store::Transaction& tx, std::int64_t plan_id);

// A draft with what sending it needs: the task's window start and whether the caregiver is, now,
// employed by the task's organisation.
struct DraftProposal {
  ProposalRecord proposal;
  LocalMinute window_start = 0;
  bool employed = false;
};
// The run's drafts by planned start and id.
std::vector<DraftProposal> draft_proposals(store::Transaction& tx, std::int64_t plan_id);

}  // namespace carecrowd::records
