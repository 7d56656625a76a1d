// AuditLog: the NEN 7513 access log. Every read or change of client data appends one event with the
// standard's minimum: event, date-time (UTC), client, user, role, acting-for, source address and
// outcome. Events form a hash chain: each hash is SHA-256 over the event's fields and the previous
// hash, and audit_head holds the end of the chain, so that changing, deleting or inserting an event
// afterwards is found by verify().
//
// record() writes in the caller's transaction, so that a change and its audit event commit together
// and a read's event is durable before its data is sent. Appends serialise on the audit_head row
// (a row lock in PostgreSQL), so the chain stays linear across server processes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/Error.h"
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

// An organisation admin's query of the log: their organisation's events, optionally for one client
// and a time range ("from"/"to" as UTC date-times); newest first, paginated (limit, before_seq).
Result<nlohmann::json> query_audit(const Platform& platform, const Principal& who, const nlohmann::json& query);
// A client's (or family member's) overview of who looked at their record.
Result<nlohmann::json> client_access_overview(const Platform& platform, const Principal& who,
                                              std::int64_t client_id);

struct AuditVerification {
  bool intact = true;
  std::int64_t events = 0;
  std::optional<std::int64_t> first_bad_seq;
  std::string reason;
};
AuditVerification verify_audit(store::Database& db);

}  // namespace carecrowd::services
