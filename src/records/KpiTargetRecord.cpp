#include "records/KpiTargetRecord.h"

namespace carecrowd::records {
namespace {

std::optional<double> optional_real(const store::Row& r, std::size_t i) {
  return r.is_null(i) ? std::nullopt : std::optional(r.f64(i));
}

store::Param param(const std::optional<double>& v) { return v ? store::Param{*v} : store::Param{nullptr}; }
store::Param param(const std::optional<std::int64_t>& v) { return v ? store::Param{*v} : store::Param{nullptr}; }

}  // namespace

KpiTargets kpi_targets_of(store::Transaction& tx, std::int64_t organisation_id) {
  KpiTargets out;
  for (const auto& r : tx.query("SELECT coverage, punctuality, travel_share, cents_per_care_hour FROM kpi_target "
                                "WHERE organisation_id = ?",
                                {organisation_id})) {
    out.coverage = optional_real(r, 0);
    out.punctuality = optional_real(r, 1);
    out.travel_share = optional_real(r, 2);
    out.cents_per_care_hour = r.opt_i64(3);
  }
  return out;
}

void store_kpi_targets(store::Transaction& tx, std::int64_t organisation_id, const KpiTargets& t, std::int64_t user_id,
                       LocalMinute now) {
  tx.exec(
      "INSERT INTO kpi_target (organisation_id, coverage, punctuality, travel_share, cents_per_care_hour, updated_by, "
      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (organisation_id) DO UPDATE SET coverage = "
      "excluded.coverage, punctuality = excluded.punctuality, travel_share = excluded.travel_share, "
      "cents_per_care_hour = excluded.cents_per_care_hour, updated_by = excluded.updated_by, updated_at = "
      "excluded.updated_at",
      {organisation_id, param(t.coverage), param(t.punctuality), param(t.travel_share), param(t.cents_per_care_hour),
       user_id, now});
}

}  // namespace carecrowd::records
