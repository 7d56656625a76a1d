// ReleaseCause: why a claimed visit was taken from its caregiver while the day runs (live repair):
// they reported sick, or absent for another reason, or a coordinator marked that they did not
// arrive (no-show), or they answered an alarm and the visit could no longer start in its window.
// The names are the ones stored (task_release.cause) and shown in the API.
//
// Thread safety: pure functions.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace carecrowd::domain {

enum class ReleaseCause { sick, absent, no_show, alarm };
inline constexpr std::array<ReleaseCause, 4> kReleaseCauses{ReleaseCause::sick, ReleaseCause::absent,
                                                            ReleaseCause::no_show, ReleaseCause::alarm};

[[nodiscard]] std::string_view to_string(ReleaseCause cause);
// nullopt when `text` names no cause.
[[nodiscard]] std::optional<ReleaseCause> parse_release_cause(std::string_view text);
// Whether a caregiver or coordinator reports it as an absence (sick, absent); the others are marked
// per visit (no-show) or follow from an alarm.
[[nodiscard]] bool is_absence(ReleaseCause cause);

}  // namespace carecrowd::domain
