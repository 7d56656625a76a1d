// VroomJson: VROOM's input and output JSON, so that carecrowd can stand in for VROOM behind an
// existing client, and be compared with it on the same files. docs/formats.md lists what maps to
// what and what is refused.
//
// Reading: VROOM units are seconds and metres, and they are the ticks (Scale::time_ticks_per_unit
// 1), so nothing is rounded. Jobs become visits and vehicles caregivers, both keeping their integer
// ids as text ("17"); skills become certificates named by their number; delivery, pickup and
// amount add up to one demand per dimension (so a route's total, not its load profile, must fit the
// capacity: conservative for mixed pickups and deliveries); priority p becomes visit priority p + 1.
// A "matrices" entry for the vehicles' profile (or a legacy "matrix") gives a matrix travel model
// indexed by location_index; without one, [lon, lat] coordinates give the geographic model. The
// objective is VROOM's: per vehicle `fixed + per_hour * travel seconds / 3600 + per_km * metres /
// 1000`, in cost ticks of 1/3600 of a VROOM cost unit; all vehicles must share their costs.
// Refused with an error naming the field: shipments, setup times, vehicle steps, max_travel_time,
// max_distance, cost matrices, per-vehicle costs or profiles or speed factors that differ. Vehicle
// breaks are read but not enforced (VROOM's time-windowed breaks have no counterpart in the
// carecrowd break rule), and descriptions are dropped.
//
// Writing: VROOM's solution shape ("code", "summary", "unassigned", "routes" with typed steps), with
// numbers in the problem's units (ticks / time_ticks_per_unit, which for a VROOM problem are
// seconds again, and fractional for a benchmark read at scale 1000). Ids that are decimal numbers
// are written as numbers. A route's cost is its share of the objective that belongs to a route
// (travel, distance, per-route, labour, lateness); the summary cost is the sum over routes, as in
// VROOM, so it leaves out the penalties for unplanned visits and the plan-wide terms.
//
// Thread safety: pure functions; the reader never throws.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "domain/CostBreakdown.h"
#include "domain/Plan.h"
#include "domain/Problem.h"

namespace carecrowd::io {

Result<domain::Problem> read_vroom_problem(std::string_view text);

// REQUIRES: every index in `plan` is valid for `problem`. `cost` is taken for symmetry with
// write_native_plan and not used: VROOM's figures are per route, derived from the plan here.
nlohmann::json write_vroom_plan(const domain::Problem& problem, const domain::Plan& plan,
                                const domain::CostBreakdown& cost);

}  // namespace carecrowd::io
