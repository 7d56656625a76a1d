// A generated region has the size it was asked for, is the same for the same seed, and lies in a
// city that grows with its caseload.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "domain/Problem.h"
#include "generate/SyntheticRegion.h"

namespace carecrowd::generate {
namespace {

using domain::Problem;

RegionSpec spec(int visits, int caregivers, std::uint64_t seed = 1) {
  RegionSpec s;
  s.visits = visits;
  s.caregivers = caregivers;
  s.seed = seed;
  return s;
}

bool same_problem(const Problem& a, const Problem& b) {
  if (a.visits().size() != b.visits().size() || a.caregivers().size() != b.caregivers().size() ||
      a.links().size() != b.links().size() || a.travel().size() != b.travel().size())
    return false;
  for (std::size_t i = 0; i < a.visits().size(); ++i) {
    const domain::Visit& x = a.visits()[i];
    const domain::Visit& y = b.visits()[i];
    if (x.id != y.id || x.client != y.client || x.location != y.location || x.windows != y.windows ||
        x.duration != y.duration || x.level != y.level || x.certificates != y.certificates || x.history != y.history)
      return false;
  }
  for (std::size_t i = 0; i < a.caregivers().size(); ++i) {
    const domain::Caregiver& x = a.caregivers()[i];
    const domain::Caregiver& y = b.caregivers()[i];
    if (x.id != y.id || x.level != y.level || x.kind != y.kind || x.availability != y.availability ||
        x.start_location != y.start_location || x.certificates != y.certificates)
      return false;
  }
  for (int p = 0; p < a.travel().size(); ++p)
    if (a.travel().point(p).x != b.travel().point(p).x || a.travel().point(p).y != b.travel().point(p).y) return false;
  for (std::size_t i = 0; i < a.links().size(); ++i)
    if (a.links()[i].first != b.links()[i].first || a.links()[i].second != b.links()[i].second) return false;
  return true;
}

TEST(SyntheticRegion, HasExactlyTheRequestedVisitsAndCaregivers) {
  for (const auto& [visits, caregivers] : {std::pair{1000, 125}, {5000, 600}, {7, 1}, {0, 1}, {151, 3}}) {
    const Problem p = generate_region(spec(visits, caregivers));
    EXPECT_EQ(p.visits().size(), static_cast<std::size_t>(visits)) << visits << "/" << caregivers;
    EXPECT_EQ(p.caregivers().size(), static_cast<std::size_t>(caregivers)) << visits << "/" << caregivers;
  }
}

TEST(SyntheticRegion, IsNamedAfterItsSizeAndSeed) {
  EXPECT_EQ(generate_region(spec(1000, 125, 7)).name(), "synthetic-1000-125-7");
}

TEST(SyntheticRegion, UsesNativeUnitsAndGeographicTravel) {
  const Problem p = generate_region(spec(200, 25));
  EXPECT_EQ(p.travel().kind(), domain::TravelModel::Kind::geographic);
  EXPECT_EQ(p.scale().time_ticks_per_unit, 60);
  EXPECT_EQ(p.scale().distance_ticks_per_unit, 1);
  EXPECT_EQ(p.scale().cost_ticks_per_unit, 1000);
  EXPECT_EQ(p.capacity_dimensions(), 0);
  EXPECT_EQ(p.objective().kind, domain::ObjectiveKind::care);
}

TEST(SyntheticRegion, SameSeedGivesTheSameProblem) {
  EXPECT_TRUE(same_problem(generate_region(spec(1000, 125, 42)), generate_region(spec(1000, 125, 42))));
}

TEST(SyntheticRegion, DifferentSeedsGiveDifferentProblems) {
  EXPECT_FALSE(same_problem(generate_region(spec(1000, 125, 1)), generate_region(spec(1000, 125, 2))));
}

TEST(SyntheticRegion, ClientsStayPutWhenOnlyTheCrowdChanges) {
  const Problem small = generate_region(spec(500, 40));
  const Problem large = generate_region(spec(500, 90));
  ASSERT_EQ(small.visits().size(), large.visits().size());
  for (std::size_t i = 0; i < small.visits().size(); ++i) {
    const domain::Visit& a = small.visits()[i];
    const domain::Visit& b = large.visits()[i];
    ASSERT_EQ(a.id, b.id);
    ASSERT_EQ(a.windows, b.windows) << a.id;
    if (a.location < 0) continue;
    // Locations are numbered after the caregivers' homes, so compare coordinates.
    EXPECT_EQ(small.travel().point(a.location).x, large.travel().point(b.location).x) << a.id;
    EXPECT_EQ(small.travel().point(a.location).y, large.travel().point(b.location).y) << a.id;
  }
}

TEST(SyntheticRegion, EveryPlaceLiesWithinTheCityRadius) {
  for (const int visits : {0, 40, 1000, 5000}) {
    const RegionSpec s = spec(visits, std::max(1, visits / 8));
    const Problem p = generate_region(s);
    const domain::Point centre{s.centre_lon, s.centre_lat};
    const double radius = city_radius_metres(s);
    for (int i = 0; i < p.travel().size(); ++i)
      ASSERT_LE(domain::TravelModel::great_circle_metres(centre, p.travel().point(i)), radius)
          << "location " << i << " of " << visits;
  }
}

TEST(SyntheticRegion, CityGrowsWithItsCaseloadAtDutchCityDensity) {
  const double r1 = city_radius_metres(spec(1000, 125));
  const double r5 = city_radius_metres(spec(5000, 600));
  const double r20 = city_radius_metres(spec(20000, 2500));
  EXPECT_LT(r1, r5);
  EXPECT_LT(r5, r20);
  // Utrecht is about 12 km across.
  EXPECT_GT(r20, 4000);
  EXPECT_LT(r20, 9000);
  for (const auto& [visits, caregivers] : {std::pair{1000, 125}, {5000, 600}}) {
    const RegionSpec s = spec(visits, caregivers);
    const Problem p = generate_region(s);
    const double clients = static_cast<double>(p.travel().size() - caregivers);
    const double km2 = 3.14159265358979 * std::pow(city_radius_metres(s) / 1000, 2);
    // Far below the 200-400 clients per km^2 that would make every trip a stroll next door.
    EXPECT_GT(clients / km2, 40) << visits;
    EXPECT_LT(clients / km2, 150) << visits;
  }
}

TEST(SyntheticRegion, LatitudeAndLongitudeAreNotSwapped) {
  const Problem p = generate_region(spec(300, 40));
  for (int i = 0; i < p.travel().size(); ++i) {
    EXPECT_NEAR(p.travel().point(i).y, 52.09, 0.2);  // latitude
    EXPECT_NEAR(p.travel().point(i).x, 5.12, 0.3);   // longitude
  }
}

TEST(SyntheticRegion, GeneratesTwentyThousandVisits) {
  const Problem p = generate_region(spec(20000, 2500, 3));
  EXPECT_EQ(p.visits().size(), 20000U);
  EXPECT_EQ(p.caregivers().size(), 2500U);
}

}  // namespace
}  // namespace carecrowd::generate
