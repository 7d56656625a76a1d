#include <gtest/gtest.h>

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "io/VroomJson.h"
#include "io/native_test_support.h"

namespace carecrowd::io {
namespace {

using domain::Problem;
using domain::TimeWindow;
using domain::TravelMode;
using domain::TravelModel;
using nlohmann::json;
using testing::FailsAt;

json with_matrix() {
  return json::parse(R"({
    "vehicles": [
      {"id": 1, "start_index": 0, "end_index": 0, "capacity": [10, 4], "skills": [5, 7], "time_window": [28800, 61200],
       "max_tasks": 6},
      {"id": 2, "start_index": 3, "capacity": [8, 4]}
    ],
    "jobs": [
      {"id": 11, "location_index": 1, "service": 300, "delivery": [2, 1], "pickup": [1, 0], "skills": [5],
       "priority": 10, "time_windows": [[40000, 45000], [30000, 35000]], "description": "Mrs Jansen"},
      {"id": 12, "location_index": 2, "service": 600},
      {"id": 13, "location_index": 2, "amount": [1, 1]}
    ],
    "matrices": {"car": {
      "durations": [[0, 100, 200, 300], [100, 0, 150, 250], [200, 150, 0, 50], [300, 250, 50, 0]],
      "distances": [[0, 1000, 2000, 3000], [1000, 0, 1500, 2500], [2000, 1500, 0, 500], [3000, 2500, 500, 0]]
    }}
  })");
}

json with_coordinates() {
  return json::parse(R"({
    "vehicles": [{"id": 7, "profile": "bike", "start": [5.12, 52.09], "end": [5.12, 52.09]}],
    "jobs": [
      {"id": 1, "location": [5.13, 52.10], "service": 600},
      {"id": 2, "location": [5.13, 52.10], "service": 300},
      {"id": 3, "location": [5.10, 52.08]}
    ]
  })");
}

Problem read_ok(const json& j) {
  auto result = read_vroom_problem(j.dump());
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message());
  if (!result.ok()) throw std::runtime_error("read failed");
  return std::move(result).value();
}

TEST(VroomProblemJson, MatrixInputKeepsSecondsAndMetresAsTicks) {
  const Problem p = read_ok(with_matrix());
  EXPECT_EQ(p.scale().time_ticks_per_unit, 1);
  EXPECT_EQ(p.scale().distance_ticks_per_unit, 1);
  EXPECT_EQ(p.travel().kind(), TravelModel::Kind::matrix);
  EXPECT_EQ(p.travel().size(), 4);
  EXPECT_EQ(p.travel_time(TravelMode::car, 1, 3), Duration(250));
  EXPECT_EQ(p.travel_distance(2, 3), Distance(500));
}

TEST(VroomProblemJson, JobsBecomeVisits) {
  const Problem p = read_ok(with_matrix());
  ASSERT_EQ(p.visits().size(), 3U);
  const auto& job = p.visits()[0];
  EXPECT_EQ(job.id, "11");
  EXPECT_EQ(job.client, "11");
  EXPECT_EQ(job.location, 1);
  EXPECT_EQ(job.duration, Duration(300));
  EXPECT_EQ(job.demand, (std::vector<std::int64_t>{3, 1}));  // delivery + pickup
  EXPECT_EQ(job.priority, 11);
  EXPECT_TRUE(job.must_plan);
  // Windows are sorted; VROOM accepts any order.
  EXPECT_EQ(job.windows, (std::vector<TimeWindow>{{Duration(30000), Duration(35000)}, {Duration(40000), Duration(45000)}}));
  ASSERT_EQ(p.certificate_names().size(), 2U);
  EXPECT_EQ(p.certificate_names()[0], "5");
  EXPECT_TRUE(job.certificates.contains(0));
  EXPECT_FALSE(job.certificates.contains(1));
  // Without windows a job can be done at any time VROOM can express.
  EXPECT_EQ(p.visits()[1].windows, (std::vector<TimeWindow>{{Duration(0), Duration(4'294'967'295)}}));
  EXPECT_EQ(p.visits()[1].demand, (std::vector<std::int64_t>{0, 0}));
  EXPECT_EQ(p.visits()[2].demand, (std::vector<std::int64_t>{1, 1}));
  EXPECT_EQ(p.visits()[2].duration, Duration(0));
}

TEST(VroomProblemJson, VehiclesBecomeCaregivers) {
  const Problem p = read_ok(with_matrix());
  ASSERT_EQ(p.caregivers().size(), 2U);
  const auto& v1 = p.caregivers()[0];
  EXPECT_EQ(v1.id, "1");
  EXPECT_EQ(v1.start_location, 0);
  EXPECT_EQ(v1.end_location, 0);
  EXPECT_EQ(v1.capacity, (std::vector<std::int64_t>{10, 4}));
  EXPECT_EQ(v1.availability, (std::vector<TimeWindow>{{Duration(28800), Duration(61200)}}));
  EXPECT_EQ(v1.max_visits, 6);
  EXPECT_EQ(v1.certificates.size(), 2);
  const auto& v2 = p.caregivers()[1];
  EXPECT_EQ(v2.start_location, 3);
  EXPECT_EQ(v2.end_location, -1);  // an open route, as in VROOM
  EXPECT_FALSE(v2.max_visits.has_value());
  EXPECT_TRUE(p.qualified(0, 0));
  EXPECT_FALSE(p.qualified(1, 0));  // lacks skill 5
}

TEST(VroomProblemJson, ObjectiveIsVroomsTravelTimeCost) {
  const Problem p = read_ok(with_matrix());
  const auto& o = p.objective();
  // A second of travel costs per_hour (3600) cost ticks; 3600 ticks are one VROOM cost unit.
  EXPECT_EQ(p.scale().cost_ticks_per_unit, 3600);
  EXPECT_EQ(o.travel_time, 3600);
  EXPECT_EQ(o.distance, 0);
  EXPECT_EQ(o.per_route, 0);
  EXPECT_EQ(o.lateness, 0);
  EXPECT_EQ(o.new_face, 0);
  EXPECT_FALSE(o.labour);

  json j = with_matrix();
  for (auto& v : j["vehicles"]) v["costs"] = {{"fixed", 100}, {"per_hour", 1800}, {"per_km", 10}};
  const Problem priced = read_ok(j);
  EXPECT_EQ(priced.objective().travel_time, 1800);
  EXPECT_EQ(priced.objective().distance, 36);  // 10 per km is 36 ticks per metre
  EXPECT_EQ(priced.objective().per_route, 360'000);
}

TEST(VroomProblemJson, CoordinatesAreLongitudeThenLatitude) {
  const Problem p = read_ok(with_coordinates());
  EXPECT_EQ(p.travel().kind(), TravelModel::Kind::geographic);
  const auto& c = p.caregivers()[0];
  EXPECT_EQ(c.id, "7");
  EXPECT_EQ(c.mode, TravelMode::bike);
  EXPECT_DOUBLE_EQ(p.travel().point(c.start_location).x, 5.12);
  EXPECT_DOUBLE_EQ(p.travel().point(c.start_location).y, 52.09);
  EXPECT_EQ(c.start_location, c.end_location);
  // Jobs at one address share a location; the home, the address and job 3: three locations.
  EXPECT_EQ(p.visits()[0].location, p.visits()[1].location);
  EXPECT_EQ(p.travel().size(), 3);
  EXPECT_GT(p.travel_distance(c.start_location, p.visits()[0].location), Distance(1000));
}

TEST(VroomProblemJson, SpeedFactorDividesTravelTimes) {
  json j = with_matrix();
  for (auto& v : j["vehicles"]) v["speed_factor"] = 2.0;
  EXPECT_EQ(read_ok(j).travel_time(TravelMode::car, 1, 3), Duration(125));
  json g = with_coordinates();
  g["vehicles"][0]["speed_factor"] = 1.5;
  EXPECT_DOUBLE_EQ(read_ok(g).travel().settings().speed_kmh[1], 22.5);
}

TEST(VroomProblemJson, LegacyMatrixGivesDurationsOnly) {
  const Problem p = read_ok(json::parse(R"({
    "vehicles": [{"id": 1, "start_index": 0}],
    "jobs": [{"id": 2, "location_index": 1}],
    "matrix": [[0, 42], [43, 0]]
  })"));
  EXPECT_EQ(p.travel_time(TravelMode::car, 1, 0), Duration(43));
  EXPECT_EQ(p.travel_distance(0, 1), Distance(0));
}

TEST(VroomProblemJson, BreaksAreReadButNotEnforced) {
  json j = with_matrix();
  j["vehicles"][0]["breaks"] = json::parse(R"([{"id": 1, "time_windows": [[36000, 37800]], "service": 1800}])");
  EXPECT_FALSE(read_ok(j).caregivers()[0].break_rule.has_value());
}

TEST(VroomProblemJson, UnsupportedFeaturesAreRefusedByName) {
  json j = with_matrix();
  j["shipments"] = json::parse(R"([{"pickup": {"id": 1, "location_index": 0}, "delivery": {"id": 1, "location_index": 1}}])");
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "shipments", "", "shipments are not supported"));
  j = with_matrix();
  j["shipments"] = json::array();  // an empty list asks for nothing
  EXPECT_TRUE(read_vroom_problem(j.dump()).ok());
  j = with_matrix();
  j["jobs"][1]["setup"] = 60;
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "jobs[1].setup", "12", "not supported"));
  j = with_matrix();
  j["vehicles"][1]["max_travel_time"] = 3600;
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "vehicles[1].max_travel_time", "2", "not supported"));
  j = with_matrix();
  j["vehicles"][0]["steps"] = json::array();
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "vehicles[0].steps", "1", "not supported"));
  j = with_matrix();
  j["matrices"]["car"]["costs"] = j["matrices"]["car"]["durations"];
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "matrices.car.costs", "", "not supported"));
  j = with_matrix();
  j["vehicles"][1]["profile"] = "bike";
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "vehicles[1].profile", "2", "one profile"));
  j = with_matrix();
  j["vehicles"][0]["costs"] = {{"fixed", 10}};
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "vehicles[1].costs", "2", "share their costs"));
  j = with_matrix();
  for (auto& v : j["vehicles"]) v["costs"] = {{"per_km", 3}};
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "vehicles[0].costs.per_km", "1", "multiple of 5"));
}

TEST(VroomProblemJson, BadInputIsNamedInVroomTerms) {
  json j = with_matrix();
  j["jobs"][2]["location_index"] = 4;
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "jobs[2].location_index", "13", "only 4 locations"));
  j = with_matrix();
  j["jobs"][0].erase("location_index");
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "jobs[0].location_index", "11", "required"));
  j = with_matrix();
  j["jobs"][0]["time_windows"][0] = {45000, 40000};
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "jobs[0].time_windows[0]", "11", "closes before it opens"));
  j = with_matrix();
  j["jobs"][0]["time_windows"][1] = {41000, 46000};
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "jobs[0].time_windows[1]", "11", "overlap"));
  j = with_matrix();
  j["jobs"][1]["delivery"] = {1};
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "jobs[1].delivery", "12", "same length"));
  j = with_matrix();
  j["jobs"][1]["id"] = 11;
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "jobs[1].id", "11", "twice"));
  j = with_matrix();
  j["jobs"][0]["priority"] = 101;
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "jobs[0].priority", "11", "between 0 and 100"));
  j = with_matrix();
  j["jobs"][0]["service"] = -1;
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "jobs[0].service", "11", "between 0"));
  j = with_matrix();
  j["matrices"]["car"]["durations"][2] = {200, 150, 0};
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "matrices.car.durations[2]", "", "has 3 entries"));
  j = with_matrix();
  j["matrices"] = {{"truck", j["matrices"]["car"]}};
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "matrices.car", "", "required"));
  j = with_coordinates();
  j["jobs"][2]["location"] = {52.08, 5.10, 3};
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "jobs[2].location", "3", "[longitude, latitude]"));
  j = with_coordinates();
  j["jobs"][2]["location_index"] = 0;
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "jobs[2].location_index", "3", "matrices"));
  j = with_coordinates();
  j["vehicles"][0]["time_window"] = {100};
  EXPECT_TRUE(FailsAt(read_vroom_problem(j.dump()), "vehicles[0].time_window", "7", "[start, end]"));
  EXPECT_TRUE(FailsAt(read_vroom_problem(R"({"jobs": []})"), "vehicles", "", "required"));
  EXPECT_TRUE(FailsAt(read_vroom_problem(R"({"vehicles": []})"), "vehicles", "", "at least one vehicle"));
  EXPECT_FALSE(read_vroom_problem("{\"vehicles\": ").ok());
}

}  // namespace
}  // namespace carecrowd::io
