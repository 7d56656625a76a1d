#include "http/PlanningJson.h"

#include <cstdint>

#include "http/RequestInput.h"
#include "http/TimeJson.h"
#include "services/ProposalJson.h"

namespace carecrowd::http {
namespace {

using Json = nlohmann::json;

Json opt_text(const std::optional<std::string>& t) { return t ? Json(*t) : Json(); }

// Every shown status is named, also with none.
Json counts_json(const services::ProposalCounts& counts) {
  Json out = Json::object();
  for (std::size_t i = 0; i < services::kShownStatusCount; ++i) {
    const auto status = static_cast<services::ShownStatus>(i);
    out[std::string(services::to_string(status))] = counts[status];
  }
  return out;
}

}  // namespace

Result<services::PlanRequest> read_plan_request(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"from", "to", "mode", "time_limit_seconds", "repair"});
  services::PlanRequest r;
  if (const Json* v = in.require(body, "from", Where{})) r.from = read_date(in, *v, Where{"from", ""});
  if (const Json* v = in.require(body, "to", Where{})) r.to = read_date(in, *v, Where{"to", ""});
  if (const Json* v = in.require(body, "mode", Where{})) r.mode = in.string(*v, Where{"mode", ""});
  if (const Json* v = JsonInput::find(body, "time_limit_seconds"))
    r.time_limit_seconds = in.number(*v, Where{"time_limit_seconds", ""});
  if (const Json* v = JsonInput::find(body, "repair")) r.repair = in.boolean(*v, Where{"repair", ""});
  if (!in.ok()) return in.error();
  return r;
}

Result<services::PlanSending> read_plan_sending(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"mode"});
  services::PlanSending sending;
  if (const Json* v = in.require(body, "mode", Where{})) sending.mode = in.string(*v, Where{"mode", ""});
  if (!in.ok()) return in.error();
  return sending;
}

Result<services::TaskOffer> read_task_offer(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"caregiver_ids"});
  services::TaskOffer offer;
  if (const Json* v = in.require(body, "caregiver_ids", Where{}); v && in.expect_array(*v, Where{"caregiver_ids", ""})) {
    for (std::size_t i = 0; i < v->size() && in.ok(); ++i) {
      offer.caregiver_ids.push_back(in.integer((*v)[i], Where{"caregiver_ids", ""}[i], 1, INT64_MAX));
    }
  }
  if (!in.ok()) return in.error();
  return offer;
}

Result<services::PlanListQuery> read_plan_list_query(const Json& query) {
  auto limit = query_int(query, "limit", 1, 500);
  if (!limit) return limit.error();
  auto before = query_int(query, "before", 1, INT64_MAX);
  if (!before) return before.error();
  services::PlanListQuery out;
  if (limit.value()) out.limit = *limit.value();
  out.before = before.value();
  return out;
}

namespace {

// Why the engine chose the caregiver; null when no engine did (a swapped draft, a hand offer, a
// run stored before reasons were kept).
Json reasons_json(const std::optional<records::ProposalReasons>& reasons) {
  if (!reasons) return Json();
  return {{"added_travel_minutes", reasons->added_travel_minutes},
          {"late_minutes", reasons->late_minutes},
          {"known_client", reasons->known_client}};
}

}  // namespace

Json plan_json(const services::PlanView& plan) {
  const records::PlanRunRecord& run = plan.run;
  Json proposals = Json::array();
  for (const auto& view : plan.proposals) {
    const records::ProposalRecord& p = view.planned.proposal;
    Json task = services::proposal_task_json(view.planned.task);
    task["client_id"] = view.planned.task.client_id;
    task["client_name"] = view.planned.client_name;
    proposals.push_back(
        {{"id", p.id},
         {"task", task},
         {"caregiver", {{"id", p.caregiver_id}, {"name", view.planned.caregiver_name}}},
         {"planned_start", format_local_time(p.planned_start)},
         {"deadline", view.sent ? Json(format_local_time(p.deadline)) : Json()},
         {"status", std::string(services::to_string(view.status))},
         {"reasons", reasons_json(view.planned.reasons)}});
  }
  return {{"id", run.id},
          {"organisation_id", run.organisation_id},
          {"from", format_date(run.from_day)},
          {"to", format_date(run.to_day)},
          {"mode", run.mode},
          {"created_by", run.created_by},
          {"created_at", format_local_time(run.created_at)},
          {"sent_mode", opt_text(run.sent_mode)},
          {"sent_at", optional_time(run.sent_at)},
          {"summary", Json::parse(run.summary)},  // as stored (services/PlanSummary.h)
          {"counts", counts_json(plan.counts)},
          {"proposals", proposals}};
}

Json plan_runs_json(const services::PlanRuns& runs) {
  Json items = Json::array();
  for (const auto& listed : runs.items) {
    const records::PlanRunRecord& r = listed.run;
    items.push_back({{"id", r.id},
                     {"from", format_date(r.from_day)},
                     {"to", format_date(r.to_day)},
                     {"mode", r.mode},
                     {"created_by", r.created_by},
                     {"created_at", format_local_time(r.created_at)},
                     {"sent_mode", opt_text(r.sent_mode)},
                     {"sent_at", optional_time(r.sent_at)},
                     {"visits", listed.visits},
                     {"planned", listed.planned},
                     {"counts", counts_json(listed.counts)}});
  }
  Json out = {{"items", items}};
  if (runs.next_before) out["next_before"] = *runs.next_before;
  return out;
}

Json caregiver_proposals_json(const std::vector<services::CaregiverProposal>& proposals) {
  Json items = Json::array();
  for (const auto& p : proposals) items.push_back(services::caregiver_proposal_json(p));
  return {{"items", items}};
}

}  // namespace carecrowd::http
