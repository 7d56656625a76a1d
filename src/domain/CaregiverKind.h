// CaregiverKind: how a caregiver works for the platform's organisations. An employee is on an
// organisation's payroll (a plan may assign them work); a freelancer (zzp'er) chooses their own
// work and invoices it; a volunteer does no professional care, whatever level they state, and is
// paid at most a volunteer allowance (vrijwilligersvergoeding). The one vocabulary for the engine,
// the marketplace's rules and the platform's records.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace carecrowd::domain {

enum class CaregiverKind : std::uint8_t { employee, freelancer, volunteer };

// "employee", "freelancer" or "volunteer": as stored and in the API.
[[nodiscard]] std::string_view to_string(CaregiverKind kind);
// nullopt when `text` names no kind.
[[nodiscard]] std::optional<CaregiverKind> parse_caregiver_kind(std::string_view text);

// What an hour of a caregiver of this kind and level typically costs, in euro cents: employees by
// salary scale (employer's cost), freelancers at their (higher) rate, volunteers nothing. The
// synthetic regions' and the demo region's default.
[[nodiscard]] std::int64_t hourly_cost_cents(CaregiverKind kind, int level);

}  // namespace carecrowd::domain
