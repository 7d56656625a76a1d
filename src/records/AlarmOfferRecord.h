// AlarmOfferRecord: the alarm_offer table (store migration 0008): an alarm offered to one caregiver,
// with their predicted minutes to arrive, and every change of its status as a named conditional
// write. An offer is made once per alarm and caregiver (a later round asks others).
//
// Thread safety: functions over the caller's transaction; the caller holds the alarm's turn
// (records/AlarmRecord.h) for writes about one alarm, and the caregiver's claim turn for
// withdraw_other_offers.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/Alarm.h"
#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

struct AlarmOfferRecord {
  std::int64_t alarm_id = 0;
  std::int64_t caregiver_id = 0;
  int round = 0;
  domain::OfferStatus status = domain::OfferStatus::offered;
  int predicted_minutes = 0;
  std::int64_t distance_metres = 0;  // as shown, rounded to 100 m
  LocalMinute offered_at = 0;
  std::optional<LocalMinute> answered_at;
};

void insert_offer(store::Transaction& tx, const AlarmOfferRecord& offer);
// The alarm's offers by round, then soonest arrival.
std::vector<AlarmOfferRecord> offers_of(store::Transaction& tx, std::int64_t alarm_id);
std::optional<AlarmOfferRecord> offer_to(store::Transaction& tx, std::int64_t alarm_id, std::int64_t caregiver_id);
// Whether any offer of the alarm is still open.
bool has_open_offer(store::Transaction& tx, std::int64_t alarm_id);

// The caregiver's open offer becomes `answer` (accepted, declined); false when it was not open.
bool answer_offer(store::Transaction& tx, std::int64_t alarm_id, std::int64_t caregiver_id,
                  domain::OfferStatus answer, LocalMinute now);
// Every open offer of the alarm becomes `to` (expired at a round's end, withdrawn when taken);
// returns the caregivers whose offers closed.
std::vector<std::int64_t> close_open_offers(store::Transaction& tx, std::int64_t alarm_id, domain::OfferStatus to,
                                            LocalMinute now);
// The caregiver took `except_alarm`: their open offers of other alarms are withdrawn. Returns those
// alarms' ids.
std::vector<std::int64_t> withdraw_other_offers(store::Transaction& tx, std::int64_t caregiver_id,
                                                std::int64_t except_alarm, LocalMinute now);

}  // namespace carecrowd::records
