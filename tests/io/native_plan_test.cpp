#include <gtest/gtest.h>

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "io/NativePlanJson.h"
#include "io/NativeProblemJson.h"
#include "io/native_test_support.h"

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
using testing::FailsAt;

// Three locations on a line, 10 minutes apart; caregiver "c1" lives at 0 and has two shifts and a
// 30-minute break rule; "c2" has no home.
Problem line_problem() {
  auto p = read_native_problem(R"({
    "name": "line",
    "matrix": {"durations": [[0, 600, 1200], [600, 0, 600], [1200, 600, 0]],
               "distances": [[0, 2000, 4000], [2000, 0, 2000], [4000, 2000, 0]]},
    "caregivers": [
      {"id": "c1", "home_index": 0, "availability": [["07:00", "13:00"], ["16:00", "20:00"]],
       "break": {"after_minutes": 60, "length_minutes": 30}},
      {"id": "c2", "availability": [["07:00", "13:00"]]}
    ],
    "visits": [
      {"id": "a", "client": "mrs-a", "location_index": 1, "duration": 30, "windows": [["08:00", "09:00"]]},
      {"id": "b", "location_index": 2, "duration": 20, "windows": [["08:00", "11:00"]]},
      {"id": "call", "digital": true, "duration": 15, "windows": [["08:00", "12:00"]]},
      {"id": "d", "location_index": 2, "duration": 20, "windows": [["08:00", "11:00"]]}
    ]
  })");
  if (!p.ok()) throw std::runtime_error(p.error().message());
  return std::move(p).value();
}

Plan sample_plan() {
  Plan plan;
  Route r;
  r.caregiver = 0;
  r.shift = 0;
  // a at 08:00; a break 08:30-09:00 where a was; b at 09:10:30 (a fraction of a minute late to show
  // that seconds survive); the call from b's place at 10:00.
  r.visits = {PlannedVisit{0, Duration(8 * 3600)}, PlannedVisit{1, Duration(9 * 3600 + 630)},
              PlannedVisit{2, Duration(10 * 3600)}};
  r.break_start = Duration(8 * 3600 + 1800);
  plan.routes.push_back(r);
  plan.unplanned.push_back(Unplanned{3, UnplannedReason::caregivers_full, 0, "c1 is full after 10:15"});
  return plan;
}

CostBreakdown sample_cost() {
  CostBreakdown cost;
  cost.planned = 3;
  cost.unplanned_must = 1;
  cost.routes = 1;
  cost.distance = Distance(8000);
  cost.travel_time = Duration(2400);
  cost.unplanned_cost = Cost(1'000'000'000'000);
  cost.labour = Cost(123'456);
  cost.total = cost.unplanned_cost + cost.labour;
  return cost;
}

TEST(NativePlanJson, WritesRoutesWithStepsInMinutes) {
  const Problem p = line_problem();
  const json j = write_native_plan(p, sample_plan(), sample_cost());
  EXPECT_EQ(j["problem"], "line");
  ASSERT_EQ(j["routes"].size(), 1U);
  const json& route = j["routes"][0];
  EXPECT_EQ(route["caregiver"], "c1");
  EXPECT_EQ(route["shift"], 0);
  EXPECT_EQ(route["start"], 470);  // leaves home 10 minutes before 08:00
  // b is 10 minutes from a; the call does not move anyone; home is 20 minutes from b.
  EXPECT_EQ(route["end"], 600 + 15 + 20);
  EXPECT_EQ(route["travel_time"], 40);
  EXPECT_EQ(route["distance"], 8000);

  const json& steps = route["steps"];
  ASSERT_EQ(steps.size(), 4U);
  EXPECT_EQ(steps[0], json::parse(R"({"type": "visit", "visit": "a", "client": "mrs-a", "start": 480, "end": 510})"));
  EXPECT_EQ(steps[1], json::parse(R"({"type": "break", "start": 510, "end": 540})"));
  EXPECT_EQ(steps[2]["visit"], "b");
  EXPECT_EQ(steps[2]["client"], "b");
  EXPECT_EQ(steps[2]["start"], 550.5);
  EXPECT_EQ(steps[2]["end"], 570.5);
  EXPECT_EQ(steps[3]["visit"], "call");

  ASSERT_EQ(j["unplanned"].size(), 1U);
  EXPECT_EQ(j["unplanned"][0], json::parse(R"({"visit": "d", "reason": "caregivers_full", "closest_caregiver": "c1",
                                                "detail": "c1 is full after 10:15"})"));
}

TEST(NativePlanJson, SummaryIsInDisplayUnits) {
  const json s = write_native_plan(line_problem(), sample_plan(), sample_cost())["summary"];
  EXPECT_DOUBLE_EQ(s["cost"].get<double>(), (1'000'000'000'000 + 123'456) / 1000.0);  // cents
  EXPECT_EQ(s["planned"], 3);
  EXPECT_EQ(s["unplanned"], 1);
  EXPECT_EQ(s["routes"], 1);
  EXPECT_EQ(s["distance"], 8000);
  EXPECT_EQ(s["travel_time"], 40);
  EXPECT_DOUBLE_EQ(s["labour"].get<double>(), 123.456);
  EXPECT_DOUBLE_EQ(s["unplanned_cost"].get<double>(), 1'000'000'000.0);
}

void expect_same_plan(const Plan& a, const Plan& b) {
  EXPECT_EQ(a.routes, b.routes);
  ASSERT_EQ(a.unplanned.size(), b.unplanned.size());
  for (std::size_t i = 0; i < a.unplanned.size(); ++i) {
    EXPECT_EQ(a.unplanned[i].visit, b.unplanned[i].visit);
    EXPECT_EQ(a.unplanned[i].reason, b.unplanned[i].reason);
    EXPECT_EQ(a.unplanned[i].closest_caregiver, b.unplanned[i].closest_caregiver);
    EXPECT_EQ(a.unplanned[i].detail, b.unplanned[i].detail);
  }
}

TEST(NativePlanJson, ReadingInvertsWritingExactly) {
  const Problem p = line_problem();
  Plan plan = sample_plan();
  Route second;
  second.caregiver = 0;
  second.shift = 1;  // an unused evening shift is kept as it is
  plan.routes.push_back(second);
  Route odd;
  odd.caregiver = 1;
  odd.visits = {PlannedVisit{3, Duration(8 * 3600 + 1)}};  // one second past a minute
  plan.routes.push_back(odd);
  plan.unplanned.push_back(Unplanned{2, UnplannedReason::not_chosen, std::nullopt, ""});

  const std::string text = write_native_plan(p, plan, sample_cost()).dump();
  auto back = read_native_plan(p, text);
  ASSERT_TRUE(back.ok()) << back.error().message();
  expect_same_plan(back.value(), plan);
  EXPECT_EQ(write_native_plan(p, back.value(), sample_cost()).dump(), text);
}

TEST(NativePlanJson, ReadsHandWrittenPlansWithClockTimes) {
  const Problem p = line_problem();
  auto plan = read_native_plan(p, R"({
    "routes": [{"caregiver": "c1", "steps": [{"visit": "a", "start": "08:00"}, {"type": "break", "start": "08:30"},
                                             {"visit": "b", "start": 550}]}],
    "unplanned": [{"visit": "d"}]
  })");
  ASSERT_TRUE(plan.ok()) << plan.error().message();
  ASSERT_EQ(plan.value().routes.size(), 1U);
  const Route& r = plan.value().routes[0];
  EXPECT_EQ(r.shift, 0);
  EXPECT_EQ(r.visits, (std::vector<PlannedVisit>{{0, Duration(28800)}, {1, Duration(33000)}}));
  EXPECT_EQ(r.break_start, Duration(30600));
  ASSERT_EQ(plan.value().unplanned.size(), 1U);
  EXPECT_EQ(plan.value().unplanned[0].reason, UnplannedReason::not_chosen);
}

TEST(NativePlanJson, BenchmarkPlansUseTheProblemsUnits) {
  auto p = read_native_problem(R"({
    "scale": {"time_ticks_per_unit": 1000, "distance_ticks_per_unit": 1000, "cost_ticks_per_unit": 1},
    "matrix": {"durations": [[0, 12345], [12345, 0]], "distances": [[0, 12345], [12345, 0]]},
    "caregivers": [{"id": "1", "home_index": 0, "availability": [[0, 1000]]}],
    "visits": [{"id": "2", "location_index": 1, "duration": 10, "windows": [[0, 500]]}],
    "objective": {"kind": "distance"}
  })");
  ASSERT_TRUE(p.ok()) << p.error().message();
  Plan plan;
  plan.routes.push_back(Route{0, 0, {PlannedVisit{0, Duration(12'345)}}, std::nullopt});
  CostBreakdown cost;
  cost.distance = Distance(24'690);
  cost.total = Cost(24'690);
  const json j = write_native_plan(p.value(), plan, cost);
  EXPECT_EQ(j["routes"][0]["steps"][0]["start"], 12.345);
  EXPECT_EQ(j["routes"][0]["distance"], 24.69);
  EXPECT_EQ(j["summary"]["distance"], 24.69);
  EXPECT_DOUBLE_EQ(j["summary"]["cost"].get<double>(), 24690.0);
  auto back = read_native_plan(p.value(), j.dump());
  ASSERT_TRUE(back.ok()) << back.error().message();
  EXPECT_EQ(back.value().routes, plan.routes);
  // "HH:MM" means minutes, which a benchmark's units are not.
  EXPECT_TRUE(FailsAt(read_native_plan(p.value(), R"({"routes": [{"caregiver": "1", "steps": [{"visit": "2", "start": "00:12"}]}]})"),
                      "routes[0].steps[0].start", "2", "time unit is a minute"));
}

TEST(NativePlanJson, BadReferencesAreNamed) {
  const Problem p = line_problem();
  EXPECT_TRUE(FailsAt(read_native_plan(p, R"({"routes": [{"caregiver": "zz", "steps": []}]})"), "routes[0].caregiver",
                      "", "unknown caregiver \"zz\""));
  EXPECT_TRUE(FailsAt(read_native_plan(p, R"({"routes": [{"caregiver": "c1", "steps": [
                        {"visit": "a", "start": 480}, {"visit": "q", "start": 500}]}]})"),
                      "routes[0].steps[1].visit", "c1", "unknown visit \"q\""));
  EXPECT_TRUE(FailsAt(read_native_plan(p, R"({"routes": [{"caregiver": "c1", "shift": 2, "steps": []}]})"),
                      "routes[0].shift", "c1", "only 2 shifts"));
  EXPECT_TRUE(FailsAt(read_native_plan(p, R"({"routes": [{"caregiver": "c1", "steps": [{"visit": "a"}]}]})"),
                      "routes[0].steps[0].start", "c1", "required"));
  EXPECT_TRUE(FailsAt(read_native_plan(p, R"({"routes": [{"caregiver": "c1", "steps": [{"visit": "a", "start": "late"}]}]})"),
                      "routes[0].steps[0].start", "a", "HH:MM"));
  EXPECT_TRUE(FailsAt(read_native_plan(p, R"({"routes": [{"caregiver": "c1", "steps": [
                        {"type": "break", "start": 500}, {"type": "break", "start": 600}]}]})"),
                      "routes[0].steps[1]", "c1", "second break"));
  EXPECT_TRUE(FailsAt(read_native_plan(p, R"({"routes": [{"caregiver": "c1", "steps": [{"type": "lunch", "start": 1}]}]})"),
                      "routes[0].steps[0].type", "c1", "\"lunch\""));
  EXPECT_TRUE(FailsAt(read_native_plan(p, R"({"unplanned": [{"visit": "a", "reason": "tired"}]})"),
                      "unplanned[0].reason", "a", "\"tired\""));
  EXPECT_TRUE(FailsAt(read_native_plan(p, R"({"unplanned": [{"visit": "a", "closest_caregiver": "c9"}]})"),
                      "unplanned[0].closest_caregiver", "a", "\"c9\""));
  EXPECT_TRUE(FailsAt(read_native_plan(p, R"({"unplanned": [{"reason": "too_far"}]})"), "unplanned[0].visit", "",
                      "required"));
  EXPECT_TRUE(FailsAt(read_native_plan(p, R"({"routes": {}})"), "routes", "", "must be an array"));
  EXPECT_FALSE(read_native_plan(p, "{\"routes\": [").ok());
}

TEST(NativePlanJson, FeasibilityIsLeftToTheChecker) {
  // A visit in two routes and a start outside its window are plans the checker explains, so the
  // reader keeps them as they are.
  const Problem p = line_problem();
  auto plan = read_native_plan(p, R"({"routes": [
      {"caregiver": "c1", "steps": [{"visit": "a", "start": 0}]},
      {"caregiver": "c2", "steps": [{"visit": "a", "start": 1}]}]})");
  ASSERT_TRUE(plan.ok()) << plan.error().message();
  EXPECT_EQ(plan.value().routes.size(), 2U);
  EXPECT_EQ(plan.value().routes[1].visits[0].start, Duration(60));
}

}  // namespace
}  // namespace carecrowd::io
