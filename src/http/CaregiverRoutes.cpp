// Caregivers: self-registration, profiles, certificates, availability and the organisations they
// work for; an organisation's view of its caregivers. Requests are read and answers rendered by
// CaregiverJson.h.
#include "http/CaregiverJson.h"
#include "http/Routes.h"
#include "services/Caregivers.h"
#include "http/RequestInput.h"

namespace carecrowd::http {

using services::Platform;

namespace {
// One-off days an imported calendar fills: the weeks a caregiver plans ahead (feeds show one).
constexpr int kImportHorizonDays = 8 * 7;
}  // namespace

void add_caregiver_routes(Router& router) {
  router.add({"GET", "/v1/certificates", "The certificate catalogue: every certificate a care task can ask for", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::certificate_catalogue(p, r.who()), certificate_types_json));
              }});
  router.add({"POST", "/v1/caregivers", "Register as a caregiver (no login needed)", false,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::register_caregiver(p, read_caregiver_signup(r.body)), signed_up_json),
                               201);
              }});
  router.add({"GET", "/v1/caregivers/{id}", "A caregiver's profile (themselves; limited for their organisations)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::get_caregiver(p, r.who(), id), caregiver_json);
              })});
  router.add({"PUT", "/v1/caregivers/{id}", "Change one's caregiver profile (fields given are changed)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::update_caregiver(p, r.who(), id, read_caregiver_changes(r.body)),
                               own_profile_json);
              })});
  router.add({"POST", "/v1/caregivers/{id}/certificates", "Upload a certificate (unverified until an organisation "
              "verifies it)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::add_certificate(p, r.who(), id, read_certificate_upload(r.body)),
                               held_certificate_json);
              }, 201)});
  router.add({"POST", "/v1/caregivers/{id}/certificates/{code}/verify",
              "Verify a caregiver's certificate (organisation admin or coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                auto code = r.params.find("code");
                return as_json(services::verify_certificate(p, r.who(), id, code == r.params.end() ? "" : code->second),
                               held_certificate_json);
              })});
  router.add({"GET", "/v1/caregivers/{id}/availability", "One's published availability", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::get_availability(p, r.who(), id), availability_json);
              })});
  router.add({"PUT", "/v1/caregivers/{id}/availability", "Replace one's availability (weekly and one-off)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::set_availability(p, r.who(), id, read_availability(r.body)), availability_json);
              })});
  router.add({"POST", "/v1/caregivers/{id}/availability/import",
              "What a calendar file (.ics) makes of one's availability, to check and save (nothing stored)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) -> Result<Json> {
                const auto imported = read_availability_import(r.body, p.now() / kMinutesPerDay, kImportHorizonDays);
                const auto checked = services::preview_availability(
                    r.who(), id,
                    imported ? Result<services::Availability>(imported.value().availability)
                             : Result<services::Availability>(imported.error()));
                if (!checked) return checked.error();
                Json out = availability_json(checked.value());
                out["events"] = imported.value().events;
                out["skipped"] = imported.value().skipped;
                return out;
              })});
  router.add({"POST", "/v1/caregivers/{id}/organisations", "Start working for an organisation", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::join_organisation(p, r.who(), id, read_organisation_to_join(r.body)),
                               own_profile_json);
              })});
  router.add({"DELETE", "/v1/caregivers/{id}/organisations/{org}", "Stop working for an organisation", true,
              [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto id = r.id("id");
                if (!id) return id.error();
                auto org = r.id("org");
                if (!org) return org.error();
                return respond(as_json(services::leave_organisation(p, r.who(), id.value(), org.value()), own_profile_json));
              }});
  router.add({"GET", "/v1/organisations/{id}/caregivers", "Caregivers working for an organisation (admin, coordinator)",
              true, with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::list_organisation_caregivers(p, r.who(), id, read_page(r.query, 100)),
                               member_list_json);
              })});
  router.add({"PUT", "/v1/organisations/{id}/caregivers/{cid}", "Mark a caregiver as employed or not (organisation admin)",
              true, [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto id = r.id("id");
                if (!id) return id.error();
                auto cid = r.id("cid");
                if (!cid) return cid.error();
                return respond(as_json(services::set_employment(p, r.who(), id.value(), cid.value(), read_employment(r.body)),
                                       member_profile_json));
              }});
}

}  // namespace carecrowd::http
