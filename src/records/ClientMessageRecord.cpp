#include "records/ClientMessageRecord.h"

namespace carecrowd::records {

std::int64_t insert_client_message(store::Transaction& tx, const ClientMessage& m) {
  return *tx.query_i64(
      "INSERT INTO client_message (client_id, author_user_id, from_family, body, created_at) VALUES (?, ?, ?, ?, ?) "
      "RETURNING id",
      {m.client_id, m.author_user_id, std::int64_t{m.from_family ? 1 : 0}, m.body, m.created_at});
}

std::vector<ClientMessage> client_messages(store::Transaction& tx, std::int64_t client_id, int limit) {
  // The latest first to take the limit, turned round below.
  static const std::string sql =
      "SELECT m.id, m.client_id, m.author_user_id, u.name, m.from_family, m.body, m.created_at, m.read_at "
      "FROM client_message m JOIN app_user u ON u.id = m.author_user_id WHERE m.client_id = ? ORDER BY m.id DESC LIMIT ?";
  std::vector<ClientMessage> out;
  for (const auto& r : tx.query(sql, {client_id, std::int64_t{limit}})) {
    ClientMessage m;
    m.id = r.i64(0);
    m.client_id = r.i64(1);
    m.author_user_id = r.i64(2);
    m.author_name = r.text(3);
    m.from_family = r.i64(4) != 0;
    m.body = r.text(5);
    m.created_at = r.i64(6);
    if (!r.is_null(7)) m.read_at = r.i64(7);
    out.push_back(std::move(m));
  }
  return {out.rbegin(), out.rend()};
}

std::int64_t mark_client_messages_read(store::Transaction& tx, std::int64_t client_id, bool by_family, LocalMinute now) {
  return tx.exec("UPDATE client_message SET read_at = ? WHERE client_id = ? AND from_family = ? AND read_at IS NULL",
                 {now, client_id, std::int64_t{by_family ? 0 : 1}});
}

}  // namespace carecrowd::records
