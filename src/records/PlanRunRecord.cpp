#include "records/PlanRunRecord.h"

namespace carecrowd::records {
namespace {

// The one column list of the plan_run table (sent_by is written and never read back).
constexpr const char* kPlanRunColumns =
    "id, organisation_id, from_day, to_day, mode, created_by, created_at, summary, sent_mode, sent_at";

PlanRunRecord plan_run_of(const store::Row& r) {
  PlanRunRecord run;
  run.id = r.i64(0);
  run.organisation_id = r.i64(1);
  run.from_day = r.i64(2);
  run.to_day = r.i64(3);
  run.mode = r.text(4);
  run.created_by = r.i64(5);
  run.created_at = r.i64(6);
  run.summary = r.text(7);
  if (!r.is_null(8)) run.sent_mode = r.text(8);
  run.sent_at = r.opt_i64(9);
  return run;
}

}  // namespace

std::int64_t insert_plan_run(store::Transaction& tx, const PlanRunRecord& run) {
  return *tx.query_i64(
      "INSERT INTO plan_run (organisation_id, from_day, to_day, mode, created_by, created_at, summary) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {run.organisation_id, run.from_day, run.to_day, run.mode, run.created_by, run.created_at, run.summary});
}

std::optional<PlanRunRecord> read_plan_run(store::Transaction& tx, std::int64_t plan_id) {
  const auto rows = tx.query(std::string("SELECT ") + kPlanRunColumns + " FROM plan_run WHERE id = ?", {plan_id});
  if (rows.empty()) return std::nullopt;
  return plan_run_of(rows[0]);
}

std::vector<PlanRunRecord> plan_runs_before(store::Transaction& tx, std::int64_t organisation_id, std::int64_t before,
                                            std::int64_t limit) {
  std::vector<PlanRunRecord> out;
  for (const auto& r : tx.query(std::string("SELECT ") + kPlanRunColumns +
                                    " FROM plan_run WHERE organisation_id = ? AND id < ? AND mode <> 'hand' ORDER BY id DESC LIMIT ?",
                                {organisation_id, before, limit})) {
    out.push_back(plan_run_of(r));
  }
  return out;
}

void set_plan_summary(store::Transaction& tx, std::int64_t plan_id, const std::string& summary) {
  tx.exec("UPDATE plan_run SET summary = ? WHERE id = ?", {summary, plan_id});
}

void mark_plan_sent(store::Transaction& tx, std::int64_t plan_id, const std::string& mode, LocalMinute at,
                    std::int64_t by) {
  tx.exec("UPDATE plan_run SET sent_mode = ?, sent_at = ?, sent_by = ? WHERE id = ?", {mode, at, by, plan_id});
}

void take_plan_run_turn(store::Transaction& tx, std::int64_t plan_id) {
  tx.exec("UPDATE plan_run SET sent_mode = sent_mode WHERE id = ?", {plan_id});
}

}  // namespace carecrowd::records
