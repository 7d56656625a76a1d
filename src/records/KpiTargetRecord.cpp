#include "records/KpiTargetRecord.h"

#include <vector>

namespace carecrowd::records {
namespace {

std::optional<double> optional_real(const store::Row& r, std::size_t i) {
  return r.is_null(i) ? std::nullopt : std::optional(r.f64(i));
}


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
  // Built one by one: GCC 12 at -O3 takes a braced list of conditional variants for uninitialised.
  std::vector<store::Param> params;
  params.reserve(7);
  params.emplace_back(organisation_id);
  for (const auto& share : {t.coverage, t.punctuality, t.travel_share}) {
    if (share) params.emplace_back(*share);
    else params.emplace_back(nullptr);
  }
  if (t.cents_per_care_hour) params.emplace_back(*t.cents_per_care_hour);
  else params.emplace_back(nullptr);
  params.emplace_back(user_id);
  params.emplace_back(std::int64_t{now});
  tx.exec(
      "INSERT INTO kpi_target (organisation_id, coverage, punctuality, travel_share, cents_per_care_hour, updated_by, "
      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (organisation_id) DO UPDATE SET coverage = "
      "excluded.coverage, punctuality = excluded.punctuality, travel_share = excluded.travel_share, "
      "cents_per_care_hour = excluded.cents_per_care_hour, updated_by = excluded.updated_by, updated_at = "
      "excluded.updated_at",
      params);
}

}  // namespace carecrowd::records
