// AuditTamper: what someone who can write the database does to the audit log, for the tests that
// show which of it the chain alone finds and which needs the anchor. Rewrites that "re-hash" use
// the platform's own record_audit, as an attacker who knows the (unkeyed) hash rule would: the
// chain left behind links up and ends at audit_head, so only an anchor can tell.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "records/AuditRecords.h"
#include "services/AuditLog.h"
#include "store/Database.h"

namespace carecrowd::testing {

// Someone with no role the log would question: the rewriter's events look like the server's.
inline services::Principal audit_writer() {
  services::Principal who;
  who.user_id = 1;
  who.role = services::Role::coordinator;
  who.organisation_id = 1;
  who.source = "127.0.0.1";
  return who;
}

// Appends `n` events "detail <first>", "detail <first+1>", ... in one transaction.
inline void record_events(store::Transaction& tx, int n, int first = 1, const std::string& detail = "detail") {
  for (int i = 0; i < n; ++i) {
    services::record_audit(tx, audit_writer(),
                           {"client.read", 7, 1, "success", detail + " " + std::to_string(first + i)});
  }
}

// Deletes the events from `from_seq` on and moves audit_head back to the event before: the log as
// if they had never been written.
inline void delete_tail(store::Transaction& tx, std::int64_t from_seq) {
  tx.exec("DELETE FROM audit_event WHERE seq >= ?", {from_seq});
  std::string hash(64, '0');
  if (from_seq > 1) hash = tx.query("SELECT hash FROM audit_event WHERE seq = ?", {from_seq - 1}).at(0).text(0);
  tx.exec("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", {from_seq - 1, hash});
}

// Replaces the events from `from_seq` on with what `replay` records, re-hashed and with the head
// moved: a chain that verifies on its own.
inline void rewrite_from(store::Database& db, std::int64_t from_seq,
                         const std::function<void(store::Transaction&)>& replay) {
  db.write([&](store::Transaction& tx) {
    delete_tail(tx, from_seq);
    replay(tx);
  });
}

}  // namespace carecrowd::testing
