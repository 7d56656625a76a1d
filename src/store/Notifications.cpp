#include "store/Notifications.h"

namespace carecrowd::store {

Notifications::Channel& Notifications::channel(std::string_view name) {
  auto it = channels_.find(name);
  if (it == channels_.end()) it = channels_.emplace(std::string(name), Channel{}).first;
  return it->second;
}

std::int64_t Notifications::value(std::string_view channel_name) const {
  std::lock_guard lock(mutex_);
  auto it = channels_.find(channel_name);
  return it == channels_.end() ? 0 : it->second.value;
}

void Notifications::raise(std::string_view channel_name, std::int64_t value) {
  {
    std::lock_guard lock(mutex_);
    Channel& c = channel(channel_name);
    // Announcements arrive out of order (a local commit and another process's NOTIFY race): the
    // value only rises, so a late, smaller one cannot make a waiter miss what it waits for.
    if (value <= c.value) return;
    c.value = value;
  }
  raised_.notify_all();
}

std::int64_t Notifications::wait_above(std::string_view channel_name, std::int64_t above,
                                       Clock::time_point deadline) {
  std::unique_lock lock(mutex_);
  Channel& c = channel(channel_name);
  raised_.wait_until(lock, deadline, [&] { return c.value > above; });
  return c.value;
}

bool Notifications::take_poll_turn(std::string_view channel_name, std::chrono::milliseconds interval) {
  std::lock_guard lock(mutex_);
  Channel& c = channel(channel_name);
  const auto now = Clock::now();
  if (c.last_poll != Clock::time_point{} && now - c.last_poll < interval) return false;
  c.last_poll = now;
  return true;
}

}  // namespace carecrowd::store
