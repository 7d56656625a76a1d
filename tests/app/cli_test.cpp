// The carecrowd command as a user runs it: exit codes, messages that name the field and id, the
// formats it writes, and `check` agreeing with `plan`.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace {

namespace fs = std::filesystem;

struct CommandRun {
  int code = -1;
  std::string output;  // stdout and stderr together
};

CommandRun run(const std::string& args) {
  const std::string command = std::string(CARECROWD_BINARY) + " " + args + " 2>&1";
  CommandRun r;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::array<char, 4096> buffer{};
  while (fgets(buffer.data(), buffer.size(), pipe.get()) != nullptr) r.output += buffer.data();
  const int status = pclose(pipe.release());
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

fs::path temp_file(const std::string& name, const std::string& text) {
  const fs::path p = fs::temp_directory_path() / ("carecrowd_cli_" + name);
  std::ofstream(p) << text;
  return p;
}

std::string example(const std::string& name) { return std::string(CARECROWD_SOURCE_DIR) + "/examples/" + name; }

std::string solomon(const std::string& name) {
  return std::string(CARECROWD_BENCHMARKS_DIR) + "/solomon/" + name;
}

TEST(Cli, MalformedJsonExitsWithTwoAndSaysWhere) {
  const auto p = temp_file("malformed.json", "{\"visits\": [ {\"id\": \"a\", }");
  const CommandRun r = run("plan " + p.string() + " --format native --quiet");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.output.find("carecrowd:"), std::string::npos) << r.output;
}

TEST(Cli, MissingFileExitsWithTwoAndNamesThePath) {
  const CommandRun r = run("plan /nonexistent/problem.json --quiet");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.output.find("/nonexistent/problem.json"), std::string::npos) << r.output;
}

TEST(Cli, UnknownOptionIsAUsageError) {
  EXPECT_EQ(run("plan --no-such-option x").code, 2);
}

TEST(Cli, WindowClosingBeforeItOpensNamesTheVisit) {
  auto problem = nlohmann::json::parse(std::ifstream(example("tiny.json")));
  problem["visits"][0]["windows"] = nlohmann::json::array({nlohmann::json::array({600, 540})});
  const auto id = problem["visits"][0]["id"].get<std::string>();
  const auto p = temp_file("bad_window.json", problem.dump());
  const CommandRun r = run("plan " + p.string() + " --quiet");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.output.find("visits[0]"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find(id), std::string::npos) << r.output;
}

TEST(Cli, PlansTheTinyExampleAndTheCheckerAgrees) {
  const auto plan = fs::temp_directory_path() / "carecrowd_cli_tiny_plan.json";
  const CommandRun planned = run("plan " + example("tiny.json") + " --iterations 300 --time-limit 5 -o " + plan.string());
  ASSERT_EQ(planned.code, 0) << planned.output;
  EXPECT_NE(planned.output.find("feasible (independent checker)"), std::string::npos) << planned.output;
  const CommandRun checked = run("check " + example("tiny.json") + " " + plan.string());
  EXPECT_EQ(checked.code, 0) << checked.output;
  EXPECT_EQ(checked.output.rfind("feasible", 0), 0u) << checked.output;
}

TEST(Cli, WritesVroomShapedOutputWithCustomerNumbersAsJobIds) {
  if (!fs::exists(solomon("C101.txt"))) GTEST_SKIP() << "benchmark data absent";
  const auto out = fs::temp_directory_path() / "carecrowd_cli_c101_vroom.json";
  const CommandRun r = run("plan " + solomon("C101.txt") + " --rounding trunc1 --iterations 200 --time-limit 5 --output-format vroom --quiet -o " +
                    out.string());
  ASSERT_EQ(r.code, 0) << r.output;
  const auto json = nlohmann::json::parse(std::ifstream(out));
  ASSERT_TRUE(json.contains("routes"));
  ASSERT_TRUE(json.contains("summary"));
  int jobs = 0;
  for (const auto& route : json["routes"])
    for (const auto& step : route["steps"])
      if (step["type"] == "job") {
        ++jobs;
        EXPECT_TRUE(step["id"].is_number_integer());
        EXPECT_TRUE(step.contains("arrival"));
        EXPECT_TRUE(step.contains("waiting_time"));
      }
  EXPECT_EQ(jobs, 100);
}

// Regression (issue 9): a Solomon file declaring a million vehicles ignored --time-limit 0.2 (6.8 s
// and 1.5 GB: a caregiver per declared vehicle), and NUMBER 2000000000 was refused as a file with
// "no NUMBER and CAPACITY line".
TEST(Cli, ASolomonFleetOfAMillionVehiclesKeepsToTheTimeLimit) {
  auto fleet_file = [](const std::string& name, const std::string& vehicles) {
    std::string text = "MILLION\n\nVEHICLE\nNUMBER     CAPACITY\n" + vehicles +
                       " 200\n\nCUSTOMER\nCUST NO. XCOORD. YCOORD. DEMAND READY TIME DUE DATE SERVICE TIME\n"
                       "0 50 50 0 0 1000 0\n";
    for (int i = 1; i <= 100; ++i)
      text += std::to_string(i) + " " + std::to_string(i % 10 * 10) + " " + std::to_string(i / 10 * 10) + " 10 0 900 10\n";
    return temp_file(name, text);
  };
  const auto started = std::chrono::steady_clock::now();
  const CommandRun r = run("plan " + fleet_file("million.txt", "1000000").string() + " --time-limit 0.2 --quiet -o /dev/null");
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(r.code, 0) << r.output;
  EXPECT_LT(seconds, 4.0) << r.output;
  const CommandRun huge = run("plan " + fleet_file("huge_fleet.txt", "2000000000").string() + " --quiet");
  EXPECT_EQ(huge.code, 2) << huge.output;
  EXPECT_NE(huge.output.find("huge_fleet.txt:5 NUMBER"), std::string::npos) << huge.output;
  EXPECT_NE(huge.output.find("'2000000000' is not a number (or is beyond 1e9)"), std::string::npos) << huge.output;
}

TEST(Cli, AnUnknownObjectiveIsRefusedNamingTheOptionAndTheValidOnes) {
  if (!fs::exists(solomon("C101.txt"))) GTEST_SKIP() << "benchmark data absent";
  for (const std::string command : {"plan", "check"}) {
    const std::string args = command == "plan" ? " --quiet" : " /dev/null";
    const CommandRun r = run(command + " " + solomon("C101.txt") + args + " --objective vehicles");
    EXPECT_EQ(r.code, 2) << r.output;
    EXPECT_NE(r.output.find("--objective"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("distance or vehicles-then-distance"), std::string::npos) << r.output;
  }
}

TEST(Cli, VehiclesThenDistancePlansAreCheckedAtTheSamePrice) {
  if (!fs::exists(solomon("C101.txt"))) GTEST_SKIP() << "benchmark data absent";
  const auto plan = fs::temp_directory_path() / "carecrowd_cli_c101_fleet.json";
  const CommandRun planned = run("plan " + solomon("C101.txt") +
                                 " --objective vehicles-then-distance --iterations 300 --time-limit 5 -o " + plan.string());
  ASSERT_EQ(planned.code, 0) << planned.output;
  EXPECT_NE(planned.output.find("feasible (independent checker)"), std::string::npos) << planned.output;
  const CommandRun checked = run("check " + solomon("C101.txt") + " " + plan.string() + " --objective vehicles-then-distance");
  EXPECT_EQ(checked.code, 0) << checked.output;
  // C101 needs 10 vehicles by capacity, and they suffice.
  EXPECT_NE(checked.output.find("routes     10\n"), std::string::npos) << checked.output;
  const auto objective_of = [](const std::string& text, const std::string& label) {
    const auto at = text.find(label);
    return at == std::string::npos ? -1.0 : std::stod(text.substr(at + label.size()));
  };
  EXPECT_NEAR(objective_of(checked.output, "objective  "), objective_of(planned.output, "objective    "), 0.01)
      << planned.output << checked.output;
}

TEST(Cli, WarmStartReportsChangedAssignments) {
  const auto plan = fs::temp_directory_path() / "carecrowd_cli_tiny_first.json";
  ASSERT_EQ(run("plan " + example("tiny.json") + " --iterations 200 --quiet -o " + plan.string()).code, 0);
  const CommandRun repaired = run("plan " + example("tiny.json") + " --iterations 100 --initial " + plan.string() + " -o -");
  EXPECT_EQ(repaired.code, 0) << repaired.output;
  EXPECT_NE(repaired.output.find("assignments changed"), std::string::npos) << repaired.output;
}

TEST(Cli, GenerateWritesAProblemThatPlans) {
  const auto problem = fs::temp_directory_path() / "carecrowd_cli_generated.json";
  ASSERT_EQ(run("generate --visits 120 --caregivers 15 --seed 3 -o " + problem.string()).code, 0);
  const CommandRun r = run("plan " + problem.string() + " --iterations 100 --time-limit 5 -o -");
  EXPECT_EQ(r.code, 0) << r.output.substr(0, 2000);
}

}  // namespace
