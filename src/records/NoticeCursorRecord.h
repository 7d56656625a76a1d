// NoticeCursorRecord: the notice_cursor table (store migration 0023): per user, the last event id
// their app took into its bell. It only moves forward, whichever of a user's devices reports last.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>

#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

// The user's last seen event id; nullopt before their app first reported one.
std::optional<std::int64_t> notice_cursor(store::Transaction& tx, std::int64_t user_id);
// Moves the user's cursor to `last_event_id` unless it is already further; returns the cursor kept.
std::int64_t advance_notice_cursor(store::Transaction& tx, std::int64_t user_id, std::int64_t last_event_id,
                                   LocalMinute now);

}  // namespace carecrowd::records
