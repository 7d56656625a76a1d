// KpiTargets: an organisation's targets for its key figures (coverage, punctuality, travel share,
// cost per care hour), drawn as lines on the analyst's charts. The organisation's analyst, admin
// and coordinators read them (whoever reads the key figures, services/Kpis.h); its analyst and
// admin set them. A change replaces all four (a figure left out has no target) and is audited
// ("kpi_targets.update").
//
// Rules (the error names the field): coverage, punctuality and travel_share are shares from 0 to
// 1, kept to four decimals as the figures are; cents_per_care_hour is whole cents from 0 to
// kMaxTargetCentsPerCareHour.
//
// Thread safety: stateless functions over the Platform; safe from any number of threads and
// processes.
#pragma once

#include <cstdint>

#include "core/Error.h"
#include "records/KpiTargetRecord.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

using records::KpiTargets;

inline constexpr std::int64_t kMaxTargetCentsPerCareHour = 100'000;  // € 1,000 an hour: beyond any care

// The principal's organisation's targets; none set: every figure nullopt.
Result<KpiTargets> kpi_targets(const Platform& platform, const Principal& who);
// Replaces them with `input` (as the http edge read it: its error is answered after the permission
// check) and returns what was stored.
Result<KpiTargets> update_kpi_targets(const Platform& platform, const Principal& who, const Result<KpiTargets>& input);

}  // namespace carecrowd::services
