// ClientCareRecord: the client_care table (store migration 0015): a client's phone, emergency
// contact, indication (hours a week and financing) and care plan summary, one row per client once
// set. Who may read or change it, and the rules its values keep, are services/ClientCare.h's.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/CivilTime.h"
#include "domain/Financing.h"
#include "store/Database.h"

namespace carecrowd::records {

struct ClientCare {
  std::string phone;
  std::string emergency_contact;  // a name and how to reach them
  std::optional<domain::Financing> financing;
  std::optional<int> indicated_minutes_week;  // the care granted a week
  std::string care_plan;                      // a summary
};

// The client's care record; empty values when none was set.
ClientCare read_client_care(store::Transaction& tx, std::int64_t client_id);
void store_client_care(store::Transaction& tx, std::int64_t client_id, const ClientCare& care, LocalMinute now);

}  // namespace carecrowd::records
