// City: the geography of a synthetic region — a disc around a centre, with neighbourhoods where
// clients cluster — and the conversion of places in it to (lat, lon) points for the geographic
// travel model.
//
// Home-care clients are not spread evenly: older people live together in some neighbourhoods,
// around service flats and care homes. So most places are scattered around a neighbourhood centre
// and some anywhere in the city.
//
// Invariant: every point handed out lies within radius_metres() of the centre by great-circle
// distance (domain::TravelModel::great_circle_metres), the distance the travel model uses.
//
// Thread safety: immutable after construction.
#pragma once

#include <vector>

#include "domain/Travel.h"
#include "core/Sampler.h"

namespace carecrowd::generate {

// A place in the city, in metres east and north of the centre, and the neighbourhood it belongs to.
struct Place {
  double east = 0;
  double north = 0;
  int neighbourhood = 0;
};

class City {
 public:
  // REQUIRES: radius_metres > 0, neighbourhoods >= 1, |centre_lat| < 80.
  City(double centre_lat, double centre_lon, double radius_metres, int neighbourhoods, Sampler& sampler);

  [[nodiscard]] double radius_metres() const { return radius_; }
  [[nodiscard]] int neighbourhoods() const { return static_cast<int>(centres_.size()); }

  // Near the centre of `neighbourhood` (REQUIRES: 0 <= neighbourhood < neighbourhoods()).
  Place near(int neighbourhood, Sampler& sampler) const;
  // Anywhere in the city, uniformly; its neighbourhood is the nearest one.
  Place anywhere(Sampler& sampler) const;

  // (lat, lon) with x = longitude and y = latitude, as domain::Point documents.
  [[nodiscard]] domain::Point point(const Place& place) const;

 private:
  [[nodiscard]] int nearest(double east, double north) const;
  [[nodiscard]] domain::Point to_lat_lon(double east, double north) const;

  double centre_lat_;
  double centre_lon_;
  double radius_;
  double spread_;  // scale of the scatter around a neighbourhood centre, metres
  std::vector<Place> centres_;
};

}  // namespace carecrowd::generate
