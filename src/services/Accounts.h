// Accounts: organisations, users, login and logout, and turning a bearer token into a Principal.
//
// Failed logins are counted in the database (per email, in a sliding window), so the limit holds
// across server processes; a login answers the same "email or password is wrong" for an unknown
// email and a wrong password, so that accounts cannot be enumerated.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "services/Platform.h"
#include "services/Credentials.h"
#include "services/Principal.h"

namespace carecrowd::services {

Result<nlohmann::json> login(const Platform& platform, const nlohmann::json& body, const std::string& source);
Result<nlohmann::json> logout(const Platform& platform, std::string_view token);
Result<Principal> authenticate(const Platform& platform, std::string_view token, std::string source);
Result<nlohmann::json> describe_me(const Platform& platform, const Principal& who);

// Platform admin: organisations.
Result<nlohmann::json> create_organisation(const Platform& platform, const Principal& who, const nlohmann::json& body);
Result<nlohmann::json> list_organisations(const Platform& platform, const Principal& who);

// Organisation admin (or platform admin): the organisation's users. Body: email, name, password,
// role (org_admin | coordinator | analyst | client), client_id for a client/family account.
Result<nlohmann::json> create_user(const Platform& platform, const Principal& who, std::int64_t organisation_id,
                                   const nlohmann::json& body);
Result<nlohmann::json> list_users(const Platform& platform, const Principal& who, std::int64_t organisation_id);

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

// In the caller's transaction (the demo region, later the simulation): what the JSON calls above do
// once the body is read, with the same checks. A new organisation's id; a new staff or client
// account of `organisation_id` (user.organisation_id must be it; the role one an admin may give).
Result<std::int64_t> create_organisation_in(store::Transaction& tx, const Principal& who, const std::string& name);
Result<std::int64_t> create_user_in(store::Transaction& tx, const Principal& who, std::int64_t organisation_id,
                                    const NewUser& user);

// Creates a platform admin with this email unless one exists (the operator's way in on a fresh
// database). The password must pass check_password.
Result<bool> ensure_platform_admin(const Platform& platform, const std::string& email, const std::string& password);

HashCost password_cost(const Platform& platform);
// Shared checks of a new account's email and password, naming the field.
std::optional<Error> check_email(const std::string& email, const std::string& field);
std::optional<Error> check_password(const std::string& password, const std::string& field);

}  // namespace carecrowd::services
