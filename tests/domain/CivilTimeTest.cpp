#include "domain/CivilTime.h"

#include <chrono>
#include <cstdlib>

#include <gtest/gtest.h>

namespace carecrowd {
namespace {

TEST(CivilTime, DayNumbersMatchKnownDates) {
  EXPECT_EQ(day_number({1970, 1, 1}), 0);
  EXPECT_EQ(day_number({1969, 12, 31}), -1);
  EXPECT_EQ(day_number({2000, 3, 1}), 11017);
  EXPECT_EQ(day_number({2024, 2, 29}), 19782);
  EXPECT_EQ(day_number({2026, 1, 1}), 20454);
  EXPECT_EQ(day_number({1600, 1, 1}), -135140);
  EXPECT_EQ(civil_date(20454), (CivilDate{2026, 1, 1}));
  EXPECT_EQ(civil_date(-1), (CivilDate{1969, 12, 31}));
}

TEST(CivilTime, DayNumbersAndDatesRoundTripDayByDayOverCenturies) {
  CivilDate previous = civil_date(day_number({1599, 12, 31}));
  for (DayNumber d = day_number({1600, 1, 1}); d <= day_number({2400, 12, 31}); ++d) {
    const CivilDate date = civil_date(d);
    ASSERT_TRUE(is_valid_date(date)) << d;
    ASSERT_EQ(day_number(date), d);
    // Each day follows the previous one: next day of the month, or the 1st after a month's last day.
    const bool next_day = date.day == previous.day + 1 && date.month == previous.month;
    const bool next_month = date.day == 1 && previous.day == days_in_month(previous.year, previous.month);
    ASSERT_TRUE(next_day || next_month) << format_date(d);
    previous = date;
  }
}

TEST(CivilTime, LeapYearsFollowTheGregorianRules) {
  EXPECT_TRUE(is_leap_year(2024));
  EXPECT_TRUE(is_leap_year(2000));
  EXPECT_FALSE(is_leap_year(2100));
  EXPECT_FALSE(is_leap_year(2026));
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2100, 2), 28);
  EXPECT_EQ(days_in_month(2026, 4), 30);
  EXPECT_EQ(days_in_month(2026, 12), 31);
}

TEST(CivilTime, WeekdaysAreIsoStartingMonday) {
  EXPECT_EQ(weekday(0), 3);                           // 1970-01-01, Thursday
  EXPECT_EQ(weekday(-1), 2);                          // 1969-12-31, Wednesday
  EXPECT_EQ(weekday(day_number({2026, 3, 2})), 0);    // Monday
  EXPECT_EQ(weekday(day_number({2026, 3, 8})), 6);    // Sunday
  EXPECT_EQ(weekday(day_number({1600, 1, 1})), 5);    // Saturday
}

TEST(CivilTime, ParsesDatesAndRejectsImpossibleOnes) {
  EXPECT_EQ(parse_date("2026-01-01", "start").value(), 20454);
  EXPECT_EQ(parse_date("2024-02-29", "start").value(), 19782);
  EXPECT_TRUE(parse_date("2000-02-29", "start").ok());
  for (const char* bad : {"2026-13-01", "2026-00-10", "2026-04-31", "2025-02-29", "2100-02-29", "2026-01-00",
                          "2026-1-01", "2026/01/01", "2026-01-01T10:00", " 2026-01-01", "", "20260101"}) {
    const auto result = parse_date(bad, "visits[3].date");
    ASSERT_FALSE(result.ok()) << bad;
    EXPECT_EQ(result.error().field, "visits[3].date");
    EXPECT_EQ(result.error().reason, std::string("expected a date YYYY-MM-DD, got \"") + bad + "\"");
  }
}

TEST(CivilTime, ParsesLocalTimesTruncatingSeconds) {
  const LocalMinute noon = 20454 * 1440 + 12 * 60;
  EXPECT_EQ(parse_local_time("2026-01-01T12:00", "t").value(), noon);
  EXPECT_EQ(parse_local_time("2026-01-01T12:00:59", "t").value(), noon);
  EXPECT_EQ(parse_local_time("2026-01-01T00:00", "t").value(), 20454 * 1440);
  EXPECT_EQ(parse_local_time("2026-01-01T23:59:00", "t").value(), 20455 * 1440 - 1);
  for (const char* bad : {"2026-01-01T24:00", "2026-01-01T12:60", "2026-01-01T12:00:60", "2026-01-01 12:00",
                          "2026-02-30T12:00", "2026-01-01T12", "2026-01-01T12:00:5", "2026-01-01T1:00", ""}) {
    const auto result = parse_local_time(bad, "shifts[0].start");
    ASSERT_FALSE(result.ok()) << bad;
    EXPECT_EQ(result.error().field, "shifts[0].start");
    EXPECT_NE(result.error().reason.find("YYYY-MM-DDTHH:MM"), std::string::npos);
    EXPECT_NE(result.error().reason.find(bad), std::string::npos);
  }
}

TEST(CivilTime, ParsesClockTimesIncludingEndOfDay) {
  EXPECT_EQ(parse_clock("00:00", "c").value(), 0);
  EXPECT_EQ(parse_clock("07:30", "c").value(), 450);
  EXPECT_EQ(parse_clock("23:59", "c").value(), 1439);
  EXPECT_EQ(parse_clock("24:00", "c").value(), 1440);
  for (const char* bad : {"24:01", "25:00", "7:30", "07:60", "0730", "07:30:00", "", "ab:cd"}) {
    const auto result = parse_clock(bad, "windows[1].open");
    ASSERT_FALSE(result.ok()) << bad;
    EXPECT_EQ(result.error().field, "windows[1].open");
    EXPECT_EQ(result.error().reason, std::string("expected a time of day HH:MM (00:00..24:00), got \"") + bad + "\"");
  }
}

TEST(CivilTime, FormatsWhatItParses) {
  EXPECT_EQ(format_date(19782), "2024-02-29");
  EXPECT_EQ(format_date(-135140), "1600-01-01");
  EXPECT_EQ(format_local_time(20454 * 1440 + 12 * 60 + 5), "2026-01-01T12:05");
  EXPECT_EQ(format_local_time(-1), "1969-12-31T23:59");
  EXPECT_EQ(format_clock(0), "00:00");
  EXPECT_EQ(format_clock(450), "07:30");
  EXPECT_EQ(format_clock(1440), "24:00");
  for (const char* text : {"2026-03-29T02:30", "1999-12-31T23:59", "2400-02-29T00:00"}) {
    EXPECT_EQ(format_local_time(parse_local_time(text, "t").value()), text);
  }
}

TEST(CivilTime, LocalNowIsWithinADayOfTheSystemClock) {
  // Time zones are at most 14 hours from UTC, so the local wall clock is within that of UTC.
  const auto utc_minutes = std::chrono::duration_cast<std::chrono::minutes>(
      std::chrono::system_clock::now().time_since_epoch()).count();
  const LocalMinute now = local_now();
  EXPECT_LE(std::abs(now - utc_minutes), 14 * 60 + 1);
  EXPECT_GE(now, day_number({2024, 1, 1}) * 1440);
}

}  // namespace
}  // namespace carecrowd
