#include <gtest/gtest.h>

#include "market/Availability.h"

namespace carecrowd::market {
namespace {

// Monday 2 March 2026.
const DayNumber kMonday = day_number({2026, 3, 2});
LocalMinute at(DayNumber day, int hour, int minute = 0) { return day * kMinutesPerDay + hour * 60 + minute; }

TEST(Availability, WeeklyPatternCoversATaskOnlyOnItsWeekday) {
  AvailabilityCalendar calendar({{0, 8 * 60, 12 * 60}}, {}, kMonday, kMonday + 6);
  EXPECT_TRUE(calendar.covers(at(kMonday, 9), at(kMonday, 10)));
  EXPECT_FALSE(calendar.covers(at(kMonday + 1, 9), at(kMonday + 1, 10)));
  EXPECT_TRUE(calendar.any_on(kMonday));
  EXPECT_FALSE(calendar.any_on(kMonday + 1));
}

TEST(Availability, ATaskMustFitWhollyInsideOneInterval) {
  AvailabilityCalendar calendar({{0, 8 * 60, 12 * 60}, {0, 13 * 60, 17 * 60}}, {}, kMonday, kMonday);
  EXPECT_TRUE(calendar.covers(at(kMonday, 8), at(kMonday, 12)));
  EXPECT_FALSE(calendar.covers(at(kMonday, 11), at(kMonday, 13, 30)));
  EXPECT_FALSE(calendar.covers(at(kMonday, 7, 30), at(kMonday, 9)));
}

TEST(Availability, TouchingIntervalsMergeAcrossMidnight) {
  AvailabilityCalendar calendar({{0, 20 * 60, 24 * 60}, {1, 0, 8 * 60}}, {}, kMonday, kMonday);
  EXPECT_TRUE(calendar.covers(at(kMonday, 22), at(kMonday + 1, 2)));
  ASSERT_EQ(calendar.intervals().size(), 1u);
}

TEST(Availability, OneOffAvailableAddsTimeOnItsDate) {
  AvailabilityCalendar calendar({}, {{kMonday + 5, 10 * 60, 14 * 60, true}}, kMonday, kMonday + 6);
  EXPECT_TRUE(calendar.covers(at(kMonday + 5, 10), at(kMonday + 5, 11)));
  EXPECT_FALSE(calendar.covers(at(kMonday + 12, 10), at(kMonday + 12, 11)));
}

TEST(Availability, OneOffUnavailableOverridesTheWeeklyPattern) {
  AvailabilityCalendar calendar({{0, 8 * 60, 17 * 60}}, {{kMonday, 11 * 60, 12 * 60, false}}, kMonday, kMonday + 7);
  EXPECT_TRUE(calendar.covers(at(kMonday, 9), at(kMonday, 11)));
  EXPECT_FALSE(calendar.covers(at(kMonday, 10, 30), at(kMonday, 11, 30)));
  EXPECT_TRUE(calendar.covers(at(kMonday, 12), at(kMonday, 17)));
  // The next Monday is untouched.
  EXPECT_TRUE(calendar.covers(at(kMonday + 7, 10, 30), at(kMonday + 7, 11, 30)));
}

TEST(Availability, NoPatternMeansNoTime) {
  AvailabilityCalendar calendar({}, {}, kMonday, kMonday + 6);
  EXPECT_TRUE(calendar.empty());
  EXPECT_FALSE(calendar.covers(at(kMonday, 9), at(kMonday, 9)));
}

}  // namespace
}  // namespace carecrowd::market
