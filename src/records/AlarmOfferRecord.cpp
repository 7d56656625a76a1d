#include "records/AlarmOfferRecord.h"

#include <string>

namespace carecrowd::records {
namespace {

constexpr const char* kOfferColumns =
    "alarm_id, caregiver_id, round, status, predicted_minutes, distance_metres, offered_at, answered_at";

AlarmOfferRecord offer_of(const store::Row& r) {
  AlarmOfferRecord o;
  o.alarm_id = r.i64(0);
  o.caregiver_id = r.i64(1);
  o.round = static_cast<int>(r.i64(2));
  o.status = domain::parse_offer_status(r.text(3)).value_or(domain::OfferStatus::withdrawn);
  o.predicted_minutes = static_cast<int>(r.i64(4));
  o.distance_metres = r.i64(5);
  o.offered_at = r.i64(6);
  o.answered_at = r.opt_i64(7);
  return o;
}

std::string name(domain::OfferStatus status) { return std::string(domain::to_string(status)); }

}  // namespace

void insert_offer(store::Transaction& tx, const AlarmOfferRecord& o) {
  tx.exec(std::string("INSERT INTO alarm_offer (") + kOfferColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
          {o.alarm_id, o.caregiver_id, std::int64_t{o.round}, name(o.status), std::int64_t{o.predicted_minutes},
           o.distance_metres, o.offered_at});
}

std::vector<AlarmOfferRecord> offers_of(store::Transaction& tx, std::int64_t alarm_id) {
  std::vector<AlarmOfferRecord> out;
  const auto rows = tx.query(std::string("SELECT ") + kOfferColumns +
                                 " FROM alarm_offer WHERE alarm_id = ? ORDER BY round, predicted_minutes, caregiver_id",
                             {alarm_id});
  for (const auto& r : rows) out.push_back(offer_of(r));
  return out;
}

std::optional<AlarmOfferRecord> offer_to(store::Transaction& tx, std::int64_t alarm_id, std::int64_t caregiver_id) {
  const auto rows = tx.query(std::string("SELECT ") + kOfferColumns +
                                 " FROM alarm_offer WHERE alarm_id = ? AND caregiver_id = ?",
                             {alarm_id, caregiver_id});
  if (rows.empty()) return std::nullopt;
  return offer_of(rows[0]);
}

bool has_open_offer(store::Transaction& tx, std::int64_t alarm_id) {
  return tx.query_i64("SELECT 1 FROM alarm_offer WHERE alarm_id = ? AND status = ? LIMIT 1",
                      {alarm_id, name(domain::OfferStatus::offered)})
      .has_value();
}

bool answer_offer(store::Transaction& tx, std::int64_t alarm_id, std::int64_t caregiver_id, domain::OfferStatus answer,
                  LocalMinute now) {
  return tx.exec("UPDATE alarm_offer SET status = ?, answered_at = ? WHERE alarm_id = ? AND caregiver_id = ? AND "
                 "status = ?",
                 {name(answer), now, alarm_id, caregiver_id, name(domain::OfferStatus::offered)}) == 1;
}

std::vector<std::int64_t> close_open_offers(store::Transaction& tx, std::int64_t alarm_id, domain::OfferStatus to,
                                            LocalMinute now) {
  std::vector<std::int64_t> caregivers;
  const auto rows = tx.query(
      "UPDATE alarm_offer SET status = ?, answered_at = ? WHERE alarm_id = ? AND status = ? RETURNING caregiver_id",
      {name(to), now, alarm_id, name(domain::OfferStatus::offered)});
  for (const auto& r : rows) caregivers.push_back(r.i64(0));
  return caregivers;
}

std::vector<std::int64_t> withdraw_other_offers(store::Transaction& tx, std::int64_t caregiver_id,
                                                std::int64_t except_alarm, LocalMinute now) {
  std::vector<std::int64_t> alarms;
  const auto rows = tx.query(
      "UPDATE alarm_offer SET status = ?, answered_at = ? WHERE caregiver_id = ? AND alarm_id <> ? AND "
      "status = ? RETURNING alarm_id",
      {name(domain::OfferStatus::withdrawn), now, caregiver_id, except_alarm, name(domain::OfferStatus::offered)});
  for (const auto& r : rows) alarms.push_back(r.i64(0));
  return alarms;
}

}  // namespace carecrowd::records
