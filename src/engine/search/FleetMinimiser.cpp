#include "engine/search/FleetMinimiser.h"

#include <algorithm>

namespace carecrowd::engine::search {

int routes_used(const Solution& s) {
  int used = 0;
  for (int r = 0; r < s.instance().routes(); ++r) used += s.route(r).seq.empty() ? 0 : 1;
  return used;
}

FleetMinimiser::FleetMinimiser(const Instance& instance)
    : in_(&instance), absences_(instance.visits(), 0), pending_mark_(instance.visits(), 0) {
  lower_bound_ = instance.visits() > 0 ? 1 : 0;
  for (int d = 0; d < instance.dims(); ++d) {
    std::int64_t demand = 0, capacity = 0;
    for (int v = 0; v < instance.visits(); ++v) demand += instance.demand(v)[d];
    for (int r = 0; r < instance.routes(); ++r) capacity = std::max(capacity, instance.capacity(r)[d]);
    if (capacity > 0) lower_bound_ = std::max<int>(lower_bound_, static_cast<int>((demand + capacity - 1) / capacity));
  }
}

void FleetMinimiser::collect_unplanned(const Solution& s, std::vector<int>& out) const {
  out.clear();
  for (int v = 0; v < in_->visits(); ++v)
    if (!s.planned(v) && !in_->eligible_routes(v).empty()) out.push_back(v);
}

std::int64_t FleetMinimiser::absence_sum(const std::vector<int>& visits) const {
  std::int64_t sum = 0;
  for (int v : visits) sum += absences_[v];
  return sum;
}

bool FleetMinimiser::empty_a_route(Solution& s, Random& rng) {
  int chosen = -1, fewest = 0, ties = 0;
  for (int r = 0; r < in_->routes(); ++r) {
    const auto& seq = s.route(r).seq;
    if (seq.empty() || s.closed(r)) continue;
    // A frozen (claimed) visit keeps its route: such a route cannot be emptied.
    if (std::any_of(seq.begin(), seq.end(), [&](int v) { return s.frozen(v); })) continue;
    const int size = static_cast<int>(seq.size());
    if (chosen < 0 || size < fewest) {
      chosen = r, fewest = size, ties = 1;
    } else if (size == fewest && rng.below(++ties) == 0) {
      chosen = r;
    }
  }
  if (chosen < 0) return false;
  while (!s.route(chosen).seq.empty()) s.remove(s.route(chosen).seq.back());
  for (int r = 0; r < in_->routes(); ++r)
    if (s.route(r).seq.empty()) s.close_route(r);
  // Links: the removed visits' partners may now start earlier; a failure cannot come from removing.
  s.settle();
  s.commit();
  return true;
}

FleetReduction FleetMinimiser::run(Solution& s, Ruin& ruin, Recreate& recreate, Random& rng,
                                   const std::function<bool(std::int64_t)>& out_of_budget) {
  FleetReduction result;
  result.routes_before = result.routes_after = routes_used(s);
  collect_unplanned(s, current_unplanned_);
  // Complete: no more visits unplanned than at the start (some may fit no route at all).
  const int allowed_unplanned = static_cast<int>(current_unplanned_.size());
  Solution best = s;
  std::fill(absences_.begin(), absences_.end(), 0);
  bool emptied = result.routes_after > lower_bound_ && empty_a_route(s, rng);
  if (emptied) collect_unplanned(s, current_unplanned_);
  while (emptied && !out_of_budget(result.iterations)) {
    ++result.iterations;
    pending_.clear();
    ruin.apply(s, rng, pending_);
    for (int v : pending_) pending_mark_[v] = 1;
    for (int v : current_unplanned_)
      if (!pending_mark_[v]) pending_.push_back(v);
    for (int v : pending_) pending_mark_[v] = 0;
    recreate.apply(s, pending_, rng);
    if (!s.settle()) {
      s.rollback();
      continue;
    }
    collect_unplanned(s, candidate_unplanned_);
    const std::int64_t candidate_absences = absence_sum(candidate_unplanned_);
    const std::int64_t current_absences = absence_sum(current_unplanned_);
    for (int v : candidate_unplanned_) ++absences_[v];
    if (candidate_unplanned_.size() < current_unplanned_.size() || candidate_absences < current_absences) {
      s.commit();
      std::swap(current_unplanned_, candidate_unplanned_);
    } else {
      s.rollback();
      continue;
    }
    if (static_cast<int>(current_unplanned_.size()) > allowed_unplanned) continue;
    // Every visit planned again on one route fewer: keep it and empty the next route.
    best = s;
    result.routes_after = routes_used(s);
    emptied = result.routes_after > lower_bound_ && empty_a_route(s, rng);
    if (emptied) collect_unplanned(s, current_unplanned_);
  }
  s = best;
  s.open_routes();
  s.commit();
  return result;
}

}  // namespace carecrowd::engine::search
