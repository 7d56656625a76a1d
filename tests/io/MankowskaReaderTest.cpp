#include "io/MankowskaReader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <string>

#include "BenchmarkFiles.h"
#include "TinyHhc.h"

namespace carecrowd::io {
namespace {

using domain::Link;
using domain::TimeWindow;
using testing::benchmark_files;
using testing::benchmark_text;
using testing::tiny_mankowska;

int visit_index(const domain::Problem& p, const std::string& id) {
  for (std::size_t i = 0; i < p.visits().size(); ++i)
    if (p.visits()[i].id == id) return static_cast<int>(i);
  return -1;
}

std::vector<std::string> certificate_names(const domain::Problem& p, domain::CertificateSet set) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < p.certificate_names().size(); ++i)
    if (set.contains(static_cast<int>(i))) names.push_back(p.certificate_names()[i]);
  return names;
}

TEST(MankowskaReader, ReadsA1WithItsVisitsCertificatesAndLinks) {
  const auto text = benchmark_text("hhc_mankowska2014/InstanzCPLEX_HCSRP_10_1.txt");
  if (!text) GTEST_SKIP() << "benchmark file absent";
  const auto p = read_mankowska(*text, "hhc_mankowska2014/InstanzCPLEX_HCSRP_10_1.txt");
  ASSERT_TRUE(p.ok()) << p.error().message();
  const auto& problem = p.value();
  EXPECT_EQ(problem.name(), "InstanzCPLEX_HCSRP_10_1");
  EXPECT_EQ(problem.certificate_names(), (std::vector<std::string>{"s1", "s2", "s3", "s4", "s5", "s6"}));
  // 10 patients, three of them (DS = 11 10 9, 1-based) with two services.
  ASSERT_EQ(problem.visits().size(), 13U);
  ASSERT_EQ(problem.caregivers().size(), 3U);
  EXPECT_EQ(problem.caregivers()[0].id, "c1");
  EXPECT_EQ(certificate_names(problem, problem.caregivers()[0].certificates),
            (std::vector<std::string>{"s1", "s2", "s3"}));
  EXPECT_EQ(certificate_names(problem, problem.caregivers()[2].certificates),
            (std::vector<std::string>{"s4", "s5", "s6"}));

  // Patient 1 needs s4 in [345, 465], 14 units long.
  const auto& v = problem.visits()[0];
  EXPECT_EQ(v.id, "p1-s4");
  EXPECT_EQ(v.client, "p1");
  EXPECT_EQ(v.location, 1);
  EXPECT_EQ(v.duration, Duration(14'000));
  EXPECT_EQ(v.windows[0].open, Duration(345'000));
  EXPECT_GE(v.windows[0].close, Duration(1'000'000'000));  // lateness is priced, not forbidden
  EXPECT_EQ(v.due, Duration(465'000));
  EXPECT_EQ(v.lateness_weight, 1);
  EXPECT_EQ(certificate_names(problem, v.certificates), std::vector<std::string>{"s4"});

  ASSERT_EQ(problem.links().size(), 3U);
  std::set<std::string> linked;
  for (const Link& l : problem.links()) linked.insert(problem.visits()[l.first].client);
  EXPECT_EQ(linked, (std::set<std::string>{"p8", "p9", "p10"}));
  // p8: mind = maxd = 0, simultaneous.
  const Link& p8 = problem.links()[0];
  EXPECT_EQ(p8.kind, Link::Kind::synchronised);
  EXPECT_EQ(p8.first, visit_index(problem, "p8-s5"));
  EXPECT_EQ(p8.second, visit_index(problem, "p8-s6"));
  // p9 needs s1 and s4: s4 starts 51..102 after s1.
  const Link& p9 = problem.links()[1];
  EXPECT_EQ(p9.kind, Link::Kind::precedence);
  EXPECT_EQ(p9.first, visit_index(problem, "p9-s1"));
  EXPECT_EQ(p9.second, visit_index(problem, "p9-s4"));
  EXPECT_EQ(p9.min_gap, Duration(51'000));
  EXPECT_EQ(p9.max_gap, Duration(102'000));
  EXPECT_FALSE(p9.different_caregivers);
}

TEST(MankowskaReader, A1TravelIsTheDMatrixWithoutTheOfficeCopy) {
  const auto text = benchmark_text("hhc_mankowska2014/InstanzCPLEX_HCSRP_10_1.txt");
  if (!text) GTEST_SKIP() << "benchmark file absent";
  const auto p = read_mankowska(*text, "A1.txt");
  ASSERT_TRUE(p.ok()) << p.error().message();
  const auto& problem = p.value();
  EXPECT_EQ(problem.travel().size(), 11);
  // d[0][4] = 7.28011: duration rounded up, distance to the nearest tick.
  EXPECT_EQ(problem.travel().duration(domain::TravelMode::car, 0, 4), Duration(7281));
  EXPECT_EQ(problem.travel().distance(0, 4), Distance(7280));
  EXPECT_EQ(problem.travel().distance(1, 0), Distance(38471));  // 38.470768
  EXPECT_EQ(problem.travel().distance(6, 1), Distance(34000));  // 34.0
  EXPECT_EQ(problem.scale().cost_divisor, 3);
  EXPECT_EQ(problem.objective().kind, domain::ObjectiveKind::hhc);
  for (const auto& c : problem.caregivers()) {
    EXPECT_EQ(c.start_location, 0);
    EXPECT_EQ(c.end_location, 0);
    EXPECT_EQ(c.availability[0].open, Duration(0));
  }
}

TEST(MankowskaReader, ReadsEveryMankowskaFile) {
  const auto files = benchmark_files("hhc_mankowska2014", ".txt");
  if (files.empty()) GTEST_SKIP() << "benchmark files absent";
  for (const auto& f : files) {
    const auto text = read_text_file(f.string());
    ASSERT_TRUE(text.ok()) << f;
    const auto p = read_mankowska(text.value(), f.string());
    ASSERT_TRUE(p.ok()) << p.error().message();
    // Patients count from the name, "..._<patients>_<i>"; each double-service patient adds a
    // visit and a link.
    const std::string stem = f.stem().string();
    const auto last = stem.rfind('_');
    const std::size_t patients = std::stoul(stem.substr(stem.rfind('_', last - 1) + 1));
    EXPECT_EQ(p.value().visits().size(), patients + p.value().links().size()) << f;
    EXPECT_EQ(p.value().travel().size(), static_cast<int>(patients) + 1) << f;
  }
}

TEST(MankowskaReader, ReadsTheTinyInstanceByHand) {
  const auto p = read_mankowska(tiny_mankowska(), "tiny.txt");
  ASSERT_TRUE(p.ok()) << p.error().message();
  const auto& problem = p.value();
  ASSERT_EQ(problem.visits().size(), 3U);
  EXPECT_EQ(problem.visits()[0].id, "p1-s1");
  EXPECT_EQ(problem.visits()[1].id, "p2-s1");
  EXPECT_EQ(problem.visits()[2].id, "p2-s2");
  EXPECT_EQ(problem.visits()[2].duration, Duration(7500));
  EXPECT_EQ(problem.visits()[2].due, Duration(50'500));
  ASSERT_EQ(problem.links().size(), 1U);
  EXPECT_EQ(problem.links()[0].kind, Link::Kind::precedence);
  EXPECT_EQ(problem.links()[0].first, 1);
  EXPECT_EQ(problem.links()[0].second, 2);
  EXPECT_EQ(problem.links()[0].min_gap, Duration(5000));
  EXPECT_EQ(problem.links()[0].max_gap, Duration(25'000));
  EXPECT_EQ(problem.travel().duration(domain::TravelMode::walk, 0, 2), Duration(1415));
  EXPECT_EQ(problem.travel().distance(0, 2), Distance(1414));
}

void expect_error(const std::string& text, const std::string& field_part, const std::string& reason_part) {
  const auto p = read_mankowska(text, "tiny.txt");
  ASSERT_FALSE(p.ok()) << "expected an error mentioning " << field_part;
  EXPECT_NE(p.error().field.find(field_part), std::string::npos) << p.error().message();
  EXPECT_NE(p.error().reason.find(reason_part), std::string::npos) << p.error().message();
}

TEST(MankowskaReader, AMatrixOfTheWrongSizeNamesTheBlock) {
  expect_error(tiny_mankowska({{"d", "0 5 1.4\n5 0 3.6\n1.4 3.6 0"}}), "tiny.txt:21 d", "expected 16 values");
}

TEST(MankowskaReader, ATruncatedFileNamesTheMissingBlock) {
  const std::string text = tiny_mankowska();
  expect_error(text.substr(0, text.find("p\n")), "tiny.txt", "no 'p' block");
}

TEST(MankowskaReader, ANegativeDurationNamesTheCellOfP) {
  expect_error(tiny_mankowska({{"p", "0 0\n0 0\n-10 20\n-10 20\n15 7.5\n15 7.5\n0 0\n0 0"}}), "p[2][0]",
               "must not be negative");
}

TEST(MankowskaReader, ADurationThatDependsOnTheCaregiverIsRefused) {
  expect_error(tiny_mankowska({{"p", "0 0\n0 0\n10 20\n11 20\n15 7.5\n15 7.5\n0 0\n0 0"}}), "p[3][0]",
               "differs between caregivers");
}

TEST(MankowskaReader, AWindowClosingBeforeItOpensNamesL) {
  const auto p = read_mankowska(tiny_mankowska({{"l", "600 5 50 1000"}}), "tiny.txt");
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.error().field.find(" l[1]"), std::string::npos) << p.error().message();
  EXPECT_EQ(p.error().id, "p1");
}

TEST(MankowskaReader, InconsistentDoubleServicesAreRefused) {
  expect_error(tiny_mankowska({{"DS", "2"}}), "r[1][0]", "exactly two services");
  expect_error(tiny_mankowska({{"DS", ""}}), "r[2][0]", "not listed in DS");
  expect_error(tiny_mankowska({{"DS", "4"}}), "DS[0]", "1-based node number");
  expect_error(tiny_mankowska({{"maxd", "0 0 4 0"}}), "maxd[2]", "smaller than mind");
}

TEST(MankowskaReader, StrayWordsAndBadSizesAreRefused) {
  expect_error(tiny_mankowska({{"x", "0 3 nan 0"}}), "tiny.txt:", "not a block name");
  expect_error(tiny_mankowska({{"y", "0 4 1q 0"}}), "tiny.txt:", "not a number");
  expect_error(tiny_mankowska({{"nbServi", "2.5"}}), "nbServi", "whole number");
  expect_error(tiny_mankowska({{"nbServi", "65"}}), "nbServi", "between 1 and 64");
  expect_error(tiny_mankowska({{"a", "1 0\n1 2"}}), "a[1][1]", "0 or 1");
  expect_error("4\n" + tiny_mankowska(), "tiny.txt:1", "before the first block name");
  expect_error(tiny_mankowska() + "e\n1 2 3 4\n", "e", "appears twice");
}

}  // namespace
}  // namespace carecrowd::io
