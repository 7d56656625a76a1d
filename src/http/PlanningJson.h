// PlanningJson: plan runs and proposals at the http edge. Readers turn the bodies of POST
// /v1/plans and POST /v1/plans/{id}/send and the query of GET /v1/plans into the typed inputs of
// services/Planning.h, with errors that name the field and the reason (http/RequestInput.h,
// io/JsonInput.h); the values' rules (dates, modes, limits) are the service's. Renderers turn the
// typed results into the JSON documented in docs/api.md; a caregiver's proposal is
// services/ProposalJson.h, shared with the proposal.offered event, and a run's summary is shown as
// it was stored (services/PlanSummary.h).
//
// Thread safety: pure functions.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "services/Planning.h"

namespace carecrowd::http {

// {from, to, mode, time_limit_seconds?}: every field but the time limit required, no others.
Result<services::PlanRequest> read_plan_request(const nlohmann::json& body);
// {mode}
Result<services::PlanSending> read_plan_sending(const nlohmann::json& body);
// {caregiver_ids: [id, ...]}: the array required, no other fields; how many is the service's rule.
Result<services::TaskOffer> read_task_offer(const nlohmann::json& body);
// limit (1..500, default 50), before (a run id).
Result<services::PlanListQuery> read_plan_list_query(const nlohmann::json& query);

// {id, organisation_id, from, to, mode, created_by, created_at, sent_mode, sent_at, summary,
//  counts: {status: n}, proposals: [{id, task: {id, day, type, window, duration_minutes, client_id,
//  client_name}, caregiver: {id, name}, planned_start, deadline, status, reasons:
//  {added_travel_minutes, late_minutes, known_client} | null}]}
nlohmann::json plan_json(const services::PlanView& plan);
// {items: [{id, from, to, mode, created_by, created_at, sent_mode, sent_at, visits, planned,
//  counts}], next_before (when the page is full)}
nlohmann::json plan_runs_json(const services::PlanRuns& runs);
// {items: [proposal as services/ProposalJson.h renders it]}
nlohmann::json caregiver_proposals_json(const std::vector<services::CaregiverProposal>& proposals);

}  // namespace carecrowd::http
