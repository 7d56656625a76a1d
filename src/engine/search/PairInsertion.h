// PairInsertion: inserts two linked visits (double staffing, or a precedence with a gap) together.
//
// Inserting them one after the other prices the first without its partner and then forces the
// partner to follow it, however far that pushes the partner's route. Instead, the few cheapest
// places of each visit are combined pairwise; for each combination both starts are set to the
// earliest times that satisfy the link, and both routes are priced with those starts.
//
// Thread safety: none; one per search thread.
#pragma once

#include <vector>

#include "engine/Random.h"
#include "engine/Solution.h"

namespace carecrowd::engine::search {

class PairInsertion {
 public:
  static constexpr int places_per_visit = 6;

  // Inserts unplanned v and w, linked by `bound` (t(w) - t(v) in [bound.lo, bound.hi]), into the
  // given candidate routes. Returns false, changing nothing, if no combination fits.
  bool apply(Solution& s, int v, int w, const LinkBound& bound, const std::vector<int>& routes_v,
             const std::vector<int>& routes_w, Random& rng, double blink);

 private:
  struct Place {
    Cost delta;
    int route;
    int position;
    Cost fixed;
  };
  void collect(const Solution& s, int v, const std::vector<int>& routes, Random& rng, double blink,
               std::vector<Place>& out);

  std::vector<Place> places_v_, places_w_;
};

}  // namespace carecrowd::engine::search
