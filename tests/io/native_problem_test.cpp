#include <gtest/gtest.h>

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "io/NativeProblemJson.h"
#include "io/native_test_support.h"

namespace carecrowd::io {
namespace {

using domain::CaregiverKind;
using domain::Link;
using domain::Problem;
using domain::TimeWindow;
using domain::TravelMode;
using domain::TravelModel;
using domain::VisitMode;
using nlohmann::json;
using testing::read_source_file;

Problem read_ok(const json& j) {
  auto result = read_native_problem(j.dump());
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message());
  if (!result.ok()) throw std::runtime_error("read failed");
  return std::move(result).value();
}

// The smallest useful problem: one caregiver, one visit, coordinates.
json one_visit() {
  return json::parse(R"({
    "name": "one",
    "caregivers": [{"id": "c1", "home": [52.09, 5.12], "availability": [[420, 720]]}],
    "visits": [{"id": "v1", "location": [52.10, 5.13], "duration": 30, "windows": [[480, 540]]}]
  })");
}

TEST(NativeProblemJson, ReadsTheTinyExample) {
  auto result = read_native_problem(read_source_file("examples/tiny.json"));
  ASSERT_TRUE(result.ok()) << result.error().message();
  const Problem& p = result.value();
  EXPECT_EQ(p.name(), "tiny-utrecht");
  EXPECT_EQ(p.caregivers().size(), 3U);
  EXPECT_EQ(p.visits().size(), 10U);
  ASSERT_EQ(p.links().size(), 2U);
  EXPECT_EQ(p.links()[0].kind, Link::Kind::synchronised);
  EXPECT_EQ(p.travel().kind(), TravelModel::Kind::geographic);

  const auto& anna = p.caregivers()[0];
  ASSERT_EQ(anna.availability.size(), 2U);
  EXPECT_EQ(anna.availability[0], (TimeWindow{Duration(7 * 3600), Duration(12 * 3600 + 30 * 60)}));
  EXPECT_EQ(anna.hourly_cost, 3'200'000);  // 3200 cents, 1000 cost ticks per cent
  ASSERT_TRUE(anna.break_rule.has_value());
  EXPECT_EQ(anna.break_rule->after, Duration(330 * 60));
  EXPECT_EQ(p.caregivers()[2].kind, CaregiverKind::volunteer);

  int digital = 0;
  int need_injection = 0;
  for (const auto& v : p.visits()) {
    digital += v.mode == VisitMode::digital ? 1 : 0;
    need_injection += v.certificates.contains(0) ? 1 : 0;
  }
  EXPECT_EQ(digital, 1);
  EXPECT_EQ(need_injection, 1);
  EXPECT_EQ(p.certificate_names()[0], "injection");
  // The two hoist visits of one client are at one address: one location, no travel between them.
  EXPECT_EQ(p.visits()[2].location, p.visits()[3].location);
}

TEST(NativeProblemJson, TimesAreMinutesOrClockTextAndBecomeSeconds) {
  json j = one_visit();
  j["visits"][0]["windows"] = json::parse(R"([[450, "08:00"], ["09:15", 600.5]])");
  j["visits"][0]["duration"] = 7.5;
  j["visits"][0]["due"] = "26:30";
  const Problem p = read_ok(j);
  const auto& v = p.visits()[0];
  EXPECT_EQ(v.windows[0], (TimeWindow{Duration(450 * 60), Duration(8 * 3600)}));
  EXPECT_EQ(v.windows[1], (TimeWindow{Duration(9 * 3600 + 15 * 60), Duration(600 * 60 + 30)}));
  EXPECT_EQ(v.duration, Duration(450));
  EXPECT_EQ(v.due, Duration((26 * 60 + 30) * 60));  // hours past 23 are the next day
}

TEST(NativeProblemJson, DefaultsAreTheDocumentedOnes) {
  json j = one_visit();
  j["visits"].push_back(json::parse(R"({"id": "v2", "location": [52.1, 5.1], "duration": 10, "windows": [[0, 60]]})"));
  j["links"] = json::parse(R"([{"type": "precedence", "first": "v1", "second": "v2"}])");
  const Problem p = read_ok(j);
  const auto& v = p.visits()[0];
  EXPECT_EQ(v.client, "v1");
  EXPECT_EQ(v.priority, 1);
  EXPECT_TRUE(v.must_plan);
  EXPECT_EQ(v.lateness_weight, 1);
  EXPECT_EQ(v.level, 0);
  EXPECT_EQ(v.mode, VisitMode::physical);
  EXPECT_FALSE(v.due.has_value());
  const auto& c = p.caregivers()[0];
  EXPECT_EQ(c.kind, CaregiverKind::employee);
  EXPECT_EQ(c.mode, TravelMode::bike);
  EXPECT_EQ(c.end_location, c.start_location);  // back home unless told otherwise
  EXPECT_FALSE(c.max_work.has_value());
  EXPECT_EQ(c.hourly_cost, 0);
  const auto& link = p.links()[0];
  EXPECT_EQ(link.min_gap, Duration(0));
  EXPECT_EQ(link.max_gap, Duration::max());
  EXPECT_FALSE(link.different_caregivers);
  EXPECT_EQ(p.objective().new_face, domain::Objective::care_defaults().new_face);
  EXPECT_EQ(p.scale().time_ticks_per_unit, 60);
  EXPECT_EQ(p.scale().cost_ticks_per_unit, 1000);
}

TEST(NativeProblemJson, ExplicitNullEndMeansTheRouteEndsAtTheLastVisit) {
  json j = one_visit();
  j["caregivers"][0]["end"] = nullptr;
  EXPECT_EQ(read_ok(j).caregivers()[0].end_location, -1);
  j["caregivers"][0]["end"] = {52.2, 5.2};
  const Problem p = read_ok(j);
  EXPECT_NE(p.caregivers()[0].end_location, p.caregivers()[0].start_location);
  EXPECT_GE(p.caregivers()[0].end_location, 0);
}

TEST(NativeProblemJson, CoordinatesAreLatitudeThenLongitude) {
  const Problem p = read_ok(one_visit());
  const domain::Point home = p.travel().point(p.caregivers()[0].start_location);
  EXPECT_DOUBLE_EQ(home.y, 52.09);
  EXPECT_DOUBLE_EQ(home.x, 5.12);
  // About 1.3 km as the crow flies, times the default detour factor 1.3.
  const auto metres = p.travel_distance(p.caregivers()[0].start_location, p.visits()[0].location).get();
  EXPECT_GT(metres, 1500);
  EXPECT_LT(metres, 2000);
}

TEST(NativeProblemJson, MatrixGivesSecondsAndMetresByLocationIndex) {
  const Problem p = read_ok(json::parse(R"({
    "matrix": {"durations": [[0, 300], [310, 0]], "distances": [[0, 1200], [1250, 0]]},
    "caregivers": [{"id": "c1", "home_index": 0, "availability": [["07:00", "12:00"]]}],
    "visits": [{"id": "v1", "location_index": 1, "duration": 30, "windows": [["08:00", "09:00"]]}]
  })"));
  EXPECT_EQ(p.travel().kind(), TravelModel::Kind::matrix);
  EXPECT_EQ(p.travel_time(TravelMode::bike, 0, 1), Duration(300));
  EXPECT_EQ(p.travel_time(TravelMode::car, 1, 0), Duration(310));
  EXPECT_EQ(p.travel_distance(1, 0), Distance(1250));
  EXPECT_EQ(p.visits()[0].location, 1);
}

TEST(NativeProblemJson, TravelSettingsChangeTheGeographicModel) {
  json j = one_visit();
  j["travel"] = json::parse(R"({"detour_factor": 1.0, "speed_kmh": {"bike": 18}, "overhead_seconds": {"bike": 0}})");
  const Problem p = read_ok(j);
  EXPECT_DOUBLE_EQ(p.travel().settings().detour_factor, 1.0);
  EXPECT_DOUBLE_EQ(p.travel().settings().speed_kmh[1], 18.0);
  EXPECT_EQ(p.travel().settings().overhead_seconds[1], 0);
  EXPECT_DOUBLE_EQ(p.travel().settings().speed_kmh[3], 30.0);  // untouched modes keep their default
}

TEST(NativeProblemJson, ReferencesResolveById) {
  json j = one_visit();
  j["caregivers"].push_back(json::parse(R"({"id": "c2", "availability": [[0, 1440]]})"));
  j["visits"][0]["preferred"] = {"c2"};
  j["visits"][0]["excluded"] = {"c1"};
  j["visits"][0]["history"] = {"c2", "c1"};
  j["visits"][0]["pinned"] = json::parse(R"({"caregiver": "c2", "start": "08:10"})");
  const Problem p = read_ok(j);
  const auto& v = p.visits()[0];
  EXPECT_EQ(v.preferred, std::vector<int>{1});
  EXPECT_EQ(v.excluded, std::vector<int>{0});
  EXPECT_EQ(v.history, (std::vector<int>{1, 0}));
  EXPECT_EQ(v.pinned_caregiver, 1);
  EXPECT_EQ(v.pinned_start, Duration(8 * 3600 + 600));
  EXPECT_FALSE(p.qualified(0, 0));
  EXPECT_TRUE(p.qualified(1, 0));
}

TEST(NativeProblemJson, ObjectiveStartsFromItsKindAndTakesOverrides) {
  json j = one_visit();
  j["objective"] = json::parse(R"({"kind": "distance", "per_route": 5000, "labour": true})");
  const Problem p = read_ok(j);
  EXPECT_EQ(p.objective().kind, domain::ObjectiveKind::distance);
  EXPECT_EQ(p.objective().distance, 1);
  EXPECT_EQ(p.objective().per_route, 5000);
  EXPECT_TRUE(p.objective().labour);
}

TEST(NativeProblemJson, CapacityDimensionsGiveDemandAndCapacity) {
  json j = one_visit();
  j["capacity_dimensions"] = 2;
  j["caregivers"][0]["capacity"] = {10, 3};
  j["visits"][0]["demand"] = {4, 1};
  j["visits"].push_back(json::parse(R"({"id": "v2", "location": [52.1, 5.1], "duration": 10, "windows": [[0, 60]]})"));
  const Problem p = read_ok(j);
  EXPECT_EQ(p.caregivers()[0].capacity, (std::vector<std::int64_t>{10, 3}));
  EXPECT_EQ(p.visits()[0].demand, (std::vector<std::int64_t>{4, 1}));
  EXPECT_EQ(p.visits()[1].demand, (std::vector<std::int64_t>{0, 0}));  // left out means none
}

// problem -> json -> problem -> json gives the same json.
void expect_round_trip(const Problem& p) {
  const json first = write_native_problem(p);
  auto again = read_native_problem(first.dump());
  ASSERT_TRUE(again.ok()) << again.error().message() << "\n" << first.dump(2);
  EXPECT_EQ(write_native_problem(again.value()), first);
}

TEST(NativeProblemJson, TinyExampleRoundTripsExactly) {
  auto p = read_native_problem(read_source_file("examples/tiny.json"));
  ASSERT_TRUE(p.ok()) << p.error().message();
  expect_round_trip(p.value());
}

TEST(NativeProblemJson, EveryFieldRoundTripsExactly) {
  const Problem p = read_ok(json::parse(R"({
    "name": "everything",
    "certificates": ["injection", "catheter", "stoma"],
    "capacity_dimensions": 1,
    "travel": {"detour_factor": 1.25, "speed_kmh": {"car": 35.5}, "overhead_seconds": {"walk": 5}},
    "caregivers": [
      {"id": "a", "level": 5, "certificates": ["stoma", "injection"], "kind": "freelancer", "travel_mode": "car",
       "home": [52.0, 5.0], "end": [52.01, 5.01], "availability": [["07:00", "11:00"], [900, 1200.25]],
       "max_work_minutes": 450.5, "break": {"after_minutes": 330, "length_minutes": 30},
       "hourly_cost_cents": 2999.999, "capacity": [7], "max_visits": 9},
      {"id": "b", "kind": "volunteer", "home": [52.02, 5.02], "end": null, "availability": [[0, 2880]], "capacity": [0]},
      {"id": "c", "availability": [[0, 60]], "capacity": [1]}
    ],
    "visits": [
      {"id": "v1", "client": "k1", "location": [52.05, 5.05], "duration": 12.25, "windows": [[0, 10], [20, 30]],
       "due": 25, "lateness_weight": 3, "level": 2, "certificates": ["catheter"], "priority": 4, "must_plan": false,
       "demand": [2], "preferred": ["a"], "excluded": ["b"], "history": ["a", "c"],
       "pinned": {"caregiver": "a", "start": 22.5}},
      {"id": "v2", "digital": true, "duration": 5, "windows": [["08:00", "08:30"]]},
      {"id": "v3", "location": [52.05, 5.05], "duration": 5, "windows": [[0, 100]]}
    ],
    "links": [
      {"type": "double_staffing", "first": "v1", "second": "v3"},
      {"type": "precedence", "first": "v2", "second": "v3", "min_gap": -15, "max_gap": 45.5, "different_caregivers": true}
    ],
    "objective": {"kind": "hhc", "new_face": 77, "labour": true}
  })"));
  expect_round_trip(p);
  const json written = write_native_problem(p);
  EXPECT_EQ(written["caregivers"][0]["hourly_cost_cents"], 2999.999);
  EXPECT_EQ(written["caregivers"][1]["end"], nullptr);
  EXPECT_EQ(written["visits"][0]["pinned"]["start"], 22.5);
  EXPECT_EQ(written["visits"][1]["digital"], true);
  EXPECT_EQ(written["links"][1]["min_gap"], -15);
}

TEST(NativeProblemJson, MatrixAndCustomScaleRoundTripExactly) {
  // A benchmark written back in native form: times in units of 1000 ticks.
  const Problem p = read_ok(json::parse(R"({
    "name": "C101-like",
    "scale": {"time_ticks_per_unit": 1000, "distance_ticks_per_unit": 1000, "cost_ticks_per_unit": 1, "cost_divisor": 1},
    "matrix": {"durations": [[0, 12345], [12345, 0]], "distances": [[0, 12345], [12345, 0]]},
    "caregivers": [{"id": "1", "home_index": 0, "availability": [[0, 1236]]}],
    "visits": [{"id": "7", "location_index": 1, "duration": 90, "windows": [[912, 967.5]]}],
    "objective": {"kind": "distance"}
  })"));
  EXPECT_EQ(p.visits()[0].windows[0].close, Duration(967'500));
  EXPECT_EQ(p.visits()[0].duration, Duration(90'000));
  expect_round_trip(p);
  EXPECT_EQ(write_native_problem(p)["scale"]["time_ticks_per_unit"], 1000);
}

TEST(NativeProblemJson, VehiclesThenDistanceRoundTripsWithItsRouteWeight) {
  const Problem p = read_ok(json::parse(R"({
    "matrix": {"durations": [[0, 60], [60, 0]], "distances": [[0, 500], [500, 0]]},
    "caregivers": [{"id": "1", "home_index": 0, "availability": [[0, 600]]}],
    "visits": [{"id": "7", "location_index": 1, "duration": 9, "windows": [[0, 300]]}],
    "objective": {"kind": "distance"}
  })")).with_vehicles_then_distance();
  EXPECT_EQ(p.objective().kind, domain::ObjectiveKind::vehicles_then_distance);
  EXPECT_EQ(p.objective().per_route, 2 * 500 + 1);  // two arcs at most: out to the visit and back
  EXPECT_EQ(write_native_problem(p)["objective"]["kind"], "vehicles_then_distance");
  expect_round_trip(p);
}

TEST(NativeProblemJson, SecondsThatAreNotWholeMinutesSurviveTheRoundTrip) {
  domain::ProblemData d;
  d.name = "by hand";
  d.travel = TravelModel::from_matrix(2, {0, 61, 59, 0}, {0, 100, 100, 0});
  domain::Caregiver c;
  c.id = "c";
  c.start_location = 0;
  c.end_location = 0;
  c.availability = {TimeWindow{Duration(1), Duration(86'399)}};
  c.hourly_cost = 1;  // a thousandth of a cent
  d.caregivers.push_back(c);
  domain::Visit v;
  v.id = "v";
  v.location = 1;
  v.duration = Duration(7);
  v.windows = {TimeWindow{Duration(3601), Duration(7203)}};
  d.visits.push_back(v);
  d.objective = domain::Objective::care_defaults();
  auto p = Problem::create(d);
  ASSERT_TRUE(p.ok()) << p.error().message();

  auto back = read_native_problem(write_native_problem(p.value()).dump());
  ASSERT_TRUE(back.ok()) << back.error().message();
  EXPECT_EQ(back.value().visits()[0].windows, p.value().visits()[0].windows);
  EXPECT_EQ(back.value().visits()[0].duration, Duration(7));
  EXPECT_EQ(back.value().caregivers()[0].availability, p.value().caregivers()[0].availability);
  EXPECT_EQ(back.value().caregivers()[0].hourly_cost, 1);
  EXPECT_EQ(back.value().travel_time(TravelMode::walk, 0, 1), Duration(61));
}

}  // namespace
}  // namespace carecrowd::io
