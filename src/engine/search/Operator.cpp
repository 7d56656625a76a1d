#include "engine/search/Operator.h"

namespace carecrowd::engine::search {

bool Operator::rearrange(Solution& s, int r1, int r2) {
  old1_.assign(s.route(r1).seq.begin(), s.route(r1).seq.end());
  if (r2 >= 0) old2_.assign(s.route(r2).seq.begin(), s.route(r2).seq.end());
  // With penalties set a route may break its windows or capacity for a while: the local search
  // repairs it or its caller rolls the change back.
  if (s.rearrange(r1, seq1_, r2, seq2_) || cache_->soft()) {
    ++counters_.applied;
    return true;
  }
  ++counters_.refused;
  s.rearrange(r1, old1_, r2, old2_);
  return false;
}

Cost Operator::caregiver_change(const Solution& s, int v, int from, int to, int also) {
  const Instance& in = s.instance();
  if (from == to || !in.caregiver_dependent_costs()) return Cost(0);
  Cost delta = in.assignment_cost(v, to) - in.assignment_cost(v, from);
  const int client = in.client(v);
  // A swap of two visits of one client between two caregivers leaves the client's pairs as they are.
  if (also >= 0 && in.client(also) == client) return delta + in.assignment_cost(also, from) - in.assignment_cost(also, to);
  const std::int64_t w = in.problem().objective().new_face;
  if (w != 0) {
    if (s.continuity_count(client, from) == 1 && !in.has_history(client, from)) delta -= Cost(w);
    if (s.continuity_count(client, to) == 0 && !in.has_history(client, to)) delta += Cost(w);
  }
  if (also >= 0) delta += caregiver_change(s, also, to, from);
  return delta;
}

Cost Operator::caregiver_change(const Solution& s, const int* visits, int count, int from, int to) {
  const Instance& in = s.instance();
  if (from == to || !in.caregiver_dependent_costs()) return Cost(0);
  const std::int64_t w = in.problem().objective().new_face;
  Cost delta(0);
  for (int k = 0; k < count; ++k) {
    const int v = visits[k];
    delta += in.assignment_cost(v, to) - in.assignment_cost(v, from);
    if (w == 0) continue;
    // Count each client once, at its first visit in the list.
    const int client = in.client(v);
    bool seen = false;
    int moving = 0;
    for (int j = 0; j < count; ++j) {
      if (in.client(visits[j]) != client) continue;
      if (j < k) seen = true;
      ++moving;
    }
    if (seen) continue;
    if (s.continuity_count(client, from) == moving && !in.has_history(client, from)) delta -= Cost(w);
    if (s.continuity_count(client, to) == 0 && !in.has_history(client, to)) delta += Cost(w);
  }
  return delta;
}

}  // namespace carecrowd::engine::search
