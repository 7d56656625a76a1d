// AlarmOutcome: what closed an alarm, as a code the timeline names and key figures can count. A
// remote check ends as a false alarm, resolved remotely, or needing a visit (which does not close
// it: caregivers are sent); a response on site ends resolved on site, referred on (the GP, an
// ambulance), or a false alarm after all. An organisation's policy may require an outcome code on
// every resolve (TriagePolicy::outcome_required).
//
// Thread safety: plain enums and pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/Alarm.h"

namespace carecrowd::dispatch {

enum class AlarmOutcome { false_alarm, resolved_remotely, needs_visit, resolved_on_site, referred };

[[nodiscard]] std::string_view to_string(AlarmOutcome outcome);  // "false-alarm", "needs-visit", ...
[[nodiscard]] std::optional<AlarmOutcome> parse_alarm_outcome(std::string_view text);

// Whether `outcome` may end an alarm that is `status` now: the remote check's outcomes while it is
// checked remotely, the response's once a caregiver accepted it, any of the closing ones once it is
// escalated (the coordinator took it over).
[[nodiscard]] bool fits(AlarmOutcome outcome, domain::AlarmStatus status);
// The outcomes that fit `status`, for an error: "false-alarm, resolved-remotely or needs-visit".
[[nodiscard]] std::string outcomes_fitting(domain::AlarmStatus status);

}  // namespace carecrowd::dispatch
