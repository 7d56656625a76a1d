#include "engine/search/Ruin.h"

#include <algorithm>
#include <cmath>

namespace carecrowd::engine::search {

void Ruin::apply(Solution& s, Random& rng, std::vector<int>& removed) {
  const Instance& in = s.instance();
  const int planned = in.visits() - s.unplanned_count();
  if (planned == 0) return;
  // A random planned, movable seed by rejection: O(1) expected while most visits are planned.
  int seed = -1;
  for (int tries = 0; tries < 64 && seed < 0; ++tries) {
    const int v = rng.below(in.visits());
    if (s.planned(v) && !s.frozen(v)) seed = v;
  }
  if (seed < 0) return;
  int used_routes = 0;
  for (int r = 0; r < in.routes(); ++r) used_routes += s.route(r).seq.empty() ? 0 : 1;
  const double mean_route = static_cast<double>(planned) / std::max(1, used_routes);
  const double string_max = std::min<double>(settings_.max_string, mean_route);
  const double strings_max = 4.0 * settings_.average_removed / (1.0 + string_max) - 1.0;
  const int strings = static_cast<int>(std::floor(rng.uniform() * strings_max)) + 1;

  ruined_.clear();
  auto visit_candidate = [&](int c) {
    if (static_cast<int>(ruined_.size()) >= strings || !s.planned(c) || s.frozen(c)) return;
    const int r = s.route_of(c);
    if (std::find(ruined_.begin(), ruined_.end(), r) != ruined_.end()) return;
    const int size = static_cast<int>(s.route(r).seq.size());
    const int string_limit = std::max(1, static_cast<int>(std::min<double>(size, string_max)));
    const int length = rng.below(string_limit) + 1;
    ruined_.push_back(r);
    if (rng.uniform() < settings_.split_rate && length < size)
      remove_split_string(s, r, c, length, rng, removed);
    else
      remove_string(s, r, c, length, rng, removed);
  };
  visit_candidate(seed);
  for (int c : in.neighbours(seed)) {
    if (static_cast<int>(ruined_.size()) >= strings) break;
    visit_candidate(c);
  }
}

void Ruin::remove_string(Solution& s, int route, int visit, int length, Random& rng, std::vector<int>& removed) {
  const auto& seq = s.route(route).seq;
  const int size = static_cast<int>(seq.size());
  const int pos = s.position_of(visit);
  // A window of `length` positions that contains `pos`, placed at random.
  const int lo = std::max(0, pos - length + 1);
  const int hi = std::min(pos, size - length);
  const int first = lo + (hi >= lo ? rng.below(hi - lo + 1) : 0);
  segment_.assign(seq.begin() + first, seq.begin() + std::min(size, first + length));
  for (int v : segment_) {
    if (s.frozen(v) || !s.planned(v)) continue;
    s.remove(v);
    removed.push_back(v);
  }
}

void Ruin::remove_split_string(Solution& s, int route, int visit, int length, Random& rng,
                               std::vector<int>& removed) {
  const int size = static_cast<int>(s.route(route).seq.size());
  // Keep m consecutive visits inside a longer string: removal leaves "slack" in the middle.
  int kept = 1;
  while (length + kept < size && rng.uniform() > settings_.split_depth && kept < size - length) ++kept;
  const int total = length + kept;
  const auto& seq = s.route(route).seq;
  const int pos = s.position_of(visit);
  const int lo = std::max(0, pos - total + 1);
  const int hi = std::min(pos, size - total);
  const int first = lo + (hi >= lo ? rng.below(hi - lo + 1) : 0);
  const int keep_at = rng.below(length + 1);
  segment_.clear();
  for (int i = 0; i < total && first + i < size; ++i)
    if (i < keep_at || i >= keep_at + kept) segment_.push_back(seq[first + i]);
  for (int v : segment_) {
    if (s.frozen(v) || !s.planned(v)) continue;
    s.remove(v);
    removed.push_back(v);
  }
}

}  // namespace carecrowd::engine::search
