// Recreate: greedy insertion with blinks (SISR). Visits are sorted by one of several orders chosen
// at random (random, largest demand, farthest, tightest window), linked partners kept together,
// and each goes to its cheapest feasible place; a blink skips a place with a small probability so
// that repeated recreates explore different plans.
//
// Each single visit's places are priced by SegmentInsertion: in O(1) each where the problem allows it.
//
// Candidate routes: all eligible ones on small instances; on large ones, the routes of the visit's
// nearest neighbours plus the shifts of the nearest eligible caregivers, so that one insertion
// costs about the same for 500 or 20,000 visits.
//
// Thread safety: none; one per search thread.
#pragma once

#include <vector>

#include "engine/Random.h"
#include "engine/Solution.h"
#include "engine/search/PairInsertion.h"
#include "engine/search/SegmentInsertion.h"

namespace carecrowd::engine::search {

class Recreate {
 public:
  static constexpr int all_routes_limit = 120;
  static constexpr int nearest_free_routes = 12;

  explicit Recreate(const Instance& instance);
  // Inserts the visits in `pending` where they fit; those that fit nowhere stay unplanned.
  void apply(Solution& solution, std::vector<int>& pending, Random& rng, double blink = 0.01);

 private:
  const std::vector<int>& candidate_routes(const Solution& s, int v);
  void order(std::vector<int>& pending, Random& rng);

  const Instance* in_;
  std::vector<int> routes_;
  std::vector<int> stamp_;
  int stamp_value_ = 0;
  std::vector<std::pair<double, int>> keyed_;
  std::vector<int> ordered_;
  std::vector<int> queued_;  // per visit: the call in which it was queued
  std::vector<int> routes_v_;
  PairInsertion pairs_;
  SegmentInsertion single_;
  int call_ = 0;
};

}  // namespace carecrowd::engine::search
