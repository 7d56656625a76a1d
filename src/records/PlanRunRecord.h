// PlanRunRecord: the plan_run table (store migrations 0001, 0004): one run of the planning engine
// for an organisation's days, with the summary it produced (JSON text, rendered as it is) and, for a
// reviewed run, when and how it was sent. Who may read or send a run is decided in services
// (services/Planning.h).
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

struct PlanRunRecord {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  DayNumber from_day = 0, to_day = 0;
  std::string mode;  // offer | assign | review | hand (one task offered to chosen caregivers)
  std::int64_t created_by = 0;
  LocalMinute created_at = 0;
  std::string summary;  // JSON text
  std::optional<std::string> sent_mode;  // a reviewed run once sent: offer | assign
  std::optional<LocalMinute> sent_at;
};

std::int64_t insert_plan_run(store::Transaction& tx, const PlanRunRecord& run);
std::optional<PlanRunRecord> read_plan_run(store::Transaction& tx, std::int64_t plan_id);
// The organisation's planner runs with id below `before`, newest first, at most `limit`; not the
// offers made by hand (mode hand), which belong to their task, not to the planner's list.
std::vector<PlanRunRecord> plan_runs_before(store::Transaction& tx, std::int64_t organisation_id, std::int64_t before,
                                            std::int64_t limit);
void set_plan_summary(store::Transaction& tx, std::int64_t plan_id, const std::string& summary);
// Records the send of a reviewed run. Like take_plan_run_turn, it takes the run's row first, so two
// sends (or a send and a discard) of one run queue and the second finds no drafts left.
void mark_plan_sent(store::Transaction& tx, std::int64_t plan_id, const std::string& mode, LocalMinute at,
                    std::int64_t by);
void take_plan_run_turn(store::Transaction& tx, std::int64_t plan_id);

}  // namespace carecrowd::records
