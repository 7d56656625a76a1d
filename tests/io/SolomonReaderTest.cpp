#include "io/SolomonReader.h"

#include <gtest/gtest.h>

#include <string>

#include "BenchmarkFiles.h"

namespace carecrowd::io {
namespace {

using domain::TimeWindow;
using testing::benchmark_files;
using testing::benchmark_text;

// Three locations with distances easy to check by hand: 0-1 is 5 (a 3-4-5 triangle), 0-2 is
// sqrt(2) = 1.41421..., 1-2 is sqrt(13) = 3.60555...
const std::string tiny =
    "TINY\r\n"
    "\r\n"
    "VEHICLE\r\n"
    "NUMBER     CAPACITY\r\n"
    "  2         50\r\n"
    "\r\n"
    "CUSTOMER\r\n"
    "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\r\n"
    " \r\n"
    "    0      0   0    0    0   100    0\r\n"   // line 10
    "    1      3   4   10    5    50   10\r\n"   // line 11
    "    2      1   1    5    0    60  2.5\r\n";  // line 12

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return text.replace(at, from.size(), to);
}

TEST(SolomonReader, ExactRoundingScalesByThousandRoundsDurationsUpAndDistancesToNearest) {
  const auto p = read_solomon(tiny, "tiny.txt", SolomonRounding::exact);
  ASSERT_TRUE(p.ok()) << p.error().message();
  const auto& problem = p.value();
  EXPECT_EQ(problem.scale().time_ticks_per_unit, 1000);
  EXPECT_EQ(problem.scale().distance_ticks_per_unit, 1000);
  EXPECT_EQ(problem.scale().cost_ticks_per_unit, 1000);
  EXPECT_EQ(problem.scale().cost_divisor, 1);
  const auto& t = problem.travel();
  EXPECT_EQ(t.duration(domain::TravelMode::car, 0, 1), Duration(5000));
  EXPECT_EQ(t.distance(0, 1), Distance(5000));
  EXPECT_EQ(t.duration(domain::TravelMode::car, 0, 2), Duration(1415));  // ceil(1414.21)
  EXPECT_EQ(t.distance(0, 2), Distance(1414));                          // round(1414.21)
  EXPECT_EQ(t.duration(domain::TravelMode::walk, 2, 1), Duration(3606));
  EXPECT_EQ(t.distance(1, 2), Distance(3606));
  EXPECT_EQ(t.distance(1, 1), Distance(0));
  EXPECT_EQ(problem.visits()[1].duration, Duration(2500));
}

TEST(SolomonReader, Trunc1RoundingTruncatesEachArcToOneDecimalForTimeAndDistance) {
  const auto p = read_solomon(tiny, "tiny.txt", SolomonRounding::trunc1);
  ASSERT_TRUE(p.ok()) << p.error().message();
  const auto& problem = p.value();
  EXPECT_EQ(problem.scale().time_ticks_per_unit, 10);
  EXPECT_EQ(problem.scale().distance_ticks_per_unit, 10);
  EXPECT_EQ(problem.scale().cost_ticks_per_unit, 10);
  const auto& t = problem.travel();
  EXPECT_EQ(t.distance(0, 1), Distance(50));
  EXPECT_EQ(t.distance(0, 2), Distance(14));
  EXPECT_EQ(t.duration(domain::TravelMode::bike, 0, 2), Duration(14));
  EXPECT_EQ(t.distance(2, 1), Distance(36));
  EXPECT_EQ(problem.visits()[0].windows, (std::vector<TimeWindow>{{Duration(50), Duration(500)}}));
  EXPECT_EQ(problem.visits()[1].duration, Duration(25));
}

TEST(SolomonReader, MapsCustomersToVisitsAndVehiclesToIdenticalCaregivers) {
  const auto p = read_solomon(tiny, "tiny.txt", SolomonRounding::exact);
  ASSERT_TRUE(p.ok()) << p.error().message();
  const auto& problem = p.value();
  EXPECT_EQ(problem.name(), "TINY");
  EXPECT_EQ(problem.objective().kind, domain::ObjectiveKind::distance);
  EXPECT_EQ(problem.objective().distance, 1);
  EXPECT_EQ(problem.capacity_dimensions(), 1);
  ASSERT_EQ(problem.visits().size(), 2U);
  const auto& v = problem.visits()[0];
  EXPECT_EQ(v.id, "1");
  EXPECT_EQ(v.client, "1");
  EXPECT_EQ(v.location, 1);
  EXPECT_EQ(v.windows, (std::vector<TimeWindow>{{Duration(5000), Duration(50000)}}));
  EXPECT_EQ(v.duration, Duration(10000));
  EXPECT_EQ(v.demand, std::vector<std::int64_t>{10});
  EXPECT_FALSE(v.due.has_value());
  EXPECT_TRUE(v.certificates.empty());
  ASSERT_EQ(problem.caregivers().size(), 2U);
  for (const auto& c : problem.caregivers()) {
    EXPECT_EQ(c.start_location, 0);
    EXPECT_EQ(c.end_location, 0);
    EXPECT_EQ(c.capacity, std::vector<std::int64_t>{50});
    EXPECT_EQ(c.availability, (std::vector<TimeWindow>{{Duration(0), Duration(100000)}}));
  }
  EXPECT_EQ(problem.caregivers()[0].id, "v1");
  EXPECT_EQ(problem.caregivers()[1].id, "v2");
}

TEST(SolomonReader, ReadsC101WithItsFleetWindowsAndHandComputedArcs) {
  const auto text = benchmark_text("solomon/C101.txt");
  if (!text) GTEST_SKIP() << "benchmark file absent";
  const auto p = read_solomon(*text, "C101.txt", SolomonRounding::exact);
  ASSERT_TRUE(p.ok()) << p.error().message();
  const auto& problem = p.value();
  EXPECT_EQ(problem.name(), "C101");
  ASSERT_EQ(problem.visits().size(), 100U);
  ASSERT_EQ(problem.caregivers().size(), 25U);
  EXPECT_EQ(problem.caregivers()[24].id, "v25");
  EXPECT_EQ(problem.caregivers()[0].capacity, std::vector<std::int64_t>{200});
  EXPECT_EQ(problem.caregivers()[0].availability[0].close, Duration(1'236'000));
  // Customer 1: (45, 68), demand 10, window [912, 967], service 90.
  const auto& c1 = problem.visits()[0];
  EXPECT_EQ(c1.id, "1");
  EXPECT_EQ(c1.windows[0], (TimeWindow{Duration(912'000), Duration(967'000)}));
  EXPECT_EQ(c1.duration, Duration(90'000));
  EXPECT_EQ(problem.visits()[99].id, "100");
  // Customers 2 (45, 70) and 7 (40, 66) are sqrt(41) = 6.40312... apart.
  EXPECT_EQ(problem.travel().duration(domain::TravelMode::car, 2, 7), Duration(6404));
  EXPECT_EQ(problem.travel().distance(2, 7), Distance(6403));
  const auto t = read_solomon(*text, "C101.txt", SolomonRounding::trunc1);
  ASSERT_TRUE(t.ok()) << t.error().message();
  EXPECT_EQ(t.value().travel().distance(2, 7), Distance(64));
  // Depot (40, 50) to customer 1: sqrt(349) = 18.6815...
  EXPECT_EQ(t.value().travel().distance(0, 1), Distance(186));
  EXPECT_EQ(t.value().visits()[0].windows[0], (TimeWindow{Duration(9120), Duration(9670)}));
}

TEST(SolomonReader, ReadsEverySolomonAndHombergerFileInBothRoundings) {
  auto files = benchmark_files("solomon", ".txt");
  const auto more = benchmark_files("homberger_200", ".txt");
  files.insert(files.end(), more.begin(), more.end());
  if (files.empty()) GTEST_SKIP() << "benchmark files absent";
  for (const auto& f : files) {
    const auto text = read_text_file(f.string());
    ASSERT_TRUE(text.ok()) << f;
    const std::size_t customers = f.parent_path().filename() == "solomon" ? 100 : 200;
    for (auto rounding : {SolomonRounding::exact, SolomonRounding::trunc1}) {
      const auto p = read_solomon(text.value(), f.filename().string(), rounding);
      ASSERT_TRUE(p.ok()) << f << ": " << p.error().message();
      EXPECT_EQ(p.value().visits().size(), customers) << f;
      EXPECT_EQ(p.value().name(), f.stem().string()) << f;
    }
  }
}

void expect_error(const std::string& text, const std::string& field_part, const std::string& reason_part) {
  const auto p = read_solomon(text, "tiny.txt", SolomonRounding::exact);
  ASSERT_FALSE(p.ok()) << "expected an error mentioning " << field_part;
  EXPECT_NE(p.error().field.find(field_part), std::string::npos) << p.error().message();
  EXPECT_NE(p.error().reason.find(reason_part), std::string::npos) << p.error().message();
  EXPECT_EQ(p.error().kind, ErrorKind::bad_input);
}

TEST(SolomonReader, ATruncatedRowNamesItsLine) {
  expect_error(tiny.substr(0, tiny.find("60  2.5")), "tiny.txt:12", "expected 7 numbers");
}

TEST(SolomonReader, AFileCutBeforeTheCustomerTableSaysSo) {
  expect_error(tiny.substr(0, tiny.find("CUSTOMER")), "tiny.txt", "no CUSTOMER section");
  expect_error("", "tiny.txt", "empty");
}

TEST(SolomonReader, AWindowClosingBeforeItOpensNamesDueDateAndTheCustomer) {
  const auto text = replaced(tiny, "5    50   10", "60    50   10");
  const auto p = read_solomon(text, "tiny.txt", SolomonRounding::exact);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().field, "tiny.txt:11 DUE DATE");
  EXPECT_EQ(p.error().id, "1");
}

TEST(SolomonReader, ANegativeServiceTimeIsRejected) {
  expect_error(replaced(tiny, "60  2.5", "60  -2.5"), "tiny.txt:12 SERVICE TIME", "negative");
}

TEST(SolomonReader, BadNumbersAndDuplicatesAreRejected) {
  expect_error(replaced(tiny, "3   4   10", "3   x4   10"), "tiny.txt:11 YCOORD.", "not a number");
  expect_error(replaced(tiny, "3   4   10", "3   4   10.5"), "tiny.txt:11 DEMAND", "whole number");
  expect_error(replaced(tiny, "    2      1   1", "    1      1   1"), "tiny.txt:12 CUST NO.", "used twice");
  expect_error(replaced(tiny, "  2         50", "  0         50"), "tiny.txt:5 NUMBER", ">= 1");
  expect_error(replaced(tiny, "  2         50", "  2"), "tiny.txt:5 VEHICLE", "expected 2 numbers");
  expect_error(replaced(tiny, "    0      0   0", "    9      0   0"), "tiny.txt:10 CUST NO.", "depot");
  expect_error(replaced(tiny, "    0    0   100", "    0    0   1e300"), "tiny.txt:10 DUE DATE", "not a number");
}

// Regression (issue 9): "NUMBER 1000000" made a million caregivers, and a 0.2 s planning run took
// 7 s and 1.5 GB. A vehicle beyond one per customer can never be used.
TEST(SolomonReader, MoreVehiclesThanCustomersAreCappedAtOnePerCustomer) {
  const auto p = read_solomon(replaced(tiny, "  2         50", "  1000000         50"), "tiny.txt",
                              SolomonRounding::exact);
  ASSERT_TRUE(p.ok()) << p.error().message();
  ASSERT_EQ(p.value().caregivers().size(), 2U);
  EXPECT_EQ(p.value().caregivers()[1].id, "v2");
  EXPECT_EQ(p.value().caregivers()[1].capacity, std::vector<std::int64_t>{50});
}

TEST(SolomonReader, FewerVehiclesThanCustomersAreKeptAsDeclared) {
  const auto p = read_solomon(replaced(tiny, "  2         50", "  1         50"), "tiny.txt", SolomonRounding::exact);
  ASSERT_TRUE(p.ok()) << p.error().message();
  EXPECT_EQ(p.value().caregivers().size(), 1U);
}

// Regression (issue 9): "NUMBER 2000000000" was skipped as if it were a header line, and the file
// was refused as having "no NUMBER and CAPACITY line".
TEST(SolomonReader, AnOutOfRangeOrUnreadableFleetNumberNamesNumberOrCapacity) {
  expect_error(replaced(tiny, "  2         50", "  2000000000         50"), "tiny.txt:5 NUMBER",
               "'2000000000' is not a number (or is beyond 1e9)");
  expect_error(replaced(tiny, "  2         50", "  2x         50"), "tiny.txt:5 NUMBER", "'2x' is not a number");
  expect_error(replaced(tiny, "  2         50", "  2.5         50"), "tiny.txt:5 NUMBER", "whole number >= 1");
  expect_error(replaced(tiny, "  2         50", "  -3         50"), "tiny.txt:5 NUMBER", "whole number >= 1");
  expect_error(replaced(tiny, "  2         50", "  2         1e12"), "tiny.txt:5 CAPACITY", "is not a number");
}

TEST(SolomonReader, AnOutOfRangeDepotNumberIsReadAsARowNotSkippedAsAHeader) {
  expect_error(replaced(tiny, "    0      0   0", "    9999999999      0   0"), "tiny.txt:10 CUST NO.",
               "is not a number");
}

// Found by fuzz/SolomonReader: a name line that is not UTF-8 made a Problem whose name could not be
// written as JSON, and writing the plan threw.
TEST(SolomonReader, ANameThatIsNotUtf8IsRefused) {
  const auto p = read_solomon(replaced(tiny, "TINY", "T@\xff\xffN["), "tiny.txt", SolomonRounding::exact);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().field, "tiny.txt: name");
  EXPECT_EQ(p.error().reason, "must be UTF-8 text");
  EXPECT_TRUE(read_solomon(replaced(tiny, "TINY", "Utrecht-\xc3\xa9\xc3\xa9n"), "tiny.txt", SolomonRounding::exact).ok());
}

std::string with_customers(std::size_t n) {
  std::string text = tiny.substr(0, tiny.find("    1      3   4"));
  for (std::size_t i = 1; i <= n; ++i) text += std::to_string(i) + " 1 1 0 0 100 0\n";
  return text;
}

TEST(SolomonReader, FiveThousandCustomersAreReadAndMoreAreRefusedBeforeAnyMatrixIsBuilt) {
  const auto at_limit = read_solomon(with_customers(5000), "big.txt", SolomonRounding::trunc1);
  ASSERT_TRUE(at_limit.ok()) << at_limit.error().message();
  EXPECT_EQ(at_limit.value().visits().size(), 5000U);
  EXPECT_EQ(at_limit.value().caregivers().size(), 2U);
  const auto over = read_solomon(with_customers(5001), "big.txt", SolomonRounding::trunc1);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().kind, ErrorKind::bad_input);
  EXPECT_EQ(over.error().field, "big.txt");
  EXPECT_EQ(over.error().reason, "has 5001 customers; at most 5000 are supported");
}

}  // namespace
}  // namespace carecrowd::io
