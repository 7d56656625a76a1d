#include "services/KpiTargets.h"

#include <cmath>
#include <optional>
#include <string>
#include <tuple>

#include "services/AuditLog.h"
#include "services/InputRules.h"

namespace carecrowd::services {
namespace {

bool may_read(const Principal& who) {
  return (who.role == Role::analyst || who.role == Role::org_admin || who.role == Role::coordinator) &&
         who.organisation_id.has_value();
}

bool may_set(const Principal& who) {
  return (who.role == Role::analyst || who.role == Role::org_admin) && who.organisation_id.has_value();
}

// A share from 0 to 1, kept to four decimals; nullopt stays without a target.
Result<std::optional<double>> share(const std::optional<double>& value, const char* field) {
  if (!value) return std::optional<double>();
  if (!std::isfinite(*value) || *value < 0 || *value > 1) {
    return bad_input(field, "", "must be a share from 0 to 1 (0.95 is 95%)");
  }
  return std::optional<double>(std::round(*value * 10000.0) / 10000.0);
}

// The audit's detail: which targets are set, never more than figures.
std::string detail_of(const KpiTargets& t) {
  std::string out;
  const auto add = [&](const char* name, bool set) {
    if (!set) return;
    if (!out.empty()) out += ", ";
    out += name;
  };
  add("coverage", t.coverage.has_value());
  add("punctuality", t.punctuality.has_value());
  add("travel_share", t.travel_share.has_value());
  add("cents_per_care_hour", t.cents_per_care_hour.has_value());
  return out.empty() ? "no targets" : "targets: " + out;
}

}  // namespace

Result<KpiTargets> kpi_targets(const Platform& platform, const Principal& who) {
  if (!may_read(who)) return forbidden("only an organisation's analyst, admin or coordinator may read its key figure targets");
  return platform.db().read(
      [&](store::Transaction& tx) -> Result<KpiTargets> { return records::kpi_targets_of(tx, *who.organisation_id); });
}

Result<KpiTargets> update_kpi_targets(const Platform& platform, const Principal& who, const Result<KpiTargets>& input) {
  if (!may_set(who)) return forbidden("only the organisation's analyst or admin may set its key figure targets");
  if (!input) return input.error();
  KpiTargets targets;
  for (auto [value, out, field] : {std::tuple{&input.value().coverage, &targets.coverage, "coverage"},
                                   std::tuple{&input.value().punctuality, &targets.punctuality, "punctuality"},
                                   std::tuple{&input.value().travel_share, &targets.travel_share, "travel_share"}}) {
    auto checked = share(*value, field);
    if (!checked) return checked.error();
    *out = checked.value();
  }
  if (const auto cents = input.value().cents_per_care_hour) {
    if (auto e = check_range(*cents, "cents_per_care_hour", "", 0, kMaxTargetCentsPerCareHour)) return *e;
    targets.cents_per_care_hour = cents;
  }
  return platform.db().write([&](store::Transaction& tx) -> Result<KpiTargets> {
    records::store_kpi_targets(tx, *who.organisation_id, targets, who.user_id, platform.now());
    record_audit(tx, who, {"kpi_targets.update", std::nullopt, who.organisation_id, "success", detail_of(targets)});
    return targets;
  });
}

}  // namespace carecrowd::services
