// OrganisationRecord: the care organisations (table organisation, store migration 0001): an id and
// a unique name. Names are public (a caregiver picks the organisations to work for by them); who
// may create one is decided in services/Accounts.
//
// Thread safety: functions over the caller's transaction; no state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/Database.h"

namespace carecrowd::records {

struct OrganisationRecord {
  std::int64_t id = 0;
  std::string name;
};

[[nodiscard]] bool organisation_exists(store::Transaction& tx, std::int64_t organisation_id);
// Whether any organisation is stored (a fresh database has none).
[[nodiscard]] bool any_organisation(store::Transaction& tx);
std::optional<std::int64_t> organisation_id_by_name(store::Transaction& tx, const std::string& name);
// nullopt when there is no such organisation.
std::optional<std::string> organisation_name(store::Transaction& tx, std::int64_t organisation_id);
// Stores a new organisation created at `created_at` (unix seconds) and returns its id. REQUIRES: the
// name is not taken (the column is unique: a taken name throws store::ConstraintViolation).
std::int64_t insert_organisation(store::Transaction& tx, const std::string& name, std::int64_t created_at);
// Every organisation, by id.
std::vector<OrganisationRecord> all_organisations(store::Transaction& tx);

}  // namespace carecrowd::records
