#include "io/ObjectiveChoice.h"

#include <gtest/gtest.h>

#include <string>

#include "io/SolomonReader.h"

namespace carecrowd::io {
namespace {

const char* const tiny_solomon =
    "TINY\r\n\r\nVEHICLE\r\nNUMBER     CAPACITY\r\n  3         10\r\n\r\nCUSTOMER\r\n"
    "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\r\n\r\n"
    "    0      0         0          0          0       1000          0\r\n"
    "    1      3         4          5          0        500         10\r\n"
    "    2      6         8          5          0        500         10\r\n";

TEST(ObjectiveChoice, ParsesBothNamesAndRefusesOthersNamingTheOption) {
  for (auto c : {ObjectiveChoice::distance, ObjectiveChoice::vehicles_then_distance}) {
    const auto parsed = parse_objective_choice(to_string(c));
    ASSERT_TRUE(parsed.ok()) << to_string(c);
    EXPECT_EQ(parsed.value(), c);
  }
  for (const char* bad : {"vehicles", "vehicles_then_distance", "", "Distance"}) {
    const auto refused = parse_objective_choice(bad);
    ASSERT_FALSE(refused.ok()) << bad;
    EXPECT_EQ(refused.error().kind, ErrorKind::bad_input);
    EXPECT_EQ(refused.error().field, "--objective");
    EXPECT_NE(refused.error().message().find("--objective"), std::string::npos);
    EXPECT_NE(refused.error().reason.find("distance or vehicles-then-distance"), std::string::npos) << bad;
  }
}

TEST(ObjectiveChoice, DistanceLeavesASolomonProblemPricedAsItsReaderDoes) {
  const auto problem = read_solomon(tiny_solomon, "tiny.txt", SolomonRounding::exact);
  ASSERT_TRUE(problem.ok()) << problem.error().message();
  const auto& before = problem.value().objective();
  const auto chosen = with_objective(problem.value(), ObjectiveChoice::distance);
  const auto& after = chosen.objective();
  EXPECT_EQ(after.kind, before.kind);
  EXPECT_EQ(after.distance, before.distance);
  EXPECT_EQ(after.per_route, before.per_route);
  EXPECT_EQ(after.travel_time, before.travel_time);
}

TEST(ObjectiveChoice, VehiclesThenDistancePricesARouteAboveAnyPlansDistance) {
  const auto problem = read_solomon(tiny_solomon, "tiny.txt", SolomonRounding::exact);
  ASSERT_TRUE(problem.ok());
  const auto chosen = with_objective(problem.value(), ObjectiveChoice::vehicles_then_distance);
  EXPECT_EQ(chosen.objective().kind, domain::ObjectiveKind::vehicles_then_distance);
  EXPECT_EQ(chosen.objective().distance, 1);
  // One arc out of each visit and one more per vehicle, none longer than 10 (in 1/1000 units).
  const auto arcs = static_cast<std::int64_t>(chosen.visits().size() + chosen.caregivers().size());
  EXPECT_EQ(chosen.objective().per_route, arcs * 10'000 + 1);
}

}  // namespace
}  // namespace carecrowd::io
