// TaskClaim: a caregiver claims an open task themselves (from their feed, POST
// /v1/tasks/{id}/claim): first come, first served, across server processes. The claim itself is
// services::claim_in (Claims.h), the one claim every path takes, in a write transaction of its own;
// this adds the caregiver's audit line (task.claim) and the board's event.
//
// Privacy: the answer is the task as its holder sees it (Visits.h), without the client's details
// (those show in their day, inside the privacy window).
//
// Thread safety: stateless; safe from any number of request threads and processes.
#pragma once

#include <cstdint>

#include "core/Error.h"
#include "services/Platform.h"
#include "services/Principal.h"
#include "services/Visits.h"

namespace carecrowd::services {

Result<HeldTaskView> claim_task(const Platform& platform, const Principal& who, std::int64_t task_id);

}  // namespace carecrowd::services
