#include "domain/CaregiverKind.h"

#include <algorithm>

#include "core/EnumNames.h"

namespace carecrowd::domain {
namespace {

constexpr EnumNames<CaregiverKind, 3> kNames{{
    {CaregiverKind::employee, "employee"},
    {CaregiverKind::freelancer, "freelancer"},
    {CaregiverKind::volunteer, "volunteer"},
}};

}  // namespace

std::string_view to_string(CaregiverKind kind) { return name_of(kNames, kind, "employee"); }

std::optional<CaregiverKind> parse_caregiver_kind(std::string_view text) { return value_named(kNames, text); }

std::int64_t hourly_cost_cents(CaregiverKind kind, int level) {
  const std::int64_t l = std::clamp(level, 1, 5);
  switch (kind) {
    case CaregiverKind::employee: return 2'400 + 300 * l;    // about EUR 32 an hour, employer's cost
    case CaregiverKind::freelancer: return 3'400 + 400 * l;  // about EUR 45 an hour, zzp rate
    case CaregiverKind::volunteer: return 0;
  }
  return 0;
}

}  // namespace carecrowd::domain
