#include "http/AuditJson.h"

#include <cstdint>

#include "http/RequestInput.h"

namespace carecrowd::http {
namespace {

using Json = nlohmann::json;

Json event_json(const records::ListedAuditEvent& e) {
  Json out = {{"seq", e.seq},   {"at", e.at},         {"event", e.event},
              {"role", e.role}, {"acting_for", e.acting_for}, {"source", e.source},
              {"outcome", e.outcome}, {"detail", e.detail}};
  out["client_id"] = e.client_id ? Json(*e.client_id) : Json();
  out["user_id"] = e.user_id ? Json(*e.user_id) : Json();
  out["user_name"] = e.user_name;
  return out;
}

}  // namespace

Result<services::AuditQuery> read_audit_query(const Json& query) {
  auto client = query_int(query, "client_id", 1, INT64_MAX);
  if (!client) return client.error();
  auto before = query_int(query, "before_seq", 1, INT64_MAX);
  if (!before) return before.error();
  auto limit = query_int(query, "limit", 1, 1000);
  if (!limit) return limit.error();
  services::AuditQuery out;
  out.client_id = client.value();
  out.before_seq = before.value();
  if (limit.value()) out.limit = *limit.value();
  return out;
}

Json audit_page_json(const services::AuditPage& page) {
  Json items = Json::array();
  for (const auto& e : page.items) items.push_back(event_json(e));
  Json out = {{"items", items}};
  if (page.next_before_seq) out["next_before_seq"] = *page.next_before_seq;
  return out;
}

Json client_access_overview_json(const services::ClientAccessOverview& overview) {
  Json items = Json::array();
  for (const auto& e : overview.items) {
    Json item = event_json(e);
    item.erase("source");  // not the client's business (services/AuditLog.h)
    items.push_back(std::move(item));
  }
  return {{"client_id", overview.client_id}, {"items", items}};
}

}  // namespace carecrowd::http
