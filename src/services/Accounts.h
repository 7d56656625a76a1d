// Accounts: organisations, users, login and logout, and turning a bearer token into a Principal.
//
// Failed logins are counted in the database (per email, in a sliding window), so the limit holds
// across server processes; a login answers the same "email or password is wrong" for an unknown
// email and a wrong password, so that accounts cannot be enumerated.
//
// Inputs and results are typed; the http edge reads and renders them (http/AccountJson.h).
//
// Thread safety: stateless functions over the Platform (or the caller's transaction); safe from
// any number of request threads and processes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Error.h"
#include "domain/CivilTime.h"
#include "records/OrganisationRecord.h"
#include "records/UserRecord.h"
#include "services/Platform.h"
#include "services/Credentials.h"
#include "services/Principal.h"
#include "store/Database.h"

namespace carecrowd::services {

// An account as its holder and its organisation's admin see it (never the password hash).
struct Account {
  std::int64_t id = 0;
  std::string email, name;
  Role role = Role::client;
  std::optional<std::int64_t> organisation_id, caregiver_id, client_id;
};

// `input` (and every `Result` input below) is as the http edge read it: its error is answered
// after the permission check, as before the body was typed (a caller in the process passes the
// input).
struct LoginInput {
  std::string email;  // compared in lower case
  std::string password;
};
struct Session {
  std::string token;  // the bearer token; only its digest is stored
  std::int64_t expires_in_seconds = 0;
  Account user;
};
Result<Session> login(const Platform& platform, const Result<LoginInput>& input, const std::string& source);
Result<Done> logout(const Platform& platform, std::string_view token);
Result<Principal> authenticate(const Platform& platform, std::string_view token, std::string source);
// Who a signed-in account acts as (a session's, a calendar link's), from `source`.
[[nodiscard]] Principal principal_of(const records::UserRecord& user, std::string source);
// The logged-in account, and the platform's clock, so that an app shows "today" as the server
// counts it (not the phone's).
struct Me {
  Account user;
  LocalMinute now = 0;
};
Result<Me> describe_me(const Platform& platform, const Principal& who);

// Platform admin: organisations (a name, one line of 1..200 bytes, unique).
struct NewOrganisation {
  std::string name;
};
Result<records::OrganisationRecord> create_organisation(const Platform& platform, const Principal& who,
                                                        const Result<NewOrganisation>& input);
// Organisation names are public (a caregiver picks one to join).
Result<std::vector<records::OrganisationRecord>> list_organisations(const Platform& platform, const Principal& who);

// Organisation admin (or platform admin): the organisation's users, with a role an admin gives
// (org_admin, coordinator, analyst, client, alarm_centre) and client_id for a client/family account.
struct StaffAccount {
  std::string email;  // compared in lower case
  std::string name;
  std::string password;
  Role role = Role::coordinator;
  std::optional<std::int64_t> client_id;
};
Result<Account> create_user(const Platform& platform, const Principal& who, std::int64_t organisation_id,
                            const Result<StaffAccount>& input);
Result<std::vector<Account>> list_users(const Platform& platform, const Principal& who, std::int64_t organisation_id);
// The error for a role an admin does not give (caregivers register themselves), also for a role
// name the http edge does not know.
Error not_a_role_an_admin_gives();

// A new account, its password already hashed (hashing is slow on purpose, so it happens before
// the write transaction).
struct NewUser {
  std::string email;
  std::string name;
  std::string password_hash;
  Role role = Role::caregiver;
  std::optional<std::int64_t> organisation_id;
  std::optional<std::int64_t> caregiver_id;
  std::optional<std::int64_t> client_id;
};
// Inserts a user row; the caller has checked permissions and the values. Returns the user id, or
// a conflict when the email is taken.
Result<std::int64_t> insert_user(store::Transaction& tx, const NewUser& user);

// In the caller's transaction (the demo region, later the simulation): what the calls above do
// once the input is read, with the same checks. A new organisation's id; a new staff or client
// account of `organisation_id` (user.organisation_id must be it; the role one an admin may give).
Result<std::int64_t> create_organisation_in(store::Transaction& tx, const Principal& who, const std::string& name);
Result<std::int64_t> create_user_in(store::Transaction& tx, const Principal& who, std::int64_t organisation_id,
                                    const NewUser& user);

// Creates a platform admin with this email unless one exists (the operator's way in on a fresh
// database). The password must pass check_password.
Result<bool> ensure_platform_admin(const Platform& platform, const std::string& email, const std::string& password);

HashCost password_cost(const Platform& platform);
// An email address as accounts are compared and stored: in lower case (ASCII).
std::string lower_case_email(std::string email);
// Shared checks of a new account's email and password, naming the field.
std::optional<Error> check_email(const std::string& email, const std::string& field);
std::optional<Error> check_password(const std::string& password, const std::string& field);

}  // namespace carecrowd::services
