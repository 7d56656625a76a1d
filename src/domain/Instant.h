// Instant: a moment written with its offset from UTC, as RFC 3339 and FHIR's dateTime write it
// ("2030-03-04T07:12:00Z", "2030-03-04T08:12:00+01:00"), on the region's wall clock. The platform
// counts local civil minutes (domain/CivilTime.h); a sender from outside (a device gateway) may
// count in UTC or another offset, and its moment is turned into the region's wall-clock minute
// here, once.
//
// Thread safety: pure apart from reading the process's time zone (localtime_r), as local_now().
#pragma once

#include <ctime>
#include <string_view>

#include "core/Error.h"
#include "domain/CivilTime.h"

namespace carecrowd {

// The moment `t` (seconds since the Unix epoch) on the region's wall clock (the process's time zone).
[[nodiscard]] LocalMinute local_minute_at(std::time_t t);

// "YYYY-MM-DDTHH:MM:SS", optional fractional seconds (truncated), then an optional offset "Z" or
// "+HH:MM"/"-HH:MM". Without an offset it is a local time already; with one, the moment it names
// on the region's wall clock. An Error names `field` and the expected form.
[[nodiscard]] Result<LocalMinute> parse_date_time(std::string_view text, std::string_view field);

}  // namespace carecrowd
