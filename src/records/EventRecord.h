// EventRecord: the event and event_head tables (store migration 0006) as typed records: appending
// an event with the next gapless id, reading events after an id, the range of ids kept, and pruning
// from the low end. Who may receive an event, and what it says, are decided in services/Events.h.
//
// Ids: append takes the next id by updating event_head's one row, which PostgreSQL keeps locked
// until the appending transaction ends. Appending transactions therefore commit one after another
// in id order, and a reader that has seen id N never later finds a smaller id committed. The row
// lock is held from the append to the commit: append as the last write of a transaction.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/CivilTime.h"
#include "store/Database.h"
#include "store/QueryBatch.h"

namespace carecrowd::records {

struct EventRow {
  std::int64_t id = 0;
  std::string type;
  std::string data_json;
  std::optional<std::int64_t> organisation_id;
  std::optional<std::int64_t> caregiver_id;
  LocalMinute created_at = 0;
  std::optional<std::int64_t> user_id;
};

// Appends the event with the next id (its `id` is ignored) and returns that id.
std::int64_t append_event(store::Transaction& tx, const EventRow& event);
// append_event in two steps, so that the id can be taken in a batch with other heads (after the
// audit head): take the next id (set in `id` when the batch runs), then store the event with it.
void take_event_id(store::QueryBatch& batch, std::int64_t& id);
void store_event(store::Transaction& tx, const EventRow& event);  // with event.id as taken

// The events with ids above `after_id`, ascending, at most `limit`.
std::vector<EventRow> events_after(store::Transaction& tx, std::int64_t after_id, std::int64_t limit);

// Whom a read of addressed events is for: events addressed to this caregiver (caregiver_id), to
// this user (user_id, no caregiver) or to this organisation's board (neither). Who may receive
// which is decided in services (may_receive), over what this reads.
struct Addressees {
  std::optional<std::int64_t> caregiver_id;
  std::int64_t user_id = 0;
  std::optional<std::int64_t> organisation_id;
};
// The events addressed to any of `to`, of one of `types` (1 or more), with ids in (after_id, upto_id],
// newest first, at most `limit`: what a bell missed, read by type (index event_by_type) so that a
// board's many other events are not walked.
std::vector<EventRow> addressed_events(store::Transaction& tx, const Addressees& to,
                                       const std::vector<std::string>& types, std::int64_t after_id,
                                       std::int64_t upto_id, std::int64_t limit);

// When the event with this id was published; nullopt when it is not stored.
std::optional<LocalMinute> event_created_at(store::Transaction& tx, std::int64_t id);

struct EventIds {
  std::int64_t latest = 0;                  // the last id appended (0: none yet)
  std::optional<std::int64_t> oldest_kept;  // the smallest id still stored (nullopt: none stored)
};
// Both read in one statement, so that they belong to one moment even while others prune.
EventIds event_ids(store::Transaction& tx);

// Deletes the events before the first one created at or after `cutoff` (all of them when there is
// none): always a run of the lowest ids, so the ids kept stay one unbroken range. Returns how many.
std::int64_t delete_events_before(store::Transaction& tx, LocalMinute cutoff);

}  // namespace carecrowd::records
