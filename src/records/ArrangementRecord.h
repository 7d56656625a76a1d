// ArrangementRecord: the arrangement table (store migration 0001): a client's care arrangement,
// valid from a day until an optional last day, versioned on every change; its care tasks are rows
// of care_task. Who may read or change one is decided in services (services/Arrangements.h).
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

struct ArrangementRecord {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::int64_t client_id = 0;
  DayNumber valid_from = 0;
  std::optional<DayNumber> valid_to;  // none: open-ended
  std::int64_t version = 1;
};

std::optional<ArrangementRecord> read_arrangement(store::Transaction& tx, std::int64_t arrangement_id);
// The client's arrangements, by id.
std::vector<ArrangementRecord> client_arrangements(store::Transaction& tx, std::int64_t client_id);

std::int64_t insert_arrangement(store::Transaction& tx, std::int64_t organisation_id, std::int64_t client_id,
                                DayNumber valid_from, std::optional<DayNumber> valid_to, LocalMinute created_at);
// A new validity, as a new version.
void set_validity(store::Transaction& tx, std::int64_t arrangement_id, DayNumber valid_from,
                  std::optional<DayNumber> valid_to);
// Ends the arrangement after `last_day`, as a new version.
void end_arrangement(store::Transaction& tx, std::int64_t arrangement_id, DayNumber last_day);

}  // namespace carecrowd::records
