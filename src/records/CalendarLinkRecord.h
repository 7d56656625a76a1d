// CalendarLinkRecord: the calendar_link table (store migration 0016): each account's secret
// calendar feed link, stored as the SHA-256 digest of its token as sessions are. An account has at
// most one live link: storing a new one revokes the others.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "records/UserRecord.h"
#include "store/Database.h"

namespace carecrowd::records {

// Revokes the account's live links (at `now`, unix seconds) and stores the new one.
void replace_calendar_link(store::Transaction& tx, std::int64_t user_id, const std::string& token_digest,
                           std::int64_t now);
// Revokes the account's live links; how many there were.
std::int64_t revoke_calendar_links(store::Transaction& tx, std::int64_t user_id, std::int64_t now);
// The account whose live link has this digest; nullopt for an unknown or revoked link.
std::optional<UserRecord> calendar_link_user(store::Transaction& tx, const std::string& token_digest);

}  // namespace carecrowd::records
