// Financing: under which Dutch law a client's home care is paid for: the Zorgverzekeringswet (Zvw:
// district nursing, through the health insurer), the Wet langdurige zorg (Wlz: long-term care,
// through the care office), the Wet maatschappelijke ondersteuning (Wmo: support at home, through
// the municipality), or privately. The names are the ones stored and shown in the API.
//
// Thread safety: pure functions.
#pragma once

#include <optional>
#include <string_view>

namespace carecrowd::domain {

enum class Financing { zvw, wlz, wmo, private_payment };

[[nodiscard]] std::string_view to_string(Financing financing);  // "zvw", "wlz", "wmo", "private"
[[nodiscard]] std::optional<Financing> parse_financing(std::string_view text);

}  // namespace carecrowd::domain
