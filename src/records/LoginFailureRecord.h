// LoginFailureRecord: the failed logins counted per email (table login_failure, store migration
// 0001), so that the limit on guesses holds across server processes sharing one database. Each
// attempt is one row (email, unix time); the limit and its window are the services' settings
// (services/Accounts decides; this file only stores and counts).
//
// Thread safety: functions over the caller's transaction; no state.
#pragma once

#include <cstdint>
#include <string>

#include "store/Database.h"

namespace carecrowd::records {

void record_login_failure(store::Transaction& tx, const std::string& email, std::int64_t at);
// How many failures of this email are later than `after` (strictly).
std::int64_t login_failures_since(store::Transaction& tx, const std::string& email, std::int64_t after);
// A successful login: the email's failures no longer count.
void forget_login_failures_of(store::Transaction& tx, const std::string& email);
// Deletes every email's failures earlier than `before` (no window reaches back that far).
void forget_login_failures_before(store::Transaction& tx, std::int64_t before);

}  // namespace carecrowd::records
