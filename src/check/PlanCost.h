// PlanCost: a plan's objective recomputed from scratch, term by term, exactly as docs/model.md
// ("Cost") defines it. The engine keeps its own incremental account; tests require the two to agree.
//
// The cost is computed for infeasible plans too (a coordinator comparing two imperfect plans still
// wants to know which is cheaper), over the routes the checker could read: a visit counts as planned
// when it appears in at least one of `walks`, and every other visit of the problem as unplanned.
//
// Thread safety: a pure function.
#pragma once

#include <vector>

#include "check/RouteWalk.h"
#include "domain/CostBreakdown.h"
#include "domain/Problem.h"

namespace carecrowd::check {

// Route terms (arcs, lateness, preferences, labour) are summed per stop, so a visit that a broken
// plan puts in two routes is paid twice there; it is still planned once.
domain::CostBreakdown plan_cost(const domain::Problem& problem, const std::vector<RouteWalk>& walks);

}  // namespace carecrowd::check
