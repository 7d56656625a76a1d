#include "services/Monitoring.h"

#include "records/ClientAccessRecord.h"
#include "records/ClientRecord.h"
#include "services/AuditLog.h"
#include "services/InputRules.h"

namespace carecrowd::services {
namespace {

Error no_such_client(std::int64_t id) {
  return not_found("client_id", std::to_string(id), "no such client in your organisation");
}

}  // namespace

Result<records::DeviceRecord> register_device(const Platform& platform, const Principal& who, std::int64_t client_id,
                                              const Result<DeviceInput>& input) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may register devices");
  if (!input) return input.error();
  if (auto e = check_text_line(input.value().label, "label", 200)) return *e;
  return platform.db().write([&](store::Transaction& tx) -> Result<records::DeviceRecord> {
    if (!records::read_client_of(tx, *who.organisation_id, client_id)) return no_such_client(client_id);
    records::DeviceRecord device{0, *who.organisation_id, client_id, input.value().kind, input.value().label};
    device.id = records::insert_device(tx, device, platform.now());
    record_audit(tx, who, {"device.create", client_id, who.organisation_id, "success", "device " + std::to_string(device.id)});
    return device;
  });
}

Result<std::vector<records::DeviceRecord>> client_devices(const Platform& platform, const Principal& who,
                                                          std::int64_t client_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may see devices");
  return platform.db().read([&](store::Transaction& tx) -> Result<std::vector<records::DeviceRecord>> {
    if (!records::read_client_of(tx, *who.organisation_id, client_id)) return no_such_client(client_id);
    return records::devices_of_client(tx, client_id);
  });
}

Result<AccessInstructions> access_instructions(const Platform& platform, const Principal& who, std::int64_t client_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may read access instructions");
  return platform.db().write([&](store::Transaction& tx) -> Result<AccessInstructions> {
    if (!records::read_client_of(tx, *who.organisation_id, client_id)) return no_such_client(client_id);
    record_audit(tx, who, {"client.access_read", client_id, who.organisation_id, "success", ""});
    return AccessInstructions{records::access_instructions(tx, client_id)};
  });
}

Result<AccessInstructions> set_access_instructions(const Platform& platform, const Principal& who,
                                                   std::int64_t client_id, const Result<AccessInstructions>& input) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may set access instructions");
  if (!input) return input.error();
  const std::string& text = input.value().instructions;
  if (!text.empty()) {
    if (auto e = check_text_line(text, "instructions", 500)) return *e;
  }
  return platform.db().write([&](store::Transaction& tx) -> Result<AccessInstructions> {
    if (!records::read_client_of(tx, *who.organisation_id, client_id)) return no_such_client(client_id);
    records::store_access_instructions(tx, client_id, text, platform.now());
    record_audit(tx, who, {"client.access_update", client_id, who.organisation_id, "success", ""});
    return input.value();
  });
}

}  // namespace carecrowd::services
