// Coordinator plans (the planning engine over the organisation's open tasks) and the proposals
// they offer to caregivers. Bodies and queries are read and answers rendered by PlanningJson.h.
#include "http/CareJson.h"
#include "http/PlanningJson.h"
#include "http/Routes.h"
#include "services/Planning.h"
#include "services/ProposalJson.h"

namespace carecrowd::http {

using services::Platform;

void add_planning_routes(Router& router) {
  router.add({"POST", "/v1/plans", "Plan open tasks over a date range and offer or assign them (coordinator)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::create_plan(p, r.who(), read_plan_request(r.body)), plan_json), 201);
              },
              true});
  router.add({"GET", "/v1/plans", "The organisation's plan runs, newest first, with proposals counted (coordinator)",
              true, [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::list_plans(p, r.who(), read_plan_list_query(r.query)), plan_runs_json));
              }});
  router.add({"GET", "/v1/plans/{id}", "A plan run's summary and proposals (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::get_plan(p, r.who(), id), plan_json);
              })});
  router.add({"POST", "/v1/plans/{id}/send", "Send a reviewed plan's draft proposals as offers or assignments "
              "(coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::send_plan(p, r.who(), id, read_plan_sending(r.body)), plan_json);
              }),
              true});
  router.add({"POST", "/v1/plans/{id}/discard", "Discard a reviewed plan's draft proposals (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::discard_plan(p, r.who(), id), plan_json);
              })});
  router.add({"POST", "/v1/tasks/{id}/offers", "Offer an open task to chosen caregivers, by the claim's rules (care staff)",
              true,
              with_id(
                  [](const Platform& p, const HttpRequest& r, std::int64_t id) {
                    return as_json(services::offer_task(p, r.who(), id, read_task_offer(r.body)), plan_json);
                  },
                  201)});
  router.add({"POST", "/v1/plans/{id}/proposals/{pid}/discard",
              "Reject one draft proposal of a reviewed plan before it is sent (coordinator)", true,
              [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto id = r.id("id");
                if (!id) return id.error();
                auto pid = r.id("pid");
                if (!pid) return pid.error();
                return respond(as_json(services::discard_proposal(p, r.who(), id.value(), pid.value()), plan_json));
              }});
  router.add({"POST", "/v1/plans/{id}/proposals/{pid}/caregiver",
              "Give one draft proposal of a reviewed plan to another caregiver, by the claim's rules (coordinator)", true,
              [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto id = r.id("id");
                if (!id) return id.error();
                auto pid = r.id("pid");
                if (!pid) return pid.error();
                return respond(as_json(services::change_proposal_caregiver(p, r.who(), id.value(), pid.value(),
                                                                           read_assignment(r.body)),
                                       plan_json));
              }});
  router.add({"GET", "/v1/my/proposals", "Tasks proposed to me and still open to accept (caregiver)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::list_my_proposals(p, r.who()), caregiver_proposals_json));
              }});
  router.add({"POST", "/v1/proposals/{id}/accept", "Accept a proposal: claims the task (caregiver)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::accept_proposal(p, r.who(), id), services::caregiver_proposal_json);
              })});
  router.add({"POST", "/v1/proposals/{id}/decline", "Decline a proposal (caregiver)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::decline_proposal(p, r.who(), id), services::caregiver_proposal_json);
              })});
}

}  // namespace carecrowd::http
