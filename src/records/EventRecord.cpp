#include "records/EventRecord.h"

namespace carecrowd::records {
namespace {

store::Param nullable(const std::optional<std::int64_t>& v) {
  if (v) return *v;
  return nullptr;
}

constexpr const char* kEventColumns = "id, type, data, organisation_id, caregiver_id, created_at, user_id";

EventRow event_row(const store::Row& r) {
  return {r.i64(0), r.text(1), r.text(2), r.opt_i64(3), r.opt_i64(4), r.i64(5), r.opt_i64(6)};
}

}  // namespace

std::int64_t append_event(store::Transaction& tx, const EventRow& event) {
  // The update takes event_head's row lock (PostgreSQL) until this transaction ends: the next
  // appender waits here and then reads the id this one committed, so ids have no gaps and commit
  // in order. (SQLite has one writer at a time anyway.)
  store::QueryBatch batch;
  std::int64_t id = 0;
  take_event_id(batch, id);
  batch.run(tx);
  EventRow stored = event;
  stored.id = id;
  store_event(tx, stored);
  return id;
}

void take_event_id(store::QueryBatch& batch, std::int64_t& id) {
  batch.add("UPDATE event_head SET last_id = last_id + 1 WHERE id = 1 RETURNING last_id", {},
            [&id](const store::Rows& rows) { id = rows.at(0).i64(0); });
}

void store_event(store::Transaction& tx, const EventRow& event) {
  // Deferred: sent with the transaction's next statement or its commit (PostgreSQL).
  tx.exec_deferred(std::string("INSERT INTO event (") + kEventColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                   {event.id, event.type, event.data_json, nullable(event.organisation_id),
                    nullable(event.caregiver_id), event.created_at, nullable(event.user_id)});
}

std::vector<EventRow> events_after(store::Transaction& tx, std::int64_t after_id, std::int64_t limit) {
  std::vector<EventRow> out;
  for (const auto& r : tx.query(std::string("SELECT ") + kEventColumns + " FROM event WHERE id > ? ORDER BY id LIMIT ?",
                                {after_id, limit})) {
    out.push_back(event_row(r));
  }
  return out;
}

std::vector<EventRow> addressed_events(store::Transaction& tx, const Addressees& to,
                                       const std::vector<std::string>& types, std::int64_t after_id,
                                       std::int64_t upto_id, std::int64_t limit) {
  std::vector<EventRow> out;
  if (types.empty()) return out;
  std::string sql = std::string("SELECT ") + kEventColumns + " FROM event WHERE type IN (?";
  for (std::size_t i = 1; i < types.size(); ++i) sql += ", ?";
  sql += ") AND id > ? AND id <= ? AND (caregiver_id = ? OR (caregiver_id IS NULL AND "
         "(user_id = ? OR (user_id IS NULL AND organisation_id = ?)))) ORDER BY id DESC LIMIT ?";
  std::vector<store::Param> params(types.begin(), types.end());
  params.emplace_back(after_id);
  params.emplace_back(upto_id);
  params.emplace_back(nullable(to.caregiver_id));  // NULL matches no row
  params.emplace_back(to.user_id);
  params.emplace_back(nullable(to.organisation_id));
  params.emplace_back(limit);
  for (const auto& r : tx.query(sql, params)) out.push_back(event_row(r));
  return out;
}

std::optional<LocalMinute> event_created_at(store::Transaction& tx, std::int64_t id) {
  return tx.query_i64("SELECT created_at FROM event WHERE id = ?", {id});
}

EventIds event_ids(store::Transaction& tx) {
  const auto rows = tx.query("SELECT h.last_id, (SELECT MIN(id) FROM event) FROM event_head h WHERE h.id = 1");
  return {rows.at(0).i64(0), rows.at(0).opt_i64(1)};
}

std::int64_t delete_events_before(store::Transaction& tx, LocalMinute cutoff) {
  // Only ids up to the head as read first: an event committed meanwhile (PostgreSQL, read
  // committed) has a larger id and is never deleted here, however young it is.
  const std::int64_t latest = event_ids(tx).latest;
  // Walks the ids upwards to the first event young enough to keep, so the cost is the rows deleted.
  const auto first_kept = tx.query_i64(
      "SELECT id FROM event WHERE created_at >= ? AND id <= ? ORDER BY id LIMIT 1", {cutoff, latest});
  return tx.exec("DELETE FROM event WHERE id < ?", {first_kept.value_or(latest + 1)});
}

}  // namespace carecrowd::records
