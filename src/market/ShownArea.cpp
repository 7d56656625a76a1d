#include "market/ShownArea.h"

#include <cmath>

namespace carecrowd::market {
namespace {

// Cell edges as whole multiples of the step, kept to 6 decimals so that the JSON shows 52.09, not
// 52.089999999999996.
double edge(double index, double step) { return std::round(index * step * 1e6) / 1e6; }

}  // namespace

ShownArea shown_area(domain::Point place) {
  const double row = std::floor(place.y / kAreaLatDegrees);
  const double column = std::floor(place.x / kAreaLonDegrees);
  return {edge(row, kAreaLatDegrees), edge(column, kAreaLonDegrees), edge(row + 1, kAreaLatDegrees),
          edge(column + 1, kAreaLonDegrees)};
}

}  // namespace carecrowd::market
