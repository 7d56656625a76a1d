// CaregiverCrowd: the supply side of a synthetic region — a crowd of employees, freelancers and
// volunteers of mixed levels and certificates, living all over the city, on morning, evening,
// split and day shifts.
//
// The mix is dealt, not sampled (see Sampler::deal), so that even a team of eight has the intended
// shares of kinds, shifts and levels. Levels are dealt within each shift group, so that mornings
// and evenings both have their level-3 and level-4 people.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/Problem.h"
#include "generate/City.h"
#include "core/Sampler.h"

namespace carecrowd::generate {

struct Crowd {
  std::vector<domain::Caregiver> caregivers;
  std::vector<int> neighbourhood;  // per caregiver: where they live, which is whom they know
};

// Appends each caregiver's home to `points` and uses its index as start and end location.
// REQUIRES: count >= 0.
Crowd make_crowd(int count, const City& city, const domain::Scale& scale, std::vector<domain::Point>& points,
                 Sampler& sampler);

}  // namespace carecrowd::generate
