#include <gtest/gtest.h>

#include "market/DayWalk.h"

namespace carecrowd::market {
namespace {

using domain::Point;
using domain::TravelMode;

const DayNumber kDay = day_number({2026, 3, 2});
const Point kHome{5.1214, 52.0907};       // Utrecht centre (lon, lat)
const Point kOudwijk{5.1370, 52.0890};    // about 1 km east
const Point kOvervecht{5.1160, 52.1160};  // about 3 km north
LocalMinute at(int hour, int minute = 0) { return kDay * kMinutesPerDay + hour * 60 + minute; }

int minutes_between(Point a, Point b, TravelMode mode) {
  return static_cast<int>((TravelTimes(mode).between(a, b).get() + 59) / 60);
}

TEST(DayWalk, TheFirstVisitStartsAtItsWindowAndHasNoTravelBeforeIt) {
  const auto walked = walk_day({Stop{at(9), at(10), 30, kOudwijk, std::nullopt, 0}}, kHome, TravelMode::bike);
  ASSERT_EQ(walked.size(), 1U);
  EXPECT_EQ(walked[0].start, at(9));
  EXPECT_FALSE(walked[0].travel_minutes.has_value());
}

TEST(DayWalk, AVisitStartsWhenTheCaregiverArrivesFromThePreviousOne) {
  const int journey = minutes_between(kOudwijk, kOvervecht, TravelMode::bike);
  ASSERT_GT(journey, 5);
  // Given latest first: the answer keeps the order given, the walk goes by window.
  const auto walked = walk_day({Stop{at(9), at(11), 20, kOvervecht, std::nullopt, 0}, Stop{at(8), at(8), 50, kOudwijk, std::nullopt, 0}}, kHome,
                               TravelMode::bike);
  ASSERT_EQ(walked.size(), 2U);
  EXPECT_EQ(walked[1].start, at(8));
  EXPECT_FALSE(walked[1].travel_minutes.has_value());
  EXPECT_EQ(walked[0].start, at(8, 50) + journey);
  EXPECT_EQ(walked[0].travel_minutes, journey);
}

TEST(DayWalk, AVisitWhoseWindowOpensLaterWaitsForIt) {
  const auto walked =
      walk_day({Stop{at(8), at(8), 30, kOudwijk, std::nullopt, 0}, Stop{at(13), at(14), 30, kOvervecht, std::nullopt, 0}}, kHome, TravelMode::car);
  EXPECT_EQ(walked[1].start, at(13));
  EXPECT_EQ(walked[1].travel_minutes, minutes_between(kOudwijk, kOvervecht, TravelMode::car));
}

TEST(DayWalk, ADigitalVisitNeedsNoJourneyAndTheNextIsReachedFromTheLastPlace) {
  const auto walked = walk_day({Stop{at(8), at(8), 30, kOudwijk, std::nullopt, 0}, Stop{at(9), at(9), 15, std::nullopt, std::nullopt, 0},
                                Stop{at(10), at(11), 30, kOvervecht, std::nullopt, 0}},
                               kHome, TravelMode::bike);
  EXPECT_EQ(walked[1].start, at(9));
  EXPECT_EQ(walked[1].travel_minutes, 0);
  EXPECT_EQ(walked[2].start, at(10));
  EXPECT_EQ(walked[2].travel_minutes, minutes_between(kOudwijk, kOvervecht, TravelMode::bike));
}

TEST(DayWalk, AnEmptyDayHasNoVisits) { EXPECT_TRUE(walk_day({}, kHome, TravelMode::walk).empty()); }

}  // namespace
}  // namespace carecrowd::market
