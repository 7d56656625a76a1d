#include "services/AlarmCentreKeys.h"

#include <ctime>

#include "records/OrganisationRecord.h"
#include "records/SessionRecord.h"
#include "records/UserRecord.h"
#include "services/AuditLog.h"
#include "services/Credentials.h"
#include "services/InputRules.h"

namespace carecrowd::services {
namespace {

// No argon2id string verifies against this, so nobody logs in as a key's account.
constexpr const char* kNoPassword = "!";

bool may_manage_keys(const Principal& who, std::int64_t organisation_id) {
  return who.role == Role::org_admin && who.in_organisation(organisation_id);
}

}  // namespace

Result<AlarmCentreKey> create_alarm_centre_key(const Platform& platform, const Principal& who,
                                               std::int64_t organisation_id, const Result<AlarmCentreKeyInput>& input) {
  if (!may_manage_keys(who, organisation_id)) return forbidden("only the organisation's admin may create alarm centre keys");
  if (!input) return input.error();
  const std::string& label = input.value().label;
  if (auto e = check_text_line(label, "label", 200)) return *e;
  const std::string key = new_token();
  const std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
  return platform.db().write([&](store::Transaction& tx) -> Result<AlarmCentreKey> {
    records::UserRecord account;
    // An address nobody can own (.invalid, RFC 2606), unique by a part of the key's digest.
    account.email = "alarm-centre-" + token_digest(key).substr(0, 16) + "@organisation-" +
                    std::to_string(organisation_id) + ".invalid";
    account.name = label;
    account.password_hash = kNoPassword;
    account.role = std::string(to_string(Role::alarm_centre));
    account.organisation_id = organisation_id;
    account.created_at = now;
    const auto id = records::insert_user(tx, account);
    records::insert_session(tx, token_digest(key), id, now + kAlarmCentreKeyDays * 24 * 3600);
    record_audit(tx, who, {"alarm_key.create", std::nullopt, organisation_id, "success", "key " + std::to_string(id)});
    return AlarmCentreKey{id, label, key, kAlarmCentreKeyDays};
  });
}

Result<Done> revoke_alarm_centre_key(const Platform& platform, const Principal& who, std::int64_t organisation_id,
                                     std::int64_t key_id) {
  if (!may_manage_keys(who, organisation_id)) return forbidden("only the organisation's admin may revoke alarm centre keys");
  return platform.db().write([&](store::Transaction& tx) -> Result<Done> {
    bool found = false;
    for (const auto& u : records::users_of_organisation(tx, organisation_id)) {
      found = found || (u.id == key_id && u.role == to_string(Role::alarm_centre));
    }
    if (!found) return not_found("key_id", std::to_string(key_id), "no such alarm centre key in your organisation");
    records::revoke_sessions_of(tx, key_id);
    record_audit(tx, who, {"alarm_key.revoke", std::nullopt, organisation_id, "success", "key " + std::to_string(key_id)});
    return Done{};
  });
}

}  // namespace carecrowd::services
