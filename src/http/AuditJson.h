// AuditJson: the access log's requests and answers at the http edge: GET /v1/audit's query read
// into services::AuditQuery (errors name the parameter and the reason), and the typed results of
// services/AuditLog.h rendered as the JSON documented in docs/api.md.
//
// Thread safety: pure functions.
#pragma once

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "services/AuditLog.h"

namespace carecrowd::http {

// client_id (1..), before_seq (1..), limit (1..1000, default 100).
Result<services::AuditQuery> read_audit_query(const nlohmann::json& query);

// {items: [{seq, at, event, client_id, user_id, user_name, role, acting_for, source, outcome,
// detail}], next_before_seq (when the page is full)}
nlohmann::json audit_page_json(const services::AuditPage& page);
// {client_id, items: [... as above, without source]}
nlohmann::json client_access_overview_json(const services::ClientAccessOverview& overview);

}  // namespace carecrowd::http
