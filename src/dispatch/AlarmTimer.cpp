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
  if (first == FirstStep::remote_check) {
    return {{AlarmStatus::remote_check, std::nullopt, 0, now + policy.remote_check_minutes},
            "policy: check remotely first",
            false};
  }
  return offer_round(policy, 0, now, "policy: dispatch at once");
}

AlarmStep offer_round(const TriagePolicy& policy, int round_before, LocalMinute now, std::string reason) {
  return {{AlarmStatus::dispatching, std::nullopt, round_before + 1, now + policy.offer_minutes}, std::move(reason), true};
}

AlarmStep no_one_to_ask(const TriagePolicy& policy, LocalMinute now, std::string reason) {
  return {{AlarmStatus::escalated, Escalation::coordinator, 0, now + policy.coordinator_minutes}, std::move(reason), false};
}

AlarmStep round_refused(const TriagePolicy& policy, int round, LocalMinute now) {
  return after_round(policy, round, now, "every caregiver asked declined or took another alarm");
}

AlarmStep accepted(const TriagePolicy& policy, LocalMinute now) {
  return {{AlarmStatus::accepted, std::nullopt, 0, now + policy.arrival_minutes}, "accepted", false};
}

std::optional<AlarmStep> on_timeout(const TriagePolicy& policy, const AlarmState& state, LocalMinute now) {
  if (!state.due_at || *state.due_at > now) return std::nullopt;
  switch (state.status) {
    case AlarmStatus::remote_check:
      // A check that fails must become a visit fast.
      return offer_round(policy, 0, now, "no answer to the remote check within " + minutes(policy.remote_check_minutes));
    case AlarmStatus::dispatching:
      return after_round(policy, state.round, now, "no caregiver accepted within " + minutes(policy.offer_minutes));
    case AlarmStatus::accepted:
      return no_one_to_ask(policy, now, "not on site within " + minutes(policy.arrival_minutes) + " of accepting");
    case AlarmStatus::escalated:
      if (state.escalation == Escalation::coordinator) {
        return AlarmStep{{AlarmStatus::escalated, Escalation::advise_112, state.round, std::nullopt},
                         "the coordinator on call did not act within " + minutes(policy.coordinator_minutes) +
                             ": advise 112",
                         false};
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
