#include "io/HhcPlanReader.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "io/HhcPlanWriter.h"
#include "io/JsonInput.h"
#include "io/TextLines.h"
#include "io/Ticks.h"

namespace carecrowd::io {
namespace {

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

  // The caregiver `id` names, or -1 with the error recorded in `in`.
  int caregiver(JsonInput& in, const std::string& id, const Where& where) {
    const auto it = caregivers_.find(id);
    if (it == caregivers_.end()) {
      in.fail(where.with_id(id), "is not a caregiver of the problem");
      return -1;
    }
    if (!routed_.insert(it->second).second) {
      in.fail(where.with_id(id), "has two routes");
      return -1;
    }
    return it->second;
  }

  // A patient needing one service twice has two visits with the same pair; they are taken in
  // problem order. Returns -1 with the error recorded in `in`.
  int visit(JsonInput& in, const std::string& patient, const std::string& service, const Where& where) {
    const auto it = visits_.find({patient, service});
    const Where w = where.with_id(patient + "-" + service);
    if (it == visits_.end()) {
      in.fail(w, "names no visit of the problem");
      return -1;
    }
    for (int v : it->second)
      if (!used_[static_cast<std::size_t>(v)]) {
        used_[static_cast<std::size_t>(v)] = true;
        return v;
      }
    in.fail(w, "is planned more than once");
    return -1;
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

// The member `key` of `object`: a non-empty string.
std::string string_member(JsonInput& in, const Json& object, std::string_view key, const Where& where) {
  const Json* value = in.member(object, key, where);
  return value ? in.nonempty_string(*value, where / key) : std::string();
}

std::optional<domain::PlannedVisit> read_location(JsonInput& in, const Json& loc, const Where& where,
                                                  Resolver& resolver, std::int64_t ticks_per_unit) {
  const std::string patient = string_member(in, loc, "patient", where);
  const std::string service = string_member(in, loc, "service", where);
  const Json* arrival = in.ok() ? in.member(loc, "arrival_time", where) : nullptr;
  const double start = arrival ? in.number(*arrival, where / "arrival_time", max_benchmark_number) : 0;
  if (!in.ok()) return std::nullopt;
  const int v = resolver.visit(in, patient, service, where);
  if (!in.ok()) return std::nullopt;
  return domain::PlannedVisit{v, Duration(round_ticks(start, ticks_per_unit))};
}

std::optional<domain::Route> read_route(JsonInput& in, const Json& r, const Where& where, Resolver& resolver,
                                        std::int64_t ticks_per_unit) {
  const std::string id = string_member(in, r, "caregiver_id", where);
  if (!in.ok()) return std::nullopt;
  domain::Route route;
  route.caregiver = resolver.caregiver(in, id, where / "caregiver_id");
  const Json* list = in.ok() ? in.member(r, "locations", where) : nullptr;
  if (list == nullptr || !in.expect_array(*list, where / "locations")) return std::nullopt;
  for (std::size_t i = 0; i < list->size(); ++i) {
    auto pv = read_location(in, (*list)[i], (where / "locations")[i], resolver, ticks_per_unit);
    if (!pv) return std::nullopt;
    route.visits.push_back(*pv);
  }
  return route;
}

Result<domain::Plan> read_plan(const domain::Problem& problem, const Json& root) {
  JsonInput in;
  const Json* routes = in.member(root, "routes", Where{});
  if (routes == nullptr || !in.expect_array(*routes, Where{} / "routes")) return in.error();
  Resolver resolver(problem);
  domain::Plan plan;
  for (std::size_t i = 0; i < routes->size(); ++i) {
    auto r = read_route(in, (*routes)[i], (Where{} / "routes")[i], resolver, problem.scale().time_ticks_per_unit);
    if (!r) return in.error();
    plan.routes.push_back(std::move(*r));
  }
  plan.unplanned = resolver.unplanned();
  return plan;
}

}  // namespace

Result<domain::Plan> read_hhc_plan(const domain::Problem& problem, std::string_view text) {
  auto root = parse_json(text);
  if (!root) return root.error();
  try {
    return read_plan(problem, root.value());
  } catch (const Json::exception& e) {
    // Types are checked before use, so this is a bug; bad input must still not end the program.
    return bad_input("", "", std::string("the solution could not be read: ") + e.what());
  }
}

}  // namespace carecrowd::io
