#include "records/AlarmContactRecord.h"

#include <string>

namespace carecrowd::records {
namespace {

// The one column list, with the contact's name from the account.
constexpr const char* kRequestColumns =
    "r.alarm_id, r.user_id, u.name, r.position, r.status, r.asked_at, r.answered_at";

AlarmContactRequest request_of(const store::Row& r) {
  AlarmContactRequest q;
  q.alarm_id = r.i64(0);
  q.user_id = r.i64(1);
  q.name = r.text(2);
  q.position = static_cast<int>(r.i64(3));
  q.status = domain::parse_offer_status(r.text(4)).value_or(domain::OfferStatus::withdrawn);
  q.asked_at = r.i64(5);
  q.answered_at = r.opt_i64(6);
  return q;
}

std::string name(domain::OfferStatus status) { return std::string(domain::to_string(status)); }

std::string select_requests(const char* where) {
  return std::string("SELECT ") + kRequestColumns +
         " FROM alarm_contact_request r JOIN app_user u ON u.id = r.user_id WHERE " + where;
}

}  // namespace

void insert_contact_request(store::Transaction& tx, const AlarmContactRequest& q) {
  tx.exec("INSERT INTO alarm_contact_request (alarm_id, user_id, position, status, asked_at) VALUES (?, ?, ?, ?, ?)",
          {q.alarm_id, q.user_id, std::int64_t{q.position}, name(q.status), q.asked_at});
}

std::vector<AlarmContactRequest> contact_requests_of(store::Transaction& tx, std::int64_t alarm_id) {
  std::vector<AlarmContactRequest> out;
  for (const auto& r : tx.query(select_requests("r.alarm_id = ? ORDER BY r.asked_at, r.position"), {alarm_id})) {
    out.push_back(request_of(r));
  }
  return out;
}

std::optional<AlarmContactRequest> contact_request_to(store::Transaction& tx, std::int64_t alarm_id,
                                                      std::int64_t user_id) {
  const auto rows = tx.query(select_requests("r.alarm_id = ? AND r.user_id = ?"), {alarm_id, user_id});
  if (rows.empty()) return std::nullopt;
  return request_of(rows[0]);
}

std::optional<AlarmContactRequest> next_contact_to_ask(store::Transaction& tx, std::int64_t alarm_id,
                                                       std::int64_t client_id) {
  const auto rows = tx.query(
      "SELECT c.user_id, u.name, c.position FROM informal_contact c JOIN app_user u ON u.id = c.user_id "
      "WHERE c.client_id = ? AND NOT EXISTS (SELECT 1 FROM alarm_contact_request r WHERE r.alarm_id = ? AND "
      "r.user_id = c.user_id) ORDER BY c.position LIMIT 1",
      {client_id, alarm_id});
  if (rows.empty()) return std::nullopt;
  AlarmContactRequest q;
  q.alarm_id = alarm_id;
  q.user_id = rows[0].i64(0);
  q.name = rows[0].text(1);
  q.position = static_cast<int>(rows[0].i64(2));
  return q;
}

bool answer_contact_request(store::Transaction& tx, std::int64_t alarm_id, std::int64_t user_id,
                            domain::OfferStatus answer, LocalMinute now) {
  return tx.exec("UPDATE alarm_contact_request SET status = ?, answered_at = ? WHERE alarm_id = ? AND user_id = ? AND "
                 "status = ?",
                 {name(answer), now, alarm_id, user_id, name(domain::OfferStatus::offered)}) == 1;
}

std::vector<std::int64_t> close_open_contact_requests(store::Transaction& tx, std::int64_t alarm_id,
                                                      domain::OfferStatus to, LocalMinute now) {
  std::vector<std::int64_t> users;
  for (const auto& r : tx.query("UPDATE alarm_contact_request SET status = ?, answered_at = ? WHERE alarm_id = ? AND "
                                "status = ? RETURNING user_id",
                                {name(to), now, alarm_id, name(domain::OfferStatus::offered)})) {
    users.push_back(r.i64(0));
  }
  return users;
}

}  // namespace carecrowd::records
