#include "services/OnCall.h"

#include <algorithm>

#include "records/CaregiverProfileRecord.h"
#include "records/UserRecord.h"
#include "services/AuditLog.h"

namespace carecrowd::services {
namespace {

constexpr LocalMinute kLongestListMinutes = 14 * kMinutesPerDay;

bool staff_of(const Principal& who, std::int64_t organisation_id) {
  return is_care_staff(who) && who.in_organisation(organisation_id);
}

std::optional<Error> check_period(const OnCallInput& in, LocalMinute now) {
  if (in.ends_at <= now) return bad_input("ends_at", "", say("must be in the future (the platform's clock reads {})",
                                                             format_local_time(now)));
  if (in.ends_at - in.starts_at < kShortestOnCallMinutes) {
    return bad_input("ends_at", "", "must be at least 15 minutes after starts_at");
  }
  if (in.ends_at - in.starts_at > kLongestOnCallMinutes) return bad_input("ends_at", "", "must be at most 7 days after starts_at");
  return std::nullopt;
}

std::string detail_of(const records::OnCallShift& s) {
  return "on-call shift " + std::to_string(s.id) + ": " +
         (s.caregiver_id ? "caregiver " + std::to_string(*s.caregiver_id) : "coordinator " + std::to_string(*s.coordinator_id)) +
         ", " + format_local_time(s.starts_at) + " to " + format_local_time(s.ends_at);
}

}  // namespace

Result<records::OnCallShift> schedule_on_call(const Platform& platform, const Principal& who, std::int64_t organisation_id,
                                              const Result<OnCallInput>& input) {
  const bool staff = staff_of(who, organisation_id);
  if (!staff && !is_caregiver(who)) return forbidden("only care staff or a caregiver may schedule on-call shifts");
  if (!input) return input.error();
  const OnCallInput& in = input.value();
  if (in.caregiver_id.has_value() == in.coordinator_id.has_value()) {
    return bad_input("caregiver_id", "", "exactly one of caregiver_id and coordinator_id is required");
  }
  if (!staff && (in.coordinator_id || *in.caregiver_id != *who.caregiver_id)) {
    return forbidden("a caregiver signs up for on call themselves only");
  }
  if (auto e = check_period(in, platform.now())) return *e;
  return platform.db().write([&](store::Transaction& tx) -> Result<records::OnCallShift> {
    if (in.caregiver_id && !records::employment(tx, *in.caregiver_id, organisation_id)) {
      return not_found("caregiver_id", std::to_string(*in.caregiver_id), "no such caregiver working for the organisation");
    }
    if (in.coordinator_id) {
      const auto users = records::users_of_organisation(tx, organisation_id);
      const bool coordinator = std::any_of(users.begin(), users.end(), [&](const records::UserRecord& u) {
        const auto role = parse_role(u.role);
        return u.id == *in.coordinator_id && role && is_care_staff_role(*role);
      });
      if (!coordinator) {
        return not_found("coordinator_id", std::to_string(*in.coordinator_id), "no such coordinator in the organisation");
      }
    }
    records::OnCallShift shift{0, organisation_id, in.caregiver_id, in.coordinator_id, in.starts_at, in.ends_at, who.user_id, ""};
    shift.id = records::insert_on_call(tx, shift, platform.now());
    record_audit(tx, who, {"on_call.schedule", std::nullopt, organisation_id, "success", detail_of(shift)});
    return *records::read_on_call(tx, shift.id);
  });
}

Result<std::vector<records::OnCallShift>> on_call_shifts(const Platform& platform, const Principal& who,
                                                         std::int64_t organisation_id, const Result<OnCallQuery>& query) {
  const bool staff = staff_of(who, organisation_id);
  if (!staff && !is_caregiver(who)) return forbidden("only care staff or a caregiver may see on-call shifts");
  if (!query) return query.error();
  const LocalMinute from = query.value().from.value_or(platform.now());
  const LocalMinute to = query.value().to.value_or(from + 7 * kMinutesPerDay);
  if (to <= from) return bad_input("to", "", "must be after from");
  if (to - from > kLongestListMinutes) return bad_input("to", "", "must be at most 14 days after from");
  return platform.db().read([&](store::Transaction& tx) {
    return records::on_call_between(tx, organisation_id, from, to, staff ? std::nullopt : who.caregiver_id);
  });
}

Result<Done> cancel_on_call(const Platform& platform, const Principal& who, std::int64_t shift_id) {
  return platform.db().write([&](store::Transaction& tx) -> Result<Done> {
    const auto shift = records::read_on_call(tx, shift_id);
    const bool own = shift && is_caregiver(who) && shift->caregiver_id == who.caregiver_id;
    if (!shift || !(own || staff_of(who, shift->organisation_id))) {
      return not_found("id", std::to_string(shift_id), "no such on-call shift of yours");
    }
    records::delete_on_call(tx, shift_id);
    record_audit(tx, who, {"on_call.cancel", std::nullopt, shift->organisation_id, "success", detail_of(*shift)});
    return Done{};
  });
}

std::vector<market::OneOffAvailability> on_call_as_availability(const std::vector<records::OnCallShift>& shifts) {
  std::vector<market::OneOffAvailability> out;
  for (const auto& s : shifts) {
    // A night shift is available until midnight and from midnight on: the calendar merges the two.
    for (DayNumber day = s.starts_at / kMinutesPerDay; day * kMinutesPerDay < s.ends_at; ++day) {
      const LocalMinute from = std::max(s.starts_at, day * kMinutesPerDay);
      const LocalMinute to = std::min(s.ends_at, (day + 1) * kMinutesPerDay);
      if (to > from) {
        out.push_back({day, static_cast<int>(from - day * kMinutesPerDay), static_cast<int>(to - day * kMinutesPerDay), true});
      }
    }
  }
  return out;
}

}  // namespace carecrowd::services
