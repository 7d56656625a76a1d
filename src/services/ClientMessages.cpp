#include "services/ClientMessages.h"

#include <nlohmann/json.hpp>

#include "records/ClientRecord.h"
#include "records/InformalContactRecord.h"
#include "services/AuditLog.h"
#include "services/Events.h"
#include "services/InputRules.h"

namespace carecrowd::services {
namespace {

constexpr std::size_t kMaxMessageBytes = 2000;

Error no_such_client(std::int64_t id) { return not_found("client_id", std::to_string(id), "no such client"); }

// Whether `who` may take part in a client's thread by role: their own or family account, or care
// staff (whose organisation is checked against the client's in thread_client).
bool may_write_to(const Principal& who, std::int64_t client_id) {
  return is_care_staff(who) || is_account_of_client(who, client_id);
}
Error not_for_your_role() {
  return forbidden("only the client, their family and the care staff of their organisation write to each other here");
}

// The client when `who` may take part in their thread: their own or family account, or care staff
// of their organisation.
Result<records::ClientRecord> thread_client(store::Transaction& tx, const Principal& who, std::int64_t client_id) {
  if (!may_write_to(who, client_id)) return not_for_your_role();
  auto client = records::read_client(tx, client_id);
  if (!client) return no_such_client(client_id);
  if (is_care_staff(who) && !who.in_organisation(client->organisation_id)) return no_such_client(client_id);
  return *client;
}

}  // namespace

Result<ClientMessageThread> client_message_thread(const Platform& platform, const Principal& who, std::int64_t client_id) {
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<ClientMessageThread> {
    auto client = thread_client(tx, who, client_id);
    if (!client) return client.error();
    const bool family = !is_care_staff(who);
    records::mark_client_messages_read(tx, client_id, family, now);
    record_audit(tx, who, {"client.messages_read", client_id, client.value().organisation_id, "success", ""});
    return ClientMessageThread{client_id, client.value().name,
                               records::client_messages(tx, client_id, kClientMessagesShown)};
  });
}

Result<records::ClientMessage> write_client_message(const Platform& platform, const Principal& who,
                                                    std::int64_t client_id, const Result<NewClientMessage>& message) {
  if (!may_write_to(who, client_id)) return not_for_your_role();
  if (!message) return message.error();
  if (auto e = check_text_lines(message.value().text, "text", kMaxMessageBytes)) return *e;
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<records::ClientMessage> {
    auto client = thread_client(tx, who, client_id);
    if (!client) return client.error();
    const auto organisation_id = client.value().organisation_id;
    records::ClientMessage m;
    m.client_id = client_id;
    m.author_user_id = who.user_id;
    m.author_name = who.name;
    m.from_family = !is_care_staff(who);
    m.body = message.value().text;
    m.created_at = now;
    m.id = records::insert_client_message(tx, m);
    // Writing answers what the other side wrote: it has been read.
    records::mark_client_messages_read(tx, client_id, m.from_family, now);
    const AuditEvent audit{"client.message", client_id, organisation_id, "success", "message " + std::to_string(m.id)};
    const nlohmann::json data = {{"client_id", client_id}, {"message_id", m.id}, {"from_family", m.from_family}};
    if (m.from_family) {
      // To the organisation's care staff, who know the client by name.
      nlohmann::json staff = data;
      staff["client_name"] = client.value().name;
      record_audit_and_publish(tx, platform, who, audit, NewEvent("client.message", staff, organisation_id));
    } else {
      // To each account of the client, on their own stream.
      record_audit(tx, who, audit);
      for (const auto& account : records::client_accounts(tx, client_id)) {
        publish(tx, platform, NewEvent("client.message", data, std::nullopt, std::nullopt, account.user_id));
      }
    }
    return m;
  });
}

}  // namespace carecrowd::services
