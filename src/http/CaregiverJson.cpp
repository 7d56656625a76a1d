#include "http/CaregiverJson.h"

#include <limits>
#include <optional>

#include <sodium.h>

#include "http/RequestInput.h"
#include "services/InputRules.h"

namespace carecrowd::http {
namespace {

using Json = nlohmann::json;

const std::initializer_list<std::string_view> kProfileFields = {"name",        "level",          "kind",
                                                                 "home",        "travel_mode",    "max_hours_week",
                                                                 "hourly_rate_cents"};

// Reads the profile fields present in `body`; with `required` every field must be there.
services::CaregiverChanges read_profile_fields(JsonInput& in, const Json& body, bool required) {
  services::CaregiverChanges out;
  auto get = [&](const char* key) -> const Json* {
    return required ? in.require(body, key, Where{}) : JsonInput::find(body, key);
  };
  if (const Json* v = get("name")) out.name = in.string(*v, Where{"name", ""});
  if (const Json* v = get("level")) out.level = read_whole_number(in, *v, Where{"level", ""});
  if (const Json* v = get("kind")) {
    const std::string text = in.string(*v, Where{"kind", ""});
    if (const auto kind = domain::parse_caregiver_kind(text)) {
      out.kind = *kind;
    } else if (in.ok()) {
      in.fail(Where{"kind", ""}, "must be employee, freelancer or volunteer");
    }
  }
  if (const Json* home = get("home")) {
    const Where w{"home", ""};
    if (in.expect_object(*home, w)) {
      in.only_known(*home, w, {"lat", "lon"});
      double lat = 0, lon = 0;
      if (const Json* v = in.require(*home, "lat", w)) lat = in.number(*v, w / "lat");
      if (const Json* v = in.require(*home, "lon", w)) lon = in.number(*v, w / "lon");
      out.home = std::pair{lat, lon};
    }
  }
  if (const Json* v = get("travel_mode")) {
    const std::string text = in.string(*v, Where{"travel_mode", ""});
    domain::TravelMode mode = domain::TravelMode::bike;
    if (in.ok() && !domain::parse_travel_mode(text, mode)) in.fail(Where{"travel_mode", ""}, "must be walk, bike, ebike or car");
    out.travel_mode = mode;
  }
  if (const Json* v = get("max_hours_week")) out.max_hours_week = read_whole_number(in, *v, Where{"max_hours_week", ""});
  if (const Json* v = get("hourly_rate_cents")) {
    out.hourly_rate_cents = read_whole_number(in, *v, Where{"hourly_rate_cents", ""});
  }
  return out;
}

// The from/to pair of an availability entry ("HH:MM"); records an error in `in`.
std::pair<int, int> read_span(JsonInput& in, const Json& entry, const Where& w) {
  int from = 0, to = 0;
  if (const Json* v = in.require(entry, "from", w)) from = read_clock(in, *v, w / "from");
  if (const Json* v = in.require(entry, "to", w)) to = read_clock(in, *v, w / "to");
  return {from, to};
}

Json certificates_json(const std::vector<services::HeldCertificate>& certificates) {
  Json out = Json::array();
  for (const auto& c : certificates) out.push_back(held_certificate_json(c));
  return out;
}

}  // namespace

Result<services::CaregiverSignup> read_caregiver_signup(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"email", "password", "name", "level", "kind", "home", "travel_mode", "max_hours_week",
                                "hourly_rate_cents"});
  services::CaregiverSignup out;
  if (const Json* v = in.require(body, "email", Where{})) out.email = in.string(*v, Where{"email", ""});
  if (const Json* v = in.require(body, "password", Where{})) out.password = in.string(*v, Where{"password", ""});
  out.fields = read_profile_fields(in, body, true).applied_to(services::CaregiverFields{});
  if (!in.ok()) return in.error();
  return out;
}

Result<services::CaregiverChanges> read_caregiver_changes(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, kProfileFields);
  auto out = read_profile_fields(in, body, false);
  if (!in.ok()) return in.error();
  return out;
}

namespace {

// Standard base64 (RFC 4648, with padding; line breaks allowed) to bytes; nullopt when it is not.
std::optional<std::string> base64_bytes(const std::string& text) {
  std::string out(text.size() / 4 * 3 + 3, '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), "\r\n",
                        &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
    return std::nullopt;
  }
  out.resize(length);
  return out;
}

// A text member that may be absent or null.
std::optional<std::string> optional_string(JsonInput& in, const Json& body, const char* key) {
  const Json* v = JsonInput::find(body, key);
  if (!v || v->is_null()) return std::nullopt;
  return in.string(*v, Where{key, ""});
}

}  // namespace

Result<services::CertificateUpload> read_certificate_upload(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"code", "expires", "big_number", "duo_reference", "evidence"});
  services::CertificateUpload out;
  if (const Json* v = in.require(body, "code", Where{})) out.code = in.string(*v, Where{"code", ""});
  if (const Json* v = in.require(body, "expires", Where{})) out.expires = read_date(in, *v, Where{"expires", ""});
  out.big_number = optional_string(in, body, "big_number");
  out.duo_reference = optional_string(in, body, "duo_reference");
  if (const Json* e = JsonInput::find(body, "evidence"); e && !e->is_null()) {
    const Where w{"evidence", ""};
    if (in.expect_object(*e, w)) {
      in.only_known(*e, w, {"media_type", "file_name", "content_base64"});
      services::EvidenceDocument document;
      if (const Json* v = in.require(*e, "media_type", w)) document.media_type = in.string(*v, w / "media_type");
      if (const Json* v = in.require(*e, "file_name", w)) document.file_name = in.string(*v, w / "file_name");
      if (const Json* v = in.require(*e, "content_base64", w)) {
        const std::string text = in.string(*v, w / "content_base64");
        if (in.ok()) {
          if (auto bytes = base64_bytes(text)) {
            document.content = std::move(*bytes);
          } else {
            in.fail(w / "content_base64", "must be the document's bytes in base64 (RFC 4648)");
          }
        }
      }
      out.evidence = std::move(document);
    }
  }
  if (!in.ok()) return in.error();
  return out;
}

Result<services::VerificationInput> read_verification(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"evidence_id"});
  services::VerificationInput out;
  if (const Json* v = in.require(body, "evidence_id", Where{})) {
    out.evidence_id = in.integer(*v, Where{"evidence_id", ""}, 1, std::numeric_limits<std::int64_t>::max());
  }
  if (!in.ok()) return in.error();
  return out;
}

Result<services::Withdrawal> read_withdrawal(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"reason"});
  services::Withdrawal out;
  if (const Json* v = in.require(body, "reason", Where{})) out.reason = in.string(*v, Where{"reason", ""});
  if (!in.ok()) return in.error();
  return out;
}

Json evidence_json(const records::EvidenceRecord& e) {
  return {{"id", e.id},
          {"media_type", e.media_type},
          {"file_name", e.file_name},
          {"size_bytes", e.size_bytes},
          {"sha256", e.sha256},
          {"uploaded_at", format_local_time(e.uploaded_at)}};
}

Result<services::Availability> read_availability(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"recurring", "one_off"});
  services::Availability out;
  if (const Json* list = JsonInput::find(body, "recurring"); list && in.expect_array(*list, Where{"recurring", ""})) {
    if (auto e = services::check_availability_count("recurring", list->size())) return *e;
    for (std::size_t i = 0; i < list->size() && in.ok(); ++i) {
      const Where w = Where{"recurring", ""}[i];
      const Json& e = (*list)[i];
      if (!in.expect_object(e, w)) break;
      in.only_known(e, w, {"weekday", "from", "to"});
      int weekday = -1;
      if (const Json* v = in.require(e, "weekday", w)) weekday = read_weekday(in, *v, w / "weekday");
      auto [from, to] = read_span(in, e, w);
      if (in.ok()) out.recurring.push_back({weekday, from, to});
    }
  }
  if (const Json* list = JsonInput::find(body, "one_off"); list && in.ok() && in.expect_array(*list, Where{"one_off", ""})) {
    if (auto e = services::check_availability_count("one_off", list->size())) return *e;
    for (std::size_t i = 0; i < list->size() && in.ok(); ++i) {
      const Where w = Where{"one_off", ""}[i];
      const Json& e = (*list)[i];
      if (!in.expect_object(e, w)) break;
      in.only_known(e, w, {"date", "from", "to", "available"});
      DayNumber day = 0;
      if (const Json* v = in.require(e, "date", w)) day = read_date(in, *v, w / "date");
      auto [from, to] = read_span(in, e, w);
      bool available = true;
      if (const Json* v = JsonInput::find(e, "available")) available = in.boolean(*v, w / "available");
      if (in.ok()) out.one_off.push_back({day, from, to, available});
    }
  }
  if (!in.ok()) return in.error();
  return out;
}

Result<services::OrganisationToJoin> read_organisation_to_join(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"organisation_id"});
  services::OrganisationToJoin out;
  if (const Json* v = in.require(body, "organisation_id", Where{})) {
    out.organisation_id = in.integer(*v, Where{"organisation_id", ""}, 1, INT64_MAX);
  }
  if (!in.ok()) return in.error();
  return out;
}

Result<services::Employment> read_employment(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"employed"});
  services::Employment out;
  if (const Json* v = in.require(body, "employed", Where{})) out.employed = in.boolean(*v, Where{"employed", ""});
  if (!in.ok()) return in.error();
  return out;
}

Json certificate_types_json(const std::vector<domain::CertificateType>& catalogue) {
  Json items = Json::array();
  for (const auto& c : catalogue) {
    items.push_back({{"code", c.code},
                     {"name", c.name_nl},
                     {"name_en", c.name_en},
                     {"reserved", c.reserved},
                     {"valid_months", c.valid_months},
                     {"description", c.description}});
  }
  return {{"items", items}};
}

Json held_certificate_json(const services::HeldCertificate& certificate) {
  const records::HeldCertificateRecord& c = certificate.record;
  const bool verified = c.verified_at.has_value();
  Json out = {{"code", c.code},
              {"expires", format_date(c.expires_day)},
              {"verified", verified},
              {"valid", certificate.valid}};
  out["verified_by"] = c.verified_by ? Json(*c.verified_by) : Json();
  out["verified_at"] = verified ? Json(format_local_time(*c.verified_at)) : Json();
  out["big_number"] = c.big_number ? Json(*c.big_number) : Json();
  out["duo_reference"] = c.duo_reference ? Json(*c.duo_reference) : Json();
  out["evidence"] = c.evidence ? evidence_json(*c.evidence) : Json();
  // The latest verification, withdrawn or not: who verified against which document, and why it
  // was withdrawn.
  Json verification;
  if (const auto& v = c.last_verification) {
    verification = {{"id", v->id},
                    {"evidence_id", v->evidence_id},
                    {"evidence_sha256", v->evidence_sha256},
                    {"organisation_id", v->organisation_id},
                    {"verified_by_name", v->verifier_name},
                    {"verified_at", format_local_time(v->verified_at)}};
    verification["withdrawn_at"] = v->withdrawn_at ? Json(format_local_time(*v->withdrawn_at)) : Json();
    verification["withdrawal_reason"] = v->withdrawn_at ? Json(v->withdrawal_reason) : Json();
  }
  out["verification"] = verification;
  return out;
}

Json own_profile_json(const services::OwnProfile& profile) {
  const records::CaregiverProfileRecord& p = profile.profile;
  Json organisations = Json::array();
  for (const auto& m : profile.organisations) {
    organisations.push_back({{"id", m.organisation_id}, {"name", m.organisation}, {"employed", m.employed}});
  }
  return {{"id", p.id},
          {"email", profile.email ? Json(*profile.email) : Json()},
          {"name", p.name},
          {"level", p.level},
          {"kind", std::string(domain::to_string(p.kind))},
          {"home", {{"lat", p.home_lat}, {"lon", p.home_lon}}},
          {"travel_mode", std::string(domain::to_string(p.travel_mode))},
          {"max_hours_week", p.max_minutes_week / 60},
          {"hourly_rate_cents", p.hourly_rate_cents},
          {"certificates", certificates_json(profile.certificates)},
          {"organisations", organisations}};
}

Json signed_up_json(const services::CaregiverSignedUp& signed_up) {
  Json out = own_profile_json(signed_up.profile);
  out["user_id"] = signed_up.user_id;
  return out;
}

Json member_profile_json(const services::MemberProfile& profile) {
  const records::MemberCaregiver& m = profile.caregiver;
  return {{"id", m.id},
          {"name", m.name},
          {"level", m.level},
          {"kind", std::string(domain::to_string(m.kind))},
          {"employed", m.employed},
          {"home_near", {{"lat", profile.home_near.lat}, {"lon", profile.home_near.lon}}},
          {"certificates", certificates_json(profile.certificates)}};
}

Json caregiver_json(const services::CaregiverView& view) {
  if (const auto* own = std::get_if<services::OwnProfile>(&view)) return own_profile_json(*own);
  return member_profile_json(std::get<services::MemberProfile>(view));
}

Json member_list_json(const services::MemberList& members) {
  Json items = Json::array();
  for (const auto& m : members.items) items.push_back(member_profile_json(m));
  Json out = {{"items", items}};
  if (members.next_after) out["next_after"] = *members.next_after;
  return out;
}

Result<ImportedAvailability> read_availability_import(const Json& body, DayNumber today, int horizon_days) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"ics"});
  std::string text;
  if (const Json* v = in.require(body, "ics", Where{})) text = in.string(*v, Where{"ics", ""});
  if (!in.ok()) return in.error();
  return availability_from_ics(text, today, horizon_days);
}

Json availability_json(const services::Availability& availability) {
  Json recurring = Json::array();
  Json one_off = Json::array();
  for (const auto& r : availability.recurring) {
    recurring.push_back({{"weekday", std::string(services::weekday_name(r.weekday))},
                         {"from", format_clock(r.from)},
                         {"to", format_clock(r.to)}});
  }
  for (const auto& o : availability.one_off) {
    one_off.push_back(
        {{"date", format_date(o.day)}, {"from", format_clock(o.from)}, {"to", format_clock(o.to)}, {"available", o.available}});
  }
  return {{"recurring", recurring}, {"one_off", one_off}};
}

}  // namespace carecrowd::http
