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
#include <string_view>

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
// A logout: the session no longer lets anyone in. An unknown digest changes nothing. Announces a
// session change (below).
void revoke_session(store::Transaction& tx, const std::string& token_digest);
// Every session of the account no longer lets anyone in (an alarm centre's key revoked). Announces
// a session change.
void revoke_sessions_of(store::Transaction& tx, std::int64_t user_id);

// Session changes: what a process that remembers sessions (services/SessionCache) must hear of. A
// change takes the next number of the one shared counter (migration 0017) and announces it on
// kSessionChangeChannel when `tx` commits; every process forgets the sessions it read before that
// number. Called by the writes above and by every write that alters what a session signs in as.
inline constexpr std::string_view kSessionChangeChannel = "session_change";
void announce_session_change(store::Transaction& tx);
// The number of the last session change committed (to catch up on an announcement that was missed).
std::int64_t last_session_change(store::Transaction& tx);
// Deletes the sessions that expired before `now` (they can never let anyone in again).
void forget_expired_sessions(store::Transaction& tx, std::int64_t now);

}  // namespace carecrowd::records
