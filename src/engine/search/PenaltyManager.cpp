#include "engine/search/PenaltyManager.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace carecrowd::engine::search {

namespace {
// Bounds in thousandths of a cost tick: never free, never so high that one tick of warp outweighs
// any plan (the sums stay far below the 64-bit range).
constexpr double lowest = 1;
constexpr double highest = 1e9;
}  // namespace

PenaltyManager::PenaltyManager(Penalties initial, PenaltySettings settings)
    : settings_(settings),
      time_warp_(static_cast<double>(initial.time_warp)),
      excess_load_(static_cast<double>(initial.excess_load)) {
  assert(initial.time_warp > 0 && initial.excess_load > 0);
}

double PenaltyManager::adapt(double weight, int ok, const PenaltySettings& s) {
  const double share = static_cast<double>(ok) / s.window;
  if (share < s.target - 0.05) weight *= s.increase;
  else if (share > s.target + 0.05) weight *= s.decrease;
  return std::clamp(weight, lowest, highest);
}

void PenaltyManager::record(const Education& e) {
  ++seen_;
  time_ok_ += e.time_feasible ? 1 : 0;
  load_ok_ += e.load_feasible ? 1 : 0;
  if (seen_ < settings_.window) return;
  time_warp_ = adapt(time_warp_, time_ok_, settings_);
  excess_load_ = adapt(excess_load_, load_ok_, settings_);
  seen_ = time_ok_ = load_ok_ = 0;
}

Penalties PenaltyManager::penalties() const {
  return Penalties{static_cast<std::int64_t>(std::llround(time_warp_)), static_cast<std::int64_t>(std::llround(excess_load_))};
}

}  // namespace carecrowd::engine::search
