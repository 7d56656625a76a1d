// PlanSummary: what a plan run found and handed out, stored with the run (plan_run.summary) and
// shown with it (GET /v1/plans/{id} "summary", docs/api.md). Its stored form is a JSON document,
// written and read here only; the http edge shows the stored document as it is, so a run reads
// back as it was written, also one stored by an earlier version.
//
// Thread safety: plain values and pure functions.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "records/ProposalRecord.h"
#include "services/PlanAnswer.h"

namespace carecrowd::services {

// A planned task that could not be offered or assigned: why, in the claim's words.
struct HandoutFailure {
  std::int64_t task_id = 0;
  std::int64_t caregiver_id = 0;
  std::string reason;
};

struct PlanSummary {
  std::int64_t visits = 0;   // open tasks in the problem
  std::int64_t planned = 0;  // of those, planned
  std::vector<UnplannedTask> unplanned;
  std::int64_t claimed_visits = 0;     // claimed tasks the plan accounts for
  std::int64_t claimed_unplanned = 0;  // of those, not fitting their caregiver's day
  std::int64_t caregivers = 0;         // people, not engine caregivers
  std::int64_t caregiver_days = 0;
  std::int64_t double_staffing_links = 0;
  std::int64_t precedence_links = 0;
  std::int64_t travel_minutes = 0;
  double seconds = 0;  // engine time
  std::int64_t engine_runs = 0;
  // A repair (live repair): only the released visits were planned, from a warm start of the days as
  // held; changed_assignments counts the held visits it moved off their caregiver.
  bool repair = false;
  std::int64_t changed_assignments = 0;
  std::vector<HandoutFailure> failures;
  // The proposals as handed out, by status: pending, assigned and failed (also when none), or
  // draft for a run under review.
  std::map<records::ProposalStatus, std::int64_t> proposals;

  [[nodiscard]] std::int64_t handed_out(records::ProposalStatus status) const;
};

// The stored form (JSON text), and back. A field an earlier version did not store reads as empty.
std::string stored_plan_summary(const PlanSummary& summary);
PlanSummary read_plan_summary(std::string_view stored);

}  // namespace carecrowd::services
