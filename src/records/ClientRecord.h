// ClientRecord: the client table (store migration 0001): a client of one organisation, with the
// address a caregiver sees only for a visit they hold, inside its privacy window. One typed record
// and one column list; who may read or change a client is decided in services (services/Clients.h).
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

struct ClientRecord {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::string name, address, postcode;
  double lat = 0, lon = 0;
  std::string notes;
};

// What a new client or a change of one holds (the id and organisation are the caller's).
struct ClientDetails {
  std::string name, address, postcode;
  double lat = 0, lon = 0;
  std::string notes;
};

std::optional<ClientRecord> read_client(store::Transaction& tx, std::int64_t client_id);
// The client when it is one of the organisation's (nullopt for another organisation's or none).
std::optional<ClientRecord> read_client_of(store::Transaction& tx, std::int64_t organisation_id, std::int64_t client_id);
// The organisation's clients with id above `after`, by id, at most `limit`; only those whose name
// holds `name_part` (case-insensitive, ASCII) when given.
std::vector<ClientRecord> list_clients(store::Transaction& tx, std::int64_t organisation_id, std::int64_t after,
                                       const std::optional<std::string>& name_part, std::int64_t limit);

std::int64_t insert_client(store::Transaction& tx, std::int64_t organisation_id, const ClientDetails& details,
                           LocalMinute created_at);
// Returns false when there is no such client.
bool update_client(store::Transaction& tx, std::int64_t client_id, const ClientDetails& details);

}  // namespace carecrowd::records
