#include "domain/Travel.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace carecrowd::domain {

std::string_view to_string(TravelMode mode) {
  switch (mode) {
    case TravelMode::walk: return "walk";
    case TravelMode::bike: return "bike";
    case TravelMode::ebike: return "ebike";
    case TravelMode::car: return "car";
  }
  return "walk";
}

bool parse_travel_mode(std::string_view text, TravelMode& mode) {
  if (text == "walk") mode = TravelMode::walk;
  else if (text == "bike") mode = TravelMode::bike;
  else if (text == "ebike" || text == "e-bike") mode = TravelMode::ebike;
  else if (text == "car") mode = TravelMode::car;
  else return false;
  return true;
}

TravelModel TravelModel::from_matrix(int n, std::vector<std::int64_t> durations,
                                     std::vector<std::int64_t> distances) {
  assert(durations.size() == static_cast<std::size_t>(n) * n);
  assert(distances.size() == static_cast<std::size_t>(n) * n);
  TravelModel m;
  m.kind_ = Kind::matrix;
  m.n_ = n;
  m.durations_ = std::move(durations);
  m.distances_ = std::move(distances);
  return m;
}

TravelModel TravelModel::geographic(std::vector<Point> lat_lon, GeographicSettings settings) {
  TravelModel m;
  m.kind_ = Kind::geographic;
  m.n_ = static_cast<int>(lat_lon.size());
  m.points_ = std::move(lat_lon);
  m.settings_ = settings;
  m.cos_lat_.reserve(m.points_.size());
  for (const Point& p : m.points_) m.cos_lat_.push_back(std::cos(p.y * (3.14159265358979323846 / 180.0)));
  return m;
}

namespace {
constexpr double earth_radius_m = 6371008.8;
constexpr double radians = 3.14159265358979323846 / 180.0;

// Haversine with the cosines of both latitudes given.
double haversine(Point a, Point b, double cos_a, double cos_b) {
  const double sin_lat = std::sin((b.y - a.y) * radians / 2);
  const double sin_lon = std::sin((b.x - a.x) * radians / 2);
  const double s = sin_lat * sin_lat + cos_a * cos_b * sin_lon * sin_lon;
  return 2 * earth_radius_m * std::asin(std::min(1.0, std::sqrt(s)));
}
}  // namespace

double TravelModel::great_circle_metres(Point a, Point b) {
  return haversine(a, b, std::cos(a.y * radians), std::cos(b.y * radians));
}

Distance TravelModel::distance(int from, int to) const {
  if (kind_ == Kind::matrix) return Distance(distances_[static_cast<std::size_t>(from) * n_ + to]);
  if (from == to) return Distance(0);
  return Distance(std::llround(haversine(points_[from], points_[to], cos_lat_[from], cos_lat_[to]) * settings_.detour_factor));
}

Duration TravelModel::duration(TravelMode mode, int from, int to) const {
  if (kind_ == Kind::matrix) return Duration(durations_[static_cast<std::size_t>(from) * n_ + to]);
  if (from == to) return Duration(0);
  return duration_over(mode, distance(from, to));
}

Distance TravelModel::longest_arc_bound() const {
  std::int64_t longest = 0;
  if (kind_ == Kind::matrix) {
    for (const std::int64_t d : distances_) longest = std::max(longest, d);
    return Distance(longest);
  }
  // O(n), not O(n^2): d(a, b) <= d(a, 0) + d(0, b) before rounding, and each is rounded by at most
  // half a metre.
  for (int j = 1; j < n_; ++j) longest = std::max(longest, distance(0, j).get());
  return Distance(n_ > 0 ? 2 * longest + 2 : 0);
}

Duration TravelModel::duration_over(TravelMode mode, Distance distance) const {
  const auto m = static_cast<std::size_t>(mode);
  const double seconds = static_cast<double>(distance.get()) / (settings_.speed_kmh[m] / 3.6);
  // Rounded up: a plan feasible in whole seconds stays feasible in exact arithmetic.
  return Duration(static_cast<std::int64_t>(std::ceil(seconds)) + settings_.overhead_seconds[m]);
}

}  // namespace carecrowd::domain
