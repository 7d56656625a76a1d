// AuditRecords: the audit log's two tables as typed records, the one place their SQL lives.
//
// audit_event holds the chain (one row per event, seq 1, 2, 3, ... without gaps); audit_head holds
// one row with the chain's end (the last seq and its hash), which is what appends serialise on and
// what an anchor checkpoint copies. Values the chain hashes are kept as the text the database gives
// back (a NULL id is ""), so that hashing a stored event reproduces what was hashed when it was
// written, on either backend.
//
// Thread safety: functions run in the caller's transaction and keep no state.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "store/Database.h"
#include "store/QueryBatch.h"

namespace carecrowd::records {

struct AuditHead {
  std::int64_t seq = 0;  // 0: no event yet
  std::string hash;      // hex SHA-256 of the last event; 64 zeros before the first
};

// An audit event as stored, every field as text ("" for NULL).
struct StoredAuditEvent {
  std::int64_t seq = 0;
  std::string at, event, client_id, user_id, role, acting_for, source, outcome, detail, organisation_id;
  std::string prev_hash, hash;
};

// Moves the head to the next seq and returns it with the previous event's hash. In PostgreSQL this
// takes audit_head's row lock until commit, so appends from every process form one chain.
AuditHead advance_audit_head(store::Transaction& tx);
// The same as part of `batch` (before any other head the batch takes): `out` is set when it runs.
void advance_audit_head(store::QueryBatch& batch, AuditHead& out);
// Stores `event` (its seq as advance_audit_head gave it) and makes its hash the chain's end. The
// writes go with the transaction's next statement (Transaction::exec_deferred): a failure is
// thrown there or at commit, and the transaction does not commit.
void append_audit_event(store::Transaction& tx, const StoredAuditEvent& event);

AuditHead read_audit_head(store::Transaction& tx);
// Takes audit_head's row lock until commit without moving the head: a transaction that must not
// run beside another one of its kind (seeding the demo region) queues behind every append.
void lock_audit_chain(store::Transaction& tx);

// Calls `visit` for every stored event in seq order, reading in pages so that a long log is never
// held in memory at once; stops early when `visit` returns false.
void for_each_audit_event(store::Transaction& tx, const std::function<bool(const StoredAuditEvent&)>& visit);

// An event as the log's readers see it (an organisation admin's query, a client's overview): the
// chain's fields without the hashes, ids as numbers, and the name of the user who acted ("" when
// there was none or the account is gone).
struct ListedAuditEvent {
  std::int64_t seq = 0;
  std::string at, event;
  std::optional<std::int64_t> client_id, user_id;
  std::string role, acting_for, source, outcome, detail;
  std::string user_name;
};

// An organisation's events, newest first: only those about `client_id` and before `before_seq`
// when given, at most `limit`.
struct AuditSearch {
  std::int64_t organisation_id = 0;
  std::optional<std::int64_t> client_id;
  std::optional<std::int64_t> before_seq;
  std::int64_t limit = 100;
};
std::vector<ListedAuditEvent> organisation_audit_events(store::Transaction& tx, const AuditSearch& search);
// The events about one client, of every organisation, newest first, at most `limit`.
std::vector<ListedAuditEvent> client_audit_events(store::Transaction& tx, std::int64_t client_id, std::int64_t limit);

}  // namespace carecrowd::records
