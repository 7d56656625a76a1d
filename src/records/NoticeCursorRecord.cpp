#include "records/NoticeCursorRecord.h"

namespace carecrowd::records {

std::optional<std::int64_t> notice_cursor(store::Transaction& tx, std::int64_t user_id) {
  return tx.query_i64("SELECT last_event_id FROM notice_cursor WHERE user_id = ?", {user_id});
}

std::int64_t advance_notice_cursor(store::Transaction& tx, std::int64_t user_id, std::int64_t last_event_id,
                                   LocalMinute now) {
  // One statement, so two devices reporting at once keep the larger id (never a step back).
  const auto kept = tx.query_i64(
      "INSERT INTO notice_cursor (user_id, last_event_id, updated_at) VALUES (?, ?, ?) "
      "ON CONFLICT (user_id) DO UPDATE SET "
      "last_event_id = CASE WHEN excluded.last_event_id > notice_cursor.last_event_id "
      "THEN excluded.last_event_id ELSE notice_cursor.last_event_id END, updated_at = excluded.updated_at "
      "RETURNING last_event_id",
      {user_id, last_event_id, now});
  return kept.value_or(last_event_id);
}

}  // namespace carecrowd::records
