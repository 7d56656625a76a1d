// OnCallRecord: the on_call_shift table (store migration 0012): who is on call for an
// organisation's alarms when. A shift is a caregiver's (on duty for alarm dispatch as if their
// published availability covered it) or a coordinator's (the one an escalated alarm names). Who may
// schedule, see or cancel a shift is decided in services/OnCall.h.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

struct OnCallShift {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::optional<std::int64_t> caregiver_id;    // a caregiver on call, or
  std::optional<std::int64_t> coordinator_id;  // a coordinator on call (their user id)
  LocalMinute starts_at = 0;
  LocalMinute ends_at = 0;  // exclusive
  std::int64_t created_by = 0;
  std::string name;  // the caregiver's or coordinator's, as read (ignored on insert)
};

std::int64_t insert_on_call(store::Transaction& tx, const OnCallShift& shift, LocalMinute created_at);
std::optional<OnCallShift> read_on_call(store::Transaction& tx, std::int64_t shift_id);
void delete_on_call(store::Transaction& tx, std::int64_t shift_id);
// The organisation's shifts overlapping [from, to), by start; only the caregiver's when given.
std::vector<OnCallShift> on_call_between(store::Transaction& tx, std::int64_t organisation_id, LocalMinute from,
                                         LocalMinute to, std::optional<std::int64_t> caregiver_id = std::nullopt);
// The coordinator on call for the organisation at `at`: of several, the one whose shift began last.
std::optional<OnCallShift> coordinator_on_call(store::Transaction& tx, std::int64_t organisation_id, LocalMinute at);

}  // namespace carecrowd::records
