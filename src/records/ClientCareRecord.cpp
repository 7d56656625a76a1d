#include "records/ClientCareRecord.h"

namespace carecrowd::records {

ClientCare read_client_care(store::Transaction& tx, std::int64_t client_id) {
  const auto rows = tx.query(
      "SELECT phone, emergency_contact, financing, indicated_minutes_week, care_plan FROM client_care WHERE client_id = ?",
      {client_id});
  ClientCare care;
  if (rows.empty()) return care;
  const auto& r = rows[0];
  care.phone = r.text(0);
  care.emergency_contact = r.text(1);
  // Written by domain::to_string; an unknown name reads as not set.
  if (!r.is_null(2)) care.financing = domain::parse_financing(r.text(2));
  if (const auto minutes = r.opt_i64(3)) care.indicated_minutes_week = static_cast<int>(*minutes);
  care.care_plan = r.text(4);
  return care;
}

void store_client_care(store::Transaction& tx, std::int64_t client_id, const ClientCare& c, LocalMinute now) {
  tx.exec(
      "INSERT INTO client_care (client_id, phone, emergency_contact, financing, indicated_minutes_week, care_plan, "
      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (client_id) DO UPDATE SET phone = excluded.phone, "
      "emergency_contact = excluded.emergency_contact, financing = excluded.financing, "
      "indicated_minutes_week = excluded.indicated_minutes_week, care_plan = excluded.care_plan, "
      "updated_at = excluded.updated_at",
      {client_id, c.phone, c.emergency_contact,
       c.financing ? store::Param{std::string(domain::to_string(*c.financing))} : store::Param{nullptr},
       c.indicated_minutes_week ? store::Param{std::int64_t{*c.indicated_minutes_week}} : store::Param{nullptr},
       c.care_plan, now});
}

}  // namespace carecrowd::records
