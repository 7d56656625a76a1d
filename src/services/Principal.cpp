#include "services/Principal.h"

#include "core/EnumNames.h"

namespace carecrowd::services {
namespace {
constexpr EnumNames<Role, 7> kRoles{{
    {Role::platform_admin, "platform_admin"},
    {Role::org_admin, "org_admin"},
    {Role::coordinator, "coordinator"},
    {Role::caregiver, "caregiver"},
    {Role::client, "client"},
    {Role::analyst, "analyst"},
    {Role::alarm_centre, "alarm_centre"},
}};
}  // namespace

std::string_view to_string(Role role) { return name_of(kRoles, role); }

std::optional<Role> parse_role(std::string_view text) { return value_named(kRoles, text); }

std::string Principal::acting_for() const {
  if (role == Role::client && client_id) return "client:" + std::to_string(*client_id);
  if (organisation_id) return "organisation:" + std::to_string(*organisation_id);
  return "self";
}

}  // namespace carecrowd::services
