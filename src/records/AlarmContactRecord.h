// AlarmContactRecord: the alarm_contact_request table (store migration 0014): an alarm put to one of
// the client's informal contacts, one at a time in their order, and every change of its status as
// a named conditional write (the statuses of an offer, domain/Alarm.h). A contact is asked once per
// alarm.
//
// Thread safety: functions over the caller's transaction; the caller holds the alarm's turn
// (records/AlarmRecord.h) for writes about one alarm.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/Alarm.h"
#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

struct AlarmContactRequest {
  std::int64_t alarm_id = 0;
  std::int64_t user_id = 0;
  std::string name;  // the contact's account name (read only)
  int position = 0;  // their place in the client's order when asked
  domain::OfferStatus status = domain::OfferStatus::offered;
  LocalMinute asked_at = 0;
  std::optional<LocalMinute> answered_at;
};

void insert_contact_request(store::Transaction& tx, const AlarmContactRequest& request);
// The alarm's requests, in the order they were made.
std::vector<AlarmContactRequest> contact_requests_of(store::Transaction& tx, std::int64_t alarm_id);
std::optional<AlarmContactRequest> contact_request_to(store::Transaction& tx, std::int64_t alarm_id, std::int64_t user_id);
// The client's first informal contact, in their order, not asked for this alarm yet (with their
// position); nullopt when every one was asked or there are none.
std::optional<AlarmContactRequest> next_contact_to_ask(store::Transaction& tx, std::int64_t alarm_id,
                                                       std::int64_t client_id);

// The contact's open request becomes `answer` (accepted, declined); false when it was not open.
bool answer_contact_request(store::Transaction& tx, std::int64_t alarm_id, std::int64_t user_id,
                            domain::OfferStatus answer, LocalMinute now);
// Every open request of the alarm becomes `to`; returns the users whose requests closed.
std::vector<std::int64_t> close_open_contact_requests(store::Transaction& tx, std::int64_t alarm_id,
                                                      domain::OfferStatus to, LocalMinute now);

}  // namespace carecrowd::records
