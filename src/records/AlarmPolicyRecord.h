// AlarmPolicyRecord: the alarm_policy and alarm_policy_step tables (store migration 0008): an
// organisation's triage policies, one version per edit, never changed afterwards, so that an alarm
// is always explained by the version it was triaged by; and alarm_client_step, a client's own
// first steps.
//
// Concurrency: store_policy takes the next version number; of two edits racing for it, the second
// writes nothing and gets nullopt (the primary key refuses it, ON CONFLICT DO NOTHING).
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "dispatch/TriagePolicy.h"
#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

// The organisation's latest version; nullopt when it never stored one (the default applies).
std::optional<dispatch::TriagePolicy> latest_policy(store::Transaction& tx, std::int64_t organisation_id);
// One version; nullopt when there is no such version.
std::optional<dispatch::TriagePolicy> policy_version(store::Transaction& tx, std::int64_t organisation_id,
                                                     std::int64_t version);
// Stores `policy` as the next version (its `version` is ignored) and returns that version.
std::optional<std::int64_t> store_policy(store::Transaction& tx, std::int64_t organisation_id,
                                         const dispatch::TriagePolicy& policy, std::int64_t user_id, LocalMinute now);

// The client's own first steps (table alarm_client_step), by kind and priority.
std::vector<dispatch::FirstStepOverride> client_first_steps(store::Transaction& tx, std::int64_t client_id);
// Replaces the client's own first steps with `steps` (none: the organisation's policy alone).
void store_client_first_steps(store::Transaction& tx, std::int64_t client_id,
                              const std::vector<dispatch::FirstStepOverride>& steps);

}  // namespace carecrowd::records
