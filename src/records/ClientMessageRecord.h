// ClientMessageRecord: the client_message table (store migration 0018): a client's thread of
// messages between their family and the care staff of their organisation. Who may read and write
// it is services/ClientMessages.h's.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

struct ClientMessage {
  std::int64_t id = 0;
  std::int64_t client_id = 0;
  std::int64_t author_user_id = 0;
  std::string author_name;  // the account's name as it is now
  bool from_family = false;
  std::string body;
  LocalMinute created_at = 0;
  std::optional<LocalMinute> read_at;  // when the other side first read it
};

std::int64_t insert_client_message(store::Transaction& tx, const ClientMessage& message);
// The client's latest `limit` messages, oldest first.
std::vector<ClientMessage> client_messages(store::Transaction& tx, std::int64_t client_id, int limit);
// Marks the client's unread messages from the other side (from the family when `by_family` is
// false, from care staff when true) read at `now`; returns how many.
std::int64_t mark_client_messages_read(store::Transaction& tx, std::int64_t client_id, bool by_family, LocalMinute now);

}  // namespace carecrowd::records
