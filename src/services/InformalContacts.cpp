#include "services/InformalContacts.h"

#include <algorithm>
#include <set>
#include <string>

#include "records/ClientRecord.h"
#include "services/AuditLog.h"

namespace carecrowd::services {
namespace {

Error no_such_client(std::int64_t id) {
  return not_found("client_id", std::to_string(id), "no such client in your organisation");
}

InformalContacts read_in(store::Transaction& tx, std::int64_t client_id) {
  InformalContacts out;
  out.contacts = records::informal_contacts_of(tx, client_id);
  for (auto& account : records::client_accounts(tx, client_id)) {
    const bool listed = std::any_of(out.contacts.begin(), out.contacts.end(),
                                    [&](const records::InformalContact& c) { return c.user_id == account.user_id; });
    if (!listed) out.accounts.push_back(std::move(account));
  }
  return out;
}

}  // namespace

Result<InformalContacts> informal_contacts(const Platform& platform, const Principal& who, std::int64_t client_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may see a client's informal contacts");
  return platform.db().read([&](store::Transaction& tx) -> Result<InformalContacts> {
    if (!records::read_client_of(tx, *who.organisation_id, client_id)) return no_such_client(client_id);
    return read_in(tx, client_id);
  });
}

Result<InformalContacts> set_informal_contacts(const Platform& platform, const Principal& who, std::int64_t client_id,
                                               const Result<std::vector<std::int64_t>>& user_ids) {
  if (!user_ids) return user_ids.error();
  return platform.db().write(
      [&](store::Transaction& tx) { return set_informal_contacts_in(tx, who, client_id, user_ids.value()); });
}

Result<InformalContacts> set_informal_contacts_in(store::Transaction& tx, const Principal& who, std::int64_t client_id,
                                                  const std::vector<std::int64_t>& ids) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may set a client's informal contacts");
  if (ids.size() > kMaxInformalContacts) {
    return bad_input("contacts", "", say("must list at most {} informal contacts", kMaxInformalContacts));
  }
  if (!records::read_client_of(tx, *who.organisation_id, client_id)) return no_such_client(client_id);
  std::set<std::int64_t> accounts;
  for (const auto& a : records::client_accounts(tx, client_id)) accounts.insert(a.user_id);
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::string field = "contacts[" + std::to_string(i) + "]";
    if (!accounts.count(ids[i])) {
      return bad_input(field, std::to_string(ids[i]),
                       say("is not an account of client {}: an informal contact signs in with a family account of "
                           "the client", client_id));
    }
    if (!seen.insert(ids[i]).second) return bad_input(field, std::to_string(ids[i]), "is listed twice");
  }
  records::store_informal_contacts(tx, client_id, ids);
  record_audit(tx, who, {"client.informal_contacts_update", client_id, who.organisation_id, "success",
                         std::to_string(ids.size()) + " informal contacts"});
  return read_in(tx, client_id);
}

}  // namespace carecrowd::services
