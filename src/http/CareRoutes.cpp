// Clients, care arrangements, the organisation's tasks and the coordinator's board.
#include "http/Routes.h"
#include "services/Care.h"

namespace carecrowd::http {

using services::Platform;

void add_care_routes(Router& router) {
  router.add({"GET", "/v1/clients", "The organisation's clients (coordinator)", true,
              [](const Platform& p, const HttpRequest& r) { return respond(services::list_clients(p, r.who(), r.query)); }});
  router.add({"POST", "/v1/clients", "Add a client (coordinator)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(services::create_client(p, r.who(), r.body), 201);
              }});
  router.add({"GET", "/v1/clients/{id}", "A client's record (coordinator, or the client)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::get_client(p, r.who(), id);
              })});
  router.add({"PUT", "/v1/clients/{id}", "Change a client's record (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::update_client(p, r.who(), id, r.body);
              })});
  router.add({"GET", "/v1/clients/{id}/arrangements", "A client's care arrangements (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::list_arrangements(p, r.who(), id);
              })});
  router.add({"POST", "/v1/clients/{id}/arrangements", "Set a care arrangement; materialises its tasks", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::create_arrangement(p, r.who(), id, r.body);
              }, 201)});
  router.add({"GET", "/v1/arrangements/{id}", "A care arrangement (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::get_arrangement(p, r.who(), id);
              })});
  router.add({"PUT", "/v1/arrangements/{id}", "Change a care arrangement; reports conflicting claimed tasks", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::update_arrangement(p, r.who(), id, r.body);
              })});
  router.add({"DELETE", "/v1/arrangements/{id}", "End a care arrangement after ?last_day= (default today)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::end_arrangement(p, r.who(), id, r.query);
              })});
  router.add({"GET", "/v1/tasks", "The organisation's tasks in a date range (coordinator)", true,
              [](const Platform& p, const HttpRequest& r) { return respond(services::list_tasks(p, r.who(), r.query)); }});
  router.add({"GET", "/v1/tasks/{id}", "One task of the organisation (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::get_task(p, r.who(), id);
              })});
  router.add({"POST", "/v1/tasks/{id}/reopen", "Take a claimed task back into the market (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::reopen_task(p, r.who(), id);
              })});
  router.add({"GET", "/v1/board", "Open, claimed, at-risk and done tasks per day (coordinator)", true,
              [](const Platform& p, const HttpRequest& r) { return respond(services::board(p, r.who(), r.query)); }});
}

}  // namespace carecrowd::http
