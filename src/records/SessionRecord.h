// SessionRecord: the sign-in sessions (table session, store migration 0001). A session is found by
// the digest of its bearer token (services/Credentials: the token itself is never stored), belongs
// to one account, expires at a unix time and may be revoked earlier by a logout. Whether a session
// still lets its holder in is decided in services/Accounts from what read_session returns.
//
// Thread safety: functions over the caller's transaction; no state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "records/UserRecord.h"
#include "store/Database.h"

namespace carecrowd::records {

// A session with the account it signs in (the account's signed-in columns only, see UserRecord.h).
struct SessionRecord {
  UserRecord user;
  std::int64_t expires_at = 0;  // unix seconds
  bool revoked = false;
};

void insert_session(store::Transaction& tx, const std::string& token_digest, std::int64_t user_id,
                    std::int64_t expires_at);
// The session of this token digest, revoked or expired ones too; nullopt when there is none.
std::optional<SessionRecord> read_session(store::Transaction& tx, const std::string& token_digest);
// A logout: the session no longer lets anyone in. An unknown digest changes nothing.
void revoke_session(store::Transaction& tx, const std::string& token_digest);
// Every session of the account no longer lets anyone in (an alarm centre's key revoked).
void revoke_sessions_of(store::Transaction& tx, std::int64_t user_id);
// Deletes the sessions that expired before `now` (they can never let anyone in again).
void forget_expired_sessions(store::Transaction& tx, std::int64_t now);

}  // namespace carecrowd::records
