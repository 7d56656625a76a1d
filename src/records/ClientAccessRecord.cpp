#include "records/ClientAccessRecord.h"

namespace carecrowd::records {

std::string access_instructions(store::Transaction& tx, std::int64_t client_id) {
  const auto rows = tx.query("SELECT instructions FROM client_access WHERE client_id = ?", {client_id});
  return rows.empty() ? std::string() : rows[0].text(0);
}

void store_access_instructions(store::Transaction& tx, std::int64_t client_id, const std::string& instructions,
                               LocalMinute now) {
  tx.exec(
      "INSERT INTO client_access (client_id, instructions, updated_at) VALUES (?, ?, ?) "
      "ON CONFLICT (client_id) DO UPDATE SET instructions = excluded.instructions, updated_at = excluded.updated_at",
      {client_id, instructions, now});
}

}  // namespace carecrowd::records
