// InformalContacts: a client's informal contacts for alarms: family carers (mantelzorgers) holding a
// key, asked one at a time in their order to go to the client when an alarm's triage or a failed
// remote check calls for them, before caregivers are sent (dispatch/TriagePolicy.h). Each is a
// family account of the client (made by the organisation's admin), so that they hear of an alarm
// over /v1/events and answer it on the family screen (services/Alarms.h). Care staff of the
// client's organisation read and set them; setting them is audited.
//
// Thread safety: stateless functions over the Platform; safe from any number of threads and
// processes.
#pragma once

#include <cstdint>
#include <vector>

#include "core/Error.h"
#include "records/InformalContactRecord.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

// At most this many informal contacts per client: each may take a few minutes to answer.
inline constexpr std::size_t kMaxInformalContacts = 10;

struct InformalContacts {
  std::vector<records::InformalContact> contacts;  // in the order they are asked
  std::vector<records::InformalContact> accounts;  // the client's accounts not listed: who may be
};

Result<InformalContacts> informal_contacts(const Platform& platform, const Principal& who, std::int64_t client_id);
// Replaces the client's informal contacts with these accounts, in this order (none: alarms skip the
// step). Each must be an account of this client, listed once; the error names the field
// (`contacts[i]`).
Result<InformalContacts> set_informal_contacts(const Platform& platform, const Principal& who, std::int64_t client_id,
                                               const Result<std::vector<std::int64_t>>& user_ids);
// The same in the caller's transaction (the demo region).
Result<InformalContacts> set_informal_contacts_in(store::Transaction& tx, const Principal& who, std::int64_t client_id,
                                                  const std::vector<std::int64_t>& user_ids);

}  // namespace carecrowd::services
