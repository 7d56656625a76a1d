// The calendar feed as iCalendar (RFC 5545): what libical writes, read back by libical's parser.
#include <gtest/gtest.h>

#include <libical/ical.h>

#include "http/CalendarIcs.h"

namespace carecrowd::http {
namespace {

services::CalendarEntry entry(std::string uid, LocalMinute start, bool cancelled) {
  services::CalendarEntry e;
  e.uid = std::move(uid);
  e.sequence = 3;
  e.start = start;
  e.minutes = 45;
  e.summary = "Wondzorg: Joke; tweede, bezoek";  // a semicolon and a comma, which iCalendar escapes
  e.location = "3511";
  e.description = "Tijdvenster 09:00–10:00";
  e.cancelled = cancelled;
  return e;
}

TEST(CalendarIcs, EachVisitIsAVeventWithItsUidSequenceFloatingTimesAndStatus) {
  const LocalMinute nine = day_number({2030, 3, 4}) * kMinutesPerDay + 9 * 60;
  services::Calendar calendar{"carecrowd: mijn bezoeken",
                              {entry("task-1@carecrowd", nine, false), entry("task-2@carecrowd", nine + 23 * 60 + 30, true)}};
  const std::string text = calendar_ics(calendar, 1'900'000'000);
  EXPECT_NE(text.find("BEGIN:VCALENDAR"), std::string::npos);
  EXPECT_NE(text.find("X-WR-CALNAME:carecrowd: mijn bezoeken"), std::string::npos);

  icalcomponent* parsed = icalparser_parse_string(text.c_str());
  ASSERT_NE(parsed, nullptr);
  ASSERT_EQ(icalcomponent_isa(parsed), ICAL_VCALENDAR_COMPONENT);
  EXPECT_EQ(icalcomponent_count_components(parsed, ICAL_VEVENT_COMPONENT), 2);
  icalcomponent* first = icalcomponent_get_first_component(parsed, ICAL_VEVENT_COMPONENT);
  ASSERT_NE(first, nullptr);
  EXPECT_STREQ(icalcomponent_get_uid(first), "task-1@carecrowd");
  EXPECT_STREQ(icalcomponent_get_summary(first), "Wondzorg: Joke; tweede, bezoek");
  EXPECT_EQ(icalcomponent_get_sequence(first), 3);
  EXPECT_EQ(icalcomponent_get_status(first), ICAL_STATUS_CONFIRMED);
  const icaltimetype start = icalcomponent_get_dtstart(first);
  EXPECT_EQ(start.year, 2030);
  EXPECT_EQ(start.month, 3);
  EXPECT_EQ(start.day, 4);
  EXPECT_EQ(start.hour, 9);
  EXPECT_EQ(start.minute, 0);
  // Floating (the platform keeps wall-clock time): neither UTC nor a zone.
  EXPECT_FALSE(icaltime_is_utc(start));
  EXPECT_EQ(icaltime_get_timezone(start), nullptr);
  const icaltimetype end = icalcomponent_get_dtend(first);
  EXPECT_EQ(end.hour, 9);
  EXPECT_EQ(end.minute, 45);
  icalcomponent* second = icalcomponent_get_next_component(parsed, ICAL_VEVENT_COMPONENT);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(icalcomponent_get_status(second), ICAL_STATUS_CANCELLED);
  // 23:30 plus 45 minutes ends on the next day.
  EXPECT_EQ(icalcomponent_get_dtend(second).day, 5);
  EXPECT_EQ(icalcomponent_get_dtend(second).minute, 15);
  icalcomponent_free(parsed);
}

TEST(CalendarIcs, AnEmptyCalendarIsStillAValidCalendar) {
  const std::string text = calendar_ics(services::Calendar{"leeg", {}}, 1'900'000'000);
  icalcomponent* parsed = icalparser_parse_string(text.c_str());
  ASSERT_NE(parsed, nullptr);
  EXPECT_EQ(icalcomponent_count_components(parsed, ICAL_VEVENT_COMPONENT), 0);
  icalcomponent_free(parsed);
}

}  // namespace
}  // namespace carecrowd::http
