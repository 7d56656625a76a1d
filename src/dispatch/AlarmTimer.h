// AlarmTimer: the timed steps of an alarm's state machine, as pure functions of its state, its
// policy and the platform's clock. Each state that waits for someone has one deadline (`due_at`,
// stored with the alarm so that a timer survives a restart and is seen by every server process);
// when it passes, on_timeout() says what happens next:
//   remote_check          nobody answered the check        -> the policy's after_remote_check: the
//                                                             informal contacts, or dispatching
//   informal_contacts     the contact asked did not answer -> the next contact; none left: dispatching
//   dispatching round r   nobody accepted in time           -> the next round, while r < max_rounds
//   dispatching, last     (or nobody left to ask)           -> escalated to the coordinator on call
//   escalated/coordinator the coordinator did not act       -> escalated, advise 112 (no more timer)
//   accepted              the caregiver is not on site yet  -> escalated to the coordinator on call
//   accepted by a contact the contact is not on site yet    -> dispatching: caregivers are sent after all
// States without a deadline (on_site, resolved, advise 112) never time out.
//
// Thread safety: plain values and pure functions.
#pragma once

#include <optional>
#include <string>

#include "dispatch/TriagePolicy.h"
#include "domain/Alarm.h"
#include "domain/CivilTime.h"

namespace carecrowd::dispatch {

// Where an alarm stands, as far as its timers are concerned.
struct AlarmState {
  domain::AlarmStatus status = domain::AlarmStatus::created;
  std::optional<domain::Escalation> escalation;  // when escalated
  int round = 0;                                 // rounds of offers made so far
  std::optional<LocalMinute> due_at;             // the running timer
  bool held_by_contact = false;                  // accepted by an informal contact, not a caregiver
};

// A step of the state machine: the state it leads to and why (the timeline's reason). With
// `offer_round`, the caller makes the next round of offers (round `state.round`) and, when nobody is
// left to ask, takes no_one_to_ask() instead. With `ask_contact`, the caller asks the client's next
// informal contact not asked yet and, when none is left, takes no_contact_left() instead.
struct AlarmStep {
  AlarmState state;
  std::string reason;
  bool offer_round = false;
  bool ask_contact = false;
};

// The first step after triage by `policy`: a remote check with its deadline, the informal contacts,
// or dispatching.
[[nodiscard]] AlarmStep after_triage(const TriagePolicy& policy, FirstStep first, LocalMinute now);
// The remote check failed (nobody answered, or it found a visit is needed): the policy's
// after_remote_check.
[[nodiscard]] AlarmStep remote_check_failed(const TriagePolicy& policy, LocalMinute now, std::string reason);
// The next informal contact is asked, with their time to accept.
[[nodiscard]] AlarmStep ask_contacts(const TriagePolicy& policy, LocalMinute now, std::string reason);
// No informal contact (left) to ask: caregivers are sent.
[[nodiscard]] AlarmStep no_contact_left(const TriagePolicy& policy, LocalMinute now, std::string reason);
// The informal contact asked said no: the next one at once.
[[nodiscard]] AlarmStep contact_refused(const TriagePolicy& policy, LocalMinute now);
// Accepted by an informal contact: their deadline to be on site.
[[nodiscard]] AlarmStep accepted_by_contact(const TriagePolicy& policy, LocalMinute now);
// A round of offers: the next round number and its deadline.
[[nodiscard]] AlarmStep offer_round(const TriagePolicy& policy, int round_before, LocalMinute now, std::string reason);
// Nobody (left) to ask: escalated to the coordinator on call, with their deadline.
[[nodiscard]] AlarmStep no_one_to_ask(const TriagePolicy& policy, LocalMinute now, std::string reason);
// Every caregiver asked in round `round` said no (or took another alarm) before it ran out: the next
// round at once, or the coordinator after the last.
[[nodiscard]] AlarmStep round_refused(const TriagePolicy& policy, int round, LocalMinute now);
// Accepted by a caregiver: the deadline to be on site.
[[nodiscard]] AlarmStep accepted(const TriagePolicy& policy, LocalMinute now);

// What happens when `state.due_at` has passed at `now`; nullopt when nothing is due (no timer, or
// it runs later).
[[nodiscard]] std::optional<AlarmStep> on_timeout(const TriagePolicy& policy, const AlarmState& state, LocalMinute now);

}  // namespace carecrowd::dispatch
