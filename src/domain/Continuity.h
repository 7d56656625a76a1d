// Continuity: how many faces a client sees. Over the visits a client had in a period (each visit
// slot with the caregiver who held it), the number of distinct caregivers and the
// Bice-Boxerman continuity of care index, COC = (sum of n_j^2 - N) / (N (N - 1)) for N visits of
// which caregiver j held n_j: 1 when one caregiver held them all, 0 when every visit had another.
// It is undefined for fewer than two visits (Bice & Boxerman, Medical Care 1977).
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace carecrowd::domain {

struct Continuity {
  std::int64_t visits = 0;
  std::int64_t caregivers = 0;  // distinct
  std::optional<double> index;  // Bice-Boxerman COC, 0..1; none below two visits
};

// `holders`: the caregiver of each visit, one entry per visit (in any order).
[[nodiscard]] Continuity continuity_of(const std::vector<std::int64_t>& holders);

}  // namespace carecrowd::domain
