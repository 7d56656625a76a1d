// HhcPlanReader: reads a plan in the HHC benchmark solution layout written by write_hhc_plan (see
// HhcPlanWriter.h) back into a domain::Plan for a given Problem: to check a published solution or
// to warm-start from one.
//
// Each route's caregiver_id names a caregiver of the problem (each at most once; the route uses
// its first shift); each location's (patient, service) names a visit through Visit::client and
// hhc_service_of. Start times come from arrival_time (units, rounded to the nearest tick);
// departure_time is ignored since it follows from the visit's duration. Visits in no route are
// listed as unplanned (reason not_chosen). Nothing is checked for feasibility: that is
// check::check_plan's job. Malformed or unknown references give an Error naming the JSON path.
#pragma once

#include <string_view>

#include "core/Error.h"
#include "domain/Plan.h"
#include "domain/Problem.h"

namespace carecrowd::io {

Result<domain::Plan> read_hhc_plan(const domain::Problem& problem, std::string_view text);

}  // namespace carecrowd::io
