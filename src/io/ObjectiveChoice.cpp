#include "io/ObjectiveChoice.h"

#include <string>

#include "core/Utf8.h"

namespace carecrowd::io {

Result<ObjectiveChoice> parse_objective_choice(std::string_view text) {
  if (text == "distance") return ObjectiveChoice::distance;
  if (text == "vehicles-then-distance") return ObjectiveChoice::vehicles_then_distance;
  return bad_input("--objective", printable(text), "must be distance or vehicles-then-distance");
}

std::string_view to_string(ObjectiveChoice choice) {
  switch (choice) {
    case ObjectiveChoice::distance: return "distance";
    case ObjectiveChoice::vehicles_then_distance: return "vehicles-then-distance";
  }
  return "distance";
}

domain::Problem with_objective(const domain::Problem& problem, ObjectiveChoice choice) {
  switch (choice) {
    case ObjectiveChoice::distance: return problem.with_objective(domain::Objective::distance_only());
    case ObjectiveChoice::vehicles_then_distance: return problem.with_vehicles_then_distance();
  }
  return problem;
}

}  // namespace carecrowd::io
