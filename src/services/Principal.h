// Principal: who is making a request, as established from a bearer token. Every service takes one
// and decides from it alone what may be seen or changed; handlers never decide permissions.
//
// Roles: platform_admin (runs the platform; no client data), org_admin (an organisation: users,
// verification of certificates, audit queries), coordinator (an organisation's nurse: clients,
// arrangements, planning), caregiver (platform-wide, may work for several organisations), client
// (a client or a family member acting for one: their own upcoming visits and access overview),
// analyst (an organisation's KPIs, no personal data), alarm_centre (an alarm receiving centre or
// device gateway: sends an organisation's alarms, reads what became of them).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace carecrowd::services {

enum class Role { platform_admin, org_admin, coordinator, caregiver, client, analyst, alarm_centre };

std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view text);

struct Principal {
  std::int64_t user_id = 0;
  Role role = Role::caregiver;
  std::string name;
  std::optional<std::int64_t> organisation_id;  // org_admin, coordinator, analyst, client, alarm_centre
  std::optional<std::int64_t> caregiver_id;     // caregiver
  std::optional<std::int64_t> client_id;        // client
  std::string source;                           // the request's remote address, for the audit log

  // NEN 7513 "acting for": on whose behalf the user acts ("organisation:3", "client:17", "self").
  [[nodiscard]] std::string acting_for() const;
  [[nodiscard]] bool in_organisation(std::int64_t organisation) const {
    return organisation_id && *organisation_id == organisation;
  }
};

// An organisation's care staff: its coordinators and admins, who see its clients, tasks and board.
inline bool is_care_staff_role(Role role) { return role == Role::coordinator || role == Role::org_admin; }
inline bool is_care_staff(const Principal& who) { return is_care_staff_role(who.role) && who.organisation_id.has_value(); }
// The client's own account or a family account acting for them (role client, naming the client).
inline bool is_account_of_client(const Principal& who, std::int64_t client_id) {
  return who.role == Role::client && who.client_id == client_id;
}
// A caregiver with their caregiver record.
inline bool is_caregiver(const Principal& who) { return who.role == Role::caregiver && who.caregiver_id.has_value(); }

}  // namespace carecrowd::services
