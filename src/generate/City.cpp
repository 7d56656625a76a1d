#include "generate/City.h"

#include <cassert>
#include <cmath>

namespace carecrowd::generate {
namespace {

constexpr double pi = 3.14159265358979323846;
// The sphere of domain::TravelModel::great_circle_metres, so that a metre here is a metre there.
constexpr double metres_per_degree = 6371008.8 * pi / 180.0;

// Neighbourhood centres keep off the city's edge so that their clusters are not cut in half.
constexpr double centre_zone = 0.8;

}  // namespace

City::City(double centre_lat, double centre_lon, double radius_metres, int neighbourhoods, Sampler& sampler)
    : centre_lat_(centre_lat), centre_lon_(centre_lon), radius_(radius_metres) {
  assert(radius_metres > 0 && neighbourhoods >= 1 && std::abs(centre_lat) < 80);
  // Each neighbourhood has a disc's share of the city; the scatter's standard deviation is half
  // that disc's radius, so neighbouring clusters overlap a little, as real districts do.
  spread_ = radius_ / std::sqrt(static_cast<double>(neighbourhoods));
  centres_.reserve(static_cast<std::size_t>(neighbourhoods));
  for (int n = 0; n < neighbourhoods; ++n) {
    double east = 0, north = 0;
    do {
      east = (2 * sampler.uniform() - 1) * radius_ * centre_zone;
      north = (2 * sampler.uniform() - 1) * radius_ * centre_zone;
    } while (east * east + north * north > radius_ * radius_ * centre_zone * centre_zone);
    centres_.push_back(Place{east, north, n});
  }
}

Place City::near(int neighbourhood, Sampler& sampler) const {
  assert(neighbourhood >= 0 && neighbourhood < neighbourhoods());
  const Place& c = centres_[static_cast<std::size_t>(neighbourhood)];
  double east = 0, north = 0;
  for (int attempt = 0; attempt < 8; ++attempt) {
    east = c.east + sampler.bell() * spread_;
    north = c.north + sampler.bell() * spread_;
    if (east * east + north * north <= radius_ * radius_) return Place{east, north, neighbourhood};
  }
  // Rare (a cluster at the edge of a small city): the last try, pulled back inside the boundary.
  const double scale = 0.99 * radius_ / std::sqrt(east * east + north * north);
  return Place{east * scale, north * scale, neighbourhood};
}

Place City::anywhere(Sampler& sampler) const {
  double east = 0, north = 0;
  do {
    east = (2 * sampler.uniform() - 1) * radius_;
    north = (2 * sampler.uniform() - 1) * radius_;
  } while (east * east + north * north > radius_ * radius_);
  return Place{east, north, nearest(east, north)};
}

int City::nearest(double east, double north) const {
  int best = 0;
  double best_d2 = -1;
  for (const Place& c : centres_) {
    const double d2 = (c.east - east) * (c.east - east) + (c.north - north) * (c.north - north);
    if (best_d2 < 0 || d2 < best_d2) {
      best_d2 = d2;
      best = c.neighbourhood;
    }
  }
  return best;
}

domain::Point City::to_lat_lon(double east, double north) const {
  // Seven decimals are about a centimetre: problem files stay short and readable, and two homes
  // still practically never coincide (a reader merges locations at equal coordinates).
  auto round7 = [](double degrees) { return std::round(degrees * 1e7) / 1e7; };
  const double lat = centre_lat_ + north / metres_per_degree;
  const double lon = centre_lon_ + east / (metres_per_degree * std::cos(centre_lat_ * pi / 180.0));
  return domain::Point{round7(lon), round7(lat)};
}

domain::Point City::point(const Place& place) const {
  // Metres east and north are a flat approximation of the sphere: a point near the edge may be a
  // few metres further by great circle than in the plane. Pull such points in, so that the
  // invariant holds in the metric the travel model uses.
  const domain::Point centre{centre_lon_, centre_lat_};
  double east = place.east, north = place.north;
  domain::Point p = to_lat_lon(east, north);
  while (domain::TravelModel::great_circle_metres(centre, p) > radius_) {
    east *= 0.999;
    north *= 0.999;
    p = to_lat_lon(east, north);
  }
  return p;
}

}  // namespace carecrowd::generate
