#include "engine/search/LocalSearch.h"

#include <algorithm>

#include "engine/search/Relocate.h"
#include "engine/search/Swap.h"
#include "engine/search/SwapStar.h"
#include "engine/search/SwapTails.h"
#include "engine/search/TwoOpt.h"

namespace carecrowd::engine::search {

LocalSearch::LocalSearch(const Instance& instance, LocalSearchSettings settings)
    : in_(&instance), settings_(settings), cache_(instance), queued_(instance.visits(), 0), touched_(instance.routes(), 0) {
  std::vector<std::unique_ptr<Operator>> all;
  all.push_back(std::make_unique<Relocate>(cache_, 1));
  if (settings.relocate_pairs) all.push_back(std::make_unique<Relocate>(cache_, 2));
  all.push_back(std::make_unique<Swap>(cache_, settings.swap_within_routes));
  all.push_back(std::make_unique<SwapTails>(cache_));
  if (settings.two_opt) all.push_back(std::make_unique<TwoOpt>(cache_));
  if (settings.swap_star) all.push_back(std::make_unique<SwapStar>(cache_));
  for (auto& op : all)
    if (op->supports()) operators_.push_back(std::move(op));
  // Nothing to do if no visit can be priced.
  bool any = false;
  for (int v = 0; v < instance.visits() && !any; ++v) any = cache_.visit_supported(v);
  if (!any) operators_.clear();
}

void LocalSearch::push(int v) {
  if (queued_[v]) return;
  queued_[v] = 1;
  queue_.push_back(v);
}

int LocalSearch::improve(Solution& s, const std::vector<int>& focus, Random& rng) {
  if (operators_.empty()) return 0;
  queue_.clear();
  for (int v : focus)
    if (s.planned(v)) push(v);
  // A random order, so that repeated calls do not always favour the same visits.
  for (int k = static_cast<int>(queue_.size()) - 1; k > 0; --k) std::swap(queue_[k], queue_[rng.below(k + 1)]);
  int moves = 0;
  for (std::size_t head = 0; head < queue_.size() && moves < settings_.max_moves; ++head) {
    const int u = queue_[head];
    queued_[u] = 0;
    if (!s.planned(u)) continue;
    const auto& near = in_->neighbours(u);
    const int k = std::min<int>(settings_.neighbours, static_cast<int>(near.size()));
    bool moved = false;
    for (int i = 0; i < k && !moved; ++i) {
      const int v = near[i];
      if (!s.planned(v)) continue;
      for (auto& op : operators_) {
        if (op->evaluate(s, u, v, Cost(0)) >= Cost(0)) continue;
        const int ru = s.route_of(u), rv = s.route_of(v);
        if (op->apply(s, u, v)) {
          touch(ru);
          touch(rv);
          ++moves;
          moved = true;
          push(u);
          push(v);
        }
        break;
      }
    }
    // The queue only grows at its end: compact it now and then so that it stays small.
    if (head > 4096 && head * 2 > queue_.size()) {
      queue_.erase(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(head) + 1);
      head = static_cast<std::size_t>(-1);
    }
  }
  for (int v : queue_) queued_[v] = 0;
  queue_.clear();
  return moves;
}

void LocalSearch::touch(int r) {
  if (touched_[r]) return;
  touched_[r] = 1;
  touched_list_.push_back(r);
}

Education LocalSearch::finish(Solution& s, int moves, Random& rng) {
  Education out;
  out.moves = moves;
  auto broken = [&]() {
    broken_.clear();
    for (int r : touched_list_)
      if (!s.route(r).feasible) broken_.push_back(r);
    return !broken_.empty();
  };
  if (cache_.soft() && broken()) {
    for (int r : broken_) {
      const RouteSegments& rs = cache_.of(s, r);
      if (!rs.whole.feasible()) out.time_feasible = false;
      const std::int64_t* load = rs.load_to.data() + static_cast<std::size_t>(rs.size) * in_->dims();
      const std::int64_t* cap = in_->capacity(r);
      for (int d = 0; d < in_->dims(); ++d)
        if (load[d] > cap[d]) out.load_feasible = false;
    }
    const Penalties normal = cache_.penalties();
    cache_.set_penalties(Penalties{normal.time_warp * settings_.repair_booster, normal.excess_load * settings_.repair_booster});
    all_.clear();
    for (int r : broken_) all_.insert(all_.end(), s.route(r).seq.begin(), s.route(r).seq.end());
    out.moves += improve(s, all_, rng);
    cache_.set_penalties(normal);
    out.feasible = !broken();
  }
  for (int r : touched_list_) touched_[r] = 0;
  touched_list_.clear();
  return out;
}

Education LocalSearch::educate(Solution& s, const std::vector<int>& focus, Random& rng) {
  for (int r : touched_list_) touched_[r] = 0;
  touched_list_.clear();
  const int moves = improve(s, focus, rng);
  return finish(s, moves, rng);
}

int LocalSearch::improve_all(Solution& s, Random& rng) {
  // A move changes the neighbourhoods of visits that are not queued again (those next to u and v),
  // so passes over all visits repeat until one finds nothing: a true local optimum.
  int total = 0;
  for (int pass = 0; pass < 50; ++pass) {
    all_.clear();
    for (int v = 0; v < in_->visits(); ++v)
      if (s.planned(v)) all_.push_back(v);
    const int moves = improve(s, all_, rng);
    total += moves;
    if (moves == 0) break;
  }
  return total;
}

}  // namespace carecrowd::engine::search
