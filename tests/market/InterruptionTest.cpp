// Which visits of a caregiver's day answering an alarm makes late: walked from the call's place
// once they are free, the late ones skipped.
#include <gtest/gtest.h>

#include "market/Interruption.h"

namespace carecrowd::market {
namespace {

using domain::Point;
using domain::TravelMode;

const DayNumber kDay = day_number({2026, 3, 2});
const Point kClient{5.1214, 52.0907};     // the alarm: Utrecht centre (lon, lat)
const Point kOudwijk{5.1370, 52.0890};    // about 1 km east
const Point kOvervecht{5.1160, 52.1160};  // about 3 km north
LocalMinute at(int hour, int minute = 0) { return kDay * kMinutesPerDay + hour * 60 + minute; }
const TravelTimes kBike(TravelMode::bike);

Stop visit(std::int64_t id, LocalMinute opens, LocalMinute closes, int minutes, std::optional<Point> place) {
  Stop s{opens, closes, minutes, place, std::nullopt, id};
  return s;
}

int minutes_between(Point a, Point b) { return static_cast<int>((kBike.between(a, b).get() + 59) / 60); }

TEST(Interruption, AVisitThatStillFitsAfterTheCallIsKept) {
  // Free at 10:00 at the client; the Oudwijk visit may start until 11:00.
  const auto late = visits_made_late({visit(1, at(10), at(11), 30, kOudwijk)}, kClient, at(9, 30), at(10), kBike);
  EXPECT_TRUE(late.empty());
}

TEST(Interruption, AVisitWhoseWindowClosesBeforeTheCaregiverCanArriveIsLate) {
  const int journey = minutes_between(kClient, kOudwijk);
  ASSERT_GT(journey, 1);
  // Free at 10:00; the window closes one minute after 10:00, before they can be there.
  const auto late = visits_made_late({visit(7, at(9, 45), at(10, 1), 30, kOudwijk)}, kClient, at(9, 30), at(10), kBike);
  EXPECT_EQ(late, std::vector<std::int64_t>{7});
  // With the window closing after the journey, it is on time.
  EXPECT_TRUE(visits_made_late({visit(7, at(9, 45), at(10) + journey, 30, kOudwijk)}, kClient, at(9, 30), at(10), kBike)
                  .empty());
}

TEST(Interruption, ALateVisitIsSkippedSoTheOneAfterItMayStillBeOnTime) {
  // 1 is late anyway; had the caregiver gone there (an hour's visit), 2 would have been late too.
  const auto late = visits_made_late(
      {visit(2, at(10, 30), at(10, 45), 30, kOvervecht), visit(1, at(9, 45), at(9, 50), 60, kOudwijk)}, kClient,
      at(9, 30), at(10), kBike);
  EXPECT_EQ(late, std::vector<std::int64_t>{1});
}

TEST(Interruption, OnePushLateMakesTheNextLateInTheDaysOrder) {
  // Free at 11:00; 3 starts at its window's end at the latest and takes an hour, so 4 (closing at
  // 12:00 across town) cannot be reached in time either.
  const auto late = visits_made_late(
      {visit(3, at(10, 30), at(11) + minutes_between(kClient, kOudwijk), 60, kOudwijk),
       visit(4, at(11, 30), at(12), 30, kOvervecht)},
      kClient, at(10, 30), at(11), kBike);
  EXPECT_EQ(late, std::vector<std::int64_t>{4});
}

TEST(Interruption, StartedAndClosedVisitsAreNotJudgedAndDigitalOnesNeedNoTravel) {
  Stop started = visit(5, at(9), at(9, 10), 60, kOudwijk);
  started.started = true;
  const Stop closed = visit(6, at(8), at(9), 30, kOvervecht);  // its window closed before the alarm
  // A video call at 10:00 sharp right after the call ends at 10:00: on time, no journey.
  const Stop video = visit(8, at(10), at(10), 15, std::nullopt);
  const auto late = visits_made_late({started, closed, video}, kClient, at(9, 30), at(10), kBike);
  EXPECT_TRUE(late.empty());
}

TEST(Interruption, TheDaysStoredOrderIsWalkedNotTheWindowOrder) {
  // By window, 11 (closing 10:30) comes before 10 (closing 12:00), and both would be on time. The
  // day as stored has 10 first (planned 10:05): after its half hour, 11 can no longer start by 10:30.
  Stop a = visit(10, at(10), at(12), 30, kOvervecht);
  a.planned_start = at(10, 5);
  Stop b = visit(11, at(10), at(10, 30), 15, kOudwijk);
  b.planned_start = at(10, 45);
  EXPECT_EQ(visits_made_late({b, a}, kClient, at(9, 50), at(10), kBike), std::vector<std::int64_t>{11});
  // Planned the other way round, both fit.
  a.planned_start = at(10, 45);
  b.planned_start = at(10, 5);
  EXPECT_TRUE(visits_made_late({a, b}, kClient, at(9, 50), at(10), kBike).empty());
}

}  // namespace
}  // namespace carecrowd::market
