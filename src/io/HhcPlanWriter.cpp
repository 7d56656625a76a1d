#include "io/HhcPlanWriter.h"

#include <bit>

namespace carecrowd::io {
namespace {

nlohmann::json in_units(Duration ticks, std::int64_t ticks_per_unit) {
  if (ticks.get() % ticks_per_unit == 0) return ticks.get() / ticks_per_unit;
  return static_cast<double>(ticks.get()) / static_cast<double>(ticks_per_unit);
}

nlohmann::json write_location(const domain::Problem& problem, const domain::PlannedVisit& pv) {
  const domain::Visit& v = problem.visits()[static_cast<std::size_t>(pv.visit)];
  const std::int64_t unit = problem.scale().time_ticks_per_unit;
  return {{"patient", v.client},
          {"service", hhc_service_of(problem, pv.visit)},
          {"arrival_time", in_units(pv.start, unit)},
          {"departure_time", in_units(pv.start + v.duration, unit)}};
}

}  // namespace

std::string hhc_service_of(const domain::Problem& problem, int v) {
  const domain::Visit& visit = problem.visits()[static_cast<std::size_t>(v)];
  if (visit.certificates.size() != 1) return visit.id;
  const int index = std::countr_zero(visit.certificates.bits());
  return problem.certificate_names()[static_cast<std::size_t>(index)];
}

nlohmann::json write_hhc_plan(const domain::Problem& problem, const domain::Plan& plan) {
  nlohmann::json routes = nlohmann::json::array();
  for (const domain::Route& r : plan.routes) {
    if (r.visits.empty()) continue;
    nlohmann::json locations = nlohmann::json::array();
    for (const domain::PlannedVisit& pv : r.visits) locations.push_back(write_location(problem, pv));
    routes.push_back({{"caregiver_id", problem.caregivers()[static_cast<std::size_t>(r.caregiver)].id},
                      {"locations", std::move(locations)}});
  }
  return {{"routes", std::move(routes)}};
}

}  // namespace carecrowd::io
