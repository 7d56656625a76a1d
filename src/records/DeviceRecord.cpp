#include "records/DeviceRecord.h"

namespace carecrowd::records {
namespace {

constexpr const char* kDeviceColumns = "id, organisation_id, client_id, kind, label";

DeviceRecord device_of(const store::Row& r) {
  return {r.i64(0), r.i64(1), r.i64(2), domain::parse_device_kind(r.text(3)).value_or(domain::DeviceKind::alarm_button),
          r.text(4)};
}

}  // namespace

std::int64_t insert_device(store::Transaction& tx, const DeviceRecord& d, LocalMinute created_at) {
  return *tx.query_i64(
      "INSERT INTO device (organisation_id, client_id, kind, label, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
      {d.organisation_id, d.client_id, std::string(domain::to_string(d.kind)), d.label, created_at});
}

std::optional<DeviceRecord> read_device(store::Transaction& tx, std::int64_t device_id) {
  const auto rows = tx.query(std::string("SELECT ") + kDeviceColumns + " FROM device WHERE id = ?", {device_id});
  if (rows.empty()) return std::nullopt;
  return device_of(rows[0]);
}

std::vector<DeviceRecord> devices_of_client(store::Transaction& tx, std::int64_t client_id) {
  std::vector<DeviceRecord> out;
  for (const auto& r :
       tx.query(std::string("SELECT ") + kDeviceColumns + " FROM device WHERE client_id = ? ORDER BY id", {client_id})) {
    out.push_back(device_of(r));
  }
  return out;
}

}  // namespace carecrowd::records
