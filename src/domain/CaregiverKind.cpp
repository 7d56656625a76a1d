#include "domain/CaregiverKind.h"

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

}  // namespace carecrowd::domain
