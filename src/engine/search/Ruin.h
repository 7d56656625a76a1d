// Ruin: slack induction by string removals (SISR, Christiaens & Vanden Berghe 2020). Removes a few
// strings of consecutive visits from routes near a random seed visit, so that the recreate step
// can rebuild that neighbourhood differently. Frozen (claimed) visits are never removed.
//
// Thread safety: none; one per search thread.
#pragma once

#include <vector>

#include "engine/Random.h"
#include "engine/Solution.h"

namespace carecrowd::engine::search {

struct RuinSettings {
  double average_removed = 10;  // c-bar
  int max_string = 10;          // L-max
  double split_rate = 0.5;
  double split_depth = 0.01;
};

class Ruin {
 public:
  explicit Ruin(RuinSettings settings = RuinSettings()) : settings_(settings) {}
  // Removes visits from `solution` and appends them to `removed`.
  void apply(Solution& solution, Random& rng, std::vector<int>& removed);

 private:
  void remove_string(Solution& s, int route, int visit, int length, Random& rng, std::vector<int>& removed);
  void remove_split_string(Solution& s, int route, int visit, int length, Random& rng, std::vector<int>& removed);

  RuinSettings settings_;
  std::vector<int> ruined_;
  std::vector<int> segment_;
};

}  // namespace carecrowd::engine::search
