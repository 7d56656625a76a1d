// TravelTimes: how long a caregiver travels between two places in the marketplace's rules, with
// the planning engine's geographic model (domain::TravelModel): the great-circle distance times the
// detour factor, over the speed of the caregiver's travel mode plus the mode's per-trip overhead.
// The marketplace and the engine thus agree on what "fits" in a caregiver's day.
//
// Thread safety: immutable after construction; safe to share between threads.
#pragma once

#include <array>
#include <cstdint>

#include "core/Quantity.h"
#include "domain/Travel.h"

namespace carecrowd::market {

class TravelTimes {
 public:
  explicit TravelTimes(domain::TravelMode mode);

  // Travel time in seconds; zero between a place and itself.
  [[nodiscard]] Duration between(domain::Point a, domain::Point b) const;
  // Straight-line (great-circle) metres, without detour: how far a place is "as the crow flies".
  [[nodiscard]] static double straight_metres(domain::Point a, domain::Point b);
  // A distance as people are shown it: rounded to 100 m, since exact distances from a few homes
  // could give a client's address away.
  [[nodiscard]] static std::int64_t shown_metres(double metres);
  // Latitude and longitude bounds (min lat, max lat, min lon, max lon) of a box holding every place
  // within `metres` of `centre`, for the database to filter on before distances are computed.
  [[nodiscard]] static std::array<double, 4> box_around(domain::Point centre, double metres);
  [[nodiscard]] domain::TravelMode mode() const { return mode_; }

 private:
  domain::TravelModel model_;
  domain::TravelMode mode_;
};

}  // namespace carecrowd::market
