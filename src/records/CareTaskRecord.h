// CareTaskRecord: the recurring care tasks of care arrangements (table care_task, store migration
// 0001) as one typed record with one column list, and what the materialiser reads to make the
// days' tasks: an arrangement's active care tasks, what a task copies of the arrangement and its
// client, and the days already served under a replaced version. A care task is one line of an
// arrangement (what, when in the day, how long, how often by its RRULE, for how many caregivers); a
// changed line is stored as a new version under the same key and the old version made inactive, so
// that its tasks keep their history. Who may change arrangements is decided in services/Arrangements.
//
// Thread safety: functions over the caller's transaction; no state.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

struct CareTaskRecord {
  std::int64_t id = 0;
  std::int64_t arrangement_id = 0;
  std::string key;    // names the line within its arrangement, the same across versions
  std::string task_type;
  std::string rrule;  // RFC 5545 subset, validated when stored
  LocalMinute window_start = 0, window_end = 0;  // minutes after midnight of each day
  std::int64_t duration = 0;                     // minutes
  int level = 0;
  std::string certificates;  // as stored: comma-separated codes, "" for none
  std::string mode;          // physical | digital
  std::int64_t staff = 1;    // caregivers per visit: one task per slot
  std::optional<std::string> after_key;  // the line this one follows (a precedence), if any
  std::int64_t pay_cents = 0;
  bool active = true;        // false once replaced by a newer version
  // A contingent line (migration 0013): a physical visit made only when a step of the digital line
  // `switch_from_key` ends with an outcome whose trigger is in `switch_on` (comma-separated,
  // domain/StepOutcome.h), to start within `due_within` minutes of it. Such a line has no rrule
  // and no window, and materialises nothing by itself.
  std::optional<std::string> switch_from_key;
  std::string switch_on;
  std::int64_t due_within = 0;

  [[nodiscard]] bool contingent() const { return switch_from_key.has_value(); }
};

// The active care tasks of an arrangement (the current versions), by id.
std::vector<CareTaskRecord> active_care_tasks(store::Transaction& tx, std::int64_t arrangement_id);

std::optional<CareTaskRecord> read_care_task(store::Transaction& tx, std::int64_t care_task_id);
// Stores a new line (active; its id is the database's). Returns the id.
std::int64_t insert_care_task(store::Transaction& tx, const CareTaskRecord& care_task);
// The line was replaced or removed: it stays, inactive, for the tasks made from it.
void retire_care_task(store::Transaction& tx, std::int64_t care_task_id);

// The active contingent lines that stand in for the line of `care_task_id` (the same arrangement,
// switch_from_key its key), by id.
std::vector<CareTaskRecord> contingent_lines_for(store::Transaction& tx, std::int64_t care_task_id);

// What a task made from an arrangement copies of it and of its client.
struct ArrangementForTasks {
  DayNumber valid_from = 0;
  std::optional<DayNumber> valid_to;  // none: open-ended
  std::int64_t organisation_id = 0, client_id = 0;
  double lat = 0, lon = 0;  // the client's home
  std::string postcode;
};
std::optional<ArrangementForTasks> read_arrangement_for_tasks(store::Transaction& tx, std::int64_t arrangement_id);

// The arrangements still valid on `day` or later (or open-ended), in the order the database finds
// them.
std::vector<std::int64_t> arrangements_valid_from(store::Transaction& tx, DayNumber day);

// The (care task key, day, slot) of every claimed or done task on days first..last made from an
// inactive (replaced) version of one of the arrangement's care tasks: days a caregiver serves
// already under the old version.
std::set<std::tuple<std::string, DayNumber, std::int64_t>> slots_held_under_old_versions(store::Transaction& tx,
                                                                                      std::int64_t arrangement_id,
                                                                                      DayNumber first, DayNumber last);
// The (care task id, day, slot) of every task on days first..last made from one of the
// arrangement's active care tasks, whatever its status: what a materialisation need not add again.
std::set<std::tuple<std::int64_t, DayNumber, std::int64_t>> materialised_slots(store::Transaction& tx,
                                                                               std::int64_t arrangement_id,
                                                                               DayNumber first, DayNumber last);

}  // namespace carecrowd::records
