#include "http/AccountJson.h"

#include "http/RequestInput.h"

namespace carecrowd::http {
namespace {

using Json = nlohmann::json;

Json opt_json(const std::optional<std::int64_t>& v) { return v ? Json(*v) : Json(); }

}  // namespace

Result<services::LoginInput> read_login(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  const Json* email = in.require(body, "email", Where{});
  const Json* password = in.require(body, "password", Where{});
  services::LoginInput out;
  out.email = email ? in.string(*email, Where{"email", ""}) : "";
  out.password = password ? in.string(*password, Where{"password", ""}) : "";
  if (!in.ok()) return in.error();
  return out;
}

Result<services::NewOrganisation> read_new_organisation(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"name"});
  const Json* name = in.require(body, "name", Where{});
  services::NewOrganisation out{name ? in.string(*name, Where{"name", ""}) : ""};
  if (!in.ok()) return in.error();
  return out;
}

Result<services::StaffAccount> read_staff_account(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"email", "name", "password", "role", "client_id"});
  auto field = [&](const char* key) -> std::string {
    const Json* v = in.require(body, key, Where{});
    return v ? in.string(*v, Where{key, ""}) : "";
  };
  services::StaffAccount out;
  out.email = field("email");
  out.name = field("name");
  out.password = field("password");
  const std::string role = field("role");
  if (const Json* c = JsonInput::find(body, "client_id")) out.client_id = in.integer(*c, Where{"client_id", ""}, 1, INT64_MAX);
  if (!in.ok()) return in.error();
  // Which roles an admin gives is the service's rule (create_user_in); a name of none is its error too.
  const auto parsed = services::parse_role(role);
  if (!parsed) return services::not_a_role_an_admin_gives();
  out.role = *parsed;
  return out;
}

Json account_json(const services::Account& a) {
  return {{"id", a.id},
          {"email", a.email},
          {"name", a.name},
          {"role", std::string(services::to_string(a.role))},
          {"organisation_id", opt_json(a.organisation_id)},
          {"caregiver_id", opt_json(a.caregiver_id)},
          {"client_id", opt_json(a.client_id)}};
}

Json session_json(const services::Session& session) {
  return {{"token", session.token},
          {"token_type", "Bearer"},
          {"expires_in", session.expires_in_seconds},
          {"user", account_json(session.user)}};
}

Json logged_out_json(const Done&) { return {{"logged_out", true}}; }

Json me_json(const services::Me& me) {
  Json out = account_json(me.user);
  out["now"] = format_local_time(me.now);
  return out;
}

Json organisation_json(const records::OrganisationRecord& o) { return {{"id", o.id}, {"name", o.name}}; }

Json organisations_json(const std::vector<records::OrganisationRecord>& organisations) {
  Json items = Json::array();
  for (const auto& o : organisations) items.push_back(organisation_json(o));
  return {{"items", items}};
}

Json accounts_json(const std::vector<services::Account>& accounts) {
  Json items = Json::array();
  for (const auto& a : accounts) items.push_back(account_json(a));
  return {{"items", items}};
}

}  // namespace carecrowd::http
