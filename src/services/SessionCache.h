// SessionCache: the sign-in sessions this process read lately, so that most requests check their
// bearer token without a database round trip (on PostgreSQL that round trip was one of a feed's
// four).
//
// Nothing here may outlive a change on another process: every write that takes a session's rights
// away or alters what it signs in as announces a session change (records/SessionRecord.h,
// announce_session_change), and a remembered session counts only while no change was announced
// after it was read. A process hears of another's changes through the database's notifications
// (PostgreSQL LISTEN) and, in case one was missed, by asking for the last change at most once a
// second per process; so a logout reaches every process within that second at worst. Expiry is
// checked on each use (it is in the session itself); unknown tokens are not remembered.
//
// Thread safety: shared by all request threads; every member may be called from any thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "records/SessionRecord.h"
#include "store/Database.h"

namespace carecrowd::services {

class SessionCache {
 public:
  explicit SessionCache(store::Database& db);

  // The session of this token digest as the database holds it now (revoked and expired ones too),
  // or nullopt when there is none.
  std::optional<records::SessionRecord> session(const std::string& token_digest);

 private:
  using Clock = std::chrono::steady_clock;
  struct Remembered {
    records::SessionRecord session;
    std::int64_t change = 0;  // the last session change known before it was read
    Clock::time_point read_at;
  };

  store::Database& db_;
  std::mutex mutex_;
  std::unordered_map<std::string, Remembered> sessions_;  // by token digest
};

}  // namespace carecrowd::services
