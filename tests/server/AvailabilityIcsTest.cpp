// Availability read from a caregiver's own calendar file (http/AvailabilityIcs): weekly rules
// without end become weekly entries (exceptions as days off), everything else one-off days in the
// period, in Dutch wall-clock time whatever zone the file writes.
#include <gtest/gtest.h>

#include <string>

#include "http/AvailabilityIcs.h"

namespace carecrowd::http {
namespace {

const DayNumber kMonday = day_number({2030, 3, 4});

std::string calendar(const std::string& events) {
  return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//NL\r\n" + events + "END:VCALENDAR\r\n";
}

std::string event(const std::string& uid, const std::string& lines) {
  return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20300301T120000Z\r\nSUMMARY:Beschikbaar\r\n" + lines + "END:VEVENT\r\n";
}

// The zone as Google and Outlook write it beside their events.
const std::string kAmsterdam =
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"
    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

ImportedAvailability read(const std::string& ics) {
  auto read = availability_from_ics(ics, kMonday, 56);
  EXPECT_TRUE(read) << (read ? "" : read.error().reason);
  return read ? read.value() : ImportedAvailability{};
}

TEST(AvailabilityIcs, AWeeklyRuleWithoutEndIsWeeklyEntriesAndItsExceptionsDaysOff) {
  const auto got = read(calendar(kAmsterdam + event("a", "DTSTART;TZID=Europe/Amsterdam:20300304T080000\r\n"
                                                      "DTEND;TZID=Europe/Amsterdam:20300304T123000\r\n"
                                                      "RRULE:FREQ=WEEKLY;BYDAY=MO,WE\r\n"
                                                      "EXDATE;TZID=Europe/Amsterdam:20300306T080000\r\n")));
  ASSERT_EQ(got.availability.recurring.size(), 2u);
  EXPECT_EQ(got.availability.recurring[0].weekday, 0);
  EXPECT_EQ(got.availability.recurring[0].from, 8 * 60);
  EXPECT_EQ(got.availability.recurring[0].to, 12 * 60 + 30);
  EXPECT_EQ(got.availability.recurring[1].weekday, 2);
  ASSERT_EQ(got.availability.one_off.size(), 1u);
  EXPECT_EQ(got.availability.one_off[0].day, kMonday + 2);
  EXPECT_EQ(got.availability.one_off[0].from, 8 * 60);
  EXPECT_EQ(got.availability.one_off[0].to, 12 * 60 + 30);
  EXPECT_FALSE(got.availability.one_off[0].available);
  EXPECT_EQ(got.events, 1);
  EXPECT_EQ(got.skipped, 0);
}

TEST(AvailabilityIcs, AUtcTimeBecomesDutchTimeInWinterAndInSummer) {
  // 07:00 UTC is 08:00 in March before the clocks change, 09:00 in April after.
  const auto got = read(calendar(event("winter", "DTSTART:20300305T070000Z\r\nDTEND:20300305T110000Z\r\n") +
                                 event("summer", "DTSTART:20300402T070000Z\r\nDTEND:20300402T110000Z\r\n")));
  ASSERT_EQ(got.availability.one_off.size(), 2u);
  EXPECT_EQ(got.availability.one_off[0].day, kMonday + 1);
  EXPECT_EQ(got.availability.one_off[0].from, 8 * 60);
  EXPECT_EQ(got.availability.one_off[0].to, 12 * 60);
  EXPECT_EQ(got.availability.one_off[1].day, day_number({2030, 4, 2}));
  EXPECT_EQ(got.availability.one_off[1].from, 9 * 60);
  EXPECT_TRUE(got.availability.one_off[1].available);
}

TEST(AvailabilityIcs, AFloatingNightIsSplitAtMidnightAndAnAllDayEventIsTheWholeDay) {
  const auto got = read(calendar(event("night", "DTSTART:20300307T220000\r\nDTEND:20300308T060000\r\n") +
                                 event("day", "DTSTART;VALUE=DATE:20300309\r\nDTEND;VALUE=DATE:20300310\r\n")));
  ASSERT_EQ(got.availability.one_off.size(), 3u);
  EXPECT_EQ(got.availability.one_off[0].day, kMonday + 3);
  EXPECT_EQ(got.availability.one_off[0].from, 22 * 60);
  EXPECT_EQ(got.availability.one_off[0].to, 24 * 60);
  EXPECT_EQ(got.availability.one_off[1].day, kMonday + 4);
  EXPECT_EQ(got.availability.one_off[1].from, 0);
  EXPECT_EQ(got.availability.one_off[1].to, 6 * 60);
  EXPECT_EQ(got.availability.one_off[2].day, kMonday + 5);
  EXPECT_EQ(got.availability.one_off[2].from, 0);
  EXPECT_EQ(got.availability.one_off[2].to, 24 * 60);
  EXPECT_TRUE(got.availability.recurring.empty());
}

TEST(AvailabilityIcs, ARuleWithAnEndIsItsDaysInThePeriodAndDailyForEverIsEveryWeekday) {
  const auto counted = read(calendar(event("fridays", "DTSTART:20300308T090000\r\nDTEND:20300308T130000\r\n"
                                                      "RRULE:FREQ=WEEKLY;COUNT=3\r\n")));
  ASSERT_EQ(counted.availability.one_off.size(), 3u);
  EXPECT_EQ(counted.availability.one_off[0].day, kMonday + 4);
  EXPECT_EQ(counted.availability.one_off[1].day, kMonday + 11);
  EXPECT_EQ(counted.availability.one_off[2].day, kMonday + 18);
  EXPECT_TRUE(counted.availability.recurring.empty());

  const auto daily = read(calendar(event("evenings", "DTSTART:20300304T180000\r\nDTEND:20300304T210000\r\n"
                                                     "RRULE:FREQ=DAILY\r\n")));
  ASSERT_EQ(daily.availability.recurring.size(), 7u);
  for (int d = 0; d < 7; ++d) EXPECT_EQ(daily.availability.recurring[static_cast<std::size_t>(d)].weekday, d);
}

TEST(AvailabilityIcs, CancelledPastAndFarEventsAreSkippedAndCounted) {
  const auto got = read(calendar(event("gone", "STATUS:CANCELLED\r\nDTSTART:20300305T090000\r\nDTEND:20300305T100000\r\n") +
                                 event("past", "DTSTART:20290105T090000\r\nDTEND:20290105T100000\r\n") +
                                 event("far", "DTSTART:20310105T090000\r\nDTEND:20310105T100000\r\n") +
                                 event("kept", "DTSTART:20300305T090000\r\nDTEND:20300305T100000\r\n")));
  EXPECT_EQ(got.events, 4);
  EXPECT_EQ(got.skipped, 3);
  ASSERT_EQ(got.availability.one_off.size(), 1u);
  EXPECT_EQ(got.availability.one_off[0].day, kMonday + 1);
}

TEST(AvailabilityIcs, TextThatIsNoCalendarOrHoldsNoEventsIsRefusedNamingTheField) {
  for (const std::string& bad : {std::string("hello"), std::string(""), calendar("")}) {
    const auto read = availability_from_ics(bad, kMonday, 56);
    ASSERT_FALSE(read) << bad;
    EXPECT_EQ(read.error().kind, ErrorKind::bad_input);
    EXPECT_EQ(read.error().field, "ics");
  }
  const auto huge = availability_from_ics(std::string(600 * 1024, 'x'), kMonday, 56);
  ASSERT_FALSE(huge);
  EXPECT_EQ(huge.error().field, "ics");
}

}  // namespace
}  // namespace carecrowd::http
