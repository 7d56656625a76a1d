// DeviceRecord: the device table (store migration 0008): a client's monitoring devices. Who may
// register or see them is decided in services/Devices.h.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/Alarm.h"
#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

struct DeviceRecord {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::int64_t client_id = 0;
  domain::DeviceKind kind = domain::DeviceKind::alarm_button;
  std::string label;
};

std::int64_t insert_device(store::Transaction& tx, const DeviceRecord& device, LocalMinute created_at);
std::optional<DeviceRecord> read_device(store::Transaction& tx, std::int64_t device_id);
// The client's devices by id.
std::vector<DeviceRecord> devices_of_client(store::Transaction& tx, std::int64_t client_id);

}  // namespace carecrowd::records
