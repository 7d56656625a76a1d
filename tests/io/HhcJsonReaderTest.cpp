#include "io/HhcJsonReader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "BenchmarkFiles.h"
#include "TinyHhc.h"
#include "io/HhcReader.h"
#include "io/MankowskaReader.h"

namespace carecrowd::io {
namespace {

using domain::Link;
using domain::TimeWindow;
using testing::benchmark_files;
using testing::benchmark_text;
using testing::tiny_hhc_json;
using Json = nlohmann::json;

std::int64_t ticks(const Json& units) { return std::llround(units.get<double>() * 1000); }

// Checks the Problem against the JSON it came from, field by field, with the mapping documented in
// HhcInstance.h and HhcJsonReader.h.
void expect_matches_json(const domain::Problem& problem, const Json& j) {
  const Json& patients = j["patients"];
  std::size_t v = 0;
  std::size_t links = 0;
  for (std::size_t i = 0; i < patients.size(); ++i) {
    const Json& p = patients[i];
    const std::size_t first = v;
    for (const Json& r : p["required_caregivers"]) {
      ASSERT_LT(v, problem.visits().size());
      const auto& visit = problem.visits()[v++];
      EXPECT_EQ(visit.id, p["id"].get<std::string>() + "-" + r["service"].get<std::string>());
      EXPECT_EQ(visit.client, p["id"].get<std::string>());
      EXPECT_EQ(visit.location, static_cast<int>(i) + 1);
      EXPECT_EQ(visit.duration, Duration(ticks(r["duration"])));
      EXPECT_EQ(visit.windows[0].open, Duration(ticks(p["time_window"][0])));
      EXPECT_EQ(visit.due, Duration(ticks(p["time_window"][1])));
      ASSERT_EQ(visit.certificates.size(), 1);
    }
    if (!p.contains("synchronization")) continue;
    ASSERT_LT(links, problem.links().size());
    const Link& l = problem.links()[links++];
    EXPECT_EQ(l.first, static_cast<int>(first));
    EXPECT_EQ(l.second, static_cast<int>(first) + 1);
    if (p["synchronization"]["type"] == "simultaneous") {
      EXPECT_EQ(l.kind, Link::Kind::synchronised);
    } else {
      EXPECT_EQ(l.kind, Link::Kind::precedence);
      EXPECT_EQ(l.min_gap, Duration(ticks(p["synchronization"]["distance"][0])));
      EXPECT_EQ(l.max_gap, Duration(ticks(p["synchronization"]["distance"][1])));
    }
  }
  EXPECT_EQ(v, problem.visits().size());
  EXPECT_EQ(links, problem.links().size());
  ASSERT_EQ(problem.caregivers().size(), j["caregivers"].size());
  for (std::size_t c = 0; c < problem.caregivers().size(); ++c) {
    EXPECT_EQ(problem.caregivers()[c].id, j["caregivers"][c]["id"].get<std::string>());
    EXPECT_EQ(problem.caregivers()[c].certificates.size(), static_cast<int>(j["caregivers"][c]["abilities"].size()));
  }
  const Json& d = j["distances"];
  for (std::size_t a = 0; a < d.size(); a += 7)
    for (std::size_t b = 0; b < d.size(); b += 5)
      EXPECT_EQ(problem.travel().distance(static_cast<int>(a), static_cast<int>(b)), Distance(ticks(d[a][b])));
}

TEST(HhcJsonReader, ReadsAKummerInstanceFieldByField) {
  const std::string name = "hhc_kummer2021/HHCRSP_25_5_21_1.6_R_RC.json";
  const auto text = benchmark_text(name);
  if (!text) GTEST_SKIP() << "benchmark file absent";
  const auto p = read_hhc_json(*text, name);
  ASSERT_TRUE(p.ok()) << p.error().message();
  EXPECT_EQ(p.value().name(), "HHCRSP_25_5_21_1.6_R_RC");
  EXPECT_EQ(p.value().certificate_names(), (std::vector<std::string>{"s1", "s2", "s3", "s4", "s5", "s6"}));
  EXPECT_EQ(p.value().scale().cost_divisor, 3);
  expect_matches_json(p.value(), Json::parse(*text));
}

TEST(HhcJsonReader, ReadsAnItalianInstanceAndRoundsNearlyWholeWindows) {
  const std::string name = "hhc_ceschia2024_italian/instance_000-cosenza-r26-p299-s4-sim1.6-seq5.7.json";
  const auto text = benchmark_text(name);
  if (!text) GTEST_SKIP() << "benchmark file absent";
  const auto p = read_hhc_json(*text, name);
  ASSERT_TRUE(p.ok()) << p.error().message();
  const Json j = Json::parse(*text);
  expect_matches_json(p.value(), j);
  EXPECT_EQ(p.value().certificate_names(), (std::vector<std::string>{"s1", "s2", "s3", "s4"}));
  // Windows such as 459.99999999999994 are 460 to the tick.
  for (std::size_t i = 0; i < j["patients"].size(); ++i) {
    const double e = j["patients"][i]["time_window"][0].get<double>();
    if (e == std::floor(e)) continue;
    const auto& visit = *std::find_if(p.value().visits().begin(), p.value().visits().end(),
                                      [&](const auto& v) { return v.location == static_cast<int>(i) + 1; });
    EXPECT_EQ(visit.windows[0].open.get() % 1000, 0) << visit.id << " " << e;
  }
}

TEST(HhcJsonReader, ReadsEveryKummerAndItalianFile) {
  auto files = benchmark_files("hhc_kummer2021", ".json");
  const auto more = benchmark_files("hhc_ceschia2024_italian", ".json");
  files.insert(files.end(), more.begin(), more.end());
  if (files.empty()) GTEST_SKIP() << "benchmark files absent";
  for (const auto& f : files) {
    const auto text = read_text_file(f.string());
    ASSERT_TRUE(text.ok()) << f;
    const auto p = read_hhc(text.value(), f.string());
    ASSERT_TRUE(p.ok()) << p.error().message();
    EXPECT_EQ(p.value().travel().size(), static_cast<int>(Json::parse(text.value())["patients"].size()) + 1);
  }
}

TEST(HhcJsonReader, TheSameInstanceInBothLayoutsGivesTheSameProblem) {
  const auto json = read_hhc_json(tiny_hhc_json, "tiny.json");
  const auto text = read_mankowska(testing::tiny_mankowska(), "tiny.txt");
  ASSERT_TRUE(json.ok()) << json.error().message();
  ASSERT_TRUE(text.ok()) << text.error().message();
  const auto& a = json.value();
  const auto& b = text.value();
  EXPECT_EQ(a.name(), b.name());  // both "tiny"
  ASSERT_EQ(a.visits().size(), b.visits().size());
  for (std::size_t v = 0; v < a.visits().size(); ++v) {
    EXPECT_EQ(a.visits()[v].id, b.visits()[v].id);
    EXPECT_EQ(a.visits()[v].client, b.visits()[v].client);
    EXPECT_EQ(a.visits()[v].location, b.visits()[v].location);
    EXPECT_EQ(a.visits()[v].duration, b.visits()[v].duration);
    EXPECT_EQ(a.visits()[v].windows, b.visits()[v].windows);
    EXPECT_EQ(a.visits()[v].due, b.visits()[v].due);
    EXPECT_EQ(a.visits()[v].certificates, b.visits()[v].certificates);
  }
  ASSERT_EQ(a.links().size(), 1U);
  ASSERT_EQ(b.links().size(), 1U);
  EXPECT_EQ(a.links()[0].kind, b.links()[0].kind);
  EXPECT_EQ(a.links()[0].min_gap, b.links()[0].min_gap);
  EXPECT_EQ(a.links()[0].max_gap, b.links()[0].max_gap);
  ASSERT_EQ(a.caregivers().size(), b.caregivers().size());
  for (std::size_t c = 0; c < a.caregivers().size(); ++c) {
    EXPECT_EQ(a.caregivers()[c].id, b.caregivers()[c].id);
    EXPECT_EQ(a.caregivers()[c].certificates, b.caregivers()[c].certificates);
    EXPECT_EQ(a.caregivers()[c].availability, b.caregivers()[c].availability);
  }
  ASSERT_EQ(a.travel().size(), b.travel().size());
  for (int x = 0; x < a.travel().size(); ++x)
    for (int y = 0; y < a.travel().size(); ++y) {
      EXPECT_EQ(a.travel().distance(x, y), b.travel().distance(x, y));
      EXPECT_EQ(a.travel().duration(domain::TravelMode::car, x, y), b.travel().duration(domain::TravelMode::car, x, y));
    }
}

TEST(HhcJsonReader, SequentialServicesKeepTheListedOrderEvenWhenTheFirstHasTheHigherType) {
  Json j = Json::parse(tiny_hhc_json);
  auto& rc = j["patients"][1]["required_caregivers"];
  std::swap(rc[0], rc[1]);
  const auto p = read_hhc_json(j.dump(), "swapped.json");
  ASSERT_TRUE(p.ok()) << p.error().message();
  const Link& l = p.value().links()[0];
  EXPECT_EQ(p.value().visits()[l.first].id, "p2-s2");
  EXPECT_EQ(p.value().visits()[l.second].id, "p2-s1");
}

TEST(HhcJsonReader, MissingDurationFallsBackToTheServiceDefaultAndRepeatedServicesGetASuffix) {
  Json j = Json::parse(tiny_hhc_json);
  j["patients"][1]["required_caregivers"] = Json::parse(R"([{"service": "s2"}, {"service": "s2", "duration": 3}])");
  const auto p = read_hhc_json(j.dump(), "repeat.json");
  ASSERT_TRUE(p.ok()) << p.error().message();
  EXPECT_EQ(p.value().visits()[1].id, "p2-s2");
  EXPECT_EQ(p.value().visits()[1].duration, Duration(10'000));
  EXPECT_EQ(p.value().visits()[2].id, "p2-s2#2");
  EXPECT_EQ(p.value().visits()[2].duration, Duration(3000));
}

void expect_error(const std::string& text, const std::string& field_part, const std::string& reason_part) {
  const auto p = read_hhc_json(text, "bad.json");
  ASSERT_FALSE(p.ok()) << "expected an error mentioning " << field_part;
  EXPECT_NE(p.error().field.find(field_part), std::string::npos) << p.error().message();
  EXPECT_NE(p.error().reason.find(reason_part), std::string::npos) << p.error().message();
}

std::string edited(const std::function<void(Json&)>& edit) {
  Json j = Json::parse(tiny_hhc_json);
  edit(j);
  return j.dump();
}

TEST(HhcJsonReader, MalformedJsonIsAnErrorNotAnException) {
  expect_error(tiny_hhc_json.substr(0, 200), "bad.json: line 5, column 55", "not valid JSON");
  expect_error("", "bad.json", "not valid JSON");
  expect_error("[1, 2]", "bad.json", "must be a JSON object");
}

TEST(HhcJsonReader, ADistanceMatrixOfTheWrongSizeNamesIt) {
  expect_error(edited([](Json& j) { j["distances"].erase(2); }), "bad.json: distances", "must have 3 rows");
  expect_error(edited([](Json& j) { j["distances"][1].erase(0); }), "distances[1]", "array of 3 numbers");
  expect_error(edited([](Json& j) { j["distances"][1][2] = -1; }), "distances[1][2]", "must not be negative");
  expect_error(edited([](Json& j) { j["distances"][1][2] = "far"; }), "distances[1][2]", "must be a number");
}

TEST(HhcJsonReader, BadPatientsNameTheFieldAndThePatient) {
  expect_error(edited([](Json& j) { j["patients"][1]["required_caregivers"][0]["duration"] = -15; }),
               "patients[1].required_caregivers[0].duration", "must not be negative");
  expect_error(edited([](Json& j) { j["patients"][0]["time_window"] = {40, 10}; }), "patients[0].time_window",
               "closes before it opens");
  expect_error(edited([](Json& j) { j["patients"][0]["time_window"] = {10}; }), "patients[0].time_window",
               "must have 2 elements");
  expect_error(edited([](Json& j) { j["patients"][0]["required_caregivers"][0]["service"] = "s9"; }),
               "patients[0].required_caregivers[0].service", "unknown service 's9'");
  expect_error(edited([](Json& j) { j["patients"][1]["synchronization"]["type"] = "later"; }),
               "patients[1].synchronization.type", "simultaneous");
  expect_error(edited([](Json& j) { j["patients"][1]["synchronization"]["distance"] = {25, 5}; }),
               "patients[1].synchronization.distance", "smaller than the minimum");
  expect_error(edited([](Json& j) { j["patients"][0]["synchronization"] = {{"type", "simultaneous"}}; }),
               "patients[0].synchronization", "exactly two");
  expect_error(edited([](Json& j) { j["patients"][1]["id"] = "p1"; }), "patients[1].id", "used twice");
  expect_error(edited([](Json& j) { j["patients"][1].erase("id"); }), "patients[1].id", "missing");
  expect_error(edited([](Json& j) { j["patients"][1]["required_caregivers"] = Json::array(); }),
               "patients[1].required_caregivers", "one or two");
}

TEST(HhcJsonReader, BadTopLevelListsAreNamed) {
  expect_error(edited([](Json& j) { j.erase("patients"); }), "bad.json: patients", "missing");
  expect_error(edited([](Json& j) { j["central_offices"].push_back(j["central_offices"][0]); }), "central_offices",
               "exactly one office");
  expect_error(edited([](Json& j) { j["caregivers"][1]["abilities"] = {"s1", "x"}; }), "caregivers[1].abilities[1]",
               "unknown service");
  expect_error(edited([](Json& j) { j["services"][1]["id"] = "s1"; }), "services[1].id", "used twice");
  expect_error(edited([](Json& j) { j["caregivers"][1]["id"] = "c1"; }), "caregivers[1].id", "used twice");
}

}  // namespace
}  // namespace carecrowd::io
