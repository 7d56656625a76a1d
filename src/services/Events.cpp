#include "services/Events.h"

#include <algorithm>

#include "records/EventRecord.h"

namespace carecrowd::services {
namespace {

// The NOTIFY channel and the Notifications channel of event ids.
constexpr const char* kEventChannel = "carecrowd_events";

// The latest id as stored, told to this process's waiters too (a poll, or any other read of it).
std::int64_t read_latest(const Platform& platform) {
  const auto latest = platform.db().read([](store::Transaction& tx) { return records::event_ids(tx).latest; });
  platform.db().notifications().raise(kEventChannel, latest);
  return latest;
}

// The event stored with the id taken for it, announced at the commit.
void publish_as(store::Transaction& tx, const Platform& platform, const NewEvent& event, std::int64_t id) {
  records::store_event(
      tx, {id, event.type, event.data.dump(), event.organisation_id, event.caregiver_id, platform.now(), event.user_id});
  tx.notify_on_commit(kEventChannel, id);
}

}  // namespace

Event event_of(records::EventRow row) {
  return {row.id, std::move(row.type), std::move(row.data_json), row.organisation_id, row.caregiver_id, row.user_id,
          row.created_at};
}

std::int64_t publish(store::Transaction& tx, const Platform& platform, const NewEvent& event) {
  store::QueryBatch head;
  std::int64_t id = 0;
  records::take_event_id(head, id);
  head.run(tx);
  publish_as(tx, platform, event, id);
  return id;
}

std::int64_t record_audit_and_publish(store::Transaction& tx, const Platform& platform, const Principal& who,
                                      const AuditEvent& audit, const NewEvent& event) {
  store::QueryBatch heads;
  records::AuditHead audit_head;
  std::int64_t id = 0;
  records::advance_audit_head(heads, audit_head);
  records::take_event_id(heads, id);
  heads.run(tx);
  append_audit(tx, who, audit, audit_head);
  publish_as(tx, platform, event, id);
  return id;
}

std::vector<Event> events_after(const Platform& platform, std::int64_t after_id, int limit) {
  const std::int64_t n = std::clamp(limit, 1, kMaxEventsPerRead);
  auto rows = platform.db().read([&](store::Transaction& tx) { return records::events_after(tx, after_id, n); });
  std::vector<Event> out;
  out.reserve(rows.size());
  for (auto& row : rows) out.push_back(event_of(std::move(row)));
  return out;
}

bool may_receive(const Principal& who, const Event& event) {
  // Addressed to one caregiver: theirs alone, whichever organisation it came from.
  if (event.caregiver_id) return who.role == Role::caregiver && who.caregiver_id == event.caregiver_id;
  if (event.user_id) return who.user_id == *event.user_id;
  if (event.organisation_id) return is_care_staff(who) && who.in_organisation(*event.organisation_id);
  // Addressed to nobody in particular: no event of that kind exists yet, and none is sent blindly.
  return false;
}

std::int64_t latest_event_id(const Platform& platform) { return read_latest(platform); }

std::int64_t oldest_kept_event_id(const Platform& platform) {
  const auto ids = platform.db().read([](store::Transaction& tx) { return records::event_ids(tx); });
  return ids.oldest_kept.value_or(ids.latest + 1);
}

bool can_resume_after(const Platform& platform, std::int64_t last_id) {
  return platform.db().read([&](store::Transaction& tx) {
    const auto ids = records::event_ids(tx);
    if (last_id < 0 || last_id > ids.latest) return false;
    // Ids are kept as one unbroken range from the oldest kept to the latest: nothing after last_id
    // is missing when the next one is still there (or when last_id is the latest).
    if (last_id + 1 < ids.oldest_kept.value_or(ids.latest + 1)) return false;
    if (last_id == ids.latest) return true;
    const auto next_at = records::event_created_at(tx, last_id + 1);
    return next_at && *next_at >= platform.now() - kMinEventRetention.count();
  });
}

std::int64_t wait_for_events(const Platform& platform, std::int64_t after_id, std::chrono::milliseconds timeout) {
  auto& db = platform.db();
  db.listen(kEventChannel);
  auto& known = db.notifications();
  const auto deadline = store::Notifications::Clock::now() + timeout;
  for (;;) {
    // The safety net: one waiter per interval asks the database, and what it finds wakes the rest.
    if (known.take_poll_turn(kEventChannel, kEventPollInterval)) read_latest(platform);
    const auto now = store::Notifications::Clock::now();
    const std::int64_t latest = known.value(kEventChannel);
    if (latest > after_id || now >= deadline) return latest;
    known.wait_above(kEventChannel, after_id, std::min(deadline, now + kEventPollInterval));
  }
}

std::int64_t prune_events(const Platform& platform, std::chrono::minutes keep) {
  const auto kept = std::max(keep, kMinEventRetention);
  const LocalMinute cutoff = platform.now() - kept.count();
  return platform.db().write([&](store::Transaction& tx) { return records::delete_events_before(tx, cutoff); });
}

}  // namespace carecrowd::services
