// TravelModel: how long it takes, and how far it is, to go from one location to another.
//
// Two kinds:
//  - matrix: given duration and distance matrices (ticks), used as they are for every travel mode
//    (VROOM matrices, benchmark files);
//  - geographic: locations are (latitude, longitude) in degrees; distance is the great-circle
//    distance times a detour factor (default 1.3, typical for Dutch street networks), and duration
//    is that distance over the caregiver's travel-mode speed plus a fixed overhead per trip (parking
//    a car, locking a bike). Defaults (km/h): walk 4.5, bike 15, e-bike 20, car 30 (city average),
//    overheads 0, 60, 60 and 180 seconds. Ticks are seconds and metres.
//
// A trip between a location and itself takes no time. A digital visit has no location: travel to
// and from it is zero, and the caregiver stays where they were (see engine::Instance).
//
// Thread safety: immutable after construction; safe to share between threads.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/Quantity.h"

namespace carecrowd::domain {

enum class TravelMode : std::uint8_t { walk = 0, bike = 1, ebike = 2, car = 3 };
inline constexpr int travel_mode_count = 4;

std::string_view to_string(TravelMode mode);
// Returns false if `text` names no mode.
bool parse_travel_mode(std::string_view text, TravelMode& mode);

struct Point {
  double x = 0;  // longitude for geographic problems
  double y = 0;  // latitude for geographic problems
};

struct GeographicSettings {
  double detour_factor = 1.3;
  std::array<double, travel_mode_count> speed_kmh = {4.5, 15.0, 20.0, 30.0};
  std::array<std::int64_t, travel_mode_count> overhead_seconds = {0, 60, 60, 180};
};

class TravelModel {
 public:
  enum class Kind : std::uint8_t { matrix, geographic };

  TravelModel() = default;
  // REQUIRES: durations.size() == distances.size() == n*n.
  static TravelModel from_matrix(int n, std::vector<std::int64_t> durations,
                                 std::vector<std::int64_t> distances);
  static TravelModel geographic(std::vector<Point> lat_lon, GeographicSettings settings = GeographicSettings());

  [[nodiscard]] Kind kind() const { return kind_; }
  [[nodiscard]] int size() const { return n_; }
  [[nodiscard]] const GeographicSettings& settings() const { return settings_; }
  // Row-major n*n matrices of a matrix model (empty for a geographic one): for the engine's
  // inner loops, which must not pay a call per arc.
  [[nodiscard]] const std::vector<std::int64_t>& duration_matrix() const { return durations_; }
  [[nodiscard]] const std::vector<std::int64_t>& distance_matrix() const { return distances_; }
  // REQUIRES: kind() == geographic and 0 <= i < size(). (lat, lon) as given.
  [[nodiscard]] Point point(int i) const { return points_[i]; }

  // REQUIRES: 0 <= from, to < size()
  [[nodiscard]] Distance distance(int from, int to) const;
  [[nodiscard]] Duration duration(TravelMode mode, int from, int to) const;
  // Geographic only: the travel time over a distance already known (what duration() uses), so a
  // cache of distances gives the very same durations.
  [[nodiscard]] Duration duration_over(TravelMode mode, Distance distance) const;

  // No arc is longer than this: the largest matrix entry, or for a geographic model twice the
  // farthest point from point 0 (the triangle inequality through it) plus rounding. 0 if empty.
  [[nodiscard]] Distance longest_arc_bound() const;

  // Great-circle distance in metres between two (lat, lon) points, without detour.
  static double great_circle_metres(Point a, Point b);

 private:
  Kind kind_ = Kind::matrix;
  int n_ = 0;
  std::vector<std::int64_t> durations_;
  std::vector<std::int64_t> distances_;
  std::vector<Point> points_;
  std::vector<double> cos_lat_;  // cosine of each point's latitude, for the haversine
  GeographicSettings settings_;
};

}  // namespace carecrowd::domain
