// NativePlanJson: carecrowd's own plan file, the answer to a problem as a coordinator reads it, and
// the input of `--initial PLAN` (warm start) and `carecrowd check PROBLEM PLAN` (documented in
// docs/formats.md and docs/schema/plan.schema.json).
//
// Numbers are in the problem's file units: ticks / Scale::time_ticks_per_unit for times (minutes
// for native problems, possibly fractional because ticks are seconds), ticks /
// distance_ticks_per_unit for distances, and the objective's display units for costs.
//
// Reading inverts writing exactly: a start is rounded to the nearest tick, and everything the
// writer derives (summary, end times, arrival, travel) is ignored. The reader resolves ids and
// shift numbers and reports unknown ones with the path ("routes[1].steps[4].visit") and the id; it
// does not judge feasibility (two routes for one shift, a visit listed twice, a missed window are
// for check::check_plan), and visits the file does not mention stay unmentioned. Never throws.
//
// Thread safety: pure functions.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "domain/CostBreakdown.h"
#include "domain/Plan.h"
#include "domain/Problem.h"

namespace carecrowd::io {

// REQUIRES: every index in `plan` is valid for `problem`.
nlohmann::json write_native_plan(const domain::Problem& problem, const domain::Plan& plan,
                                 const domain::CostBreakdown& cost);

Result<domain::Plan> read_native_plan(const domain::Problem& problem, std::string_view text);

}  // namespace carecrowd::io
