// Notifications: what this process knows of values that committed transactions announced on named
// channels (Transaction::notify_on_commit), so that a thread can sleep until something it waits for
// was committed instead of asking the database again and again.
//
// A channel holds one number that only rises: the highest value announced on it that this process
// has heard of (an announcement of a smaller value changes nothing). A transaction of this process
// raises it right after its commit; on PostgreSQL, commits of other processes raise it when their
// NOTIFY arrives on the listening connection (Database::listen). The number is a hint about the
// database, never the truth: a notification can be missed (a listening connection that broke, a
// second process on one SQLite file), so waiters also poll the database now and then, and one poll
// per interval per process is enough for all of them (take_poll_turn).
//
// Thread safety: every member may be called from any thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace carecrowd::store {

class Notifications {
 public:
  using Clock = std::chrono::steady_clock;

  // The highest value this process knows was announced on `channel` (0 before any).
  [[nodiscard]] std::int64_t value(std::string_view channel) const;

  // Raises the channel's value to `value` when that is higher, and then wakes every waiter.
  void raise(std::string_view channel, std::int64_t value);

  // Blocks until the channel's value is above `above` or `deadline` passes; returns the value then.
  std::int64_t wait_above(std::string_view channel, std::int64_t above, Clock::time_point deadline);

  // True for exactly one caller per `interval` and channel: the one that should poll the database
  // now (and raise() what it finds); everyone else waits for that poll's outcome.
  bool take_poll_turn(std::string_view channel, std::chrono::milliseconds interval);

 private:
  struct Channel {
    std::int64_t value = 0;
    Clock::time_point last_poll{};  // never polled yet: the first caller polls at once
  };
  Channel& channel(std::string_view name);  // REQUIRES: mutex_ held

  mutable std::mutex mutex_;
  std::condition_variable raised_;
  std::map<std::string, Channel, std::less<>> channels_;
};

}  // namespace carecrowd::store
