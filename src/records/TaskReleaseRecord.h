// TaskReleaseRecord: the task_release table (store migration 0011): each claimed visit taken from
// its caregiver while the day runs (sick, absent, no-show), written in the transaction of the
// release; never changed. What a repair plan re-plans (the released visits still open) and what
// the repair's key figures count (with the task's state now).
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/CivilTime.h"
#include "domain/ReleaseCause.h"
#include "domain/TaskStatus.h"
#include "store/Database.h"

namespace carecrowd::records {

struct TaskRelease {
  std::int64_t task_id = 0;
  std::int64_t organisation_id = 0;
  std::int64_t caregiver_id = 0;  // who held it
  domain::ReleaseCause cause = domain::ReleaseCause::sick;
  DayNumber day = 0;
  LocalMinute window_start = 0;
  LocalMinute released_at = 0;
  std::optional<std::int64_t> released_by;  // the user who reported it
};

void insert_task_release(store::Transaction& tx, const TaskRelease& release);

// The organisation's released tasks of days first..last that are open now, by id (each once).
std::vector<std::int64_t> released_open_tasks(store::Transaction& tx, std::int64_t organisation_id, DayNumber first,
                                              DayNumber last);

// A release of days first..last with its task as it is now: cause, window, and the task's status,
// holder and claim time (a task taken again has a holder and the time of that claim).
struct ReleaseOutcome {
  domain::ReleaseCause cause = domain::ReleaseCause::sick;
  DayNumber day = 0;
  LocalMinute window_start = 0;
  LocalMinute released_at = 0;
  domain::TaskStatus status = domain::TaskStatus::open;
  std::optional<LocalMinute> claimed_at;
};
std::vector<ReleaseOutcome> release_outcomes(store::Transaction& tx, std::int64_t organisation_id, DayNumber first,
                                             DayNumber last);

}  // namespace carecrowd::records
