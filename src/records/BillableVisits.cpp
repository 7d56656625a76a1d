#include "records/BillableVisits.h"

#include "domain/TaskStatus.h"

namespace carecrowd::records {
namespace {

// The billable tasks of days ? to ?, after the done status as the first parameter (see the header).
constexpr const char* kBillable =
    "t.status = ? AND t.check_in IS NOT NULL AND t.check_out IS NOT NULL AND t.check_out >= t.check_in "
    "AND t.day >= ? AND t.day <= ?";

std::string done() { return std::string(domain::to_string(domain::TaskStatus::done)); }

}  // namespace

std::vector<BillableVisit> billable_visits_of_caregiver(store::Transaction& tx, std::int64_t caregiver_id,
                                                        DayNumber first, DayNumber last) {
  static const std::string sql =
      std::string("SELECT t.organisation_id, o.name, t.id, t.day, t.task_type, t.area, t.check_in, t.check_out, "
                  "t.pay_cents FROM task t JOIN organisation o ON o.id = t.organisation_id WHERE t.caregiver_id = ? AND ") +
      kBillable + " ORDER BY o.name, t.organisation_id, t.check_in, t.id";
  std::vector<BillableVisit> out;
  for (const auto& r : tx.query(sql, {caregiver_id, done(), first, last})) {
    out.push_back({r.i64(0), r.text(1), r.i64(2), r.i64(3), r.text(4), r.text(5), r.i64(6), r.i64(7), r.i64(8)});
  }
  return out;
}

std::vector<BillableSums> billable_sums_by_caregiver(store::Transaction& tx, std::int64_t organisation_id,
                                                     DayNumber first, DayNumber last) {
  static const std::string sql =
      std::string("SELECT g.id, g.name, g.kind, COUNT(*), SUM(t.check_out - t.check_in), SUM(t.pay_cents) FROM task t "
                  "JOIN caregiver g ON g.id = t.caregiver_id WHERE t.organisation_id = ? AND ") +
      kBillable + " GROUP BY g.id, g.name, g.kind ORDER BY g.name, g.id";
  std::vector<BillableSums> out;
  for (const auto& r : tx.query(sql, {organisation_id, done(), first, last})) {
    out.push_back({r.i64(0), r.text(1), r.text(2), r.i64(3), r.i64(4), r.i64(5)});
  }
  return out;
}

std::optional<std::string> invoiced_caregiver_name(store::Transaction& tx, std::int64_t caregiver_id) {
  const auto rows = tx.query("SELECT name FROM caregiver WHERE id = ?", {caregiver_id});
  if (rows.empty()) return std::nullopt;
  return rows[0].text(0);
}

}  // namespace carecrowd::records
