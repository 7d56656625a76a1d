// CalendarFeeds: a caregiver's visits and a family's "who is coming" in their own calendar program
// (RFC 5545; rendered at the http edge, http/CalendarIcs.h). An account asks for a secret link
// (POST /v1/my/calendar-link); the calendar program reads the feed with the link alone, as that
// account, and sees what the account's own screens show: a caregiver their claimed and done visits
// (the client's name and address only inside each visit's privacy window, market/PrivacyWindow.h;
// outside it the first name and the postcode area), and visits that left them as cancelled; a
// client or family account the client's visits and who is coming (services/Visits.h my_visits).
// Reading a feed is audited as the account's own screens are. A new link revokes the old one; a
// revoked or unknown link is 404, never a hint that it once existed.
//
// Thread safety: stateless functions over the platform's database.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/Error.h"
#include "domain/CivilTime.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

// The secret of a new link: shown once, stored as its digest.
struct CalendarLink {
  std::string token;
};
// For a caregiver, a client or a family account; audited (calendar.link).
Result<CalendarLink> make_calendar_link(const Platform& platform, const Principal& who);
// Revokes the account's link (nothing to revoke is fine); audited.
Result<Done> revoke_calendar_link(const Platform& platform, const Principal& who);

// One visit as a calendar event. `uid` stays the same for the visit whatever happens to it;
// `sequence` rises with each change (the task's version).
struct CalendarEntry {
  std::string uid;
  std::int64_t sequence = 0;
  LocalMinute start = 0;
  std::int64_t minutes = 0;
  std::string summary;
  std::string location;     // empty: none to show
  std::string description;
  bool cancelled = false;
};
struct Calendar {
  std::string name;  // the calendar's name in the program
  std::vector<CalendarEntry> entries;
};
// The feed of the link's account; 404 (not_found) for an unknown or revoked link.
Result<Calendar> calendar_of_link(const Platform& platform, std::string_view token);

}  // namespace carecrowd::services
