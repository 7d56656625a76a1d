#include "records/AuditRecords.h"

namespace carecrowd::records {
namespace {

store::Param nullable_id(const std::string& id) {
  if (id.empty()) return nullptr;
  return static_cast<std::int64_t>(std::stoll(id));
}

// Pages of the chain: large enough that a million events take a few hundred queries, small
// enough that a page's rows stay a few megabytes.
constexpr std::int64_t kPageSize = 5000;

// What a reader of the log sees of an event, in the order read_listed reads it.
constexpr const char* kListedColumns =
    "e.seq, e.at, e.event, e.client_id, e.user_id, e.role, e.acting_for, e.source, e.outcome, e.detail, "
    "COALESCE(u.name, '')";

ListedAuditEvent read_listed(const store::Row& r) {
  return {r.i64(0),  r.text(1), r.text(2), r.opt_i64(3), r.opt_i64(4), r.text(5),
          r.text(6), r.text(7), r.text(8), r.text(9),    r.text(10)};
}

std::vector<ListedAuditEvent> listed_events(store::Transaction& tx, const std::string& sql,
                                            const std::vector<store::Param>& params) {
  std::vector<ListedAuditEvent> out;
  for (const auto& r : tx.query(sql, params)) out.push_back(read_listed(r));
  return out;
}

}  // namespace

AuditHead advance_audit_head(store::Transaction& tx) {
  return store::read_alone<AuditHead>(tx, [&](auto& batch, auto& out) { advance_audit_head(batch, out); });
}

void advance_audit_head(store::QueryBatch& batch, AuditHead& out) {
  // One statement: the new seq, and the hash it leaves as it was (the previous event's).
  batch.add("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash", {}, [&out](const store::Rows& rows) {
    if (rows.empty()) {
      out = {-1, ""};  // no head row: see read_audit_head
      return;
    }
    out = {rows[0].i64(0), rows[0].text(1)};
  });
}

void append_audit_event(store::Transaction& tx, const StoredAuditEvent& e) {
  // Deferred: sent with the transaction's next statement (PostgreSQL), nothing is read back.
  tx.exec_deferred(
      "INSERT INTO audit_event (seq, at, event, client_id, user_id, role, acting_for, source, outcome, detail, "
      "organisation_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {e.seq, e.at, e.event, nullable_id(e.client_id), nullable_id(e.user_id), e.role, e.acting_for, e.source,
       e.outcome, e.detail, nullable_id(e.organisation_id), e.prev_hash, e.hash});
  tx.exec_deferred("UPDATE audit_head SET hash = ? WHERE id = 1", {e.hash});
}

void lock_audit_chain(store::Transaction& tx) { tx.exec("UPDATE audit_head SET seq = seq WHERE id = 1"); }

AuditHead read_audit_head(store::Transaction& tx) {
  auto rows = tx.query("SELECT seq, hash FROM audit_head WHERE id = 1");
  // The migration inserts the row; a database without it had its head deleted, which the chain's
  // verification reports as a head that does not match the chain.
  if (rows.empty()) return {-1, ""};
  return {rows[0].i64(0), rows[0].text(1)};
}

void for_each_audit_event(store::Transaction& tx, const std::function<bool(const StoredAuditEvent&)>& visit) {
  std::int64_t after = -1;
  for (;;) {
    auto rows = tx.query(
        "SELECT seq, at, event, client_id, user_id, role, acting_for, source, outcome, detail, organisation_id, "
        "prev_hash, hash FROM audit_event WHERE seq > ? ORDER BY seq LIMIT ?",
        {after, kPageSize});
    for (const auto& r : rows) {
      StoredAuditEvent e{r.i64(0), r.text(1), r.text(2), r.text(3),  r.text(4),  r.text(5), r.text(6),
                         r.text(7), r.text(8), r.text(9), r.text(10), r.text(11), r.text(12)};
      after = e.seq;
      if (!visit(e)) return;
    }
    if (static_cast<std::int64_t>(rows.size()) < kPageSize) return;
  }
}

std::vector<ListedAuditEvent> organisation_audit_events(store::Transaction& tx, const AuditSearch& search) {
  std::string sql = std::string("SELECT ") + kListedColumns +
                    " FROM audit_event e LEFT JOIN app_user u ON u.id = e.user_id WHERE e.organisation_id = ?";
  std::vector<store::Param> params{search.organisation_id};
  if (search.client_id) {
    sql += " AND e.client_id = ?";
    params.emplace_back(*search.client_id);
  }
  if (search.before_seq) {
    sql += " AND e.seq < ?";
    params.emplace_back(*search.before_seq);
  }
  sql += " ORDER BY e.seq DESC LIMIT ?";
  params.emplace_back(search.limit);
  return listed_events(tx, sql, params);
}

std::vector<ListedAuditEvent> client_audit_events(store::Transaction& tx, std::int64_t client_id, std::int64_t limit) {
  static const std::string sql = std::string("SELECT ") + kListedColumns +
                                 " FROM audit_event e LEFT JOIN app_user u ON u.id = e.user_id "
                                 "WHERE e.client_id = ? ORDER BY e.seq DESC LIMIT ?";
  return listed_events(tx, sql, {client_id, limit});
}

}  // namespace carecrowd::records
