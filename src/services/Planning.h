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
// Thread safety: stateless; any number of requests and server processes may call these at once.
#pragma once

#include <cstdint>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

// Body: from, to ("YYYY-MM-DD", at most 14 days), mode ("offer" | "assign" | "review"),
// time_limit_seconds (optional, default 2, 0.1 to 30). Coordinator (or organisation admin). Returns
// the plan as get_plan does. A problem the engine refuses is `infeasible` (422) with the engine's
// message. Mode "review" stores the proposals as drafts and changes nothing else.
Result<nlohmann::json> create_plan(const Platform& platform, const Principal& who, const nlohmann::json& body);
// The run's summary, its proposals (task, caregiver, planned start, deadline, status) and how many
// proposals are in each status.
Result<nlohmann::json> get_plan(const Platform& platform, const Principal& who, std::int64_t plan_id);
// The organisation's runs, newest first, with their proposals counted by status. Query: limit
// (1..500, default 50), before (a run id: older runs only; the previous page's next_before).
Result<nlohmann::json> list_plans(const Platform& platform, const Principal& who, const nlohmann::json& query);
// Sends a reviewed run's drafts (body: mode "offer" | "assign") exactly as create_plan hands out
// proposals in that mode, with deadlines counted from now; earlier runs' offers for the run's days
// are superseded. Conflict when the run has no drafts left (already sent or discarded).
Result<nlohmann::json> send_plan(const Platform& platform, const Principal& who, std::int64_t plan_id,
                                 const nlohmann::json& body);
// Discards a reviewed run's drafts. Conflict when it has none left.
Result<nlohmann::json> discard_plan(const Platform& platform, const Principal& who, std::int64_t plan_id);

// The caregiver's pending proposals whose deadline has not passed and whose task is still open:
// task type, window, duration, area and pay; never the client's name or address.
Result<nlohmann::json> list_my_proposals(const Platform& platform, const Principal& who);
// The caregiver accepts: the task is claimed for them. Conflict when the proposal is no longer
// pending or has expired, the task was taken meanwhile, or the market's rules refuse the claim now
// (e.g. it overlaps a task they claimed since); forbidden when they no longer qualify.
Result<nlohmann::json> accept_proposal(const Platform& platform, const Principal& who, std::int64_t proposal_id);
Result<nlohmann::json> decline_proposal(const Platform& platform, const Principal& who, std::int64_t proposal_id);

}  // namespace carecrowd::services
