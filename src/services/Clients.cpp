#include "services/Clients.h"

#include <algorithm>
#include <cctype>

#include "records/TaskDetails.h"
#include "records/TaskRecord.h"
#include "services/AuditLog.h"
#include "services/InputRules.h"

namespace carecrowd::services {

namespace {

Error not_found_client(std::int64_t id) {
  return not_found("client_id", std::to_string(id), "no such client in your organisation");
}

}  // namespace

Result<records::ClientDetails> check_client(records::ClientDetails c) {
  if (auto e = check_text_line(c.name, "name", 200)) return *e;
  if (auto e = check_text_line(c.address, "address", 300)) return *e;
  if (c.notes.size() > 10000) return bad_input("notes", "", "must be at most 10,000 characters");
  // Dutch postcode: four digits, the first not zero, then (optionally spaced) two letters.
  std::string pc;
  for (char ch : c.postcode) {
    if (ch != ' ') pc += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  const bool valid = pc.size() == 6 && pc[0] >= '1' && pc[0] <= '9' &&
                     std::all_of(pc.begin(), pc.begin() + 4, [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }) &&
                     std::all_of(pc.begin() + 4, pc.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  if (!valid) return bad_input("postcode", "", "must be a Dutch postcode like \"3511 AB\"");
  c.postcode = pc.substr(0, 4) + " " + pc.substr(4);
  if (c.lat < 50.7 || c.lat > 53.6) return bad_input("lat", "", "must be a latitude in the Netherlands (50.7 to 53.6)");
  if (c.lon < 3.3 || c.lon > 7.3) return bad_input("lon", "", "must be a longitude in the Netherlands (3.3 to 7.3)");
  return c;
}

Result<records::ClientRecord> client_of_organisation(store::Transaction& tx, const Principal& who,
                                                     std::int64_t client_id) {
  auto client = records::read_client_of(tx, *who.organisation_id, client_id);
  if (!client) return not_found_client(client_id);
  return *client;
}

Result<records::ClientRecord> create_client_in(store::Transaction& tx, const Principal& who, const records::ClientDetails& details,
                                               LocalMinute now) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may add clients");
  auto c = check_client(details);
  if (!c) return c.error();
  const auto id = records::insert_client(tx, *who.organisation_id, c.value(), now);
  record_audit(tx, who, {"client.create", id, who.organisation_id, "success", ""});
  return *records::read_client(tx, id);
}

Result<records::ClientRecord> create_client(const Platform& platform, const Principal& who,
                                            const Result<records::ClientDetails>& details) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may add clients");
  if (!details) return details.error();
  return platform.db().write([&](store::Transaction& tx) {
    return create_client_in(tx, who, details.value(), platform.now());
  });
}

Result<records::ClientRecord> update_client(const Platform& platform, const Principal& who, std::int64_t client_id,
                                            const Result<records::ClientDetails>& details) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may change clients");
  if (!details) return details.error();
  auto checked = check_client(details.value());
  if (!checked) return checked.error();
  const auto& c = checked.value();
  return platform.db().write([&](store::Transaction& tx) -> Result<records::ClientRecord> {
    if (auto client = client_of_organisation(tx, who, client_id); !client) return client.error();
    records::update_client(tx, client_id, c);
    // Future tasks go where the client now lives.
    records::move_future_tasks(tx, client_id, platform.now(), c.lat, c.lon, c.postcode.substr(0, 4));
    record_audit(tx, who, {"client.update", client_id, who.organisation_id, "success", ""});
    return *records::read_client(tx, client_id);
  });
}

Result<records::ClientRecord> get_client(const Platform& platform, const Principal& who, std::int64_t client_id) {
  const bool own_client = is_account_of_client(who, client_id);
  if (!is_care_staff(who) && !own_client) return forbidden("your role may not read client records");
  return platform.db().write([&](store::Transaction& tx) -> Result<records::ClientRecord> {
    const auto client = records::read_client(tx, client_id);
    if (!client || !who.in_organisation(client->organisation_id)) return not_found_client(client_id);
    record_audit(tx, who, {"client.read", client_id, client->organisation_id, "success", ""});
    return *client;
  });
}

Result<ClientContinuity> client_continuity(const Platform& platform, const Principal& who, std::int64_t client_id) {
  const bool own_client = is_account_of_client(who, client_id);
  if (!is_care_staff(who) && !own_client) return forbidden("your role may not read client records");
  const DayNumber today = platform.now() / kMinutesPerDay;
  return platform.db().write([&](store::Transaction& tx) -> Result<ClientContinuity> {
    const auto client = records::read_client(tx, client_id);
    if (!client || !who.in_organisation(client->organisation_id)) return not_found_client(client_id);
    record_audit(tx, who, {"client.continuity_read", client_id, client->organisation_id, "success", ""});
    // The 28 days read once; the last 14 are part of them.
    std::vector<std::int64_t> last_14, last_28;
    for (const auto& v : records::visit_holders(tx, client_id, today - 27, today)) {
      last_28.push_back(v.caregiver_id);
      if (v.day >= today - 13) last_14.push_back(v.caregiver_id);
    }
    return ClientContinuity{domain::continuity_of(last_14), domain::continuity_of(last_28)};
  });
}

Result<ClientList> list_clients(const Platform& platform, const Principal& who, const Result<ClientQuery>& query) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may list clients");
  if (!query) return query.error();
  const auto& q = query.value();
  return platform.db().write([&](store::Transaction& tx) -> Result<ClientList> {
    ClientList out;
    out.items = records::list_clients(tx, *who.organisation_id, q.page.after, q.name_part, q.page.limit);
    // A list shows names and addresses: one event for the listing, not one per client.
    record_audit(tx, who, {"client.list", std::nullopt, who.organisation_id, "success",
                           std::to_string(out.items.size()) + " clients"});
    if (!out.items.empty() && static_cast<std::int64_t>(out.items.size()) == q.page.limit) out.next_after = out.items.back().id;
    return out;
  });
}

}  // namespace carecrowd::services
