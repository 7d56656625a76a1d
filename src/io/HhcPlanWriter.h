// HhcPlanWriter: writes a plan of an HHC problem in the solution layout of the HHC benchmark
// (Ceschia et al.):
//   {"routes": [{"caregiver_id": "c1",
//                "locations": [{"patient": "p3", "service": "s2",
//                               "arrival_time": 345, "departure_time": 359}]}]}
// arrival_time is the start of service and departure_time = start + duration, both in benchmark
// units (ticks / Scale::time_ticks_per_unit): whole numbers are written as integers, others as
// decimals, so a round trip through read_hhc_plan is exact.
//
// A visit maps back to (patient, service) through Visit::client and its only certificate, which is
// how read_mankowska and read_hhc_json build it (see HhcInstance.h). A visit from elsewhere, with
// no or several certificates, is written with its visit id as the service.
// Routes with no visits are left out (an unused caregiver costs nothing); unplanned visits are not
// written (the layout has no place for them).
#pragma once

#include <nlohmann/json.hpp>

#include "domain/Plan.h"
#include "domain/Problem.h"

namespace carecrowd::io {

// REQUIRES: `plan` refers to visits and caregivers of `problem` (indices in range).
nlohmann::json write_hhc_plan(const domain::Problem& problem, const domain::Plan& plan);

// The service name write_hhc_plan writes for visit `v`: its only certificate's name, else its id.
// REQUIRES: 0 <= v < problem.visits().size().
std::string hhc_service_of(const domain::Problem& problem, int v);

}  // namespace carecrowd::io
