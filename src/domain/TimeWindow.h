// TimeWindow: a closed interval [open, close] of points in time, in ticks.
//
// Invariant: open <= close (checked by Problem validation, which names the offending field).
#pragma once

#include "core/Quantity.h"

namespace carecrowd::domain {

struct TimeWindow {
  Duration open;
  Duration close;

  [[nodiscard]] constexpr bool contains(Duration t) const { return open <= t && t <= close; }
  friend constexpr bool operator==(const TimeWindow&, const TimeWindow&) = default;
};

}  // namespace carecrowd::domain
