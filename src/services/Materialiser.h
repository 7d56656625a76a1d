// Materialiser: turns care arrangements into concrete tasks for a rolling horizon.
//
// Idempotent: a task is identified by (care task, day, slot) with a unique constraint, and inserts
// use ON CONFLICT DO NOTHING, so running it twice, or from two processes at once, never duplicates
// a task. Only days from today on are materialised; past days are history.
#pragma once

#include <cstdint>

#include "records/CareTaskRecord.h"
#include "records/TaskRecord.h"
#include "services/Platform.h"

namespace carecrowd::services {

// Materialises one arrangement's active care tasks for days [from, to]. Returns tasks created.
std::int64_t materialise_arrangement(store::Transaction& tx, std::int64_t arrangement_id, DayNumber from,
                                     DayNumber to);
// Every arrangement, from today to today + horizon_days. Returns tasks created.
std::int64_t materialise_all(const Platform& platform);

// A task of `line` on `day` in `slot`, its window [window_start, window_end]: what every task copies
// of its line (what, how long, level, certificates, mode, pay) and of the client's home. Used for the
// calendar's tasks and for a contingent line's visit (Journeys.h) alike.
records::TaskRecord task_of_line(const records::CareTaskRecord& line, const records::ArrangementForTasks& arrangement,
                                 DayNumber day, std::int64_t slot, LocalMinute window_start, LocalMinute window_end);

// Default pay for a task: an hourly rate by qualification level, pro rata (cents).
std::int64_t default_pay_cents(int level, std::int64_t duration_minutes);

}  // namespace carecrowd::services
