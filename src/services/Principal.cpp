#include "services/Principal.h"

#include <array>
#include <utility>

namespace carecrowd::services {
namespace {
constexpr std::array<std::pair<Role, std::string_view>, 6> kRoles{{
    {Role::platform_admin, "platform_admin"},
    {Role::org_admin, "org_admin"},
    {Role::coordinator, "coordinator"},
    {Role::caregiver, "caregiver"},
    {Role::client, "client"},
    {Role::analyst, "analyst"},
}};
}  // namespace

std::string_view to_string(Role role) {
  for (const auto& [r, name] : kRoles) {
    if (r == role) return name;
  }
  return "unknown";
}

std::optional<Role> parse_role(std::string_view text) {
  for (const auto& [r, name] : kRoles) {
    if (name == text) return r;
  }
  return std::nullopt;
}

std::string Principal::acting_for() const {
  if (role == Role::client && client_id) return "client:" + std::to_string(*client_id);
  if (organisation_id) return "organisation:" + std::to_string(*organisation_id);
  return "self";
}

}  // namespace carecrowd::services
