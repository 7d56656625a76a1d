#include "io/HhcPlanReader.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "io/HhcPlanWriter.h"
#include "io/JsonFields.h"
#include "io/Ticks.h"

namespace carecrowd::io {
namespace {

constexpr std::string_view source = "";

// Resolves (patient, service) pairs and caregiver ids of one problem, and remembers which visits
// and caregivers a plan has used, so that a visit is never planned twice.
class Resolver {
 public:
  explicit Resolver(const domain::Problem& problem) : used_(problem.visits().size(), false) {
    for (int v = 0; v < static_cast<int>(problem.visits().size()); ++v)
      visits_[{problem.visits()[static_cast<std::size_t>(v)].client, hhc_service_of(problem, v)}].push_back(v);
    for (int c = 0; c < static_cast<int>(problem.caregivers().size()); ++c)
      caregivers_[problem.caregivers()[static_cast<std::size_t>(c)].id] = c;
  }

  Result<int> caregiver(const std::string& id, const std::string& path) {
    const auto it = caregivers_.find(id);
    if (it == caregivers_.end()) return json_error(source, path, id, "is not a caregiver of the problem");
    if (!routed_.insert(it->second).second) return json_error(source, path, id, "has two routes");
    return it->second;
  }

  // A patient needing one service twice has two visits with the same pair; they are taken in
  // problem order.
  Result<int> visit(const std::string& patient, const std::string& service, const std::string& path) {
    const auto it = visits_.find({patient, service});
    const std::string id = patient + "-" + service;
    if (it == visits_.end()) return json_error(source, path, id, "names no visit of the problem");
    for (int v : it->second)
      if (!used_[static_cast<std::size_t>(v)]) {
        used_[static_cast<std::size_t>(v)] = true;
        return v;
      }
    return json_error(source, path, id, "is planned more than once");
  }

  [[nodiscard]] std::vector<domain::Unplanned> unplanned() const {
    std::vector<domain::Unplanned> out;
    for (std::size_t v = 0; v < used_.size(); ++v)
      if (!used_[v])
        out.push_back(domain::Unplanned{static_cast<int>(v), domain::UnplannedReason::not_chosen, std::nullopt,
                                        "not in any route of the solution file"});
    return out;
  }

 private:
  std::map<std::pair<std::string, std::string>, std::vector<int>> visits_;
  std::map<std::string, int> caregivers_;
  std::set<int> routed_;
  std::vector<bool> used_;
};

Result<std::string> string_member(const Json& object, std::string_view key, const std::string& path) {
  auto m = member(object, key, path, source);
  if (!m) return m.error();
  return string_value(*m.value(), key_path(path, key), source);
}

Result<domain::PlannedVisit> read_location(const Json& loc, const std::string& path, Resolver& resolver,
                                           std::int64_t ticks_per_unit) {
  auto patient = string_member(loc, "patient", path);
  if (!patient) return patient.error();
  auto service = string_member(loc, "service", path);
  if (!service) return service.error();
  auto arrival = member(loc, "arrival_time", path, source);
  if (!arrival) return arrival.error();
  auto start = number_value(*arrival.value(), key_path(path, "arrival_time"), source);
  if (!start) return start.error();
  auto v = resolver.visit(patient.value(), service.value(), path);
  if (!v) return v.error();
  return domain::PlannedVisit{v.value(), Duration(round_ticks(start.value(), ticks_per_unit))};
}

Result<domain::Route> read_route(const Json& r, const std::string& path, Resolver& resolver,
                                 std::int64_t ticks_per_unit) {
  auto id = string_member(r, "caregiver_id", path);
  if (!id) return id.error();
  auto c = resolver.caregiver(id.value(), key_path(path, "caregiver_id"));
  if (!c) return c.error();
  auto list = array_member(r, "locations", path, source);
  if (!list) return list.error();
  domain::Route route;
  route.caregiver = c.value();
  for (std::size_t i = 0; i < list.value()->size(); ++i) {
    auto pv = read_location((*list.value())[i], index_path(key_path(path, "locations"), i), resolver, ticks_per_unit);
    if (!pv) return pv.error();
    route.visits.push_back(pv.value());
  }
  return route;
}

Result<domain::Plan> read_plan(const domain::Problem& problem, const Json& root) {
  auto routes = array_member(root, "routes", "", source);
  if (!routes) return routes.error();
  Resolver resolver(problem);
  domain::Plan plan;
  for (std::size_t i = 0; i < routes.value()->size(); ++i) {
    auto r = read_route((*routes.value())[i], index_path("routes", i), resolver, problem.scale().time_ticks_per_unit);
    if (!r) return r.error();
    plan.routes.push_back(std::move(r.value()));
  }
  plan.unplanned = resolver.unplanned();
  return plan;
}

}  // namespace

Result<domain::Plan> read_hhc_plan(const domain::Problem& problem, std::string_view text) {
  auto root = parse_json(text, source);
  if (!root) return root.error();
  try {
    return read_plan(problem, root.value());
  } catch (const Json::exception& e) {
    // Types are checked before use, so this is a bug; bad input must still not end the program.
    return bad_input("", "", std::string("the solution could not be read: ") + e.what());
  }
}

}  // namespace carecrowd::io
