#include "services/Accounts.h"

#include <cctype>
#include <ctime>

#include "domain/CivilTime.h"
#include "records/ClientRecord.h"
#include "records/LoginFailureRecord.h"
#include "records/OrganisationRecord.h"
#include "records/SessionRecord.h"
#include "records/UserRecord.h"
#include "services/AuditLog.h"
#include "services/Credentials.h"
#include "services/InputRules.h"

namespace carecrowd::services {
namespace {

std::int64_t unix_now() { return static_cast<std::int64_t>(std::time(nullptr)); }

Account account_of(const records::UserRecord& u) {
  // Every stored role was written by to_string(Role); an unknown one reads as the least privileged.
  return {u.id, u.email, u.name, parse_role(u.role).value_or(Role::client), u.organisation_id, u.caregiver_id,
          u.client_id};
}

bool may_admin(const Principal& who, std::int64_t organisation_id) {
  return who.role == Role::platform_admin || (who.role == Role::org_admin && who.in_organisation(organisation_id));
}

}  // namespace

Error not_a_role_an_admin_gives() {
  return bad_input("role", "", "must be one of org_admin, coordinator, analyst, client, alarm_centre (caregivers register "
                               "themselves at POST /v1/caregivers)");
}

std::string lower_case_email(std::string email) {
  for (auto& c : email) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return email;
}

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

Result<Session> login(const Platform& platform, const Result<LoginInput>& input, const std::string& /*source*/) {
  if (!input) return input.error();
  const std::string email = lower_case_email(input.value().email);
  const std::string& password = input.value().password;

  const auto& s = platform.settings();
  const std::int64_t now = unix_now();
  // Every attempt is recorded as a failure before the password is checked, in the transaction that
  // counts them, so that a burst of parallel guesses cannot slip past the limit; a success removes
  // the email's failures again.
  auto attempt = platform.db().write([&](store::Transaction& tx) -> Result<bool> {
    records::record_login_failure(tx, email, now);
    const auto recent = records::login_failures_since(tx, email, now - s.login_window_minutes * 60);
    if (recent > s.login_attempts) {
      return error_saying(ErrorKind::too_many_requests, "email", "",
                          say("too many failed logins; try again in {} minutes", s.login_window_minutes));
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
  Account account = account_of(u);
  account.email = email;
  return Session{token, s.token_lifetime_minutes * 60, std::move(account)};
}

Result<Done> logout(const Platform& platform, std::string_view token) {
  platform.db().write([&](store::Transaction& tx) { records::revoke_session(tx, token_digest(token)); });
  return Done{};
}

Result<Principal> authenticate(const Platform& platform, std::string_view token, std::string source) {
  if (token.empty()) return unauthenticated("a bearer token is required (POST /v1/auth/login)");
  const auto session = platform.sessions().session(token_digest(token));
  if (!session) return unauthenticated("the token is not valid");
  if (session->revoked) return unauthenticated("the token was logged out");
  if (session->expires_at < unix_now()) return unauthenticated("the token has expired; log in again");
  return principal_of(session->user, std::move(source));
}

Principal principal_of(const records::UserRecord& u, std::string source) {
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

Result<Me> describe_me(const Platform& platform, const Principal& who) {
  const auto email =
      platform.db().read([&](store::Transaction& tx) { return records::user_email(tx, who.user_id); });
  return Me{{who.user_id, email.value_or(""), who.name, who.role, who.organisation_id, who.caregiver_id, who.client_id},
            platform.now()};
}

Result<std::int64_t> create_organisation_in(store::Transaction& tx, const Principal& who, const std::string& name) {
  if (who.role != Role::platform_admin) return forbidden("only a platform admin may create organisations");
  if (auto e = check_text_line(name, "name", 200)) return *e;
  if (records::organisation_id_by_name(tx, name)) return conflict("name", "", "an organisation with this name exists");
  return records::insert_organisation(tx, name, unix_now());
}

Result<records::OrganisationRecord> create_organisation(const Platform& platform, const Principal& who,
                                                        const Result<NewOrganisation>& input) {
  if (who.role != Role::platform_admin) return forbidden("only a platform admin may create organisations");
  if (!input) return input.error();
  const std::string& name = input.value().name;
  return platform.db().write([&](store::Transaction& tx) -> Result<records::OrganisationRecord> {
    auto id = create_organisation_in(tx, who, name);
    if (!id) return id.error();
    return records::OrganisationRecord{id.value(), name};
  });
}

Result<std::vector<records::OrganisationRecord>> list_organisations(const Platform& platform, const Principal& who) {
  (void)who;  // caregivers and everyone else see organisation names (they are public); ids let a caregiver join
  return platform.db().read([&](store::Transaction& tx) { return records::all_organisations(tx); });
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
    return bad_input("client_id", "", user.role == Role::client ? say("is required for a client account")
                                                                : say("is only for a client account"));
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

Result<Account> create_user(const Platform& platform, const Principal& who, std::int64_t organisation_id,
                            const Result<StaffAccount>& input) {
  if (!may_admin(who, organisation_id)) return forbidden("only this organisation's admin may add users");
  if (!input) return input.error();
  const StaffAccount& a = input.value();
  const std::string email = lower_case_email(a.email);
  // The values are checked before the hash, which is slow on purpose, and again where they are stored.
  if (auto e = check_email(email, "email")) return *e;
  if (auto e = check_password(a.password, "password")) return *e;
  if (auto e = check_text_line(a.name, "name", 200)) return *e;
  const std::string hash = hash_password(a.password, password_cost(platform));
  return platform.db().write([&](store::Transaction& tx) -> Result<Account> {
    auto id = create_user_in(tx, who, organisation_id, {email, a.name, hash, a.role, organisation_id, std::nullopt, a.client_id});
    if (!id) return id.error();
    return Account{id.value(), email, a.name, a.role, organisation_id, std::nullopt, a.client_id};
  });
}

Result<std::vector<Account>> list_users(const Platform& platform, const Principal& who, std::int64_t organisation_id) {
  if (!may_admin(who, organisation_id)) return forbidden("only this organisation's admin may list its users");
  return platform.db().read([&](store::Transaction& tx) -> Result<std::vector<Account>> {
    std::vector<Account> items;
    for (const auto& u : records::users_of_organisation(tx, organisation_id)) items.push_back(account_of(u));
    return items;
  });
}

}  // namespace carecrowd::services
