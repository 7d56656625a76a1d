// Events: the platform's live events, which GET /v1/events streams to the people they concern (a
// caregiver: their new offers and the urgent tasks that newly fit them; a coordinator: their
// organisation's board changes). What publishes which event is in TaskEvents.h; the types and the
// data of each are listed in docs/api.md.
//
// An event is a row, written in the same transaction as the change it reports: it exists exactly
// when the change committed, reaches every server process sharing the database and survives a
// restart. Ids are gapless and in commit order across processes (records/EventRecord.h), so a
// stream that has sent id N resumes completely with events_after(N). Events are kept for at least
// kMinEventRetention (prune_events), so a stream may resume that long after its last event; after
// that, can_resume_after() is false and the stream tells its client to reload everything.
//
// Waiting: wait_for_events() sleeps until an event newer than the caller's is committed, woken by a
// commit of this process or (PostgreSQL) another process's NOTIFY, and polls the database every
// kEventPollInterval as a safety net for a missed notification; one poll per process serves every
// waiting stream.
//
// Thread safety: stateless functions over the Platform; safe from any number of threads and
// processes.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/CivilTime.h"
#include "records/EventRecord.h"
#include "services/AuditLog.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

struct Event {
  std::int64_t id = 0;
  std::string type;       // "task.claimed", "proposal.offered", ... (docs/api.md)
  std::string data_json;  // a JSON object, sent as the event's data
  std::optional<std::int64_t> organisation_id;  // addressed to this organisation's board
  std::optional<std::int64_t> caregiver_id;     // addressed to this caregiver alone
  std::optional<std::int64_t> user_id;          // addressed to this user alone (an informal contact)
  LocalMinute created_at = 0;                   // when it was published, on the platform's clock
};

// An event as stored.
[[nodiscard]] Event event_of(records::EventRow row);

struct NewEvent {
  // Addressed to an organisation's board, a caregiver, or a user (see may_receive).
  NewEvent(std::string event_type, nlohmann::json event_data, std::optional<std::int64_t> organisation = std::nullopt,
           std::optional<std::int64_t> caregiver = std::nullopt, std::optional<std::int64_t> user = std::nullopt)
      : type(std::move(event_type)),
        data(std::move(event_data)),
        organisation_id(organisation),
        caregiver_id(caregiver),
        user_id(user) {}

  std::string type;
  nlohmann::json data = nlohmann::json::object();
  std::optional<std::int64_t> organisation_id;
  std::optional<std::int64_t> caregiver_id;
  std::optional<std::int64_t> user_id;
};

// Events are kept at least this long, whatever prune_events is asked: a client may resume that
// long after the last event it saw (the API promises an hour).
inline constexpr std::chrono::minutes kMinEventRetention{2 * 60};
// The most events one events_after() call returns.
inline constexpr int kMaxEventsPerRead = 1000;
// How often a waiter checks the database in case a notification was missed.
inline constexpr std::chrono::milliseconds kEventPollInterval{250};

// Appends the event in the caller's write transaction and returns its id. The id is taken from a
// row that stays locked until `tx` ends, so publish as the last write of a transaction (after its
// audit events: every transaction takes the audit head first and the event head last, never the
// other way round, so two transactions cannot deadlock on them).
std::int64_t publish(store::Transaction& tx, const Platform& platform, const NewEvent& event);
// record_audit (AuditLog.h) and then publish, the two heads taken in one round trip (the audit
// head first, as everywhere): for a write that ends with one audit event and one event, so that
// the audit head, which every writer waits for, is held through one round trip less. Returns the
// event's id.
std::int64_t record_audit_and_publish(store::Transaction& tx, const Platform& platform, const Principal& who,
                                      const AuditEvent& audit, const NewEvent& event);

// The events with ids above `after_id`, ascending, at most `limit` (clamped to 1..kMaxEventsPerRead),
// for everyone: filter each with may_receive() before sending it.
std::vector<Event> events_after(const Platform& platform, std::int64_t after_id, int limit);

// The one rule who receives which event: an event addressed to a caregiver goes to that caregiver
// only; one addressed to a user (an informal contact asked to go to an alarm) to that user only; an organisation's board event goes to that organisation's coordinators and admins; nobody
// receives another organisation's events, and other roles receive none (a family account only what
// is addressed to it).
bool may_receive(const Principal& who, const Event& event);

// The id of the last event published (0 before the first).
std::int64_t latest_event_id(const Platform& platform);
// The smallest id still stored; latest_event_id() + 1 when none is stored.
std::int64_t oldest_kept_event_id(const Platform& platform);
// Whether a stream that sent `last_id` can go on without loss: every event after it is still stored
// and the first of them is at most kMinEventRetention old. Events may be kept longer (the bell's
// missed notices, Notices.h), but a stream's catch-up reads every event of the gap, everyone's,
// so an older gap is a resync as it always was. False for an id this database never gave out
// (above the latest, or negative).
bool can_resume_after(const Platform& platform, std::int64_t last_id);

// Returns as soon as an event with an id above `after_id` is committed, or after `timeout`: the
// latest id this process knows of (above `after_id` when there is something to read).
std::int64_t wait_for_events(const Platform& platform, std::int64_t after_id, std::chrono::milliseconds timeout);

// Deletes events older than `keep` (at least kMinEventRetention) by the platform's clock. Returns
// how many were deleted.
std::int64_t prune_events(const Platform& platform, std::chrono::minutes keep = kMinEventRetention);

}  // namespace carecrowd::services
