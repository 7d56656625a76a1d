#include "domain/Alarm.h"

#include "core/EnumNames.h"

namespace carecrowd::domain {
namespace {

constexpr EnumNames<AlarmKind, kAlarmKinds> kKinds{{
    {AlarmKind::fall, "fall"},
    {AlarmKind::button, "button"},
    {AlarmKind::no_activity, "no-activity"},
    {AlarmKind::vital_out_of_range, "vital-out-of-range"},
    {AlarmKind::carer_non_arrival, "carer-non-arrival"},
    {AlarmKind::technical, "technical"},
}};

constexpr EnumNames<AlarmPriority, kAlarmPriorities> kPriorities{{
    {AlarmPriority::high, "high"},
    {AlarmPriority::medium, "medium"},
    {AlarmPriority::low, "low"},
}};

constexpr EnumNames<DeviceKind, 6> kDeviceKinds{{
    {DeviceKind::fall_detector, "fall-detector"},
    {DeviceKind::alarm_button, "alarm-button"},
    {DeviceKind::bed_sensor, "bed-sensor"},
    {DeviceKind::door_sensor, "door-sensor"},
    {DeviceKind::activity_sensor, "activity-sensor"},
    {DeviceKind::vital_sign_meter, "vital-sign-meter"},
}};

constexpr EnumNames<AlarmStatus, 9> kStatuses{{
    {AlarmStatus::created, "created"},
    {AlarmStatus::triaged, "triaged"},
    {AlarmStatus::remote_check, "remote_check"},
    {AlarmStatus::informal_contacts, "informal_contacts"},
    {AlarmStatus::dispatching, "dispatching"},
    {AlarmStatus::accepted, "accepted"},
    {AlarmStatus::on_site, "on_site"},
    {AlarmStatus::resolved, "resolved"},
    {AlarmStatus::escalated, "escalated"},
}};

constexpr EnumNames<Escalation, 2> kEscalations{{
    {Escalation::coordinator, "coordinator"},
    {Escalation::advise_112, "advise_112"},
}};

constexpr EnumNames<OfferStatus, 5> kOfferStatuses{{
    {OfferStatus::offered, "offered"},
    {OfferStatus::accepted, "accepted"},
    {OfferStatus::declined, "declined"},
    {OfferStatus::expired, "expired"},
    {OfferStatus::withdrawn, "withdrawn"},
}};

}  // namespace

std::string_view to_string(AlarmKind kind) { return name_of(kKinds, kind); }
std::string_view to_string(AlarmPriority priority) { return name_of(kPriorities, priority); }
std::string_view to_string(DeviceKind kind) { return name_of(kDeviceKinds, kind); }
std::string_view to_string(AlarmStatus status) { return name_of(kStatuses, status); }
std::string_view to_string(Escalation escalation) { return name_of(kEscalations, escalation); }
std::string_view to_string(OfferStatus status) { return name_of(kOfferStatuses, status); }
std::optional<AlarmKind> parse_alarm_kind(std::string_view text) { return value_named(kKinds, text); }
std::optional<AlarmPriority> parse_alarm_priority(std::string_view text) { return value_named(kPriorities, text); }
std::optional<DeviceKind> parse_device_kind(std::string_view text) { return value_named(kDeviceKinds, text); }
std::optional<AlarmStatus> parse_alarm_status(std::string_view text) { return value_named(kStatuses, text); }
std::optional<Escalation> parse_escalation(std::string_view text) { return value_named(kEscalations, text); }
std::optional<OfferStatus> parse_offer_status(std::string_view text) { return value_named(kOfferStatuses, text); }

}  // namespace carecrowd::domain
