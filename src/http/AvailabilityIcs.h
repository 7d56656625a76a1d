// AvailabilityIcs: availability read from an iCalendar file (RFC 5545) exported from a caregiver's
// own calendar, in which every event is a time they can work: someone who keeps a "beschikbaar"
// calendar in Google, Outlook or Apple Calendar imports it instead of typing it in again. Read by
// libical; nothing is stored here (the caregiver checks the result on the availability screen and
// saves it as any other change).
//  - A rule that repeats every week or every day without end becomes weekly entries (on its BYDAY
//    days, else on the start's weekday; every day for a daily rule). Everything else (a single
//    event, a rule with an end or another rhythm, exceptions) becomes one-off days: its
//    occurrences from `today` on, before today + `horizon_days`.
//  - Times become the platform's local wall-clock time (Europe/Amsterdam, domain/CivilTime.h): a
//    UTC time or one with a TZID is converted, a floating time is taken as it is. An all-day event
//    is the whole day; an event over midnight is split over its days. Cancelled events are left
//    out, and so are repeated entries.
//
// Thread safety: pure function (libical's memory is per call).
#pragma once

#include <string_view>

#include "core/Error.h"
#include "domain/CivilTime.h"
#include "services/Caregivers.h"

namespace carecrowd::http {

struct ImportedAvailability {
  services::Availability availability;
  int events = 0;   // events in the file
  int skipped = 0;  // of those, cancelled, without a time span, or with no occurrence in the period
};

// bad_input naming `ics` when the text is not an iCalendar file with events or is too large.
Result<ImportedAvailability> availability_from_ics(std::string_view ics, DayNumber today, int horizon_days);

}  // namespace carecrowd::http
