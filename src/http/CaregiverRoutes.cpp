// Caregivers: self-registration, profiles, certificates, availability and the organisations they
// work for; an organisation's view of its caregivers. Requests are read and answers rendered by
// CaregiverJson.h.
#include "http/CaregiverJson.h"
#include "http/Routes.h"
#include "services/Caregivers.h"
#include "services/CertificateEvidence.h"
#include "http/RequestInput.h"

namespace carecrowd::http {

using services::Platform;

namespace {
// One-off days an imported calendar fills: the weeks a caregiver plans ahead (feeds show one).
constexpr int kImportHorizonDays = 8 * 7;

// A certificate's upload: the document (kMaxEvidenceBytes) in base64 (4 characters for every 3
// bytes) and the other fields; a larger document is refused by the service with 413 naming it.
constexpr std::size_t kCertificateUploadBodyBytes = services::kMaxEvidenceBytes / 3 * 4 + (64 << 10);

std::string code_of(const HttpRequest& r) {
  auto code = r.params.find("code");
  return code == r.params.end() ? "" : code->second;
}

// A document as a download: its own media type (which its bytes were checked to be), a name to
// save it under, never cached by anyone between, and never run as a page if opened directly.
HttpResponse evidence_response(const services::EvidenceFile& file) {
  HttpResponse out;
  out.content_type = file.evidence.media_type;
  out.body = file.content;
  std::string ascii_name;  // the name's printable ASCII, for clients that ignore filename*
  std::string encoded;     // RFC 8187: UTF-8, percent-encoded
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (const unsigned char c : file.evidence.file_name) {
    const bool plain = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' ||
                       c == '-' || c == '_';
    ascii_name += plain ? static_cast<char>(c) : '_';
    if (plain) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 0xf];
    }
  }
  out.headers.emplace_back("Content-Disposition",
                           "attachment; filename=\"" + ascii_name + "\"; filename*=UTF-8''" + encoded);
  out.headers.emplace_back("Cache-Control", "private, no-store");
  out.headers.emplace_back("Content-Security-Policy", "sandbox");
  out.headers.emplace_back("X-Content-Type-Options", "nosniff");
  out.headers.emplace_back("X-Evidence-SHA256", file.evidence.sha256);
  return out;
}

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
  router.add({"POST", "/v1/caregivers/{id}/certificates", "Upload a certificate with its evidence (unverified until an "
              "organisation verifies it)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::add_certificate(p, r.who(), id, read_certificate_upload(r.body)),
                               held_certificate_json);
              }, 201), false, kCertificateUploadBodyBytes});
  router.add({"GET", "/v1/caregivers/{id}/evidence/{evidence_id}",
              "A certificate's evidence document (the caregiver; care staff of their organisations)", true,
              [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto id = r.id("id");
                if (!id) return id.error();
                auto evidence_id = r.id("evidence_id");
                if (!evidence_id) return evidence_id.error();
                auto file = services::read_evidence(p, r.who(), id.value(), evidence_id.value());
                if (!file) return file.error();
                return evidence_response(file.value());
              }});
  router.add({"POST", "/v1/caregivers/{id}/certificates/{code}/verify",
              "Verify a caregiver's certificate against its evidence (organisation admin or coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::verify_certificate(p, r.who(), id, code_of(r), read_verification(r.body)),
                               held_certificate_json);
              })});
  router.add({"POST", "/v1/caregivers/{id}/certificates/{code}/withdraw",
              "Withdraw a certificate's verification, with a reason (organisation admin or coordinator)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::withdraw_verification(p, r.who(), id, code_of(r), read_withdrawal(r.body)),
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
