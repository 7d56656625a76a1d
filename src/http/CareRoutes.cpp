// Clients, care arrangements, the organisation's tasks and the coordinator's board. Requests are
// read and answers rendered by CareJson.h.
#include "http/CareJson.h"
#include "http/MarketJson.h"
#include "http/Routes.h"
#include "services/Arrangements.h"
#include "services/ClientCare.h"
#include "services/Clients.h"
#include "services/TaskBoard.h"

namespace carecrowd::http {

using services::Platform;

void add_care_routes(Router& router) {
  router.add({"GET", "/v1/clients", "The organisation's clients (coordinator)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::list_clients(p, r.who(), read_client_query(r.query)), client_list_json));
              }});
  router.add({"POST", "/v1/clients", "Add a client (coordinator)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::create_client(p, r.who(), read_client_details(r.body)), client_json), 201);
              }});
  router.add({"GET", "/v1/clients/{id}", "A client's record (coordinator, or the client)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::get_client(p, r.who(), id), client_json);
              })});
  router.add({"GET", "/v1/clients/{id}/care-record",
              "A client's phone, emergency contact, indication and care plan (care staff, or the client)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::client_care(p, r.who(), id), client_care_json);
              })});
  router.add({"PUT", "/v1/clients/{id}/care-record",
              "Set a client's phone, emergency contact, indication (minutes a week, Zvw/Wlz/Wmo) and care plan (care staff)",
              true, with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::set_client_care(p, r.who(), id, read_client_care(r.body)), client_care_json);
              })});
  router.add({"GET", "/v1/clients/{id}/messages",
              "The messages between a client's family and the care team (the client and family, or care staff); "
              "marks the other side's read", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::client_message_thread(p, r.who(), id), client_message_thread_json);
              })});
  router.add({"POST", "/v1/clients/{id}/messages",
              "Write to the care team (the client and family) or answer the family (care staff)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::write_client_message(p, r.who(), id, read_client_message(r.body)),
                               client_message_json);
              }, 201)});
  router.add({"GET", "/v1/clients/{id}/continuity",
              "How many caregivers the client saw over the last 14 and 28 days, with the continuity of care index", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::client_continuity(p, r.who(), id), client_continuity_json);
              })});
  router.add({"PUT", "/v1/clients/{id}", "Change a client's record (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::update_client(p, r.who(), id, read_client_details(r.body)), client_json);
              })});
  router.add({"GET", "/v1/clients/{id}/arrangements", "A client's care arrangements (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::list_arrangements(p, r.who(), id), arrangements_json);
              })});
  router.add({"POST", "/v1/clients/{id}/arrangements", "Set a care arrangement; materialises its tasks", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::create_arrangement(p, r.who(), id, read_arrangement(r.body)),
                               arrangement_created_json);
              }, 201)});
  router.add({"GET", "/v1/clients/{id}/journey",
              "A client's care journey: digital and physical steps, outcomes, follow-up visits (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::client_journey(p, r.who(), id, read_days_asked(r.query)), journey_json);
              })});
  router.add({"GET", "/v1/my/journey", "My care journey: digital and physical steps (client, family)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::my_journey(p, r.who(), read_days_asked(r.query)), journey_json));
              }});
  router.add({"GET", "/v1/arrangements/{id}", "A care arrangement (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::get_arrangement(p, r.who(), id), arrangement_json);
              })});
  router.add({"PUT", "/v1/arrangements/{id}", "Change a care arrangement; reports conflicting claimed tasks", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::update_arrangement(p, r.who(), id, read_arrangement(r.body)),
                               arrangement_updated_json);
              })});
  router.add({"DELETE", "/v1/arrangements/{id}", "End a care arrangement after ?last_day= (default today)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::end_arrangement(p, r.who(), id, read_arrangement_end(r.query)),
                               arrangement_ended_json);
              })});
  router.add({"GET", "/v1/tasks", "The organisation's tasks in a date range (coordinator)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::list_tasks(p, r.who(), read_task_query(r.query)), task_list_json));
              }});
  router.add({"GET", "/v1/tasks/{id}", "One task of the organisation (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::get_task(p, r.who(), id), task_detail_json);
              })});
  router.add({"POST", "/v1/tasks/{id}/assign",
              "Give an open task to a chosen caregiver, or move a held one to another caregiver or start, by the "
              "claim's rules (care staff)",
              true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::assign_task(p, r.who(), id, read_hand_assignment(r.body)), task_json);
              })});
  router.add({"POST", "/v1/tasks/{id}/reopen", "Take a claimed task back into the market (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::reopen_task(p, r.who(), id), task_json);
              })});
  router.add({"GET", "/v1/board", "Open, claimed, at-risk and done tasks per day (coordinator)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::board(p, r.who(), read_days_asked(r.query)), board_json));
              }});
}

}  // namespace carecrowd::http
