// AlarmRecord: the alarm table (store migration 0008) as one typed record and one column list:
// receiving an alarm once per source id, taking an alarm's turn before changing it, storing where
// it stands, and the reads the services make (due timers, a caregiver's held alarm, an
// organisation's alarms, those received in a period). What an alarm may do next is decided in
// services/Alarms.h and dispatch/AlarmTimer.h.
//
// Concurrency: every change of an alarm starts with take_alarm_turn(), an UPDATE of its row that
// returns the row as committed: on PostgreSQL it holds the row lock until commit, and a concurrent
// change waits and then reads the winner's result; SQLite has one writer. So a timer fires once
// whichever processes sweep, and of two acceptances the second sees the alarm taken.
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

struct AlarmRecord {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::int64_t client_id = 0;
  std::optional<std::int64_t> device_id;
  domain::AlarmKind kind = domain::AlarmKind::button;
  domain::AlarmPriority priority = domain::AlarmPriority::high;
  LocalMinute observed_at = 0;
  std::string observations_json;  // a JSON object, "{}" for none
  std::string source_id;
  std::int64_t policy_version = 0;
  domain::AlarmStatus status = domain::AlarmStatus::created;
  std::optional<domain::Escalation> escalation;
  int round = 0;
  std::optional<LocalMinute> due_at;
  std::optional<std::int64_t> caregiver_id;  // the caregiver who accepted it, or
  std::optional<std::int64_t> contact_user_id;  // the informal contact who accepted it
  std::optional<std::int64_t> task_id;       // the visit a carer-non-arrival alarm is about
  LocalMinute created_at = 0;
};


// Stores the alarm as `created` (its id, status, escalation, round, timer and responder are
// ignored), sent or entered by the user `created_by`, and returns its id; nullopt when the
// organisation already has an alarm with this source id (then nothing is written: read that one
// with alarm_by_source).
std::optional<std::int64_t> insert_alarm(store::Transaction& tx, const AlarmRecord& alarm, std::int64_t created_by);
std::optional<AlarmRecord> alarm_by_source(store::Transaction& tx, std::int64_t organisation_id,
                                           const std::string& source_id);

std::optional<AlarmRecord> read_alarm(store::Transaction& tx, std::int64_t alarm_id);
// Takes the alarm's turn (see above) and returns it as it stands now; nullopt when there is none.
std::optional<AlarmRecord> take_alarm_turn(store::Transaction& tx, std::int64_t alarm_id);

// Where an alarm stands after a step. REQUIRES: the caller holds the alarm's turn.
struct AlarmStanding {
  domain::AlarmStatus status = domain::AlarmStatus::created;
  std::optional<domain::Escalation> escalation;
  int round = 0;
  std::optional<LocalMinute> due_at;
  std::optional<std::int64_t> caregiver_id;
  std::optional<std::int64_t> contact_user_id;
};
void store_standing(store::Transaction& tx, std::int64_t alarm_id, const AlarmStanding& standing);

// Alarms whose timer ran out by `now`, and alarms still dispatching with no offer left open (every
// caregiver asked declined or took another alarm): what the sweep advances. Oldest due first, at
// most `limit` ids.
std::vector<std::int64_t> alarms_to_advance(store::Transaction& tx, LocalMinute now, std::int64_t limit);

// The alarm the caregiver holds (accepted, or on site), if any.
std::optional<std::int64_t> alarm_held_by(store::Transaction& tx, std::int64_t caregiver_id);

// The organisation's alarms, newest first: open ones only, or all; at most `limit`.
std::vector<AlarmRecord> organisation_alarms(store::Transaction& tx, std::int64_t organisation_id, bool open_only,
                                             std::int64_t limit);

// The organisation's alarms received in [from, to) (their created_at), oldest first: what its key
// figures count (services/AlarmFigures.h).
std::vector<AlarmRecord> alarms_received(store::Transaction& tx, std::int64_t organisation_id, LocalMinute from,
                                         LocalMinute to);

// The client's alarms received at or after `since`, and the open ones of any age; newest first, at
// most `limit`.
std::vector<AlarmRecord> client_alarms(store::Transaction& tx, std::int64_t client_id, LocalMinute since,
                                       std::int64_t limit);

}  // namespace carecrowd::records
