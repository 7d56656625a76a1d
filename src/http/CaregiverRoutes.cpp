// Caregivers: self-registration, profiles, certificates, availability and the organisations they
// work for; an organisation's view of its caregivers.
#include "http/Routes.h"
#include "services/Caregivers.h"

namespace carecrowd::http {

using services::Platform;

namespace {

Json certificate_type_json(const domain::CertificateType& c) {
  return {{"code", c.code},
          {"name", c.name_nl},
          {"name_en", c.name_en},
          {"reserved", c.reserved},
          {"valid_months", c.valid_months},
          {"description", c.description}};
}

}  // namespace

void add_caregiver_routes(Router& router) {
  router.add({"GET", "/v1/certificates", "The certificate catalogue: every certificate a care task can ask for", true,
              [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto catalogue = services::certificate_catalogue(p, r.who());
                if (!catalogue) return catalogue.error();
                Json items = Json::array();
                for (const auto& c : catalogue.value()) items.push_back(certificate_type_json(c));
                return respond(Json{{"items", items}});
              }});
  router.add({"POST", "/v1/caregivers", "Register as a caregiver (no login needed)", false,
              [](const Platform& p, const HttpRequest& r) {
                return respond(services::register_caregiver(p, r.body), 201);
              }});
  router.add({"GET", "/v1/caregivers/{id}", "A caregiver's profile (themselves; limited for their organisations)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::get_caregiver(p, r.who(), id);
              })});
  router.add({"PUT", "/v1/caregivers/{id}", "Change one's caregiver profile (fields given are changed)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::update_caregiver(p, r.who(), id, r.body);
              })});
  router.add({"POST", "/v1/caregivers/{id}/certificates", "Upload a certificate (unverified until an organisation "
              "verifies it)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::add_certificate(p, r.who(), id, r.body);
              }, 201)});
  router.add({"POST", "/v1/caregivers/{id}/certificates/{code}/verify",
              "Verify a caregiver's certificate (organisation admin or coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                auto code = r.params.find("code");
                return services::verify_certificate(p, r.who(), id, code == r.params.end() ? "" : code->second);
              })});
  router.add({"GET", "/v1/caregivers/{id}/availability", "One's published availability", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::get_availability(p, r.who(), id);
              })});
  router.add({"PUT", "/v1/caregivers/{id}/availability", "Replace one's availability (weekly and one-off)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::set_availability(p, r.who(), id, r.body);
              })});
  router.add({"POST", "/v1/caregivers/{id}/organisations", "Start working for an organisation", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::join_organisation(p, r.who(), id, r.body);
              })});
  router.add({"DELETE", "/v1/caregivers/{id}/organisations/{org}", "Stop working for an organisation", true,
              [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto id = r.id("id");
                if (!id) return id.error();
                auto org = r.id("org");
                if (!org) return org.error();
                return respond(services::leave_organisation(p, r.who(), id.value(), org.value()));
              }});
  router.add({"GET", "/v1/organisations/{id}/caregivers", "Caregivers working for an organisation (admin, coordinator)",
              true, with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return services::list_organisation_caregivers(p, r.who(), id, r.query);
              })});
  router.add({"PUT", "/v1/organisations/{id}/caregivers/{cid}", "Mark a caregiver as employed or not (organisation admin)",
              true, [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto id = r.id("id");
                if (!id) return id.error();
                auto cid = r.id("cid");
                if (!cid) return cid.error();
                return respond(services::set_employment(p, r.who(), id.value(), cid.value(), r.body));
              }});
}

}  // namespace carecrowd::http
