#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "TinyHhc.h"
#include "io/HhcJsonReader.h"
#include "io/HhcPlanReader.h"
#include "io/HhcPlanWriter.h"

namespace carecrowd::io {
namespace {

using domain::Plan;
using domain::PlannedVisit;
using domain::Route;
using Json = nlohmann::json;

domain::Problem tiny_problem() {
  auto p = read_hhc_json(testing::tiny_hhc_json, "tiny.json");
  EXPECT_TRUE(p.ok()) << p.error().message();
  return std::move(p).value();
}

// Visits: 0 = p1-s1, 1 = p2-s1, 2 = p2-s2. Caregivers: 0 = c1, 1 = c2.
Plan tiny_plan() {
  Plan plan;
  plan.routes.push_back(Route{0, 0, {PlannedVisit{1, Duration(20'000)}, PlannedVisit{0, Duration(40'500)}}, {}});
  plan.routes.push_back(Route{1, 0, {}, {}});  // unused
  return plan;
}

TEST(HhcPlanWriter, WritesRoutesWithPatientServiceAndTimesInBenchmarkUnits) {
  const auto problem = tiny_problem();
  const Json out = write_hhc_plan(problem, tiny_plan());
  ASSERT_EQ(out["routes"].size(), 1U);  // the unused caregiver is left out
  const Json& route = out["routes"][0];
  EXPECT_EQ(route["caregiver_id"], "c1");
  ASSERT_EQ(route["locations"].size(), 2U);
  const Json& first = route["locations"][0];
  EXPECT_EQ(first["patient"], "p2");
  EXPECT_EQ(first["service"], "s1");
  EXPECT_TRUE(first["arrival_time"].is_number_integer());
  EXPECT_EQ(first["arrival_time"], 20);
  EXPECT_EQ(first["departure_time"], 35);  // + 15 units of service
  const Json& second = route["locations"][1];
  EXPECT_EQ(second["patient"], "p1");
  EXPECT_DOUBLE_EQ(second["arrival_time"].get<double>(), 40.5);
  EXPECT_DOUBLE_EQ(second["departure_time"].get<double>(), 50.5);
}

TEST(HhcPlan, WriteThenReadGivesTheSamePlan) {
  const auto problem = tiny_problem();
  Plan plan = tiny_plan();
  plan.routes[1].visits.push_back(PlannedVisit{2, Duration(25'001)});
  const std::string text = write_hhc_plan(problem, plan).dump(2);
  const auto back = read_hhc_plan(problem, text);
  ASSERT_TRUE(back.ok()) << back.error().message();
  EXPECT_EQ(back.value().routes, plan.routes);
  EXPECT_TRUE(back.value().unplanned.empty());
}

TEST(HhcPlanReader, VisitsInNoRouteAreUnplanned) {
  const auto problem = tiny_problem();
  const auto back = read_hhc_plan(problem, write_hhc_plan(problem, tiny_plan()).dump());
  ASSERT_TRUE(back.ok()) << back.error().message();
  ASSERT_EQ(back.value().routes.size(), 1U);
  ASSERT_EQ(back.value().unplanned.size(), 1U);
  EXPECT_EQ(back.value().unplanned[0].visit, 2);
  EXPECT_EQ(back.value().unplanned[0].reason, domain::UnplannedReason::not_chosen);
}

void expect_error(const std::string& text, const std::string& field_part, const std::string& reason_part) {
  const auto problem = tiny_problem();
  const auto p = read_hhc_plan(problem, text);
  ASSERT_FALSE(p.ok()) << "expected an error mentioning " << field_part;
  EXPECT_NE(p.error().field.find(field_part), std::string::npos) << p.error().message();
  EXPECT_NE(p.error().reason.find(reason_part), std::string::npos) << p.error().message();
}

std::string location(const std::string& patient, const std::string& service, double start) {
  return R"({"patient": ")" + patient + R"(", "service": ")" + service + R"(", "arrival_time": )" +
         std::to_string(start) + "}";
}

TEST(HhcPlanReader, UnknownOrRepeatedReferencesAreNamed) {
  expect_error(R"({"routes": [{"caregiver_id": "c9", "locations": []}]})", "routes[0].caregiver_id", "not a caregiver");
  expect_error(R"({"routes": [{"caregiver_id": "c1", "locations": []}, {"caregiver_id": "c1", "locations": []}]})",
               "routes[1].caregiver_id", "two routes");
  expect_error(R"({"routes": [{"caregiver_id": "c1", "locations": [)" + location("p3", "s1", 10) + "]}]}",
               "routes[0].locations[0]", "names no visit");
  expect_error(R"({"routes": [{"caregiver_id": "c1", "locations": [)" + location("p1", "s1", 10) + ", " +
                   location("p1", "s1", 30) + "]}]}",
               "routes[0].locations[1]", "more than once");
  expect_error(R"({"routes": [{"caregiver_id": "c1", "locations": [{"patient": "p1", "service": "s1"}]}]})",
               "routes[0].locations[0].arrival_time", "missing");
  expect_error(R"({"routes": [{"caregiver_id": "c1"}]})", "routes[0].locations", "missing");
  expect_error(R"({"routes": {}})", "routes", "must be an array");
  expect_error(R"({"routes": [)", "line 1, column", "not valid JSON");
}

}  // namespace
}  // namespace carecrowd::io
