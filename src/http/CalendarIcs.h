// CalendarIcs: a calendar feed (services/CalendarFeeds.h) as an iCalendar document (RFC 5545),
// written by libical. Times are floating (local wall-clock time, no zone), as the platform keeps
// them (domain/CivilTime.h): a calendar program shows them at the same clock time. Each visit is a
// VEVENT with a stable UID, its SEQUENCE, STATUS CONFIRMED or CANCELLED, and a DTSTAMP of `stamp`
// (unix seconds, UTC).
//
// Thread safety: pure function (libical's memory is per call).
#pragma once

#include <cstdint>
#include <string>

#include "services/CalendarFeeds.h"

namespace carecrowd::http {

std::string calendar_ics(const services::Calendar& calendar, std::int64_t stamp);

}  // namespace carecrowd::http
