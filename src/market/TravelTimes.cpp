#include "market/TravelTimes.h"

#include <algorithm>
#include <cmath>

namespace carecrowd::market {

TravelTimes::TravelTimes(domain::TravelMode mode) : model_(domain::TravelModel::geographic({})), mode_(mode) {}

Duration TravelTimes::between(domain::Point a, domain::Point b) const {
  if (a.x == b.x && a.y == b.y) return Duration(0);
  const double metres = domain::TravelModel::great_circle_metres(a, b) * model_.settings().detour_factor;
  return model_.duration_over(mode_, Distance(std::llround(metres)));
}

double TravelTimes::straight_metres(domain::Point a, domain::Point b) {
  return domain::TravelModel::great_circle_metres(a, b);
}

std::int64_t TravelTimes::shown_metres(double metres) { return std::llround(metres / 100.0) * 100; }

std::array<double, 4> TravelTimes::box_around(domain::Point centre, double metres) {
  // Metres per degree of latitude on the sphere the travel model uses, a little less so that the box
  // is never too small; a degree of longitude shrinks with latitude.
  constexpr double kMetresPerDegree = 111'000.0;
  const double dlat = metres / kMetresPerDegree;
  const double dlon = dlat / std::max(0.1, std::cos(centre.y * 3.14159265358979323846 / 180.0));
  return {centre.y - dlat, centre.y + dlat, centre.x - dlon, centre.x + dlon};
}

}  // namespace carecrowd::market
