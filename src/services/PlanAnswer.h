// PlanAnswer: the planning engine's answer to a PlanProblem in the platform's terms: which
// caregiver does which open task and when, and why the others are left open.
//
// The engine limits a caregiver's week by the span of their routes (travel and waiting included);
// the market limits it by the minutes of their tasks. New work fitted into the waiting between a
// caregiver's claimed tasks costs no span, so the engine can plan past the market's limit. The
// answer therefore keeps each caregiver's new tasks, earliest first, only while their week has the
// minutes, and gives what it had to leave out a second, shorter run in which the caregivers who are
// full may not take more and everything kept stays where it is. What still does not fit is left
// open in the market.
//
// Thread safety: a function of its arguments; runs the engine on the calling thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/Plan.h"
#include "domain/Problem.h"
#include "records/ProposalRecord.h"
#include "services/PlanProblem.h"

namespace carecrowd::services {

struct PlannedTask {
  std::int64_t task_id = 0;
  std::int64_t caregiver_id = 0;
  bool employed = false;
  LocalMinute start = 0;
  LocalMinute window_start = 0;
  std::int64_t duration_minutes = 0;
  int visit = -1;      // engine indices
  int caregiver = -1;
  // Why this caregiver, in the objective's own terms, for the coordinator reviewing the proposal:
  // the travel the visit adds to the route (the stop before to it and on to the stop after, less
  // the direct way between them; home at a route's ends when it has one), the minutes it starts
  // after its due time, whether the client already knows the caregiver.
  records::ProposalReasons reasons;
};

struct UnplannedTask {
  std::int64_t task_id = 0;
  domain::UnplannedReason reason = domain::UnplannedReason::caregivers_full;
  std::string detail;
};

struct PlanAnswer {
  std::vector<PlannedTask> planned;      // open tasks, by planned start
  std::vector<UnplannedTask> unplanned;  // open tasks
  int claimed_unplanned = 0;             // claimed tasks that did not fit their caregiver's day
  std::int64_t travel_minutes = 0;       // of the whole plan, claimed tasks included
  double seconds = 0;                    // engine time
  int runs = 0;                          // engine runs (1, or 2 when weekly hours needed a second)
  // With a warm start: the visits of the initial plan whose caregiver the answer changed (held
  // visits moved or dropped); 0 without one.
  int changed_assignments = 0;
};

// Runs the engine for at most `time_limit_seconds` in all, on one thread; from `initial` when given
// (a repair's warm start: held_plan, PlanProblem.h).
PlanAnswer answer_plan(const PlanProblem& mapping, const domain::Problem& problem, double time_limit_seconds,
                       std::optional<domain::Plan> initial = std::nullopt);

}  // namespace carecrowd::services
