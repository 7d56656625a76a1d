#include "services/Accounts.h"

#include <ctime>

#include "domain/CivilTime.h"
#include "records/ClientRecord.h"
#include "records/LoginFailureRecord.h"
#include "records/OrganisationRecord.h"
#include "records/SessionRecord.h"
#include "records/UserRecord.h"
#include "services/AuditLog.h"
#include "services/Credentials.h"
#include "services/Input.h"

namespace carecrowd::services {
namespace {

std::int64_t unix_now() { return static_cast<std::int64_t>(std::time(nullptr)); }

Json user_json(std::int64_t id, const std::string& email, const std::string& name, const std::string& role,
               const std::optional<std::int64_t>& organisation, const std::optional<std::int64_t>& caregiver,
               const std::optional<std::int64_t>& client) {
  Json out = {{"id", id}, {"email", email}, {"name", name}, {"role", role}};
  out["organisation_id"] = organisation ? Json(*organisation) : Json();
  out["caregiver_id"] = caregiver ? Json(*caregiver) : Json();
  out["client_id"] = client ? Json(*client) : Json();
  return out;
}

Error not_a_role_an_admin_gives() {
  return bad_input("role", "", "must be one of org_admin, coordinator, analyst, client (caregivers register "
                               "themselves at POST /v1/caregivers)");
}

bool may_admin(const Principal& who, std::int64_t organisation_id) {
  return who.role == Role::platform_admin || (who.role == Role::org_admin && who.in_organisation(organisation_id));
}

}  // namespace

HashCost password_cost(const Platform& platform) {
  return platform.settings().fast_password_hashing ? HashCost::minimum : HashCost::interactive;
}

std::optional<Error> check_email(const std::string& email, const std::string& field) {
  // 254: the longest address SMTP can carry (RFC 5321 with RFC 3696's erratum).
  if (auto e = check_text_line(email, field, 254)) return e;
  const auto at = email.find('@');
  if (at == std::string::npos || at == 0 || at + 1 >= email.size() || email.find(' ') != std::string::npos) {
    return bad_input(field, "", "must be an email address");
  }
  return std::nullopt;
}

std::optional<Error> check_password(const std::string& password, const std::string& field) {
  if (password.size() < 8) return bad_input(field, "", "must be at least 8 characters");
  if (password.size() > 1024) return bad_input(field, "", "must be at most 1024 characters");
  return std::nullopt;
}

Result<std::int64_t> insert_user(store::Transaction& tx, const NewUser& user) {
  if (records::user_id_by_email(tx, user.email)) return conflict("email", "", "an account with this email exists");
  return records::insert_user(tx, {0, user.email, user.name, user.password_hash, std::string(to_string(user.role)),
                                   user.organisation_id, user.caregiver_id, user.client_id, unix_now()});
}

Result<bool> ensure_platform_admin(const Platform& platform, const std::string& email, const std::string& password) {
  if (auto e = check_email(email, "email")) return *e;
  if (auto e = check_password(password, "CARECROWD_ADMIN_PASSWORD")) return *e;
  const std::string hash = hash_password(password, password_cost(platform));
  return platform.db().write([&](store::Transaction& tx) -> Result<bool> {
    if (records::user_id_by_email(tx, email)) return false;
    auto id = insert_user(tx, {email, "Platform admin", hash, Role::platform_admin, std::nullopt, std::nullopt, std::nullopt});
    if (!id) return id.error();
    return true;
  });
}

Result<Json> login(const Platform& platform, const Json& body, const std::string& /*source*/) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  const Json* email_value = in.require(body, "email", Where{});
  const Json* password_value = in.require(body, "password", Where{});
  std::string email = email_value ? in.string(*email_value, Where{"email", ""}) : "";
  std::string password = password_value ? in.string(*password_value, Where{"password", ""}) : "";
  if (!in.ok()) return in.error();
  for (auto& c : email) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));

  const auto& s = platform.settings();
  const std::int64_t now = unix_now();
  // Every attempt is recorded as a failure before the password is checked, in the transaction that
  // counts them, so that a burst of parallel guesses cannot slip past the limit; a success removes
  // the email's failures again.
  auto attempt = platform.db().write([&](store::Transaction& tx) -> Result<bool> {
    records::record_login_failure(tx, email, now);
    const auto recent = records::login_failures_since(tx, email, now - s.login_window_minutes * 60);
    if (recent > s.login_attempts) {
      return Error{ErrorKind::too_many_requests, "email", "",
                   "too many failed logins; try again in " + std::to_string(s.login_window_minutes) + " minutes"};
    }
    records::forget_login_failures_before(tx, now - 24 * 3600);
    return true;
  });
  if (!attempt) return attempt.error();
  const auto user = platform.db().read([&](store::Transaction& tx) { return records::read_user_for_login(tx, email); });
  // Hash at the same cost for an unknown email, so that timing does not tell which emails exist.
  static const std::string dummy = hash_password("not a password", password_cost(platform));
  const bool matches = password_matches(user ? user->password_hash : dummy, password) && user.has_value();
  if (!matches) return unauthenticated("email or password is wrong");  // the attempt stays a failure
  const auto& u = *user;
  const std::string token = new_token();
  const std::int64_t expires = now + s.token_lifetime_minutes * 60;
  platform.db().write([&](store::Transaction& tx) {
    records::insert_session(tx, token_digest(token), u.id, expires);
    records::forget_login_failures_of(tx, email);
    records::forget_expired_sessions(tx, now);
  });
  return Json{{"token", token},
              {"token_type", "Bearer"},
              {"expires_in", s.token_lifetime_minutes * 60},
              {"user", user_json(u.id, email, u.name, u.role, u.organisation_id, u.caregiver_id, u.client_id)}};
}

Result<Json> logout(const Platform& platform, std::string_view token) {
  platform.db().write([&](store::Transaction& tx) { records::revoke_session(tx, token_digest(token)); });
  return Json{{"logged_out", true}};
}

Result<Principal> authenticate(const Platform& platform, std::string_view token, std::string source) {
  if (token.empty()) return unauthenticated("a bearer token is required (POST /v1/auth/login)");
  const auto session =
      platform.db().read([&](store::Transaction& tx) { return records::read_session(tx, token_digest(token)); });
  if (!session) return unauthenticated("the token is not valid");
  if (session->revoked) return unauthenticated("the token was logged out");
  if (session->expires_at < unix_now()) return unauthenticated("the token has expired; log in again");
  const auto& u = session->user;
  Principal p;
  p.user_id = u.id;
  p.role = parse_role(u.role).value_or(Role::client);
  p.name = u.name;
  p.organisation_id = u.organisation_id;
  p.caregiver_id = u.caregiver_id;
  p.client_id = u.client_id;
  p.source = std::move(source);
  return p;
}

Result<Json> describe_me(const Platform& platform, const Principal& who) {
  const auto email =
      platform.db().read([&](store::Transaction& tx) { return records::user_email(tx, who.user_id); });
  Json out = user_json(who.user_id, email.value_or(""), who.name, std::string(to_string(who.role)),
                       who.organisation_id, who.caregiver_id, who.client_id);
  // The platform's clock, so an app shows "today" as the server counts it (not the phone's).
  out["now"] = format_local_time(platform.now());
  return out;
}

Result<std::int64_t> create_organisation_in(store::Transaction& tx, const Principal& who, const std::string& name) {
  if (who.role != Role::platform_admin) return forbidden("only a platform admin may create organisations");
  if (auto e = check_text_line(name, "name", 200)) return *e;
  if (records::organisation_id_by_name(tx, name)) return conflict("name", "", "an organisation with this name exists");
  return records::insert_organisation(tx, name, unix_now());
}

Result<Json> create_organisation(const Platform& platform, const Principal& who, const Json& body) {
  if (who.role != Role::platform_admin) return forbidden("only a platform admin may create organisations");
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"name"});
  const Json* name_value = in.require(body, "name", Where{});
  const std::string name = name_value ? in.string(*name_value, Where{"name", ""}) : "";
  if (!in.ok()) return in.error();
  if (auto e = check_text_line(name, "name", 200)) return *e;
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto id = create_organisation_in(tx, who, name);
    if (!id) return id.error();
    return Json{{"id", id.value()}, {"name", name}};
  });
}

Result<Json> list_organisations(const Platform& platform, const Principal& who) {
  return platform.db().read([&](store::Transaction& tx) -> Result<Json> {
    Json items = Json::array();
    // Caregivers and everyone else see organisation names (they are public); ids let a caregiver join.
    for (const auto& o : records::all_organisations(tx)) items.push_back({{"id", o.id}, {"name", o.name}});
    (void)who;
    return Json{{"items", items}};
  });
}

Result<std::int64_t> create_user_in(store::Transaction& tx, const Principal& who, std::int64_t organisation_id,
                                    const NewUser& user) {
  if (!may_admin(who, organisation_id)) return forbidden("only this organisation's admin may add users");
  if (auto e = check_email(user.email, "email")) return *e;
  if (auto e = check_text_line(user.name, "name", 200)) return *e;
  if (user.role == Role::platform_admin || user.role == Role::caregiver || user.caregiver_id ||
      user.organisation_id != organisation_id) {
    return not_a_role_an_admin_gives();
  }
  if ((user.role == Role::client) != user.client_id.has_value()) {
    return bad_input("client_id", "", user.role == Role::client ? "is required for a client account"
                                                                : "is only for a client account");
  }
  if (!records::organisation_exists(tx, organisation_id)) {
    return not_found("organisation_id", std::to_string(organisation_id), "no such organisation");
  }
  if (user.client_id && !records::read_client_of(tx, organisation_id, *user.client_id)) {
    return not_found("client_id", std::to_string(*user.client_id), "no such client in this organisation");
  }
  auto id = insert_user(tx, user);
  if (!id) return id.error();
  if (user.client_id) {
    record_audit(tx, who, {"client.account_create", user.client_id, organisation_id, "success",
                           "user " + std::to_string(id.value())});
  }
  return id.value();
}

Result<Json> create_user(const Platform& platform, const Principal& who, std::int64_t organisation_id,
                         const Json& body) {
  if (!may_admin(who, organisation_id)) return forbidden("only this organisation's admin may add users");
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"email", "name", "password", "role", "client_id"});
  auto field = [&](const char* key) -> std::string {
    const Json* v = in.require(body, key, Where{});
    return v ? in.string(*v, Where{key, ""}) : "";
  };
  std::string email = field("email");
  const std::string name = field("name");
  const std::string password = field("password");
  const std::string role_text = field("role");
  std::optional<std::int64_t> client_id;
  if (const Json* c = JsonInput::find(body, "client_id")) client_id = in.integer(*c, Where{"client_id", ""}, 1, INT64_MAX);
  if (!in.ok()) return in.error();
  for (auto& c : email) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (auto e = check_email(email, "email")) return *e;
  if (auto e = check_password(password, "password")) return *e;
  if (auto e = check_text_line(name, "name", 200)) return *e;
  auto role = parse_role(role_text);
  if (!role) return not_a_role_an_admin_gives();  // which roles an admin gives is create_user_in's rule
  const std::string hash = hash_password(password, password_cost(platform));
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto id = create_user_in(tx, who, organisation_id, {email, name, hash, *role, organisation_id, std::nullopt, client_id});
    if (!id) return id.error();
    return user_json(id.value(), email, name, role_text, organisation_id, std::nullopt, client_id);
  });
}

Result<Json> list_users(const Platform& platform, const Principal& who, std::int64_t organisation_id) {
  if (!may_admin(who, organisation_id)) return forbidden("only this organisation's admin may list its users");
  return platform.db().read([&](store::Transaction& tx) -> Result<Json> {
    Json items = Json::array();
    for (const auto& u : records::users_of_organisation(tx, organisation_id)) {
      items.push_back(user_json(u.id, u.email, u.name, u.role, u.organisation_id, u.caregiver_id, u.client_id));
    }
    return Json{{"items", items}};
  });
}

}  // namespace carecrowd::services
