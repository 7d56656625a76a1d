// ShownArea: where an open task is, as a caregiver is shown it before a claim (the feed's map): the
// cell of one fixed grid that holds the client's home, 0.01 degree of latitude by 0.015 degree of
// longitude (about 1.1 by 1.0 km in the Netherlands). That is as coarse as the 4-digit postcode area
// the feed names, and every client in a cell is shown the same cell, so a map centred on it tells
// nothing of the address (need-to-know, docs/api.md); the distance from home stays rounded as
// TravelTimes::shown_metres says.
//
// Thread safety: pure functions.
#pragma once

#include "domain/Travel.h"

namespace carecrowd::market {

inline constexpr double kAreaLatDegrees = 0.01;
inline constexpr double kAreaLonDegrees = 0.015;

struct ShownArea {
  double south = 0, west = 0, north = 0, east = 0;  // degrees; the centre is their middle
};

// The grid cell holding `place` (x longitude, y latitude); a place on a cell's edge belongs to the
// cell north and east of it.
[[nodiscard]] ShownArea shown_area(domain::Point place);

}  // namespace carecrowd::market
