// AlarmDispatch: moving an alarm through its state machine (domain/Alarm.h) inside the caller's
// transaction, and the sweep that fires its timers. services/Alarms.h calls it for what people do;
// the server's ticker calls sweep_alarms() for what the clock does.
//
// Who is asked: caregivers of the alarm's organisation on duty now (their published availability,
// or an on-call shift for the organisation (services/OnCall.h), covers their arrival and the time
// on site) who may serve this client by the marketplace's one
// admission rule (market/Admission.h, checks 1 to 9: organisation, level, certificates,
// availability, weekly hours; the day's fit is not asked, as an alarm goes before the visits of the
// day), who hold no other alarm and were not asked for this one before, within the policy's radius;
// ranked by predicted arrival from where they are (the client of the visit they are checked in at,
// else a fresh last known position (services/LastKnownPosition.h), else home), then by whether answering would make a visit of
// their day late (the day's fit ranks instead of refusing; dispatch/Responders.h). The top
// `offers_per_round` get an offer at once (alarm.offered over /v1/events).
//
// Escalated to the coordinator: the step's reason names the coordinator on call by the
// organisation's on-call shifts, when one is.
//
// Timers: an alarm's running timer is its row's `due_at`. sweep_alarms() finds the alarms due (and
// the alarms dispatching with no offer left open) and advances each in a write transaction of its
// own that first takes the alarm's turn (records/AlarmRecord.h) and judges again: with several
// server processes sweeping, each timer fires once, and a timer that an answer overtook does
// nothing. Nothing is kept in memory, so a restart loses nothing: the next sweep after it fires
// every timer that ran out meanwhile.
//
// Every step appends to the alarm's timeline and the audit log (as the person who acted, or the
// platform's timer), and tells the organisation's board (alarm.changed) and the caregiver who holds
// the alarm, unless they took the step; events are published last in the transaction
// (services/Events.h).
//
// Thread safety: stateless functions over the Platform (or the caller's transaction); safe from
// any number of threads and processes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dispatch/AlarmTimer.h"
#include "dispatch/Responders.h"
#include "dispatch/TriagePolicy.h"
#include "records/AlarmRecord.h"
#include "services/Events.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

// At most this many caregivers (nearest homes first) are judged for one round of offers, as for an
// urgent task: judging one takes a few queries inside the round's write transaction (on SQLite,
// while every other writer waits), and three rounds of three need nine.
inline constexpr std::int64_t kAlarmResponderSearch = 50;
// At most this many alarms are advanced per sweep (the rest in the next).
inline constexpr std::int64_t kAlarmSweepBatch = 200;

// The organisation's policy now: its latest version, or the default.
dispatch::TriagePolicy current_policy_in(store::Transaction& tx, std::int64_t organisation_id);
// The version an alarm was triaged by.
dispatch::TriagePolicy policy_of(store::Transaction& tx, const records::AlarmRecord& alarm);

// The platform's clock acting (a timer fired): the actor of the audit events and timeline steps
// the sweep writes.
Principal platform_timer();

// Who took a step, as the timeline names them: "platform" for the timer, "caregiver:<id>",
// "informal_contact:<user id>", else "<role>:<user id>".
std::string alarm_actor(const Principal& who);
// Whether a step's actor, as alarm_actor() named them, is care staff (a coordinator or an
// organisation admin).
bool acted_by_care_staff(std::string_view actor);

// Who may answer the alarm now, soonest arrival first, not counting `already_asked`.
std::vector<dispatch::RankedResponder> responders_for(store::Transaction& tx, const Platform& platform,
                                                      const records::AlarmRecord& alarm,
                                                      const dispatch::TriagePolicy& policy);

// Takes `step` for `alarm` (REQUIRES: the caller holds its turn, and `alarm.caregiver_id` is who
// holds it after the step): a step that asks for a round of offers makes it, or escalates to the
// coordinator when nobody is left to ask; then stores the standing, appends `event` to the
// timeline, audits "alarm.<event>" as `who` and queues alarm.changed (board, holder) in `events`.
// Returns the alarm as it stands after the step.
records::AlarmRecord take_step_in(store::Transaction& tx, const Platform& platform, records::AlarmRecord alarm,
                                  const dispatch::TriagePolicy& policy, dispatch::AlarmStep step, const Principal& who,
                                  std::string_view event, std::vector<NewEvent>& events);

// Stores a new alarm received from `who` (`alarm`'s id, status, policy version, timer and caregiver
// are ignored) and takes its first steps: created, triaged by the organisation's current policy,
// then a remote check or the first round of offers. nullopt when the organisation received its
// source id before: then nothing is written.
std::optional<records::AlarmRecord> receive_in(store::Transaction& tx, const Platform& platform, records::AlarmRecord alarm,
                                               const Principal& who, std::vector<NewEvent>& events);

// Queues alarm.contact_closed for each informal contact whose open request just closed as `status`
// (expired when their time ran out, withdrawn when the alarm was resolved or caregivers were sent).
void tell_contacts_closed(std::vector<NewEvent>& events, const records::AlarmRecord& alarm,
                          const std::vector<std::int64_t>& users, domain::OfferStatus status);

// Publishes the queued events: the last writes of the transaction.
void publish_all(store::Transaction& tx, const Platform& platform, const std::vector<NewEvent>& events);

// Fires every alarm timer that ran out by the platform's clock (see above); the server runs it
// every few seconds. Returns how many alarms took a step.
std::int64_t sweep_alarms(const Platform& platform);

}  // namespace carecrowd::services
