// Arrangements: a client's care arrangements, the recurring care tasks they hold, and the tasks
// those materialise for the horizon (services/Materialiser.h), as the coordinator sets them.
// Every function checks that the principal belongs to the organisation that owns the arrangement
// (another organisation's id answers 404, the same as an id that does not exist, so ids cannot be
// probed) and writes an audit event for every read or change. Inputs and results are typed; the
// http edge reads and renders them (http/CareJson.h).
//
// Invariants: creating an arrangement materialises its tasks for the horizon; updating replaces
// only future unclaimed tasks of changed care tasks and reports claimed tasks that conflict. A
// claimed task of the old version keeps serving its day (the new version is not added beside it,
// so the client never gets two visits) until the coordinator reopens it (services/TaskBoard.h).
//
// Thread safety: stateless functions over the Platform (or the caller's transaction); safe from
// any number of request threads and processes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/Error.h"
#include "domain/CivilTime.h"
#include "records/ArrangementRecord.h"
#include "records/CareTaskRecord.h"
#include "records/TaskRecord.h"
#include "services/Platform.h"
#include "services/Principal.h"
#include "store/Database.h"

namespace carecrowd::services {

// A care task of an arrangement as set: checked when the arrangement is stored.
struct CareTaskInput {
  std::string key, type;
  std::string rrule;                      // RFC 5545 RRULE; stored in canonical form
  int window_start = 0, window_end = 0;   // minutes of the day
  std::int64_t duration = 0;              // minutes, 5..480
  std::int64_t level = 0;                 // 0..6
  std::vector<std::string> certificates;  // catalogue codes
  std::string mode = "physical";          // physical | digital
  std::int64_t staff = 1;                 // 1 or 2 (a double-staffed visit)
  std::string after;                      // another task's key (a precedence), or ""
  std::optional<std::int64_t> pay_cents;  // default: services/Materialiser.h default_pay_cents
  // A contingent line (services/Journeys.h) has, instead of a rule and a window, the key of the
  // digital line it stands in for, the outcomes' triggers it answers (domain/StepOutcome.h names)
  // and within how many minutes of the outcome its physical visit must start (15..1440).
  std::string switch_from;                // "" for a line with a rule
  std::vector<std::string> switch_on;
  std::int64_t due_within = 0;
};
struct ArrangementInput {
  std::optional<DayNumber> valid_from;  // default: today
  std::optional<DayNumber> valid_to;    // none: open-ended
  std::vector<CareTaskInput> tasks;     // 1 to 100
};
// An arrangement holds 1 to 100 care tasks: bad_input naming "tasks" otherwise (also for a reader
// that would rather not read the 101st).
std::optional<Error> check_care_task_count(std::size_t count);

// An arrangement with its active care tasks.
struct Arrangement {
  records::ArrangementRecord record;
  std::vector<records::CareTaskRecord> tasks;
};
// A claimed task a change does not take from its caregiver, and why the coordinator should look
// at it ("changed", "removed", "arrangement ended", "outside validity").
struct TaskConflict {
  records::ClientTask task;
  std::string reason;
};
struct ArrangementCreated {
  Arrangement arrangement;
  std::int64_t tasks_created = 0;
};
struct ArrangementUpdated {
  Arrangement arrangement;
  std::int64_t tasks_created = 0;
  std::vector<TaskConflict> conflicts;
};
struct ArrangementEnded {
  Arrangement arrangement;
  std::vector<TaskConflict> conflicts;
};

// `input` is as the http edge read it: its error is answered after the permission check (a caller
// in the process passes the input).
Result<ArrangementCreated> create_arrangement(const Platform& platform, const Principal& who, std::int64_t client_id,
                                              const Result<ArrangementInput>& input);
Result<ArrangementUpdated> update_arrangement(const Platform& platform, const Principal& who,
                                              std::int64_t arrangement_id, const Result<ArrangementInput>& input);
// Ends the arrangement after `last_day` (default today; never in the past): its later open tasks
// are cancelled, its later claimed ones reported.
struct ArrangementEnd {
  std::optional<DayNumber> last_day;
};
Result<ArrangementEnded> end_arrangement(const Platform& platform, const Principal& who, std::int64_t arrangement_id,
                                         const Result<ArrangementEnd>& end);
Result<Arrangement> get_arrangement(const Platform& platform, const Principal& who, std::int64_t arrangement_id);
Result<std::vector<Arrangement>> list_arrangements(const Platform& platform, const Principal& who,
                                                   std::int64_t client_id);

// create_arrangement in the caller's transaction at `now` (the demo region, later the simulation),
// with the same checks: an arrangement of a client of the principal's organisation, its tasks
// materialised for the horizon from now's day.
struct ArrangementMade {
  std::int64_t id = 0;
  std::int64_t tasks_created = 0;
};
Result<ArrangementMade> create_arrangement_in(store::Transaction& tx, const Platform& platform, const Principal& who,
                                              std::int64_t client_id, const ArrangementInput& input, LocalMinute now);

}  // namespace carecrowd::services
