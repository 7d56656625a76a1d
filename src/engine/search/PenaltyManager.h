// PenaltyManager: adapts the weights of the soft terms (time warp, excess load) of the local
// search's infeasible-space search so that about a target share of educated candidates keeps each
// limit before repair (Vidal et al. 2012/2013; PyVRP's PenaltyManager). Too few candidates within
// a limit: its weight goes up; too many: down — so the search keeps exploring just across the
// border of the feasible region, where the best plans usually are.
//
// Thread safety: none; one per search thread.
#pragma once

#include "engine/search/LocalSearch.h"
#include "engine/search/RouteSegments.h"

namespace carecrowd::engine::search {

struct PenaltySettings {
  double target = 0.9;      // share of candidates within each limit before repair (see SolverSettings)
  int window = 50;          // candidates between updates
  double increase = 1.2;
  double decrease = 0.85;
};

class PenaltyManager {
 public:
  // REQUIRES: both initial weights > 0
  explicit PenaltyManager(Penalties initial, PenaltySettings settings = PenaltySettings());
  void record(const Education& e);
  Penalties penalties() const;

 private:
  static double adapt(double weight, int ok, const PenaltySettings& s);

  PenaltySettings settings_;
  double time_warp_, excess_load_;
  int seen_ = 0, time_ok_ = 0, load_ok_ = 0;
};

}  // namespace carecrowd::engine::search
