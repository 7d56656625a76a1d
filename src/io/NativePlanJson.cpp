#include "io/NativePlanJson.h"

#include <string>
#include <unordered_map>
#include <utility>

#include "io/JsonInput.h"
#include "io/JsonOutput.h"
#include "io/RouteTimeline.h"

namespace carecrowd::io {
namespace {

using detail::in_units;
using namespace domain;

// Costs as people read them (see CostBreakdown::display_total), term by term.
double display_cost(Cost cost, const Scale& s) {
  return static_cast<double>(cost.get()) / static_cast<double>(s.cost_ticks_per_unit * s.cost_divisor);
}

Json summary(const Problem& problem, const CostBreakdown& cost) {
  const Scale& s = problem.scale();
  return Json{{"cost", cost.display_total(s)},
              {"planned", cost.planned},
              {"unplanned", cost.unplanned_must + cost.unplanned_optional},
              {"unplanned_must", cost.unplanned_must},
              {"unplanned_optional", cost.unplanned_optional},
              {"routes", cost.routes},
              {"distance", in_units(cost.distance.get(), s.distance_ticks_per_unit)},
              {"travel_time", in_units(cost.travel_time.get(), s.time_ticks_per_unit)},
              {"lateness", in_units(cost.lateness.get(), s.time_ticks_per_unit)},
              {"max_lateness", in_units(cost.max_lateness.get(), s.time_ticks_per_unit)},
              {"new_faces", cost.new_faces},
              {"missed_preferences", cost.missed_preferences},
              {"labour", display_cost(cost.labour, s)},
              {"unplanned_cost", display_cost(cost.unplanned_cost, s)}};
}

Json route_json(const Problem& problem, const Route& route) {
  const Scale& s = problem.scale();
  auto time = [&](Duration t) { return in_units(t.get(), s.time_ticks_per_unit); };
  const detail::RouteTimeline timeline = detail::route_timeline(problem, route);
  Json j;
  j["caregiver"] = problem.caregivers()[route.caregiver].id;
  j["shift"] = route.shift;
  if (!route.visits.empty()) {
    j["start"] = time(timeline.departure);
    j["end"] = time(timeline.end);
    j["travel_time"] = time(timeline.travel_time());
    j["distance"] = in_units(timeline.distance().get(), s.distance_ticks_per_unit);
  }
  j["steps"] = Json::array();
  for (const detail::TimelineStop& stop : timeline.stops) {
    Json step;
    if (stop.is_break()) {
      step["type"] = "break";
    } else {
      const Visit& v = problem.visits()[stop.visit];
      step["type"] = "visit";
      step["visit"] = v.id;
      step["client"] = v.client;
    }
    step["start"] = time(stop.start);
    step["end"] = time(stop.start + stop.service);
    j["steps"].push_back(std::move(step));
  }
  return j;
}

class NativePlanReader {
 public:
  explicit NativePlanReader(const Problem& problem) : problem_(problem) {
    for (std::size_t i = 0; i < problem.visits().size(); ++i) visits_.emplace(problem.visits()[i].id, static_cast<int>(i));
    for (std::size_t i = 0; i < problem.caregivers().size(); ++i)
      caregivers_.emplace(problem.caregivers()[i].id, static_cast<int>(i));
  }
  Result<Plan> read(const Json& root);

 private:
  void read_route(const Json& j, const Where& at);
  void read_unplanned(const Json& j, const Where& at);
  int lookup(const std::unordered_map<std::string, int>& index, std::string_view what, const Json& value,
             const Where& where) {
    const std::string id = in_.id(value, where);
    if (!in_.ok()) return -1;
    const auto it = index.find(id);
    if (it != index.end()) return it->second;
    in_.fail(where, "refers to the unknown " + std::string(what) + " \"" + id + "\"");
    return -1;
  }
  Duration time(const Json& value, const Where& where) {
    return Duration(in_.time(value, where, problem_.scale().time_ticks_per_unit));
  }

  const Problem& problem_;
  JsonInput in_;
  Plan plan_;
  std::unordered_map<std::string, int> visits_;
  std::unordered_map<std::string, int> caregivers_;
};

Result<Plan> NativePlanReader::read(const Json& root) {
  const Where top;
  if (!in_.expect_object(root, top)) return in_.error();
  // "summary" and "problem" are derived or informative; the plan is in routes and unplanned.
  if (const Json* list = JsonInput::find(root, "routes"); list && in_.expect_array(*list, top / "routes"))
    for (std::size_t i = 0; i < list->size() && in_.ok(); ++i) read_route((*list)[i], (top / "routes")[i]);
  if (const Json* list = JsonInput::find(root, "unplanned"); list && in_.expect_array(*list, top / "unplanned"))
    for (std::size_t i = 0; i < list->size() && in_.ok(); ++i) read_unplanned((*list)[i], (top / "unplanned")[i]);
  if (!in_.ok()) return in_.error();
  return std::move(plan_);
}

void NativePlanReader::read_route(const Json& j, const Where& at) {
  if (!in_.expect_object(j, at)) return;
  Route route;
  const Json* caregiver = in_.require(j, "caregiver", at);
  if (caregiver == nullptr) return;
  route.caregiver = lookup(caregivers_, "caregiver", *caregiver, at / "caregiver");
  if (!in_.ok()) return;
  const Caregiver& c = problem_.caregivers()[route.caregiver];
  const Where w = at.with_id(c.id);
  if (const Json* shift = JsonInput::find(j, "shift")) {
    const auto shifts = static_cast<std::int64_t>(c.availability.size());
    route.shift = static_cast<int>(in_.integer(*shift, w / "shift", 0, JsonInput::max_ticks));
    if (in_.ok() && route.shift >= shifts)
      in_.fail(w / "shift", "is " + std::to_string(route.shift) + ", but the caregiver has only " +
                                std::to_string(shifts) + " shifts (numbered from 0)");
  }
  if (const Json* steps = JsonInput::find(j, "steps"); steps && in_.expect_array(*steps, w / "steps")) {
    for (std::size_t i = 0; i < steps->size() && in_.ok(); ++i) {
      const Json& step = (*steps)[i];
      const Where sw = (w / "steps")[i];
      if (!in_.expect_object(step, sw)) return;
      std::string type = "visit";
      if (const Json* t = JsonInput::find(step, "type")) type = in_.string(*t, sw / "type");
      const Json* start = in_.require(step, "start", sw);
      if (!in_.ok()) return;
      if (type == "break") {
        if (route.break_start) return in_.fail(sw, "is a second break; a route holds at most one");
        route.break_start = time(*start, sw / "start");
      } else if (type == "visit") {
        const Json* visit = in_.require(step, "visit", sw);
        if (visit == nullptr) return;
        const int v = lookup(visits_, "visit", *visit, sw / "visit");
        if (!in_.ok()) return;
        route.visits.push_back(PlannedVisit{v, time(*start, sw.with_id(problem_.visits()[v].id) / "start")});
      } else {
        return in_.fail(sw / "type", "must be \"visit\" or \"break\", not \"" + type + "\"");
      }
    }
  }
  if (in_.ok()) plan_.routes.push_back(std::move(route));
}

void NativePlanReader::read_unplanned(const Json& j, const Where& at) {
  if (!in_.expect_object(j, at)) return;
  Unplanned u;
  u.reason = UnplannedReason::not_chosen;
  const Json* visit = in_.require(j, "visit", at);
  if (visit == nullptr) return;
  u.visit = lookup(visits_, "visit", *visit, at / "visit");
  if (!in_.ok()) return;
  const Where w = at.with_id(problem_.visits()[u.visit].id);
  if (const Json* r = JsonInput::find(j, "reason")) {
    const std::string reason = in_.string(*r, w / "reason");
    if (in_.ok() && !parse_unplanned_reason(reason, u.reason))
      in_.fail(w / "reason", "is not a known reason: \"" + reason + "\"");
  }
  if (const Json* c = JsonInput::find(j, "closest_caregiver"))
    u.closest_caregiver = lookup(caregivers_, "caregiver", *c, w / "closest_caregiver");
  if (const Json* d = JsonInput::find(j, "detail")) u.detail = in_.string(*d, w / "detail");
  if (in_.ok()) plan_.unplanned.push_back(std::move(u));
}

}  // namespace

nlohmann::json write_native_plan(const Problem& problem, const Plan& plan, const CostBreakdown& cost) {
  Json j;
  j["problem"] = problem.name();
  j["summary"] = summary(problem, cost);
  j["routes"] = Json::array();
  for (const Route& route : plan.routes) j["routes"].push_back(route_json(problem, route));
  j["unplanned"] = Json::array();
  for (const Unplanned& u : plan.unplanned) {
    Json entry{{"visit", problem.visits()[u.visit].id}, {"reason", to_string(u.reason)}};
    if (u.closest_caregiver) entry["closest_caregiver"] = problem.caregivers()[*u.closest_caregiver].id;
    if (!u.detail.empty()) entry["detail"] = u.detail;
    j["unplanned"].push_back(std::move(entry));
  }
  return j;
}

Result<Plan> read_native_plan(const Problem& problem, std::string_view text) {
  auto parsed = parse_json(text);
  if (!parsed) return parsed.error();
  try {
    return NativePlanReader(problem).read(parsed.value());
  } catch (const Json::exception& e) {
    // Every access above is type-checked first; this is the safety net the contract promises.
    return bad_input("", "", std::string("could not read the plan: ") + e.what());
  }
}

}  // namespace carecrowd::io
