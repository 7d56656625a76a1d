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
#include <string>

#include "store/Database.h"

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
// Stores `event` (its seq as advance_audit_head gave it) and makes its hash the chain's end.
void append_audit_event(store::Transaction& tx, const StoredAuditEvent& event);

AuditHead read_audit_head(store::Transaction& tx);

// Calls `visit` for every stored event in seq order, reading in pages so that a long log is never
// held in memory at once; stops early when `visit` returns false.
void for_each_audit_event(store::Transaction& tx, const std::function<bool(const StoredAuditEvent&)>& visit);

}  // namespace carecrowd::records
