// Planning: a coordinator runs the planning engine over the organisation's open tasks and available
// caregivers for a few days, then offers the proposals to caregivers or assigns employees directly,
// at once or after reviewing them (mode "review": the proposals wait as drafts until sent).
//
// A plan run reads its inputs in one read transaction (PlanProblem), solves with no transaction
// open (bounded by the requested time limit, at most 30 s), then stores the run and its proposals
// in one write transaction. Tasks claimed meanwhile make their proposals 'failed'.
//
// Proposal states: draft (mode "review": seen by no caregiver until the run is sent), discarded (a
// draft the coordinator threw away), pending (offered; the caregiver may accept or decline until
// the deadline), accepted, declined, assigned (mode "assign": claimed for an employee at once),
// failed (when it was to be claimed for an employee, or offered, the task was no longer open or the
// market's rules refused the claim), superseded (a later plan run covered the same days). A pending
// proposal past its deadline is shown as expired and can no longer be answered.
//
// Claims follow the market's rules and its atomic step: in one write transaction, first
// `UPDATE caregiver SET claim_seq = claim_seq + 1` (serialises a caregiver's claims), then the
// caregiver must still qualify, be available for all of the task, fit it into their day with travel
// and stay within their weekly hours; the task is claimed only `WHERE status = 'open'`, so of two
// concurrent claims exactly one wins.
//
// Inputs and results are typed; the http edge reads the JSON bodies and queries and renders the
// results (http/PlanningJson.h; a caregiver's proposal as services/ProposalJson.h renders it, also
// for the proposal.offered event). Value rules (ranges, modes, dates) are checked here.
//
// Thread safety: stateless; any number of requests and server processes may call these at once.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Error.h"
#include "domain/CivilTime.h"
#include "records/PlanRunRecord.h"
#include "records/ProposalRecord.h"
#include "services/PlanSummary.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

// A plan run asked for: from, to (at most 14 days, `to` not in the past), mode ("offer" |
// "assign" | "review"), time_limit_seconds (0.1 to 30). A repair (live repair) plans only the
// visits released from their caregiver on those days (sick, absent, no-show; services/Absences.h)
// that are still open, from a warm start of the days as held: every claimed visit stays with its
// caregiver and the released ones are fitted in around them.
struct PlanRequest {
  DayNumber from = 0;
  DayNumber to = 0;
  std::string mode;
  double time_limit_seconds = 2;
  bool repair = false;
};

// A reviewed run sent: mode "offer" | "assign".
struct PlanSending {
  std::string mode;
};

// A page of runs: at most `limit`, older than the run `before` when given.
struct PlanListQuery {
  std::int64_t limit = 50;
  std::optional<std::int64_t> before;
};

// A proposal's status as it is shown: the stored one, except a pending proposal past its deadline,
// which is shown as expired (the row keeps pending).
enum class ShownStatus { draft, pending, expired, accepted, declined, assigned, failed, superseded, discarded };
inline constexpr std::size_t kShownStatusCount = 9;
[[nodiscard]] std::string_view to_string(ShownStatus status);

// Proposals counted by shown status; every status is named, also with none.
struct ProposalCounts {
  std::array<std::int64_t, kShownStatusCount> by_status{};

  void add(ShownStatus status, std::int64_t count = 1) { by_status[static_cast<std::size_t>(status)] += count; }
  [[nodiscard]] std::int64_t operator[](ShownStatus status) const { return by_status[static_cast<std::size_t>(status)]; }
};

// A proposal as the coordinator's plan shows it: with the task, client and caregiver.
struct PlanProposalView {
  records::PlannedProposal planned;
  ShownStatus status = ShownStatus::draft;
  bool sent = false;  // not a draft or discarded: it has a deadline
};

// A plan run: its record (`run.summary` the stored summary, shown as it is), the summary typed,
// its proposals by planned start and how many are in each status.
struct PlanView {
  records::PlanRunRecord run;
  PlanSummary summary;
  ProposalCounts counts;
  std::vector<PlanProposalView> proposals;
};

// A run in the organisation's list: no proposals, their counts.
struct PlanRunListed {
  records::PlanRunRecord run;
  std::int64_t visits = 0;   // from its summary
  std::int64_t planned = 0;
  ProposalCounts counts;
};
struct PlanRuns {
  std::vector<PlanRunListed> items;       // newest first
  std::optional<std::int64_t> next_before;  // when the page is full: the next page's `before`
};

// A proposal as its caregiver sees it: what, when, where roughly, and the pay; no client details.
struct CaregiverProposal {
  records::OfferedProposal offered;
  ShownStatus status = ShownStatus::pending;
};

// Coordinator (or organisation admin). Returns the plan as get_plan does. A problem the engine
// refuses is `infeasible` (422) with the engine's message. A repair with no released visit open on
// its days is a conflict (nothing stored). Mode "review" stores the proposals as
// drafts and changes nothing else. `request` is as the http edge read it: its error is answered
// after the permission check (a caller in the process passes a PlanRequest).
Result<PlanView> create_plan(const Platform& platform, const Principal& who, const Result<PlanRequest>& request);
// The run's summary, its proposals (task, caregiver, planned start, deadline, status) and how many
// proposals are in each status.
Result<PlanView> get_plan(const Platform& platform, const Principal& who, std::int64_t plan_id);
// The organisation's runs, newest first, with their proposals counted by status.
Result<PlanRuns> list_plans(const Platform& platform, const Principal& who, const Result<PlanListQuery>& query);
// Sends a reviewed run's drafts exactly as create_plan hands out proposals in that mode, with
// deadlines counted from now; earlier runs' offers for the run's days are superseded. Conflict when
// the run has no drafts left (already sent or discarded).
Result<PlanView> send_plan(const Platform& platform, const Principal& who, std::int64_t plan_id,
                           const Result<PlanSending>& sending);
// Discards a reviewed run's drafts. Conflict when it has none left.
Result<PlanView> discard_plan(const Platform& platform, const Principal& who, std::int64_t plan_id);

// A reviewed run's drafts row by row, before it is sent (send_plan sends the drafts left):
// one discarded (rejected), or given to another caregiver of the organisation's choosing, judged
// first by the one admission rule as their claim would be (Claims.h why_not_claimable; a refusal is
// a conflict naming them and what they would be told). The swapped draft keeps its planned start
// and loses the engine's reasons (no engine chose it). Not found for a proposal of another run;
// conflict when it is no longer a draft. Audited as plan.review. The answer is the run.
Result<PlanView> discard_proposal(const Platform& platform, const Principal& who, std::int64_t plan_id,
                                  std::int64_t proposal_id);
Result<PlanView> change_proposal_caregiver(const Platform& platform, const Principal& who, std::int64_t plan_id,
                                           std::int64_t proposal_id, const Result<std::int64_t>& caregiver_id);

// A coordinator offers one open task to caregivers they choose (planning by hand), as a run of its
// own with mode "hand": one pending proposal per caregiver, in their offers (GET /v1/my/proposals)
// and announced to each as proposal.offered, answered like any proposal (the first acceptance
// claims it; the others then find it taken). Each chosen caregiver is judged first by the one
// admission rule (Claims.h why_not_claimable): a caregiver it refuses is a conflict naming them and
// what they would be told, and nothing is offered to anyone. The deadline is a plan's
// (proposal_deadline). A later plan run sent for the day supersedes these offers like any run's.
// Hand runs are not listed among the planner's runs (GET /v1/plans) but read as any run by id.
struct TaskOffer {
  std::vector<std::int64_t> caregiver_ids;  // 1 to kMaxOfferedCaregivers, distinct
};
inline constexpr std::size_t kMaxOfferedCaregivers = 20;
Result<PlanView> offer_task(const Platform& platform, const Principal& who, std::int64_t task_id,
                            const Result<TaskOffer>& offer);

// When an offer made now for a task whose window starts at `window_start` must be answered:
// settings().proposal_deadline_minutes from now, and an hour before the window at the latest (up
// to its start when that hour has begun).
LocalMinute proposal_deadline(const Settings& settings, LocalMinute now, LocalMinute window_start);

// The caregiver's pending proposals whose deadline has not passed and whose task is still open.
Result<std::vector<CaregiverProposal>> list_my_proposals(const Platform& platform, const Principal& who);
// The caregiver accepts: the task is claimed for them. Conflict when the proposal is no longer
// pending or has expired, the task was taken meanwhile, or the market's rules refuse the claim now
// (e.g. it overlaps a task they claimed since); forbidden when they no longer qualify.
Result<CaregiverProposal> accept_proposal(const Platform& platform, const Principal& who, std::int64_t proposal_id);
Result<CaregiverProposal> decline_proposal(const Platform& platform, const Principal& who, std::int64_t proposal_id);

}  // namespace carecrowd::services
