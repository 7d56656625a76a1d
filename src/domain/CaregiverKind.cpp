#include "domain/CaregiverKind.h"

namespace carecrowd::domain {

std::string_view to_string(CaregiverKind kind) {
  switch (kind) {
    case CaregiverKind::employee: return "employee";
    case CaregiverKind::freelancer: return "freelancer";
    case CaregiverKind::volunteer: return "volunteer";
  }
  return "employee";
}

std::optional<CaregiverKind> parse_caregiver_kind(std::string_view text) {
  for (const auto kind : {CaregiverKind::employee, CaregiverKind::freelancer, CaregiverKind::volunteer}) {
    if (to_string(kind) == text) return kind;
  }
  return std::nullopt;
}

}  // namespace carecrowd::domain
