#include "engine/search/LocalSearch.h"

#include <algorithm>

#include "engine/search/Relocate.h"
#include "engine/search/Swap.h"
#include "engine/search/SwapTails.h"

namespace carecrowd::engine::search {

LocalSearch::LocalSearch(const Instance& instance, LocalSearchSettings settings)
    : in_(&instance), settings_(settings), cache_(instance), queued_(instance.visits(), 0) {
  std::vector<std::unique_ptr<Operator>> all;
  all.push_back(std::make_unique<Relocate>(cache_, 1));
  all.push_back(std::make_unique<Swap>(cache_));
  all.push_back(std::make_unique<SwapTails>(cache_));
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
        if (op->apply(s, u, v)) {
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
