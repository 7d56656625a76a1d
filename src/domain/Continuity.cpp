#include "domain/Continuity.h"

#include <map>

namespace carecrowd::domain {

Continuity continuity_of(const std::vector<std::int64_t>& holders) {
  std::map<std::int64_t, std::int64_t> per_caregiver;
  for (const auto id : holders) ++per_caregiver[id];
  Continuity c;
  c.visits = static_cast<std::int64_t>(holders.size());
  c.caregivers = static_cast<std::int64_t>(per_caregiver.size());
  if (c.visits < 2) return c;
  std::int64_t squares = 0;
  for (const auto& [id, n] : per_caregiver) squares += n * n;
  const double n = static_cast<double>(c.visits);
  c.index = (static_cast<double>(squares) - n) / (n * (n - 1));
  return c;
}

}  // namespace carecrowd::domain
