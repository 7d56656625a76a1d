#include "records/ArrangementRecord.h"

namespace carecrowd::records {
namespace {

// The one column list of the arrangement table (created_at is written once and never read back).
constexpr const char* kArrangementColumns = "id, organisation_id, client_id, valid_from, valid_to, version";

ArrangementRecord arrangement_of(const store::Row& r) {
  return {r.i64(0), r.i64(1), r.i64(2), r.i64(3), r.opt_i64(4), r.i64(5)};
}

store::Param nullable(std::optional<DayNumber> day) { return day ? store::Param(*day) : store::Param(nullptr); }

}  // namespace

std::optional<ArrangementRecord> read_arrangement(store::Transaction& tx, std::int64_t arrangement_id) {
  const auto rows = tx.query(std::string("SELECT ") + kArrangementColumns + " FROM arrangement WHERE id = ?", {arrangement_id});
  if (rows.empty()) return std::nullopt;
  return arrangement_of(rows[0]);
}

std::vector<ArrangementRecord> client_arrangements(store::Transaction& tx, std::int64_t client_id) {
  std::vector<ArrangementRecord> out;
  for (const auto& r : tx.query(std::string("SELECT ") + kArrangementColumns +
                                    " FROM arrangement WHERE client_id = ? ORDER BY id",
                                {client_id})) {
    out.push_back(arrangement_of(r));
  }
  return out;
}

std::int64_t insert_arrangement(store::Transaction& tx, std::int64_t organisation_id, std::int64_t client_id,
                                DayNumber valid_from, std::optional<DayNumber> valid_to, LocalMinute created_at) {
  // Built one by one: GCC 12 warns (wrongly) that a braced list holding a null Param reads an
  // uninitialised string.
  std::vector<store::Param> params{organisation_id, client_id, valid_from};
  params.push_back(nullable(valid_to));
  params.emplace_back(created_at);
  return *tx.query_i64(
      "INSERT INTO arrangement (organisation_id, client_id, valid_from, valid_to, created_at) VALUES (?, ?, ?, ?, ?) "
      "RETURNING id",
      params);
}

void set_validity(store::Transaction& tx, std::int64_t arrangement_id, DayNumber valid_from,
                  std::optional<DayNumber> valid_to) {
  std::vector<store::Param> params{valid_from};
  params.push_back(nullable(valid_to));
  params.emplace_back(arrangement_id);
  tx.exec("UPDATE arrangement SET valid_from = ?, valid_to = ?, version = version + 1 WHERE id = ?", params);
}

void end_arrangement(store::Transaction& tx, std::int64_t arrangement_id, DayNumber last_day) {
  tx.exec("UPDATE arrangement SET valid_to = ?, version = version + 1 WHERE id = ?", {last_day, arrangement_id});
}

}  // namespace carecrowd::records
