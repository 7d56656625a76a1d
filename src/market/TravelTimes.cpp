#include "market/TravelTimes.h"

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

}  // namespace carecrowd::market
