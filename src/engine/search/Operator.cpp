#include "engine/search/Operator.h"

namespace carecrowd::engine::search {

bool Operator::rearrange(Solution& s, int r1, int r2) {
  old1_.assign(s.route(r1).seq.begin(), s.route(r1).seq.end());
  if (r2 >= 0) old2_.assign(s.route(r2).seq.begin(), s.route(r2).seq.end());
  if (s.rearrange(r1, seq1_, r2, seq2_)) {
    ++counters_.applied;
    return true;
  }
  ++counters_.refused;
  s.rearrange(r1, old1_, r2, old2_);
  return false;
}

Cost Operator::caregiver_change(const Solution& s, int v, int from, int to, int also) {
  if (from == to) return Cost(0);
  const Instance& in = s.instance();
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

}  // namespace carecrowd::engine::search
