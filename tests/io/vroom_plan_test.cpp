#include <gtest/gtest.h>

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "io/NativeProblemJson.h"
#include "io/VroomJson.h"

namespace carecrowd::io {
namespace {

using domain::CostBreakdown;
using domain::Plan;
using domain::PlannedVisit;
using domain::Problem;
using domain::Route;
using domain::Unplanned;
using domain::UnplannedReason;
using nlohmann::json;

template <class T>
T ok(Result<T> result) {
  if (!result.ok()) throw std::runtime_error(result.error().message());
  return std::move(result).value();
}

// Depot 0; jobs 11 at 1 and 12 at 2 and 13 at 2; vehicle 1 goes 0 -> 1 -> 2 -> 0.
Problem vroom_problem() {
  return ok(read_vroom_problem(R"({
    "vehicles": [{"id": 1, "start_index": 0, "end_index": 0, "capacity": [10]}, {"id": 2, "start_index": 0, "capacity": [10]}],
    "jobs": [
      {"id": 11, "location_index": 1, "service": 300, "delivery": [3], "priority": 10, "time_windows": [[30000, 35000]]},
      {"id": 12, "location_index": 2, "service": 600},
      {"id": 13, "location_index": 2, "service": 60, "delivery": [20]}
    ],
    "matrices": {"car": {"durations": [[0, 100, 200], [100, 0, 150], [200, 150, 0]],
                         "distances": [[0, 1000, 2000], [1000, 0, 1500], [2000, 1500, 0]]}}
  })"));
}

Plan vroom_plan() {
  Plan plan;
  plan.routes.push_back(Route{0, 0, {PlannedVisit{0, Duration(30000)}, PlannedVisit{1, Duration(30500)}}, std::nullopt});
  plan.routes.push_back(Route{1, 0, {}, std::nullopt});  // unused: VROOM does not list it
  plan.unplanned.push_back(Unplanned{2, UnplannedReason::caregivers_full, 0, "needs 20, vehicles carry 10"});
  return plan;
}

TEST(VroomPlanJson, StepsCarryArrivalTravelWaitingAndDistance) {
  const json out = write_vroom_plan(vroom_problem(), vroom_plan(), CostBreakdown{});
  EXPECT_EQ(out["code"], 0);
  ASSERT_EQ(out["routes"].size(), 1U);
  const json& route = out["routes"][0];
  EXPECT_EQ(route["vehicle"], 1);  // an integer, as VROOM gave it
  const json& steps = route["steps"];
  ASSERT_EQ(steps.size(), 4U);
  EXPECT_EQ(steps[0], json::parse(R"({"type": "start", "location_index": 0, "setup": 0, "service": 0,
                                      "waiting_time": 0, "arrival": 29900, "duration": 0, "distance": 0})"));
  EXPECT_EQ(steps[1], json::parse(R"({"type": "job", "id": 11, "location_index": 1, "setup": 0, "service": 300,
                                      "waiting_time": 0, "arrival": 30000, "duration": 100, "distance": 1000})"));
  // Leaves job 11 at 30300, 150 s on the road, then waits 50 s for the planned start.
  EXPECT_EQ(steps[2], json::parse(R"({"type": "job", "id": 12, "location_index": 2, "setup": 0, "service": 600,
                                      "waiting_time": 50, "arrival": 30450, "duration": 250, "distance": 2500})"));
  EXPECT_EQ(steps[3], json::parse(R"({"type": "end", "location_index": 0, "setup": 0, "service": 0,
                                      "waiting_time": 0, "arrival": 31300, "duration": 450, "distance": 4500})"));
}

TEST(VroomPlanJson, RouteAndSummaryAddUpLikeVroom) {
  const json out = write_vroom_plan(vroom_problem(), vroom_plan(), CostBreakdown{});
  const json& route = out["routes"][0];
  EXPECT_DOUBLE_EQ(route["cost"].get<double>(), 450.0);  // travel seconds at the default 3600 per hour
  EXPECT_EQ(route["service"], 900);
  EXPECT_EQ(route["duration"], 450);
  EXPECT_EQ(route["waiting_time"], 50);
  EXPECT_EQ(route["distance"], 4500);
  EXPECT_EQ(route["priority"], 10);
  EXPECT_EQ(route["delivery"], json::array({3}));

  const json& s = out["summary"];
  EXPECT_DOUBLE_EQ(s["cost"].get<double>(), 450.0);
  EXPECT_EQ(s["routes"], 1);
  EXPECT_EQ(s["unassigned"], 1);
  EXPECT_EQ(s["service"], 900);
  EXPECT_EQ(s["duration"], 450);
  EXPECT_EQ(s["waiting_time"], 50);
  EXPECT_EQ(s["distance"], 4500);
  EXPECT_EQ(s["priority"], 10);
  EXPECT_EQ(s["delivery"], json::array({3}));
}

TEST(VroomPlanJson, UnassignedJobsSayWhy) {
  const json out = write_vroom_plan(vroom_problem(), vroom_plan(), CostBreakdown{});
  ASSERT_EQ(out["unassigned"].size(), 1U);
  EXPECT_EQ(out["unassigned"][0], json::parse(R"({"id": 13, "type": "job", "location_index": 2,
                                                  "reason": "caregivers_full", "detail": "needs 20, vehicles carry 10"})"));
}

TEST(VroomPlanJson, VehicleCostsPriceTheRoute) {
  auto problem = ok(read_vroom_problem(R"({
    "vehicles": [{"id": 1, "start_index": 0, "costs": {"fixed": 1000, "per_hour": 7200, "per_km": 5}}],
    "jobs": [{"id": 2, "location_index": 1}],
    "matrices": {"car": {"durations": [[0, 90], [90, 0]], "distances": [[0, 2000], [2000, 0]]}}
  })"));
  Plan plan;
  plan.routes.push_back(Route{0, 0, {PlannedVisit{0, Duration(90)}}, std::nullopt});
  const json out = write_vroom_plan(problem, plan, CostBreakdown{});
  // An open route (no end): 90 s at 7200 per hour, 2 km at 5 per km, plus the fixed cost.
  EXPECT_DOUBLE_EQ(out["routes"][0]["cost"].get<double>(), 1000 + 180 + 10);
  EXPECT_EQ(out["routes"][0]["steps"].size(), 2U);
  EXPECT_EQ(out["routes"][0]["steps"].back()["type"], "job");
}

TEST(VroomPlanJson, NativeProblemsKeepTextIdsAndCoordinates) {
  auto problem = ok(read_native_problem(R"({
    "caregivers": [{"id": "anna", "home": [52.09, 5.12], "availability": [["07:00", "12:00"]],
                    "break": {"after_minutes": 0, "length_minutes": 30}}],
    "visits": [
      {"id": "v-1", "location": [52.10, 5.13], "duration": 30, "windows": [["08:00", "09:00"]]},
      {"id": "42", "digital": true, "duration": 15, "windows": [["08:00", "12:00"]]}
    ]
  })"));
  Plan plan;
  plan.routes.push_back(Route{0, 0, {PlannedVisit{0, Duration(8 * 3600)}, PlannedVisit{1, Duration(9 * 3600)}},
                              Duration(8 * 3600 + 1800)});
  const json out = write_vroom_plan(problem, plan, CostBreakdown{});
  const json& route = out["routes"][0];
  EXPECT_EQ(route["vehicle"], "anna");
  const json& steps = route["steps"];
  ASSERT_EQ(steps.size(), 5U);
  EXPECT_EQ(steps[0]["type"], "start");
  EXPECT_EQ(steps[0]["location"], json::array({5.12, 52.09}));  // VROOM order: [lon, lat]
  EXPECT_EQ(steps[1]["id"], "v-1");
  EXPECT_EQ(steps[2]["type"], "break");
  EXPECT_EQ(steps[2]["arrival"], 8 * 60 + 30);  // minutes, the native problem's unit
  EXPECT_EQ(steps[2]["service"], 30);
  EXPECT_EQ(steps[3]["id"], 42);
  EXPECT_FALSE(steps[3].contains("location"));  // a video call is nowhere
  EXPECT_EQ(steps[3]["waiting_time"], 0);
  EXPECT_EQ(steps[4]["type"], "end");
  // Service counts visits only, not the break.
  EXPECT_EQ(route["service"], 45);
}

TEST(VroomPlanJson, BenchmarkUnitsMayBeFractional) {
  auto problem = ok(read_native_problem(R"({
    "scale": {"time_ticks_per_unit": 1000, "distance_ticks_per_unit": 1000, "cost_ticks_per_unit": 1},
    "matrix": {"durations": [[0, 12345], [12345, 0]], "distances": [[0, 12345], [12345, 0]]},
    "caregivers": [{"id": "1", "home_index": 0, "availability": [[0, 1000]]}],
    "visits": [{"id": "5", "location_index": 1, "duration": 10, "windows": [[0, 500]]}],
    "objective": {"kind": "distance"}
  })"));
  Plan plan;
  plan.routes.push_back(Route{0, 0, {PlannedVisit{0, Duration(20'000)}}, std::nullopt});
  const json out = write_vroom_plan(problem, plan, CostBreakdown{});
  const json& steps = out["routes"][0]["steps"];
  EXPECT_EQ(steps[0]["arrival"], 7.655);  // leaves just in time for the first job
  EXPECT_EQ(steps[1]["id"], 5);
  EXPECT_EQ(steps[1]["arrival"], 20);
  EXPECT_EQ(steps[1]["duration"], 12.345);
  EXPECT_EQ(steps[1]["distance"], 12.345);
  EXPECT_EQ(steps[2]["arrival"], 42.345);
  EXPECT_EQ(out["summary"]["distance"], 24.69);
  EXPECT_DOUBLE_EQ(out["summary"]["cost"].get<double>(), 24690.0);  // distance ticks, weight 1
}

}  // namespace
}  // namespace carecrowd::io
