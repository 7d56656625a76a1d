#include "records/CalendarLinkRecord.h"

namespace carecrowd::records {

void replace_calendar_link(store::Transaction& tx, std::int64_t user_id, const std::string& token_digest,
                           std::int64_t now) {
  revoke_calendar_links(tx, user_id, now);
  tx.exec("INSERT INTO calendar_link (token_hash, user_id, created_at) VALUES (?, ?, ?)", {token_digest, user_id, now});
}

std::int64_t revoke_calendar_links(store::Transaction& tx, std::int64_t user_id, std::int64_t now) {
  return tx.exec("UPDATE calendar_link SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", {now, user_id});
}

std::optional<UserRecord> calendar_link_user(store::Transaction& tx, const std::string& token_digest) {
  static const std::string sql = "SELECT " + signed_in_user_columns() +
                                 " FROM calendar_link l JOIN app_user u ON u.id = l.user_id "
                                 "WHERE l.token_hash = ? AND l.revoked_at IS NULL";
  const auto rows = tx.query(sql, {token_digest});
  if (rows.empty()) return std::nullopt;
  return read_signed_in_user(rows[0]);
}

}  // namespace carecrowd::records
