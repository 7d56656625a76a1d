// ClientCare: a client's care record beyond name and address (records/ClientCareRecord.h): a phone
// number, an emergency contact, the indication (the care granted a week, and whether the Zvw, the
// Wlz, the Wmo or the client pays: domain/Financing.h) and a summary of the care plan. Care staff of
// the client's organisation read and set it; the client and their family read it. Every read and
// change is audited (client.care_read, client.care_update); another organisation's client is 404.
//
// Thread safety: stateless functions over the Platform; safe from any number of threads and
// processes.
#pragma once

#include <cstdint>

#include "core/Error.h"
#include "records/ClientCareRecord.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

Result<records::ClientCare> client_care(const Platform& platform, const Principal& who, std::int64_t client_id);
// Replaces it. Phone: up to 30 characters of digits, spaces, "+", "-", "(" and ")"; emergency
// contact one line of at most 200 bytes; indicated minutes a week 0..10,080; care plan at most
// 4,000 bytes of well-formed UTF-8. Empty texts and a missing indication or financing clear them.
Result<records::ClientCare> set_client_care(const Platform& platform, const Principal& who, std::int64_t client_id,
                                            const Result<records::ClientCare>& care);

}  // namespace carecrowd::services
