// Every kind of bad native problem input is an Error that names the field path and the id.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/Utf8.h"
#include "io/NativeProblemJson.h"
#include "io/native_test_support.h"

namespace carecrowd::io {
namespace {

using nlohmann::json;
using testing::FailsAt;

json valid() {
  return json::parse(R"({
    "certificates": ["injection"],
    "caregivers": [
      {"id": "anna", "home": [52.09, 5.12], "certificates": ["injection"], "availability": [["07:00", "12:00"]]},
      {"id": "bram", "home": [52.10, 5.10], "availability": [["07:00", "12:00"]]}
    ],
    "visits": [
      {"id": "v1", "location": [52.10, 5.13], "duration": 30, "windows": [["08:00", "09:00"]]},
      {"id": "v2", "location": [52.11, 5.13], "duration": 20, "windows": [["08:00", "10:00"], ["11:00", "11:30"]]}
    ],
    "links": [{"type": "double_staffing", "first": "v1", "second": "v2"}]
  })");
}

json valid_matrix() {
  return json::parse(R"({
    "matrix": {"durations": [[0, 60, 70], [60, 0, 80], [70, 80, 0]], "distances": [[0, 1, 2], [1, 0, 3], [2, 3, 0]]},
    "caregivers": [{"id": "anna", "home_index": 0, "availability": [[0, 600]]}],
    "visits": [{"id": "v1", "location_index": 2, "duration": 30, "windows": [[60, 120]]}]
  })");
}

Result<domain::Problem> read(const json& j) { return read_native_problem(j.dump()); }

TEST(NativeProblemJsonErrors, TheValidBasesAreValid) {
  EXPECT_TRUE(read(valid()).ok());
  EXPECT_TRUE(read(valid_matrix()).ok());
}

TEST(NativeProblemJsonErrors, UnknownCaregiverReferencesNameTheVisit) {
  for (const char* field : {"preferred", "excluded", "history"}) {
    json j = valid();
    j["visits"][1][field] = {"anna", "nobody"};
    EXPECT_TRUE(FailsAt(read(j), std::string("visits[1].") + field + "[1]", "v2", "unknown caregiver \"nobody\""));
  }
  json j = valid();
  j["visits"][0]["pinned"] = {{"caregiver", "zoe"}};
  EXPECT_TRUE(FailsAt(read(j), "visits[0].pinned.caregiver", "v1", "\"zoe\""));
}

TEST(NativeProblemJsonErrors, UnknownVisitInALinkIsNamed) {
  json j = valid();
  j["links"][0]["second"] = "v9";
  EXPECT_TRUE(FailsAt(read(j), "links[0].second", "v1", "unknown visit \"v9\""));
  j = valid();
  j["links"][0]["first"] = "v0";
  EXPECT_TRUE(FailsAt(read(j), "links[0].first", "v0", "unknown visit \"v0\""));
}

TEST(NativeProblemJsonErrors, NegativeDurationsAreRefused) {
  json j = valid();
  j["visits"][1]["duration"] = -5;
  EXPECT_TRUE(FailsAt(read(j), "visits[1].duration", "v2", "negative"));
  j = valid();
  j["caregivers"][0]["max_work_minutes"] = -1;
  EXPECT_TRUE(FailsAt(read(j), "caregivers[0].max_work_minutes", "anna", "negative"));
  j = valid();
  j["caregivers"][1]["break"] = {{"after_minutes", 300}, {"length_minutes", 0}};
  EXPECT_TRUE(FailsAt(read(j), "caregivers[1].break.length_minutes", "bram", "positive"));
}

TEST(NativeProblemJsonErrors, AWindowThatClosesBeforeItOpensIsNamed) {
  json j = valid();
  j["visits"][1]["windows"][1] = {"11:30", "11:00"};
  EXPECT_TRUE(FailsAt(read(j), "visits[1].windows[1]", "v2", "closes before it opens"));
  j = valid();
  j["caregivers"][1]["availability"][0] = {600, 500};
  EXPECT_TRUE(FailsAt(read(j), "caregivers[1].availability[0]", "bram", "closes before it opens"));
}

TEST(NativeProblemJsonErrors, OverlappingOrEmptyWindowsAreRefused) {
  json j = valid();
  j["visits"][1]["windows"][1] = {"09:00", "11:00"};
  EXPECT_TRUE(FailsAt(read(j), "visits[1].windows[1]", "v2", "overlap"));
  j = valid();
  j["visits"][0]["windows"] = json::array();
  EXPECT_TRUE(FailsAt(read(j), "visits[0].windows", "v1", "at least one"));
}

TEST(NativeProblemJsonErrors, UnknownCertificatesAreNamed) {
  json j = valid();
  j["visits"][0]["certificates"] = {"injection", "stoma"};
  EXPECT_TRUE(FailsAt(read(j), "visits[0].certificates[1]", "v1", "unknown certificate \"stoma\""));
  j = valid();
  j["caregivers"][1]["certificates"] = {"catheter"};
  EXPECT_TRUE(FailsAt(read(j), "caregivers[1].certificates[0]", "bram", "\"catheter\""));
  j = valid();
  j["certificates"] = {"injection", "injection"};
  EXPECT_TRUE(FailsAt(read(j), "certificates[1]", "", "twice"));
}

TEST(NativeProblemJsonErrors, AMatrixOfTheWrongSizeIsNamed) {
  json j = valid_matrix();
  j["matrix"]["durations"][1] = {60, 0};
  EXPECT_TRUE(FailsAt(read(j), "matrix.durations[1]", "", "has 2 entries"));
  j = valid_matrix();
  j["matrix"]["distances"].erase(2);
  EXPECT_TRUE(FailsAt(read(j), "matrix.distances", "", "rows"));
  j = valid_matrix();
  j["matrix"]["distances"][0][1] = -3;
  EXPECT_TRUE(FailsAt(read(j), "matrix.distances[0][1]", "", "between 0"));
  j = valid_matrix();
  j["matrix"].erase("distances");
  EXPECT_TRUE(FailsAt(read(j), "matrix.distances", "", "required"));
}

TEST(NativeProblemJsonErrors, LocationsMustFitTheTravelModel) {
  json j = valid_matrix();
  j["visits"][0]["location_index"] = 3;
  EXPECT_TRUE(FailsAt(read(j), "visits[0].location_index", "v1", "only 3 locations"));
  j = valid_matrix();
  j["visits"][0]["location"] = {52.0, 5.0};
  EXPECT_TRUE(FailsAt(read(j), "visits[0].location", "v1", "location_index"));
  j = valid();
  j["caregivers"][0]["home_index"] = 0;
  EXPECT_TRUE(FailsAt(read(j), "caregivers[0].home_index", "anna", "matrix"));
  j = valid();
  j["visits"][1]["location"] = {95.0, 5.0};
  EXPECT_TRUE(FailsAt(read(j), "visits[1].location[0]", "v2", "latitude"));
  j = valid();
  j["visits"][1].erase("location");
  EXPECT_TRUE(FailsAt(read(j), "visits[1].location", "v2", "not digital"));
  j = valid();
  j["travel"] = {{"detour_factor", 1.2}};
  j["matrix"] = valid_matrix()["matrix"];
  EXPECT_TRUE(FailsAt(read(j), "travel", "", "coordinates only"));
}

TEST(NativeProblemJsonErrors, WrongTypesAreNamed) {
  json j = valid();
  j["visits"][0]["duration"] = "thirty";
  EXPECT_TRUE(FailsAt(read(j), "visits[0].duration", "v1", "must be a number"));
  j = valid();
  j["visits"][1]["windows"] = "all day";
  EXPECT_TRUE(FailsAt(read(j), "visits[1].windows", "v2", "must be an array"));
  j = valid();
  j["visits"][1]["windows"][0] = {"08:00"};
  EXPECT_TRUE(FailsAt(read(j), "visits[1].windows[0]", "v2", "[open, close]"));
  j = valid();
  j["caregivers"][0]["level"] = 2.5;
  EXPECT_TRUE(FailsAt(read(j), "caregivers[0].level", "anna", "whole number"));
  j = valid();
  j["caregivers"][0]["level"] = 7;
  EXPECT_TRUE(FailsAt(read(j), "caregivers[0].level", "anna", "between 0 and 6"));
  j = valid();
  j["visits"][0]["must_plan"] = "yes";
  EXPECT_TRUE(FailsAt(read(j), "visits[0].must_plan", "v1", "true or false"));
  j = valid();
  j["visits"][0]["id"] = true;
  EXPECT_TRUE(FailsAt(read(j), "visits[0].id", "", "string"));
  j = valid();
  j["caregivers"] = {{"id", "anna"}};
  EXPECT_TRUE(FailsAt(read(j), "caregivers", "", "must be an array"));
  j = valid();
  j["caregivers"][1]["kind"] = "intern";
  EXPECT_TRUE(FailsAt(read(j), "caregivers[1].kind", "bram", "\"intern\""));
  j = valid();
  j["caregivers"][1]["travel_mode"] = "scooter";
  EXPECT_TRUE(FailsAt(read(j), "caregivers[1].travel_mode", "bram", "\"scooter\""));
  j = valid();
  j["links"][0]["type"] = "together";
  EXPECT_TRUE(FailsAt(read(j), "links[0].type", "v1", "\"together\""));
  j = valid();
  j["objective"] = {{"kind", "cheapest"}};
  EXPECT_TRUE(FailsAt(read(j), "objective.kind", "", "\"cheapest\""));
  // Vehicles first needs a route's cost, which only the travel can bound: left out, refused.
  j["objective"] = {{"kind", "vehicles_then_distance"}};
  EXPECT_TRUE(FailsAt(read(j), "objective.per_route", "", "vehicles_then_distance"));
}

TEST(NativeProblemJsonErrors, ClockTimesMustBeWellFormed) {
  for (const char* bad : {"8:60", "08-00", "", "08:5", "noon", "1000:00"}) {
    json j = valid();
    j["visits"][0]["windows"][0][1] = bad;
    EXPECT_TRUE(FailsAt(read(j), "visits[0].windows[0][1]", "v1", "HH:MM")) << bad;
  }
  json j = valid();
  j["visits"][0]["due"] = "07:61";
  EXPECT_TRUE(FailsAt(read(j), "visits[0].due", "v1", "HH:MM"));
}

TEST(NativeProblemJsonErrors, MissingRequiredFieldsAreNamed) {
  json j = valid();
  j["visits"][0].erase("duration");
  EXPECT_TRUE(FailsAt(read(j), "visits[0].duration", "v1", "required"));
  j = valid();
  j["visits"][1].erase("windows");
  EXPECT_TRUE(FailsAt(read(j), "visits[1].windows", "v2", "required"));
  j = valid();
  j["visits"][1].erase("id");
  EXPECT_TRUE(FailsAt(read(j), "visits[1].id", "", "required"));
  j = valid();
  j["caregivers"][1].erase("availability");
  EXPECT_TRUE(FailsAt(read(j), "caregivers[1].availability", "bram", "required"));
  j = valid();
  j.erase("visits");
  EXPECT_TRUE(FailsAt(read(j), "visits", "", "required"));
  j = valid();
  j["links"][0].erase("type");
  EXPECT_TRUE(FailsAt(read(j), "links[0].type", "v1", "required"));
}

TEST(NativeProblemJsonErrors, MisspelledFieldsAreNotIgnored) {
  json j = valid();
  j["visits"][1]["windos"] = j["visits"][1]["windows"];
  EXPECT_TRUE(FailsAt(read(j), "visits[1].windos", "v2", "not a known field"));
  j = valid();
  j["vistis"] = json::array();
  EXPECT_TRUE(FailsAt(read(j), "vistis", "", "not a known field"));
}

TEST(NativeProblemJsonErrors, DuplicateIdsAreNamed) {
  json j = valid();
  j["visits"][1]["id"] = "v1";
  EXPECT_TRUE(FailsAt(read(j), "visits[1].id", "v1", "twice"));
  j = valid();
  j["caregivers"][1]["id"] = "anna";
  EXPECT_TRUE(FailsAt(read(j), "caregivers[1].id", "anna", "twice"));
}

TEST(NativeProblemJsonErrors, LinkGapsAreChecked) {
  json j = valid();
  j["links"][0]["min_gap"] = 10;
  EXPECT_TRUE(FailsAt(read(j), "links[0].min_gap", "v1", "precedence"));
  j = valid();
  j["links"][0] = {{"type", "precedence"}, {"first", "v1"}, {"second", "v2"}, {"min_gap", 30}, {"max_gap", 10}};
  EXPECT_TRUE(FailsAt(read(j), "links[0].max_gap", "v1", "smaller than min_gap"));
  j = valid();
  j["links"][0]["second"] = "v1";
  EXPECT_TRUE(FailsAt(read(j), "links[0]", "v1", "itself"));
}

TEST(NativeProblemJsonErrors, CapacityMustMatchTheDimensions) {
  json j = valid();
  j["capacity_dimensions"] = 1;
  j["caregivers"][0]["capacity"] = {5};
  EXPECT_TRUE(FailsAt(read(j), "caregivers[1].capacity", "bram", "1 capacity dimensions"));
  j["caregivers"][1]["capacity"] = {5};
  j["visits"][0]["demand"] = {1, 2};
  EXPECT_TRUE(FailsAt(read(j), "visits[0].demand", "v1", "has 2 values"));
}

TEST(NativeProblemJsonErrors, TextThatIsNotJsonNamesTheLineAndColumn) {
  const auto result = read_native_problem("{\n  \"visits\": [,]\n}");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().field, "line 2, column 14");
  EXPECT_NE(result.error().reason.find("not valid JSON"), std::string::npos);
  EXPECT_TRUE(FailsAt(read_native_problem("[1, 2]"), "", "", "must be an object"));
  EXPECT_TRUE(FailsAt(read_native_problem(""), "line 1, column 1", "", "not valid JSON"));
}

// Regression (issue 9): nlohmann's message quoted the bytes it had read, so an error about invalid
// UTF-8 was itself invalid UTF-8, and the server failed (500) rendering it as a problem document.
TEST(NativeProblemJsonErrors, InvalidUtf8IsRefusedAtItsPositionWithoutQuotingTheBytes) {
  for (const std::string& text : {std::string("{\"name\": \"\xff\xfe\"}"), std::string("{\"name\": \"a\xc0\xaf\"}"),
                                 std::string("{\"na\xe2\x82\": 1}"), std::string("{\"name\": 1}\xff"),
                                 std::string("\xef\xbb\xbf\xff")}) {
    const auto result = read_native_problem(text);
    ASSERT_FALSE(result.ok()) << text;
    EXPECT_EQ(result.error().field.rfind("line 1, column ", 0), 0U) << result.error().field;
    EXPECT_EQ(result.error().reason.rfind("not valid JSON: ", 0), 0U) << result.error().reason;
    EXPECT_TRUE(is_valid_utf8(result.error().message())) << result.error().message();
    EXPECT_EQ(result.error().message().find("last read"), std::string::npos) << result.error().message();
  }
  const auto string_case = read_native_problem("{\"name\": \"\xff\xfe\"}");
  EXPECT_EQ(string_case.error().field, "line 1, column 11");
  EXPECT_EQ(string_case.error().reason, "not valid JSON: a string is not valid UTF-8");
}

TEST(NativeProblemJsonErrors, HugeNumbersAreOutOfRangeNotOverflow) {
  json j = valid();
  j["visits"][0]["duration"] = 1e300;
  EXPECT_TRUE(FailsAt(read(j), "visits[0].duration", "v1", "out of range"));
  j = valid();
  j["visits"][0]["priority"] = 18446744073709551615ULL;
  EXPECT_TRUE(FailsAt(read(j), "visits[0].priority", "v1", "out of range"));
}

}  // namespace
}  // namespace carecrowd::io
