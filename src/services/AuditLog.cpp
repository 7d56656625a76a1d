#include "services/AuditLog.h"

#include <ctime>

#include "services/Credentials.h"
#include "services/Input.h"

namespace carecrowd::services {
namespace {

std::string utc_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

std::string opt(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : ""; }

// The text a hash covers: every field, separated by a character that cannot occur in them unescaped.
std::string chained_text(std::int64_t seq, const std::string& at, const std::string& event,
                         const std::string& client, const std::string& user, const std::string& role,
                         const std::string& acting_for, const std::string& source, const std::string& outcome,
                         const std::string& detail, const std::string& organisation, const std::string& prev) {
  nlohmann::json fields = {seq, at, event, client, user, role, acting_for, source, outcome, detail, organisation, prev};
  return fields.dump();
}

store::Param nullable(const std::optional<std::int64_t>& v) {
  if (v) return *v;
  return nullptr;
}

nlohmann::json event_json(const store::Row& r) {
  nlohmann::json out = {{"seq", r.i64(0)},  {"at", r.text(1)},   {"event", r.text(2)},
                        {"role", r.text(5)}, {"acting_for", r.text(6)}, {"source", r.text(7)},
                        {"outcome", r.text(8)}, {"detail", r.text(9)}};
  out["client_id"] = r.is_null(3) ? nlohmann::json() : nlohmann::json(r.i64(3));
  out["user_id"] = r.is_null(4) ? nlohmann::json() : nlohmann::json(r.i64(4));
  out["user_name"] = r.text(10);
  return out;
}

constexpr const char* kEventColumns =
    "e.seq, e.at, e.event, e.client_id, e.user_id, e.role, e.acting_for, e.source, e.outcome, e.detail, "
    "COALESCE(u.name, '')";

}  // namespace

void record_audit(store::Transaction& tx, const Principal& who, const AuditEvent& event) {
  // Taking the head row first serialises appends: the chain's order is the commit order.
  tx.exec("UPDATE audit_head SET seq = seq + 1 WHERE id = 1");
  auto head = tx.query("SELECT seq, hash FROM audit_head WHERE id = 1");
  const std::int64_t seq = head.at(0).i64(0);
  const std::string prev = head.at(0).text(1);
  const std::string at = utc_now();
  const std::string user = who.user_id ? std::to_string(who.user_id) : "";
  const std::string hash = sha256_hex(chained_text(seq, at, event.event, opt(event.client_id), user,
                                                   std::string(to_string(who.role)), who.acting_for(), who.source,
                                                   event.outcome, event.detail, opt(event.organisation_id), prev));
  tx.exec(
      "INSERT INTO audit_event (seq, at, event, client_id, user_id, role, acting_for, source, outcome, detail, "
      "organisation_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {seq, at, event.event, nullable(event.client_id),
       who.user_id ? store::Param(who.user_id) : store::Param(nullptr), std::string(to_string(who.role)),
       who.acting_for(), who.source, event.outcome, event.detail, nullable(event.organisation_id), prev, hash});
  tx.exec("UPDATE audit_head SET hash = ? WHERE id = 1", {hash});
}

Result<nlohmann::json> query_audit(const Platform& platform, const Principal& who, const nlohmann::json& query) {
  if (who.role != Role::org_admin || !who.organisation_id) {
    return forbidden("only an organisation admin may query the audit log");
  }
  std::string sql = std::string("SELECT ") + kEventColumns +
                    " FROM audit_event e LEFT JOIN app_user u ON u.id = e.user_id WHERE e.organisation_id = ?";
  std::vector<store::Param> params{*who.organisation_id};
  auto client = query_int(query, "client_id", 1, INT64_MAX);
  if (!client) return client.error();
  auto before = query_int(query, "before_seq", 1, INT64_MAX);
  if (!before) return before.error();
  auto limit_param = query_int(query, "limit", 1, 1000);
  if (!limit_param) return limit_param.error();
  const std::int64_t limit = limit_param.value().value_or(100);
  if (client.value()) {
    sql += " AND e.client_id = ?";
    params.emplace_back(*client.value());
  }
  if (before.value()) {
    sql += " AND e.seq < ?";
    params.emplace_back(*before.value());
  }
  sql += " ORDER BY e.seq DESC LIMIT ?";
  params.emplace_back(limit);
  return platform.db().write([&](store::Transaction& tx) -> Result<nlohmann::json> {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& row : tx.query(sql, params)) items.push_back(event_json(row));
    record_audit(tx, who, {"audit.query", client.value(), who.organisation_id, "success", "audit log query"});
    nlohmann::json out = {{"items", items}};
    if (static_cast<std::int64_t>(items.size()) == limit && !items.empty()) {
      out["next_before_seq"] = items.back()["seq"];
    }
    return out;
  });
}

Result<nlohmann::json> client_access_overview(const Platform& platform, const Principal& who,
                                              std::int64_t client_id) {
  if (who.role != Role::client || who.client_id != client_id) {
    return forbidden("only the client (or family acting for them) may see this overview");
  }
  return platform.db().write([&](store::Transaction& tx) -> Result<nlohmann::json> {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& row : tx.query(std::string("SELECT ") + kEventColumns +
                                        " FROM audit_event e LEFT JOIN app_user u ON u.id = e.user_id "
                                        "WHERE e.client_id = ? ORDER BY e.seq DESC LIMIT 500",
                                    {client_id})) {
      auto item = event_json(row);
      item.erase("source");  // another user's network address is not the client's business
      items.push_back(std::move(item));
    }
    record_audit(tx, who, {"client.access_overview", client_id, who.organisation_id, "success", ""});
    return nlohmann::json{{"client_id", client_id}, {"items", items}};
  });
}

AuditVerification verify_audit(store::Database& db) {
  return db.read([](store::Transaction& tx) {
    AuditVerification out;
    std::string prev(64, '0');
    std::int64_t expected_seq = 1;
    for (const auto& r : tx.query(
             "SELECT seq, at, event, client_id, user_id, role, acting_for, source, outcome, detail, "
             "organisation_id, prev_hash, hash FROM audit_event ORDER BY seq")) {
      const std::int64_t seq = r.i64(0);
      auto fail = [&](std::string reason) {
        out.intact = false;
        out.first_bad_seq = seq;
        out.reason = std::move(reason);
      };
      if (seq != expected_seq) {
        fail("event " + std::to_string(expected_seq) + " is missing");
        return out;
      }
      if (r.text(11) != prev) {
        fail("event " + std::to_string(seq) + " does not link to the event before it");
        return out;
      }
      const std::string hash = sha256_hex(chained_text(seq, r.text(1), r.text(2), r.text(3), r.text(4), r.text(5),
                                                       r.text(6), r.text(7), r.text(8), r.text(9), r.text(10), prev));
      if (hash != r.text(12)) {
        fail("event " + std::to_string(seq) + " was changed after it was written");
        return out;
      }
      prev = hash;
      ++expected_seq;
      ++out.events;
    }
    auto head = tx.query("SELECT seq, hash FROM audit_head WHERE id = 1");
    if (head.empty() || head[0].i64(0) != out.events || head[0].text(1) != prev) {
      out.intact = false;
      out.reason = "the chain ends at event " + std::to_string(out.events) +
                   " but the head records a different end (events were removed or added)";
    }
    return out;
  });
}

}  // namespace carecrowd::services
