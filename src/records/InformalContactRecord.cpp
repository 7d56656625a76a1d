#include "records/InformalContactRecord.h"

namespace carecrowd::records {

std::vector<InformalContact> informal_contacts_of(store::Transaction& tx, std::int64_t client_id) {
  std::vector<InformalContact> out;
  for (const auto& r : tx.query("SELECT c.user_id, u.name, u.email, c.position FROM informal_contact c "
                                "JOIN app_user u ON u.id = c.user_id WHERE c.client_id = ? ORDER BY c.position",
                                {client_id})) {
    out.push_back({r.i64(0), r.text(1), r.text(2), static_cast<int>(r.i64(3))});
  }
  return out;
}

void store_informal_contacts(store::Transaction& tx, std::int64_t client_id, const std::vector<std::int64_t>& user_ids) {
  tx.exec("DELETE FROM informal_contact WHERE client_id = ?", {client_id});
  std::int64_t position = 0;
  for (const std::int64_t user : user_ids) {
    tx.exec_deferred("INSERT INTO informal_contact (client_id, user_id, position) VALUES (?, ?, ?)",
                     {client_id, user, ++position});
  }
}

std::vector<InformalContact> client_accounts(store::Transaction& tx, std::int64_t client_id) {
  std::vector<InformalContact> out;
  for (const auto& r : tx.query("SELECT id, name, email FROM app_user WHERE client_id = ? ORDER BY id",
                                {client_id})) {
    out.push_back({r.i64(0), r.text(1), r.text(2), 0});
  }
  return out;
}

}  // namespace carecrowd::records
