// AlarmCentreKeys: the keys an alarm receiving centre or device gateway sends an organisation's
// alarms with. A key is a bearer token of an account of its own (role alarm_centre, no password:
// nobody logs in as it) with a session that lasts kAlarmCentreKeyDays, so that a machine needs no
// login; the organisation's admin creates one (the key is shown once, only its digest is stored,
// as for every token) and revokes it. Both are audited.
//
// Thread safety: stateless functions over the Platform; safe from any number of threads and
// processes.
#pragma once

#include <cstdint>
#include <string>

#include "core/Error.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

inline constexpr std::int64_t kAlarmCentreKeyDays = 365;

struct AlarmCentreKeyInput {
  std::string label;  // whose key: 1..200 bytes, one line ("Alarmcentrale Noord")
};
struct AlarmCentreKey {
  std::int64_t id = 0;  // its account's id, which revokes it
  std::string label;
  std::string key;  // the bearer token, shown this once
  std::int64_t expires_in_days = kAlarmCentreKeyDays;
};

Result<AlarmCentreKey> create_alarm_centre_key(const Platform& platform, const Principal& who,
                                               std::int64_t organisation_id, const Result<AlarmCentreKeyInput>& input);
// The key stops working at once; 404 for a key that is not one of the organisation's.
Result<Done> revoke_alarm_centre_key(const Platform& platform, const Principal& who, std::int64_t organisation_id,
                                     std::int64_t key_id);

}  // namespace carecrowd::services
