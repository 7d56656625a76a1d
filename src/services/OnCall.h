// OnCall: who is on call for an organisation's alarms. Care staff schedule a caregiver who works for
// the organisation on call for a period, or a coordinator (or organisation admin) of it; a caregiver
// signs up for a period themselves. A caregiver on call is on duty for alarm dispatch during the
// shift as if their published availability covered it (services/AlarmDispatch.h: candidates, and
// then the one admission rule as always); the coordinator on call is the one an alarm escalated to
// the coordinator names. Scheduling and cancelling are audited (on_call.schedule, on_call.cancel).
//
// A shift is 15 minutes to 7 days long, ends in the future, and is read as local times
// (YYYY-MM-DDTHH:MM). Care staff see and cancel every shift of their organisation; a caregiver sees
// and cancels their own.
//
// Thread safety: stateless functions over the Platform; safe from any number of threads and
// processes.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/Error.h"
#include "market/Availability.h"
#include "records/OnCallRecord.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

inline constexpr LocalMinute kShortestOnCallMinutes = 15;
inline constexpr LocalMinute kLongestOnCallMinutes = 7 * kMinutesPerDay;

struct OnCallInput {
  std::optional<std::int64_t> caregiver_id;    // a caregiver on call, or
  std::optional<std::int64_t> coordinator_id;  // a coordinator on call (their user id)
  LocalMinute starts_at = 0;
  LocalMinute ends_at = 0;
};

Result<records::OnCallShift> schedule_on_call(const Platform& platform, const Principal& who, std::int64_t organisation_id,
                                              const Result<OnCallInput>& input);
// The shifts overlapping [from, to) (at most 14 days; by default from now for 7 days), by start:
// care staff all of them, a caregiver their own.
struct OnCallQuery {
  std::optional<LocalMinute> from, to;
};
Result<std::vector<records::OnCallShift>> on_call_shifts(const Platform& platform, const Principal& who,
                                                         std::int64_t organisation_id, const Result<OnCallQuery>& query);
Result<Done> cancel_on_call(const Platform& platform, const Principal& who, std::int64_t shift_id);

// A caregiver's shifts as one-off availability, day by day, for the availability calendar.
std::vector<market::OneOffAvailability> on_call_as_availability(const std::vector<records::OnCallShift>& shifts);

}  // namespace carecrowd::services
