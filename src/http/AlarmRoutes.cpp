// Alarms: received from an alarm centre (or entered by care staff), read, answered by caregivers,
// resolved; a client's monitoring devices and access instructions; the organisation's triage
// policy; the keys alarm centres send with. Requests are read and answers rendered by AlarmJson.h.
#include "http/AlarmJson.h"
#include "http/FhirAlarmJson.h"
#include "http/Routes.h"
#include "services/AlarmCentreKeys.h"
#include "services/AlarmPolicies.h"
#include "services/Alarms.h"
#include "services/InformalContacts.h"
#include "services/LastKnownPosition.h"
#include "services/Monitoring.h"
#include "services/OnCall.h"

namespace carecrowd::http {

using services::Platform;

void add_alarm_routes(Router& router) {
  router.add({"POST", "/v1/alarms", "Receive an alarm (alarm centre, or care staff by hand); idempotent by source_id",
              true, [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                // A FHIR resource and the native body are read into the same input, judged once.
                std::optional<FhirAlarm> fhir;
                const auto input = [&]() -> Result<services::AlarmInput> {
                  if (!is_fhir_resource(r.body)) return read_alarm_input(r.body);
                  auto read = read_fhir_alarm(r.body);
                  if (!read) return read.error();
                  fhir = std::move(read.value());
                  return fhir->input;
                }();
                auto received = services::raise_alarm(p, r.who(), input);
                // The service's errors name the native fields; a FHIR sender is told its own paths.
                if (!received) return fhir ? fhir->in_fhir_terms(received.error()) : received.error();
                // 201 for a new alarm; 200 with the alarm received before for a source id seen again.
                return json_response(alarm_json(received.value().view), received.value().created ? 201 : 200);
              }});
  router.add({"GET", "/v1/alarms", "The organisation's alarms, newest first (care staff, alarm centre)", true,
              [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto open_only = read_alarm_list_query(r.query);
                if (!open_only) return open_only.error();
                return respond(as_json(services::list_alarms(p, r.who(), open_only.value()), alarm_list_json));
              }});
  router.add({"GET", "/v1/alarms/{id}", "An alarm: status, offers and timeline (client details on a need-to-know basis)",
              true, with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::read_alarm(p, r.who(), id), alarm_json);
              })});
  router.add({"GET", "/v1/my/alarms", "A client's alarms of the last day and the open ones, and who is coming (client, family)",
              true, [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::my_alarms(p, r.who()), family_alarms_json));
              }});
  router.add({"POST", "/v1/alarms/{id}/accept", "Accept an alarm offered to me (the first acceptance wins)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::accept_alarm(p, r.who(), id), alarm_json);
              })});
  router.add({"POST", "/v1/alarms/{id}/decline", "Decline an alarm offered to me", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::decline_alarm(p, r.who(), id), alarm_json);
              })});
  router.add({"POST", "/v1/alarms/{id}/arrived", "Report arriving at the client of the alarm I accepted", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::report_arrival(p, r.who(), id), alarm_json);
              })});
  router.add({"POST", "/v1/alarms/{id}/resolve", "Resolve an alarm (its responder, or care staff)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::resolve_alarm(p, r.who(), id, read_alarm_note(r.body)), alarm_json);
              })});
  router.add({"POST", "/v1/alarms/{id}/dispatch", "Send caregivers now: the remote check failed, or again after an escalation (care staff)",
              true, with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::dispatch_alarm(p, r.who(), id, read_alarm_note(r.body)), alarm_json);
              })});
  router.add({"GET", "/v1/alarm-policy", "The organisation's triage policy for alarms (care staff)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::alarm_policy(p, r.who()), alarm_policy_json));
              }});
  router.add({"PUT", "/v1/alarm-policy", "Store a new version of the triage policy (organisation admin)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::update_alarm_policy(p, r.who(), read_alarm_policy(r.body)),
                                       alarm_policy_json));
              }});
  router.add({"POST", "/v1/organisations/{id}/alarm-keys",
              "Create a key an alarm centre sends alarms with (organisation admin; the key is shown once)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::create_alarm_centre_key(p, r.who(), id, read_alarm_centre_key_input(r.body)),
                               alarm_centre_key_json);
              }, 201)});
  router.add({"DELETE", "/v1/organisations/{id}/alarm-keys/{kid}", "Revoke an alarm centre's key (organisation admin)",
              true, [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto id = r.id("id");
                if (!id) return id.error();
                auto kid = r.id("kid");
                if (!kid) return kid.error();
                return respond(as_json(services::revoke_alarm_centre_key(p, r.who(), id.value(), kid.value()),
                                       key_revoked_json));
              }});
  router.add({"POST", "/v1/organisations/{id}/on-call",
              "Schedule a caregiver or coordinator on call for alarms (care staff), or sign up as a caregiver", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::schedule_on_call(p, r.who(), id, read_on_call_input(r.body)), on_call_shift_json);
              }, 201)});
  router.add({"GET", "/v1/organisations/{id}/on-call", "On-call shifts for alarms (care staff: all; a caregiver: their own)",
              true, with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::on_call_shifts(p, r.who(), id, read_on_call_query(r.query)), on_call_shifts_json);
              })});
  router.add({"DELETE", "/v1/on-call/{id}", "Cancel an on-call shift (care staff, or the caregiver's own)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::cancel_on_call(p, r.who(), id), on_call_cancelled_json);
              })});
  router.add({"POST", "/v1/my/position",
              "Report where I am (caregiver): ranks me for alarms while fresh (30 minutes), stored at most once a minute",
              true, [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::report_position(p, r.who(), read_position_input(r.body)), position_reported_json));
              }});
  router.add({"DELETE", "/v1/my/position", "Forget my last known position now (caregiver)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::forget_my_position(p, r.who()), position_forgotten_json));
              }});
  router.add({"GET", "/v1/clients/{id}/alarm-steps", "A client's own first steps for alarms (care staff)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::client_alarm_steps(p, r.who(), id), client_alarm_steps_json);
              })});
  router.add({"PUT", "/v1/clients/{id}/alarm-steps",
              "Set a client's own first steps for alarms, overriding the organisation's policy (care staff)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::set_client_alarm_steps(p, r.who(), id, read_client_alarm_steps(r.body)),
                               client_alarm_steps_json);
              })});
  router.add({"GET", "/v1/clients/{id}/devices", "A client's monitoring devices (care staff)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::client_devices(p, r.who(), id), devices_json);
              })});
  router.add({"POST", "/v1/clients/{id}/devices", "Register a monitoring device of a client (care staff)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::register_device(p, r.who(), id, read_device_input(r.body)), device_json);
              }, 201)});
  router.add({"GET", "/v1/clients/{id}/informal-contacts",
              "A client's informal contacts for alarms, in order, and the client's other accounts (care staff)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::informal_contacts(p, r.who(), id), informal_contacts_json);
              })});
  router.add({"PUT", "/v1/clients/{id}/informal-contacts",
              "Set a client's informal contacts for alarms: family accounts holding a key, in the order asked (care staff)",
              true, with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::set_informal_contacts(p, r.who(), id, read_informal_contacts(r.body)),
                               informal_contacts_json);
              })});
  router.add({"GET", "/v1/clients/{id}/access", "How a responder gets in (care staff; audited)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::access_instructions(p, r.who(), id), access_instructions_json);
              })});
  router.add({"PUT", "/v1/clients/{id}/access", "Set how a responder gets in (a key-safe code; care staff)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::set_access_instructions(p, r.who(), id, read_access_instructions(r.body)),
                               access_instructions_json);
              })});
}

}  // namespace carecrowd::http
