// Responders are ranked by when they would arrive, from where they set out.
#include <gtest/gtest.h>

#include "dispatch/Responders.h"

namespace carecrowd::dispatch {
namespace {

using domain::Point;
using domain::TravelMode;

const Point kClient{5.1214, 52.0907};  // Utrecht, Domplein

TEST(Responders, TheSoonestArrivalComesFirst) {
  const std::vector<Responder> responders{
      {1, Point{5.0800, 52.0900}, TravelMode::bike},  // about 3 km west, by bike
      {2, Point{5.1200, 52.0950}, TravelMode::walk},  // 500 m, on foot
      {3, Point{5.0800, 52.0900}, TravelMode::car},   // 3 km, by car
  };
  const auto ranked = rank_responders(responders, kClient);
  ASSERT_EQ(ranked.size(), 3u);
  EXPECT_EQ(ranked[0].caregiver_id, 2);
  EXPECT_LT(ranked[0].predicted_minutes, ranked[1].predicted_minutes);
  EXPECT_LE(ranked[1].predicted_minutes, ranked[2].predicted_minutes);
}

TEST(Responders, EvenANeighbourNeedsAMinute) {
  const auto at_the_door = predict_arrival({7, kClient, TravelMode::walk}, kClient);
  EXPECT_EQ(at_the_door.predicted_minutes, 1);
  EXPECT_EQ(at_the_door.metres, 0);
}

TEST(Responders, OfEqualArrivalsTheOneWhoseDayHasRoomGoesFirst) {
  Responder busy{1, Point{5.1200, 52.0950}, TravelMode::walk};
  busy.disrupts_day = true;
  const Responder free{2, Point{5.1200, 52.0950}, TravelMode::walk};
  const auto ranked = rank_responders({busy, free}, kClient);
  EXPECT_EQ(ranked[0].caregiver_id, 2);
  EXPECT_TRUE(ranked[1].disrupts_day);
}

TEST(Responders, TiesGoToTheLowerIdSoEveryProcessRanksAlike) {
  const std::vector<Responder> twins{{9, Point{5.1, 52.09}, TravelMode::bike}, {4, Point{5.1, 52.09}, TravelMode::bike}};
  const auto ranked = rank_responders(twins, kClient);
  EXPECT_EQ(ranked[0].caregiver_id, 4);
}

}  // namespace
}  // namespace carecrowd::dispatch
