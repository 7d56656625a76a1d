// Explain: why a visit is unplanned, in the coordinator's terms, and which caregiver came closest.
//
// Reasons are tested from the most fundamental up: nobody qualified; nobody available in the
// window; reachable by nobody in time; linked partner unplanned; everyone suitable is full (or,
// for a may-wait visit, planning it would cost more than letting it wait).
#pragma once

#include "domain/Plan.h"
#include "engine/Solution.h"

namespace carecrowd::engine {

void explain_unplanned(const Solution& solution, domain::Plan& plan);

}  // namespace carecrowd::engine
