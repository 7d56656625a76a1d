// Clients: an organisation's clients as its coordinators and admins keep them (and a client reads
// their own record). Every function checks that the principal belongs to the organisation that
// owns the client (another organisation's id answers 404, the same as an id that does not exist, so
// ids cannot be probed) and writes an audit event for every read or change of client data.
// Inputs and results are typed; the http edge reads and renders them (http/CareJson.h).
//
// Thread safety: stateless functions over the Platform (or the caller's transaction); safe from
// any number of request threads and processes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/Error.h"
#include "domain/Continuity.h"
#include "records/ClientRecord.h"
#include "services/Page.h"
#include "services/Platform.h"
#include "services/Principal.h"
#include "store/Database.h"

namespace carecrowd::services {

// A client's details as they may be stored (the postcode normalised to "3511 AB"), or the first
// reason why not, naming the field: name (1..200 bytes) and address (1..300) one line of text,
// notes at most 10,000 bytes, a Dutch postcode, a place in the Netherlands.
Result<records::ClientDetails> check_client(records::ClientDetails details);

// `details` (and `query` below) are as the http edge read them: their error is answered after the
// permission check, so that someone who may not add clients hears 403 whatever they sent (a caller
// in the process passes the details).
Result<records::ClientRecord> create_client(const Platform& platform, const Principal& who,
                                            const Result<records::ClientDetails>& details);
// Future tasks of the client move to the new address.
Result<records::ClientRecord> update_client(const Platform& platform, const Principal& who, std::int64_t client_id,
                                            const Result<records::ClientDetails>& details);
// For a coordinator or admin of its organisation, or the client themselves.
Result<records::ClientRecord> get_client(const Platform& platform, const Principal& who, std::int64_t client_id);

// How many faces the client saw (domain/Continuity.h) over the last 14 and the last 28 days up to
// and including today, counting the visits held or done. Care staff and the client (or family);
// audited as client.continuity_read.
struct ClientContinuity {
  domain::Continuity last_14_days;
  domain::Continuity last_28_days;
};
Result<ClientContinuity> client_continuity(const Platform& platform, const Principal& who, std::int64_t client_id);

// The organisation's clients by id (page limit default 100), only those whose name holds
// `name_part` (case-insensitive) when given.
struct ClientQuery {
  Page page{100, 0};
  std::optional<std::string> name_part;
};
struct ClientList {
  std::vector<records::ClientRecord> items;
  std::optional<std::int64_t> next_after;  // when the page is full
};
Result<ClientList> list_clients(const Platform& platform, const Principal& who, const Result<ClientQuery>& query);

// The same as create_client in the caller's transaction at `now` (the demo region, later the
// simulation), with the same checks.
Result<records::ClientRecord> create_client_in(store::Transaction& tx, const Principal& who,
                                               const records::ClientDetails& details, LocalMinute now);

// A client of the principal's organisation, or the not-found error that does not tell another
// organisation's client from none (for arrangements of the client).
Result<records::ClientRecord> client_of_organisation(store::Transaction& tx, const Principal& who,
                                                     std::int64_t client_id);

}  // namespace carecrowd::services
