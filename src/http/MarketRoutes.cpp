// The marketplace: a caregiver's feed, claiming, releasing, check-in/out and own tasks; a client's
// upcoming visits. Requests are read and answers rendered by MarketJson.h.
#include "http/MarketJson.h"
#include "http/Routes.h"
#include "services/Absences.h"
#include "services/Feed.h"
#include "services/TaskClaim.h"
#include "services/Visits.h"

namespace carecrowd::http {

using services::Platform;

void add_market_routes(Router& router) {
  router.add({"GET", "/v1/feed", "Open tasks the caregiver may do, best fit first (no client details)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::task_feed(p, r.who(), read_feed_query(r.query)), feed_json));
              }});
  router.add({"POST", "/v1/tasks/{id}/claim", "Claim an open task (first come, first served)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::claim_task(p, r.who(), id), held_task_json);
              })});
  router.add({"POST", "/v1/tasks/{id}/release", "Give a claimed task back (until the notice period)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::release_task(p, r.who(), id), released_json);
              })});
  router.add({"POST", "/v1/my/absence", "Report sick or absent, from now or for days: my visits go back to the market "
              "as urgent (caregiver)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::report_my_absence(p, r.who(), read_absence_report(r.body)), absence_json));
              }});
  router.add({"POST", "/v1/caregivers/{id}/absence", "Report a caregiver of the organisation sick or absent: their "
              "visits go back to the market as urgent (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::report_caregiver_absence(p, r.who(), id, read_absence_report(r.body)),
                               absence_json);
              })});
  router.add({"POST", "/v1/tasks/{id}/no-show", "Mark that the caregiver did not arrive: the visit goes back to the "
              "market as urgent (coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::mark_no_show(p, r.who(), id), absence_json);
              })});
  router.add({"POST", "/v1/tasks/{id}/check-in", "Check in at a claimed task", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::check_in(p, r.who(), id, read_visit_moment(r.body)), held_task_json);
              })});
  router.add({"POST", "/v1/tasks/{id}/check-out", "Check out of a task; it is done", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::check_out(p, r.who(), id, read_visit_moment(r.body)), held_task_json);
              })});
  router.add({"GET", "/v1/my/tasks", "The caregiver's claimed and done tasks (client details near the visit)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::my_tasks(p, r.who(), read_days_asked(r.query)), my_tasks_json));
              }});
  router.add({"GET", "/v1/my/certificate-prospects", "Open tasks and hours near me each certificate I lack would unlock",
              true, [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::certificate_prospects(p, r.who()), certificate_prospects_json));
              }});
  router.add({"GET", "/v1/my/visits/history", "A client's visits done in the last 28 days: who came, and when", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::my_visit_history(p, r.who()), client_visits_json));
              }});
  router.add({"GET", "/v1/my/visits", "A client's visits of the next 14 days and who is coming", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::my_visits(p, r.who()), client_visits_json));
              }});
}

}  // namespace carecrowd::http
