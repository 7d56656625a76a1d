// Notices: the notifications a user missed while their app was closed. The app's bell takes in the
// live events meant for its user (Events.h) and reports the last id it took in; the server keeps
// that id per user (records/NoticeCursorRecord.h), so on opening, on any device, the app asks for
// the events of the kinds its bell shows that were published for the user after it, and starts its
// event stream after the latest id read with them: nothing falls between the two.
//
// Events are rows shared by every server process, so this needs no process to have seen anything;
// the prune job keeps them kNoticeRetention (a stream resumes over at most two hours, Events.h).
// Who receives which event is the one rule, services::may_receive.
//
// Thread safety: stateless functions over the Platform; safe from any number of threads and processes.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/Error.h"
#include "services/Events.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

// How long events are kept for the bell: a user who opens the app within a week after a notice
// still finds it.
inline constexpr std::chrono::minutes kNoticeRetention{7 * 24 * 60};
// The most missed events one read lists (the newest): the bell keeps fewer.
inline constexpr int kMaxMissedEvents = 50;
// At most this many event types per read, each at most kMaxEventTypeLength bytes.
inline constexpr std::size_t kMaxEventTypes = 20;
inline constexpr std::size_t kMaxEventTypeLength = 40;

struct MissedEvents {
  // The last event the user's app reported as taken in; nullopt before it first did (then
  // nothing counts as missed: the bell starts from now).
  std::optional<std::int64_t> seen_up_to;
  std::int64_t latest_event_id = 0;  // the stream starts after this id; every event up to it was read
  std::vector<Event> events;         // ascending ids, each one the user may receive
  bool more = false;                 // more were missed than listed, or some are no longer kept
};

// The events of one of `types` the caller may receive with ids after their cursor, the newest
// kMaxMissedEvents of them. Bad input: a type that is not an event type's shape, too many types.
Result<MissedEvents> missed_events(const Platform& platform, const Principal& who,
                                   const std::vector<std::string>& types);

// The caller's app took in every event up to `last_event_id`: their cursor moves there (never
// back). Returns the cursor kept. Bad input: an id below 0 or above the latest published.
Result<std::int64_t> mark_events_seen(const Platform& platform, const Principal& who, std::int64_t last_event_id);

}  // namespace carecrowd::services
