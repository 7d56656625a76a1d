// AuditLog: the NEN 7513 access log. Every read or change of client data appends one event with the
// standard's minimum: event, date-time (UTC), client, user, role, acting-for, source address and
// outcome. Events form a hash chain: each hash is SHA-256 over the event's fields and the previous
// hash, and audit_head holds the end of the chain, so that changing, deleting or inserting an event
// afterwards is found by verify_audit(). The chain's end is also anchored outside the database
// (AuditAnchor), because someone who can rewrite the tables can re-hash the chain and the head.
//
// record() writes in the caller's transaction, so that a change and its audit event commit together
// and a read's event is durable before its data is sent. Appends serialise on the audit_head row
// (a row lock in PostgreSQL), so the chain stays linear across server processes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/Error.h"
#include "records/AuditRecords.h"
#include "services/AuditCheckpoint.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

struct AuditEvent {
  std::string event;                          // "client.read", "task.claim", "arrangement.update"...
  std::optional<std::int64_t> client_id;
  std::optional<std::int64_t> organisation_id;
  std::string outcome = "success";            // success | denied | failed
  std::string detail;                         // what, without personal data ("task 12")
};

void record_audit(store::Transaction& tx, const Principal& who, const AuditEvent& event);
// record_audit's second step, with the head taken already (records::advance_audit_head in a
// batch: services/Events.h record_audit_and_publish).
void append_audit(store::Transaction& tx, const Principal& who, const AuditEvent& event, const records::AuditHead& head);

// An organisation admin's query of the log: their organisation's events, optionally for one
// client, newest first, a page of `limit` (1..1000) before `before_seq`. The query is itself an
// audit event (audit.query). Results are typed; the http edge renders them (http/AuditJson.h).
struct AuditQuery {
  std::optional<std::int64_t> client_id;
  std::optional<std::int64_t> before_seq;
  std::int64_t limit = 100;
};
struct AuditPage {
  std::vector<records::ListedAuditEvent> items;  // newest first
  std::optional<std::int64_t> next_before_seq;   // when the page is full: the next page's before_seq
};
// `query` as the http edge read it: its error is answered after the permission check (a caller in
// the process passes an AuditQuery).
Result<AuditPage> query_audit(const Platform& platform, const Principal& who, const Result<AuditQuery>& query);

// A client's (or family member's) overview of who looked at their record: their latest events
// (at most 500, not paginated), without the source address (another user's network address is not
// the client's business: `source` is empty). An audit event itself (client.access_overview).
struct ClientAccessOverview {
  std::int64_t client_id = 0;
  std::vector<records::ListedAuditEvent> items;  // newest first
};
Result<ClientAccessOverview> client_access_overview(const Platform& platform, const Principal& who,
                                                    std::int64_t client_id);

struct AuditVerification {
  bool intact = true;
  std::int64_t events = 0;
  std::string head_hash;  // the hash of the last event that verified
  std::optional<std::int64_t> first_bad_seq;  // the first event that is missing, changed or out of place
  std::string reason;
  // With an anchor: how many authentic checkpoints it holds, and the latest one.
  bool anchor_checked = false;
  std::int64_t checkpoints = 0;
  std::int64_t anchored_seq = 0;
  std::string anchored_at;
};
// Walks the chain in the database: every seq present once, each event linked to the one before and
// hashing to its stored hash, and the head at the chain's end. Catches an edit that did not
// re-hash the chain after it; an attacker who re-hashes (and rewrites the head) needs an anchor to
// be caught.
AuditVerification verify_audit(store::Database& db);
// The same, and every authentic checkpoint of `anchor` must name an event of the chain with the
// same hash: a chain re-hashed after an edit, an inserted or removed event, or a removed tail no
// longer matches what was anchored. Forged anchor lines are tampering too.
AuditVerification verify_audit(store::Database& db, const AnchorContents* anchor);
// The same in the caller's read transaction (a backup's copy).
AuditVerification verify_audit(store::Transaction& tx, const AnchorContents* anchor);

}  // namespace carecrowd::services
