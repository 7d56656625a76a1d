// ClientAccessRecord: the client_access table (store migration 0008): how a responder gets into a
// client's home (a key-safe code). Need-to-know: services/Alarms.h shows it to the care staff and
// to the caregiver who accepted an open alarm of the client, never to anyone else.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

// "" when none were given.
std::string access_instructions(store::Transaction& tx, std::int64_t client_id);
void store_access_instructions(store::Transaction& tx, std::int64_t client_id, const std::string& instructions,
                               LocalMinute now);

}  // namespace carecrowd::records
