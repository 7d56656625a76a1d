// PlanningSnapshot: what the planner reads of an organisation to build the engine's problem for some
// days, in one read transaction: its caregivers (with employment), their availability and verified
// certificates, the tasks they hold around the days (of every organisation they work for), the
// organisation's open tasks with their care task's arrangement, key and precedence, and who cared
// for whom lately (continuity). services/PlanProblem turns it into a domain::Problem.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "records/CaregiverProfileRecord.h"
#include "records/TaskRecord.h"

namespace carecrowd::records {

struct OrganisationCaregiver {
  CaregiverProfileRecord profile;  // name not read
  bool employed = false;
};
// By id.
std::vector<OrganisationCaregiver> organisation_caregivers(store::Transaction& tx, std::int64_t organisation_id);

// The weekly entries and the one-off entries on days first..last of the organisation's caregivers.
std::vector<std::pair<std::int64_t, AvailabilityRecord>> organisation_availability(store::Transaction& tx,
                                                                                   std::int64_t organisation_id,
                                                                                   DayNumber first, DayNumber last);

// The verified certificates of the organisation's caregivers still valid on `day`: (caregiver,
// code, last valid day).
struct VerifiedCertificate {
  std::int64_t caregiver_id = 0;
  std::string code;
  DayNumber expires_day = 0;
};
std::vector<VerifiedCertificate> verified_certificates(store::Transaction& tx, std::int64_t organisation_id, DayNumber day);

// A task with its care task's arrangement, key and the key it follows.
struct PlanningTask : TaskRecord {
  std::int64_t arrangement_id = 0;
  std::string key, after_key;  // after_key "" when none
};
// Claimed and done tasks on days first..last of every caregiver of the organisation, by window
// start and id.
std::vector<PlanningTask> tasks_held_by_organisation_caregivers(store::Transaction& tx, std::int64_t organisation_id,
                                                                DayNumber first, DayNumber last);
// The organisation's open tasks on days first..last whose window starts after `after`, by window
// start and id.
std::vector<PlanningTask> open_tasks_to_plan(store::Transaction& tx, std::int64_t organisation_id, DayNumber first,
                                             DayNumber last, LocalMinute after);

// (client, caregiver) pairs of the organisation's claimed and done tasks on days first..last.
std::vector<std::pair<std::int64_t, std::int64_t>> cared_for_pairs(store::Transaction& tx, std::int64_t organisation_id,
                                                                   DayNumber first, DayNumber last);

}  // namespace carecrowd::records
