// PlanChecker: says whether a plan keeps every hard rule of docs/model.md, and what it costs,
// re-deriving everything from the Problem and the Plan alone.
//
// It is the referee for the planning engine, for plans read from files and for plans edited by
// hand, so it is written from the model document without sharing code with src/engine, and aims
// to be obviously correct rather than fast (it is O(n log n) in the size of the plan, which is
// plenty for 20,000 visits). It never stops at the first problem: every broken rule is listed, and
// the cost is computed even for an infeasible plan.
//
// Violation kinds (Violation::kind), one per rule of the model:
//   index         a route names an unknown caregiver or shift, or an entry names an unknown visit
//   duplicate     a second route for one (caregiver, shift), or a visit listed more than once
//   missing       a visit neither in a route nor among the unplanned
//   level, certificate, volunteer, excluded, pinned    eligibility of the caregiver for the visit
//   window        a start outside all of the visit's hard windows
//   availability  the first start too early for the shift (with travel), or the return too late
//   travel        a start too early after the previous visit's service and the travel between
//   break         a required break missing, or a break that does not fit between two visits
//   capacity      a capacity dimension or max_visits exceeded in one route
//   max_work      the sum of a caregiver's route spans over max_work
//   link          a synchronised or precedence link not kept
// Messages name the route (caregiver id and shift), the visit id and the numbers involved, with
// times in the problem's units (ticks / Scale::time_ticks_per_unit).
//
// Thread safety: a pure function of its arguments.
#pragma once

#include <string>
#include <vector>

#include "domain/CostBreakdown.h"
#include "domain/Plan.h"
#include "domain/Problem.h"

namespace carecrowd::check {

struct Violation {
  std::string kind;     // one of the kinds above
  std::string where;    // "caregiver c1, shift 0, visit v3", "visit v3", "link 2 (v3, v4)", ...
  std::string message;  // a full sentence for a person, repeating `where`
};

struct CheckReport {
  bool feasible = false;  // no violations
  std::vector<Violation> violations;
  domain::CostBreakdown cost;  // priced with problem.objective(), feasible or not
};

CheckReport check_plan(const domain::Problem& problem, const domain::Plan& plan);

}  // namespace carecrowd::check
