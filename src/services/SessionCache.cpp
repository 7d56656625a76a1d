#include "services/SessionCache.h"

namespace carecrowd::services {
namespace {

// How often a process asks for the last session change, in case an announcement was missed (a
// listening connection that broke; a second process on one SQLite file hears nothing).
constexpr std::chrono::milliseconds kChangePollInterval{1000};
// A remembered session is read again after this long even without news of a change: a bound on
// what an unforeseen path (a session changed by hand in the database) can leave stale.
constexpr std::chrono::seconds kMaxAge{60};
// Sessions remembered at most; past it the memory starts over (a few hundred bytes each).
constexpr std::size_t kMaxSessions = 50'000;

}  // namespace

SessionCache::SessionCache(store::Database& db) : db_(db) { db_.listen(records::kSessionChangeChannel); }

std::optional<records::SessionRecord> SessionCache::session(const std::string& token_digest) {
  auto& known = db_.notifications();
  if (known.take_poll_turn(records::kSessionChangeChannel, kChangePollInterval)) {
    known.raise(records::kSessionChangeChannel,
                db_.read([](store::Transaction& tx) { return records::last_session_change(tx); }));
  }
  // Taken before the read: a change committed after it makes what the read saw stale, however the
  // two interleave.
  const std::int64_t change = known.value(records::kSessionChangeChannel);
  const auto now = Clock::now();
  {
    std::lock_guard lock(mutex_);
    if (const auto found = sessions_.find(token_digest);
        found != sessions_.end() && found->second.change == change && now - found->second.read_at < kMaxAge) {
      return found->second.session;
    }
  }
  auto read = db_.read([&](store::Transaction& tx) { return records::read_session(tx, token_digest); });
  if (!read) return std::nullopt;
  std::lock_guard lock(mutex_);
  if (sessions_.size() >= kMaxSessions) sessions_.clear();
  sessions_.insert_or_assign(token_digest, Remembered{*read, change, now});
  return read;
}

}  // namespace carecrowd::services
