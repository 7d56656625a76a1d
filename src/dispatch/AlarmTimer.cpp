#include "dispatch/AlarmTimer.h"

namespace carecrowd::dispatch {

using domain::AlarmStatus;
using domain::Escalation;

namespace {

std::string minutes(int n) { return std::to_string(n) + (n == 1 ? " minute" : " minutes"); }

// After round `round` of offers: the next round while the policy allows one, else the coordinator.
AlarmStep after_round(const TriagePolicy& policy, int round, LocalMinute now, const std::string& why) {
  if (round < policy.max_rounds) return offer_round(policy, round, now, why + "; next caregivers");
  return no_one_to_ask(policy, now, why + " in " + std::to_string(round) + (round == 1 ? " round" : " rounds"));
}

}  // namespace

AlarmStep after_triage(const TriagePolicy& policy, FirstStep first, LocalMinute now) {
  switch (first) {
    case FirstStep::remote_check:
      return {{AlarmStatus::remote_check, std::nullopt, 0, now + policy.remote_check_minutes},
              "policy: check remotely first"};
    case FirstStep::informal_contacts:
      return ask_contacts(policy, now, "policy: the informal contacts first");
    case FirstStep::dispatch:
      break;
  }
  return offer_round(policy, 0, now, "policy: dispatch at once");
}

AlarmStep remote_check_failed(const TriagePolicy& policy, LocalMinute now, std::string reason) {
  if (policy.after_remote_check == FirstStep::informal_contacts) {
    return ask_contacts(policy, now, std::move(reason));
  }
  return offer_round(policy, 0, now, std::move(reason));
}

AlarmStep ask_contacts(const TriagePolicy& policy, LocalMinute now, std::string reason) {
  AlarmStep step{{AlarmStatus::informal_contacts, std::nullopt, 0, now + policy.contact_minutes}, std::move(reason)};
  step.ask_contact = true;
  return step;
}

AlarmStep no_contact_left(const TriagePolicy& policy, LocalMinute now, std::string reason) {
  return offer_round(policy, 0, now, std::move(reason));
}

AlarmStep contact_refused(const TriagePolicy& policy, LocalMinute now) {
  return ask_contacts(policy, now, "the informal contact asked cannot come");
}

AlarmStep accepted_by_contact(const TriagePolicy& policy, LocalMinute now) {
  AlarmStep step{{AlarmStatus::accepted, std::nullopt, 0, now + policy.contact_arrival_minutes}, "accepted"};
  step.state.held_by_contact = true;
  return step;
}

AlarmStep offer_round(const TriagePolicy& policy, int round_before, LocalMinute now, std::string reason) {
  AlarmStep step{{AlarmStatus::dispatching, std::nullopt, round_before + 1, now + policy.offer_minutes}, std::move(reason)};
  step.offer_round = true;
  return step;
}

AlarmStep no_one_to_ask(const TriagePolicy& policy, LocalMinute now, std::string reason) {
  return {{AlarmStatus::escalated, Escalation::coordinator, 0, now + policy.coordinator_minutes}, std::move(reason)};
}

AlarmStep round_refused(const TriagePolicy& policy, int round, LocalMinute now) {
  return after_round(policy, round, now, "every caregiver asked declined or took another alarm");
}

AlarmStep accepted(const TriagePolicy& policy, LocalMinute now) {
  return {{AlarmStatus::accepted, std::nullopt, 0, now + policy.arrival_minutes}, "accepted"};
}

std::optional<AlarmStep> on_timeout(const TriagePolicy& policy, const AlarmState& state, LocalMinute now) {
  if (!state.due_at || *state.due_at > now) return std::nullopt;
  switch (state.status) {
    case AlarmStatus::remote_check:
      // A check that fails must become a visit fast.
      return remote_check_failed(policy, now, "no answer to the remote check within " + minutes(policy.remote_check_minutes));
    case AlarmStatus::informal_contacts:
      return ask_contacts(policy, now, "no answer from the informal contact within " + minutes(policy.contact_minutes));
    case AlarmStatus::dispatching:
      return after_round(policy, state.round, now, "no caregiver accepted within " + minutes(policy.offer_minutes));
    case AlarmStatus::accepted:
      if (state.held_by_contact) {
        // The family carer has not come: professional follow-up after all, its norm's clock running.
        return offer_round(policy, 0, now,
                           "the informal contact is not on site within " + minutes(policy.contact_arrival_minutes) +
                               " of accepting");
      }
      return no_one_to_ask(policy, now, "not on site within " + minutes(policy.arrival_minutes) + " of accepting");
    case AlarmStatus::escalated:
      if (state.escalation == Escalation::coordinator) {
        return AlarmStep{{AlarmStatus::escalated, Escalation::advise_112, state.round, std::nullopt},
                         "the coordinator on call did not act within " + minutes(policy.coordinator_minutes) +
                             ": advise 112"};
      }
      return std::nullopt;
    case AlarmStatus::created:
    case AlarmStatus::triaged:
    case AlarmStatus::on_site:
    case AlarmStatus::resolved:
      // No timer runs in these states; a stale one is dropped by the caller.
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace carecrowd::dispatch
