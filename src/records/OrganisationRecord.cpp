#include "records/OrganisationRecord.h"

namespace carecrowd::records {

bool organisation_exists(store::Transaction& tx, std::int64_t organisation_id) {
  return tx.query_i64("SELECT id FROM organisation WHERE id = ?", {organisation_id}).has_value();
}

bool any_organisation(store::Transaction& tx) {
  return tx.query_i64("SELECT id FROM organisation LIMIT 1").has_value();
}

std::optional<std::int64_t> organisation_id_by_name(store::Transaction& tx, const std::string& name) {
  return tx.query_i64("SELECT id FROM organisation WHERE name = ?", {name});
}

std::optional<std::string> organisation_name(store::Transaction& tx, std::int64_t organisation_id) {
  const auto rows = tx.query("SELECT name FROM organisation WHERE id = ?", {organisation_id});
  if (rows.empty()) return std::nullopt;
  return rows[0].text(0);
}

std::int64_t insert_organisation(store::Transaction& tx, const std::string& name, std::int64_t created_at) {
  return tx.query_i64("INSERT INTO organisation (name, created_at) VALUES (?, ?) RETURNING id", {name, created_at})
      .value();
}

std::vector<OrganisationRecord> all_organisations(store::Transaction& tx) {
  std::vector<OrganisationRecord> out;
  for (const auto& r : tx.query("SELECT id, name FROM organisation ORDER BY id")) out.push_back({r.i64(0), r.text(1)});
  return out;
}

}  // namespace carecrowd::records
