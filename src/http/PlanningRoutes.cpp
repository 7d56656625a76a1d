// Coordinator plans (the planning engine over the organisation's open tasks) and the proposals
// they offer to caregivers.
#include "http/Routes.h"
#include "services/Planning.h"

namespace carecrowd::http {

using services::Platform;

void add_planning_routes(Router& router) {
  router.add({"POST", "/v1/plans", "Plan open tasks over a date range and offer or assign them (coordinator)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(services::create_plan(p, r.who(), r.body), 201);
              },
              true});
  router.add({"GET", "/v1/plans", "The organisation's plan runs, newest first, with proposals counted (coordinator)",
              true, [](const Platform& p, const HttpRequest& r) { return respond(services::list_plans(p, r.who(), r.query)); }});
  router.add({"GET", "/v1/plans/{id}", "A plan run's summary and proposals (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::get_plan(p, r.who(), id);
              })});
  router.add({"POST", "/v1/plans/{id}/send", "Send a reviewed plan's draft proposals as offers or assignments "
              "(coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::send_plan(p, r.who(), id, r.body);
              }),
              true});
  router.add({"POST", "/v1/plans/{id}/discard", "Discard a reviewed plan's draft proposals (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::discard_plan(p, r.who(), id);
              })});
  router.add({"GET", "/v1/my/proposals", "Tasks proposed to me and still open to accept (caregiver)", true,
              [](const Platform& p, const HttpRequest& r) { return respond(services::list_my_proposals(p, r.who())); }});
  router.add({"POST", "/v1/proposals/{id}/accept", "Accept a proposal: claims the task (caregiver)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::accept_proposal(p, r.who(), id);
              })});
  router.add({"POST", "/v1/proposals/{id}/decline", "Decline a proposal (caregiver)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::decline_proposal(p, r.who(), id);
              })});
}

}  // namespace carecrowd::http
