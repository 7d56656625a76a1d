// KpiTargetRecord: the kpi_target table (store migration 0021): an organisation's targets for its
// key figures, one row per organisation, replaced as a whole on each change. A figure without a
// target is nullopt (NULL).
//
// Thread safety: functions over the caller's transaction; no state.
#pragma once

#include <cstdint>
#include <optional>

#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

struct KpiTargets {
  std::optional<double> coverage;     // a share, 0..1 (services check it)
  std::optional<double> punctuality;  // a share, 0..1
  std::optional<double> travel_share; // a share, 0..1: at most this much of the paid time travelling
  std::optional<std::int64_t> cents_per_care_hour;  // at most this much per care hour
};

// The organisation's targets; all nullopt when it never set any.
KpiTargets kpi_targets_of(store::Transaction& tx, std::int64_t organisation_id);
// Replaces the organisation's targets with `targets`, as set by `user_id` at `now`.
void store_kpi_targets(store::Transaction& tx, std::int64_t organisation_id, const KpiTargets& targets,
                       std::int64_t user_id, LocalMinute now);

}  // namespace carecrowd::records
