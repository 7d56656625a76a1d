#include "services/ClientCare.h"

#include <string>

#include "core/Utf8.h"
#include "records/ClientRecord.h"
#include "services/AuditLog.h"
#include "services/InputRules.h"

namespace carecrowd::services {
namespace {

constexpr std::size_t kMaxPhone = 30;
constexpr std::size_t kMaxCarePlan = 4000;
constexpr int kMinutesPerWeek = 7 * 24 * 60;

Error no_such_client(std::int64_t id) {
  return not_found("client_id", std::to_string(id), "no such client in your organisation");
}

std::optional<Error> check_care(const records::ClientCare& c) {
  if (c.phone.size() > kMaxPhone) return bad_input("phone", "", "must be at most 30 characters");
  for (const char ch : c.phone) {
    const bool allowed = (ch >= '0' && ch <= '9') || ch == ' ' || ch == '+' || ch == '-' || ch == '(' || ch == ')';
    if (!allowed) return bad_input("phone", "", "may hold only digits, spaces and + - ( )");
  }
  if (!c.emergency_contact.empty()) {
    if (auto e = check_text_line(c.emergency_contact, "emergency_contact", 200)) return e;
  }
  if (c.indicated_minutes_week) {
    if (auto e = check_range(*c.indicated_minutes_week, "indicated_minutes_week", "", 0, kMinutesPerWeek)) return e;
  }
  if (c.care_plan.size() > kMaxCarePlan) return bad_input("care_plan", "", "must be at most 4,000 characters");
  if (!is_valid_utf8(c.care_plan)) return bad_input("care_plan", "", "must be well-formed UTF-8");
  return std::nullopt;
}

}  // namespace

Result<records::ClientCare> client_care(const Platform& platform, const Principal& who, std::int64_t client_id) {
  const bool own_client = is_account_of_client(who, client_id);
  if (!is_care_staff(who) && !own_client) return forbidden("your role may not read client records");
  return platform.db().write([&](store::Transaction& tx) -> Result<records::ClientCare> {
    const auto client = records::read_client(tx, client_id);
    if (!client || !who.in_organisation(client->organisation_id)) return no_such_client(client_id);
    record_audit(tx, who, {"client.care_read", client_id, client->organisation_id, "success", ""});
    return records::read_client_care(tx, client_id);
  });
}

Result<records::ClientCare> set_client_care(const Platform& platform, const Principal& who, std::int64_t client_id,
                                            const Result<records::ClientCare>& care) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may change a client's care record");
  if (!care) return care.error();
  if (auto e = check_care(care.value())) return *e;
  return platform.db().write([&](store::Transaction& tx) -> Result<records::ClientCare> {
    if (!records::read_client_of(tx, *who.organisation_id, client_id)) return no_such_client(client_id);
    records::store_client_care(tx, client_id, care.value(), platform.now());
    record_audit(tx, who, {"client.care_update", client_id, who.organisation_id, "success", ""});
    return records::read_client_care(tx, client_id);
  });
}

}  // namespace carecrowd::services
