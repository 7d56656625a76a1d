#include "domain/Plan.h"

#include <array>
#include <utility>

namespace carecrowd::domain {
namespace {
constexpr std::array<std::pair<UnplannedReason, std::string_view>, 6> reason_names{{
    {UnplannedReason::no_qualified_caregiver, "no_qualified_caregiver"},
    {UnplannedReason::no_availability, "no_availability"},
    {UnplannedReason::caregivers_full, "caregivers_full"},
    {UnplannedReason::link_partner_unplanned, "link_partner_unplanned"},
    {UnplannedReason::too_far, "too_far"},
    {UnplannedReason::not_chosen, "not_chosen"},
}};
}  // namespace

std::string_view to_string(UnplannedReason reason) {
  for (const auto& [r, name] : reason_names)
    if (r == reason) return name;
  return "caregivers_full";
}

bool parse_unplanned_reason(std::string_view text, UnplannedReason& reason) {
  for (const auto& [r, name] : reason_names)
    if (name == text) { reason = r; return true; }
  return false;
}

}  // namespace carecrowd::domain
