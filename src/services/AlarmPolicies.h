// AlarmPolicies: an organisation's triage policy (dispatch/TriagePolicy.h) read and edited, and a
// client's own first steps. Care
// staff read it; the organisation's admin edits it, and each edit is stored as a new version
// (records/AlarmPolicyRecord.h) so that every alarm stays explained by the version it was triaged
// by. Edits are audited.
//
// Thread safety: stateless functions over the Platform; safe from any number of threads and
// processes.
#pragma once

#include <cstdint>
#include <vector>

#include "core/Error.h"
#include "dispatch/TriagePolicy.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

// The organisation's current policy (version 0: the platform's default, never edited).
Result<dispatch::TriagePolicy> alarm_policy(const Platform& platform, const Principal& who);
// Stores `input` as the organisation's next version; its `version` is ignored. Every number must lie
// in its range (minutes 1..1440, offers per round 1..50, rounds 1..20, level 0..6, on-site minutes
// 1..1440, radius 100..100,000 metres, an informal contact's minutes to accept and to arrive
// 1..1440); a failed remote check leads to the informal contacts or to dispatch, not to another
// check; the error names the field.
Result<dispatch::TriagePolicy> update_alarm_policy(const Platform& platform, const Principal& who,
                                                   const Result<dispatch::TriagePolicy>& input);

// A client's own first steps (care staff of the client's organisation), overriding the
// organisation's policy for the kinds and priorities listed; setting them replaces them all (none:
// the organisation's policy alone). Each kind and priority at most once. Audited.
Result<std::vector<dispatch::FirstStepOverride>> client_alarm_steps(const Platform& platform, const Principal& who,
                                                                    std::int64_t client_id);
Result<std::vector<dispatch::FirstStepOverride>> set_client_alarm_steps(
    const Platform& platform, const Principal& who, std::int64_t client_id,
    const Result<std::vector<dispatch::FirstStepOverride>>& steps);

}  // namespace carecrowd::services
