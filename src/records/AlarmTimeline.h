// AlarmTimeline: the alarm_step table (store migrations 0008, 0010): an alarm's transitions in
// order, each with its time on the platform's clock, the status (and escalation) it led to, who
// acted and why. Appended in the transaction of the transition; never changed.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/Alarm.h"
#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

struct AlarmStep {
  LocalMinute at = 0;
  std::string event;  // "created", "triaged", "offered", "declined", "escalated", ...
  domain::AlarmStatus status = domain::AlarmStatus::created;  // after the step
  std::string actor;   // "user:12 (coordinator)", "caregiver:5", "platform" for a timer
  std::string reason;  // in words, "" when the event says it all
  std::optional<domain::Escalation> escalation;  // after the step; none unless escalated
};

void append_step(store::Transaction& tx, std::int64_t alarm_id, const AlarmStep& step);
// Oldest first.
std::vector<AlarmStep> steps_of(store::Transaction& tx, std::int64_t alarm_id);
// The steps of the organisation's alarms received in [from, to) (their created_at), as
// (alarm id, step), by alarm and then in order.
std::vector<std::pair<std::int64_t, AlarmStep>> steps_of_alarms_received(store::Transaction& tx,
                                                                         std::int64_t organisation_id,
                                                                         LocalMinute from, LocalMinute to);

}  // namespace carecrowd::records
