// Care: an organisation's clients, their care arrangements and the tasks those produce, as the
// coordinator sees them. Every function checks that the principal belongs to the organisation that
// owns the record (another organisation's id answers 404, the same as an id that does not exist,
// so ids cannot be probed) and writes an audit event for every read or change of client data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "domain/TaskStatus.h"
#include "records/ClientRecord.h"
#include "records/TaskRecord.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

// Clients. Body: name, address, postcode ("3511 AB"), lat, lon, notes.
Result<nlohmann::json> create_client(const Platform& platform, const Principal& who, const nlohmann::json& body);
Result<nlohmann::json> update_client(const Platform& platform, const Principal& who, std::int64_t client_id,
                                     const nlohmann::json& body);
Result<nlohmann::json> get_client(const Platform& platform, const Principal& who, std::int64_t client_id);
Result<nlohmann::json> list_clients(const Platform& platform, const Principal& who, const nlohmann::json& query);

// Care arrangements. Body: valid_from, valid_to (optional), tasks: [{key, type, rrule | weekly {days,
// every_weeks}, window {start, end} ("HH:MM"), duration_minutes, level, certificates, mode, staff,
// after, pay_cents}]. Creating one materialises its tasks for the horizon; updating replaces only
// future unclaimed tasks of changed care tasks and reports claimed tasks that conflict. A claimed
// task of the old version keeps serving its day (the new version is not added beside it, so the
// client never gets two visits) until the coordinator reopens it.
Result<nlohmann::json> create_arrangement(const Platform& platform, const Principal& who, std::int64_t client_id,
                                          const nlohmann::json& body);
Result<nlohmann::json> update_arrangement(const Platform& platform, const Principal& who, std::int64_t arrangement_id,
                                          const nlohmann::json& body);
Result<nlohmann::json> end_arrangement(const Platform& platform, const Principal& who, std::int64_t arrangement_id,
                                       const nlohmann::json& query);
Result<nlohmann::json> get_arrangement(const Platform& platform, const Principal& who, std::int64_t arrangement_id);
Result<nlohmann::json> list_arrangements(const Platform& platform, const Principal& who, std::int64_t client_id);

// Tasks of the organisation in a date range (from, to, status, client_id; paginated), and the
// coordinator's board: per day open / claimed / at risk / done counts with the at-risk tasks.
Result<nlohmann::json> list_tasks(const Platform& platform, const Principal& who, const nlohmann::json& query);
Result<nlohmann::json> get_task(const Platform& platform, const Principal& who, std::int64_t task_id);
Result<nlohmann::json> board(const Platform& platform, const Principal& who, const nlohmann::json& query);
// The coordinator takes a claimed task back into the open market (also after the notice period).
// A task whose care task was changed or removed since the claim is cancelled instead, and the
// current version (if any) takes its day as an open task.
Result<nlohmann::json> reopen_task(const Platform& platform, const Principal& who, std::int64_t task_id);

// The same in the caller's transaction at `now` (the demo region, later the simulation), with
// the same checks as the JSON calls: a client of the principal's organisation (the postcode
// normalised); an arrangement of one of its clients, its tasks materialised for the horizon from
// now's day.
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
};
struct ArrangementInput {
  DayNumber valid_from = 0;
  std::optional<DayNumber> valid_to;
  std::vector<CareTaskInput> tasks;
};
struct ArrangementMade {
  std::int64_t id = 0;
  std::int64_t tasks_created = 0;
};
Result<records::ClientRecord> create_client_in(store::Transaction& tx, const Principal& who,
                                               const records::ClientDetails& details, LocalMinute now);
Result<ArrangementMade> create_arrangement_in(store::Transaction& tx, const Platform& platform, const Principal& who,
                                              std::int64_t client_id, const ArrangementInput& input, LocalMinute now);

// A task as JSON for its organisation (with the client's name; the caller has checked access).
nlohmann::json task_json(const records::ClientTask& task);

// Whether a task starting at window_start with the check-in state is at risk at `now`.
bool task_at_risk(const Platform& platform, domain::TaskStatus status, LocalMinute window_start, bool checked_in,
                  LocalMinute now);


}  // namespace carecrowd::services
