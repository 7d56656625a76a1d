// The area a caregiver is shown before a claim: a fixed grid cell around the client's home, the same
// for every home in it, about a square kilometre.
#include <gtest/gtest.h>

#include "market/ShownArea.h"
#include "market/TravelTimes.h"

namespace carecrowd::market {
namespace {

TEST(ShownArea, AHomeIsShownAsTheGridCellHoldingIt) {
  const auto a = shown_area({5.1214, 52.0907});  // x longitude, y latitude
  EXPECT_DOUBLE_EQ(a.south, 52.09);
  EXPECT_DOUBLE_EQ(a.north, 52.10);
  EXPECT_DOUBLE_EQ(a.west, 5.115);
  EXPECT_DOUBLE_EQ(a.east, 5.13);
}

TEST(ShownArea, NeighboursInOneCellAreShownTheSameCellSoTheMapTellsNoAddress) {
  const auto one = shown_area({5.1160, 52.0901});
  const auto other = shown_area({5.1295, 52.0998});
  EXPECT_DOUBLE_EQ(one.south, other.south);
  EXPECT_DOUBLE_EQ(one.west, other.west);
  EXPECT_DOUBLE_EQ(one.north, other.north);
  EXPECT_DOUBLE_EQ(one.east, other.east);
  const auto next = shown_area({5.1301, 52.0998});
  EXPECT_DOUBLE_EQ(next.west, one.east) << "across the edge: the next cell";
}

TEST(ShownArea, ACellIsAboutAKilometreEachWayInTheNetherlands) {
  const auto a = shown_area({5.1214, 52.0907});
  const double tall = TravelTimes::straight_metres({a.west, a.south}, {a.west, a.north});
  const double wide = TravelTimes::straight_metres({a.west, a.south}, {a.east, a.south});
  EXPECT_NEAR(tall, 1112, 10);
  EXPECT_NEAR(wide, 1027, 15);
}

}  // namespace
}  // namespace carecrowd::market
