// Alarm: the vocabulary of home-monitoring alarms, once: what an alarm reports (its kind and
// priority), where it stands (its status and, when escalated, how far), and where an offer to a
// caregiver stands. The names are the ones stored and shown in the API (docs/api.md "Alarms").
//
// An alarm's life: `created` when received, `triaged` at once by its organisation's policy
// (dispatch/TriagePolicy.h), then `remote_check` (a coordinator on call phones or video-calls
// the client first), `informal_contacts` (the client's family carers holding a key are asked, one
// at a time in their order) or straight to `dispatching` (offers to caregivers on duty); `accepted`
// by the informal contact or the first caregiver who takes it, `on_site` when they arrive, `resolved`. When no caregiver takes it
// in time it is `escalated`: first to the coordinator on call, then to "advise 112". The timed steps
// are dispatch/AlarmTimer.h's.
//
// Thread safety: plain enums and pure functions.
#pragma once

#include <optional>
#include <string_view>

namespace carecrowd::domain {

enum class AlarmKind { fall, button, no_activity, vital_out_of_range, carer_non_arrival, technical };
inline constexpr int kAlarmKinds = 6;

enum class AlarmPriority { high, medium, low };

// A client's monitoring device, which may raise alarms.
enum class DeviceKind { fall_detector, alarm_button, bed_sensor, door_sensor, activity_sensor, vital_sign_meter };
inline constexpr int kAlarmPriorities = 3;

enum class AlarmStatus { created, triaged, remote_check, informal_contacts, dispatching, accepted, on_site, resolved, escalated };

// How far an escalated alarm went: the coordinator on call has it, or the platform advises 112.
enum class Escalation { coordinator, advise_112 };

// An offer to one caregiver (or a request to one informal contact): open until they answer or it
// expires; withdrawn when the alarm was taken by someone else (or they took another alarm).
enum class OfferStatus { offered, accepted, declined, expired, withdrawn };

[[nodiscard]] std::string_view to_string(AlarmKind kind);          // "fall", "no-activity", ...
[[nodiscard]] std::string_view to_string(AlarmPriority priority);  // "high", "medium", "low"
[[nodiscard]] std::string_view to_string(DeviceKind kind);        // "fall-detector", ...
[[nodiscard]] std::string_view to_string(AlarmStatus status);      // "remote_check", ...
[[nodiscard]] std::string_view to_string(Escalation escalation);   // "coordinator", "advise_112"
[[nodiscard]] std::string_view to_string(OfferStatus status);
[[nodiscard]] std::optional<AlarmKind> parse_alarm_kind(std::string_view text);
[[nodiscard]] std::optional<AlarmPriority> parse_alarm_priority(std::string_view text);
[[nodiscard]] std::optional<DeviceKind> parse_device_kind(std::string_view text);
[[nodiscard]] std::optional<AlarmStatus> parse_alarm_status(std::string_view text);
[[nodiscard]] std::optional<Escalation> parse_escalation(std::string_view text);
[[nodiscard]] std::optional<OfferStatus> parse_offer_status(std::string_view text);

// Open: still needs someone (not resolved). An escalated alarm is open too: the coordinator has it.
[[nodiscard]] constexpr bool is_open(AlarmStatus status) { return status != AlarmStatus::resolved; }
// Held by the caregiver who accepted it: on their way or on site.
[[nodiscard]] constexpr bool is_held(AlarmStatus status) {
  return status == AlarmStatus::accepted || status == AlarmStatus::on_site;
}

}  // namespace carecrowd::domain
