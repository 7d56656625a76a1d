// UserRecord: the accounts table (app_user, store migration 0001) as one typed record with one
// column list, and the reads and writes the services make of it. An account signs in by email
// (unique, stored lower-case by the services); its role is stored as services::Role's name, which
// the services parse (the role vocabulary lives with the Principal, above this layer). Who may
// create or list accounts, and how passwords are hashed, is decided in services/Accounts.
//
// Thread safety: functions over the caller's transaction; no state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/Database.h"

namespace carecrowd::records {

struct UserRecord {
  std::int64_t id = 0;
  std::string email;
  std::string name;
  std::string password_hash;  // argon2id PHC string (services/Credentials)
  std::string role;           // as stored: a services::Role name
  std::optional<std::int64_t> organisation_id;  // org_admin, coordinator, analyst, client, alarm_centre
  std::optional<std::int64_t> caregiver_id;     // caregiver
  std::optional<std::int64_t> client_id;        // client or family
  std::int64_t created_at = 0;                  // unix seconds
};

// The account with this email, if any: only its id, for "is the email taken".
std::optional<std::int64_t> user_id_by_email(store::Transaction& tx, const std::string& email);
// Stores `user` (its id is ignored) and returns the new id. REQUIRES: the email is not taken (the
// column is unique: a taken email throws store::ConstraintViolation).
std::int64_t insert_user(store::Transaction& tx, const UserRecord& user);
// The account with this email and what a login checks and answers: id, password hash, name, role
// and the three links (email and created_at keep their defaults).
std::optional<UserRecord> read_user_for_login(store::Transaction& tx, const std::string& email);
// The account's email; nullopt when there is no such account.
std::optional<std::string> user_email(store::Transaction& tx, std::int64_t user_id);
// An organisation's accounts, by id, without their password hashes.
std::vector<UserRecord> users_of_organisation(store::Transaction& tx, std::int64_t organisation_id);

// What a signed-in account is known by on every request (id, role, name and the three links),
// qualified with the alias `u`, for a query that joins app_user and reads these columns first.
[[nodiscard]] const std::string& signed_in_user_columns();
[[nodiscard]] std::size_t signed_in_user_column_count();
// The account from the first signed_in_user_column_count() columns of `row`.
[[nodiscard]] UserRecord read_signed_in_user(const store::Row& row);

}  // namespace carecrowd::records
