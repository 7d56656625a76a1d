#include "dispatch/TriagePolicy.h"

#include "core/EnumNames.h"

namespace carecrowd::dispatch {
namespace {

constexpr EnumNames<FirstStep, 3> kSteps{{
    {FirstStep::remote_check, "remote_check"},
    {FirstStep::informal_contacts, "informal_contacts"},
    {FirstStep::dispatch, "dispatch"},
}};

}  // namespace

std::string_view to_string(FirstStep step) { return name_of(kSteps, step); }
std::optional<FirstStep> parse_first_step(std::string_view text) { return value_named(kSteps, text); }

FirstStep first_step(const TriagePolicy& policy, domain::AlarmKind kind, domain::AlarmPriority priority) {
  return policy.first_step.at(static_cast<std::size_t>(kind)).at(static_cast<std::size_t>(priority));
}

void set_first_step(TriagePolicy& policy, domain::AlarmKind kind, domain::AlarmPriority priority, FirstStep step) {
  policy.first_step.at(static_cast<std::size_t>(kind)).at(static_cast<std::size_t>(priority)) = step;
}

TriagePolicy for_client(TriagePolicy policy, const std::vector<FirstStepOverride>& overrides) {
  for (const auto& o : overrides) set_first_step(policy, o.kind, o.priority, o.step);
  return policy;
}

TriagePolicy default_policy() {
  using domain::AlarmKind;
  using domain::AlarmPriority;
  TriagePolicy policy;
  for (auto& by_priority : policy.first_step) by_priority.fill(FirstStep::remote_check);
  // Someone may be hurt and cannot be expected to answer a call: send a caregiver at once.
  set_first_step(policy, AlarmKind::fall, AlarmPriority::high, FirstStep::dispatch);
  set_first_step(policy, AlarmKind::vital_out_of_range, AlarmPriority::high, FirstStep::dispatch);
  // A visit that did not happen is care not given, whatever the priority: a call does not give it.
  for (auto priority : {AlarmPriority::high, AlarmPriority::medium, AlarmPriority::low}) {
    set_first_step(policy, AlarmKind::carer_non_arrival, priority, FirstStep::dispatch);
  }
  return policy;
}

}  // namespace carecrowd::dispatch
