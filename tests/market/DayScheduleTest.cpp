#include <gtest/gtest.h>

#include "market/DaySchedule.h"
#include "market/Roster.h"

namespace carecrowd::market {
namespace {

using domain::Point;
using domain::TravelMode;

const DayNumber kDay = day_number({2026, 3, 2});
const Point kHome{5.1214, 52.0907};        // Utrecht centre (lon, lat)
const Point kOudwijk{5.1370, 52.0890};     // about 1 km east
const Point kOvervecht{5.1160, 52.1160};   // about 3 km north
LocalMinute at(int hour, int minute = 0) { return kDay * kMinutesPerDay + hour * 60 + minute; }

Stop visit(LocalMinute start, LocalMinute end, int duration, std::optional<Point> where) {
  return Stop{start, end, duration, where};
}

TEST(DaySchedule, AnEmptyDayCostsTheWayThereAndBack) {
  TravelTimes bike(TravelMode::bike);
  DaySchedule day({}, kHome, bike);
  auto fit = day.fit(visit(at(9), at(10), 30, kOudwijk));
  ASSERT_TRUE(fit.feasible);
  EXPECT_EQ(fit.extra_travel, bike.between(kHome, kOudwijk) + bike.between(kOudwijk, kHome));
}

TEST(DaySchedule, TwoFixedVisitsAtTheSameTimeDoNotFit) {
  DaySchedule day({visit(at(9), at(9), 30, kOudwijk)}, kHome, TravelTimes(TravelMode::car));
  EXPECT_FALSE(day.fit(visit(at(9), at(9), 30, kOvervecht)).feasible);
}

TEST(DaySchedule, TravelBetweenVisitsCountsAsOverlap) {
  TravelTimes bike(TravelMode::bike);
  DaySchedule day({visit(at(9), at(9), 50, kOudwijk)}, kHome, bike);
  const auto journey = bike.between(kOudwijk, kOvervecht).get();
  ASSERT_GT(journey, 60);  // more than a minute by bike
  // Starting exactly when the first visit ends leaves no time to get there.
  EXPECT_FALSE(day.fit(visit(at(9, 50), at(9, 50), 20, kOvervecht)).feasible);
  // A window that closes after the journey does fit.
  EXPECT_TRUE(day.fit(visit(at(9, 50), at(10, 30), 20, kOvervecht)).feasible);
}

TEST(DaySchedule, AVisitAtTheSamePlaceRightAfterwardsFitsWithoutTravel) {
  TravelTimes bike(TravelMode::bike);
  DaySchedule day({visit(at(9), at(9), 30, kOudwijk)}, kHome, bike);
  auto fit = day.fit(visit(at(9, 30), at(9, 30), 30, kOudwijk));
  ASSERT_TRUE(fit.feasible);
  EXPECT_EQ(fit.extra_travel.get(), 0);
}

TEST(DaySchedule, ExtraTravelIsTheDetourBetweenTheNeighbouringVisits) {
  TravelTimes car(TravelMode::car);
  DaySchedule day({visit(at(8), at(9), 30, kOudwijk), visit(at(13), at(14), 30, kOudwijk)}, kHome, car);
  auto fit = day.fit(visit(at(10), at(11), 30, kOvervecht));
  ASSERT_TRUE(fit.feasible);
  EXPECT_EQ(fit.extra_travel, car.between(kOudwijk, kOvervecht) + car.between(kOvervecht, kOudwijk));
}

TEST(DaySchedule, ACandidateThatMakesAnotherVisitLateDoesNotFit) {
  DaySchedule day({visit(at(9), at(12), 60, kOudwijk), visit(at(10, 15), at(10, 15), 30, kOudwijk)}, kHome,
                  TravelTimes(TravelMode::walk));
  // Fits in time itself (09:00-10:00 window), but only by pushing the 10:15 visit late.
  EXPECT_FALSE(day.fit(visit(at(9), at(10), 60, kOvervecht)).feasible);
}

TEST(DaySchedule, ADigitalVisitNeedsNoTravelButStillTakesTime) {
  TravelTimes bike(TravelMode::bike);
  DaySchedule day({visit(at(9), at(9), 30, kOudwijk)}, kHome, bike);
  auto call = day.fit(visit(at(9, 30), at(9, 30), 15, std::nullopt));
  ASSERT_TRUE(call.feasible);
  EXPECT_EQ(call.extra_travel.get(), 0);
  EXPECT_FALSE(day.fit(visit(at(9, 10), at(9, 10), 15, std::nullopt)).feasible);
}

TEST(Roster, KnowsTheVisitsItHoldsAndTheWeeksWork) {
  Roster roster({{11, kDay, visit(at(9), at(10), 45, kOudwijk)}, {12, kDay + 6, visit(at(9), at(10), 30, kOudwijk)},
                 {13, kDay + 7, visit(at(9), at(10), 60, kOudwijk)}},
                kHome, TravelMode::bike);
  EXPECT_TRUE(roster.holds_visit(11, kDay));
  EXPECT_FALSE(roster.holds_visit(11, kDay + 1));
  EXPECT_EQ(roster.minutes_in_week(kDay + 3), 75);  // Monday and Sunday of one week
  EXPECT_EQ(roster.minutes_in_week(kDay + 7), 60);
  EXPECT_EQ(Roster::week_start(kDay + 6), kDay);
}

TEST(Roster, AVisitRunningPastMidnightClashesWithTheNextEarlyMorning) {
  Roster roster({{11, kDay, visit(at(23, 30), at(23, 30), 60, kOudwijk)}}, kHome, TravelMode::bike);
  const LocalMinute next_midnight = (kDay + 1) * kMinutesPerDay;
  EXPECT_FALSE(roster.fit(kDay + 1, visit(next_midnight + 10, next_midnight + 10, 30, kOvervecht)).feasible);
  EXPECT_TRUE(roster.fit(kDay + 1, visit(next_midnight + 120, next_midnight + 180, 30, kOvervecht)).feasible);
}

}  // namespace
}  // namespace carecrowd::market
