// Monitoring: what an organisation registers about a client for alarms: the client's monitoring
// devices (an alarm may name the device that raised it) and the access instructions a responder
// needs to get in (a key-safe code). Care staff of the client's organisation register and read
// them; the access instructions are shown to a caregiver only through an alarm they accepted
// (services/Alarms.h). Changes are audited.
//
// Thread safety: stateless functions over the Platform; safe from any number of threads and
// processes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/Error.h"
#include "records/DeviceRecord.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

struct DeviceInput {
  domain::DeviceKind kind = domain::DeviceKind::alarm_button;
  std::string label;  // 1..200 bytes, one line ("pendant, bedroom")
};

Result<records::DeviceRecord> register_device(const Platform& platform, const Principal& who, std::int64_t client_id,
                                              const Result<DeviceInput>& input);
Result<std::vector<records::DeviceRecord>> client_devices(const Platform& platform, const Principal& who,
                                                          std::int64_t client_id);

struct AccessInstructions {
  std::string instructions;  // 0..500 bytes, one line; "" removes them
};
// Care staff read them (audited: client.access_read, as a key-safe code is read).
Result<AccessInstructions> access_instructions(const Platform& platform, const Principal& who, std::int64_t client_id);
Result<AccessInstructions> set_access_instructions(const Platform& platform, const Principal& who,
                                                   std::int64_t client_id, const Result<AccessInstructions>& input);

}  // namespace carecrowd::services
