#include "records/SessionRecord.h"

namespace carecrowd::records {

void insert_session(store::Transaction& tx, const std::string& token_digest, std::int64_t user_id,
                    std::int64_t expires_at) {
  tx.exec("INSERT INTO session (token_hash, user_id, expires_at) VALUES (?, ?, ?)", {token_digest, user_id, expires_at});
}

std::optional<SessionRecord> read_session(store::Transaction& tx, const std::string& token_digest) {
  // Read on every request: one fixed text, so that a prepared statement is reused.
  static const std::string sql = "SELECT " + signed_in_user_columns() +
                                 ", s.expires_at, s.revoked FROM session s JOIN app_user u ON u.id = s.user_id "
                                 "WHERE s.token_hash = ?";
  const auto rows = tx.query(sql, {token_digest});
  if (rows.empty()) return std::nullopt;
  const auto& r = rows[0];
  const std::size_t after = signed_in_user_column_count();
  return SessionRecord{read_signed_in_user(r), r.i64(after), r.i64(after + 1) != 0};
}

void revoke_session(store::Transaction& tx, const std::string& token_digest) {
  tx.exec("UPDATE session SET revoked = 1 WHERE token_hash = ?", {token_digest});
  announce_session_change(tx);
}

void revoke_sessions_of(store::Transaction& tx, std::int64_t user_id) {
  tx.exec("UPDATE session SET revoked = 1 WHERE user_id = ?", {user_id});
  announce_session_change(tx);
}

void announce_session_change(store::Transaction& tx) {
  const auto rows = tx.query("UPDATE session_head SET last_change = last_change + 1 WHERE id = 1 RETURNING last_change", {});
  tx.notify_on_commit(kSessionChangeChannel, rows.at(0).i64(0));
}

std::int64_t last_session_change(store::Transaction& tx) {
  const auto rows = tx.query("SELECT last_change FROM session_head WHERE id = 1", {});
  return rows.empty() ? 0 : rows[0].i64(0);
}

void forget_expired_sessions(store::Transaction& tx, std::int64_t now) {
  tx.exec("DELETE FROM session WHERE expires_at < ?", {now});
}

}  // namespace carecrowd::records
