// ObjectiveChoice: the objective a command line asks for with `--objective` (carecrowd plan,
// benchmark_runner), applied to a problem read in any format. Without the option a problem keeps
// the objective its format gives it (Solomon: distance; HHC: (D + T + Tmax) / 3; native: its own).
//
// Thread safety: pure functions.
#pragma once

#include <string_view>

#include "core/Error.h"
#include "domain/Problem.h"

namespace carecrowd::io {

enum class ObjectiveChoice {
  distance,                // total distance (domain::Objective::distance_only)
  vehicles_then_distance,  // fewest routes, then distance: the SINTEF VRPTW tables' order
};

// "distance" or "vehicles-then-distance"; anything else is an Error naming `--objective` and the
// valid names.
Result<ObjectiveChoice> parse_objective_choice(std::string_view text);
std::string_view to_string(ObjectiveChoice choice);

domain::Problem with_objective(const domain::Problem& problem, ObjectiveChoice choice);

}  // namespace carecrowd::io
