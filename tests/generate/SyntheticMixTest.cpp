// The mix of a generated region looks like Dutch home care: the shares of digital, double-staffed
// and household visits, levels and certificates, continuity, and a crowd that can do the work.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "domain/Problem.h"
#include "generate/SyntheticRegion.h"

namespace carecrowd::generate {
namespace {

using domain::Caregiver;
using domain::CaregiverKind;
using domain::Link;
using domain::Problem;
using domain::Visit;
using domain::VisitMode;

constexpr std::int64_t minute = 60;

// One mid-sized region shared by the tests (generated once: the tests only read it).
const Problem& region() {
  static const Problem p = [] {
    RegionSpec s;
    s.visits = 5000;
    s.caregivers = 600;
    s.seed = 11;
    return generate_region(s);
  }();
  return p;
}

double share(std::size_t part, std::size_t whole) { return static_cast<double>(part) / static_cast<double>(whole); }

template <class Pred>
double visit_share(Pred pred) {
  const auto& v = region().visits();
  return share(static_cast<std::size_t>(std::count_if(v.begin(), v.end(), pred)), v.size());
}

template <class Pred>
double caregiver_share(Pred pred) {
  const auto& c = region().caregivers();
  return share(static_cast<std::size_t>(std::count_if(c.begin(), c.end(), pred)), c.size());
}

std::set<int> second_of(Link::Kind kind) {
  std::set<int> out;
  for (const Link& l : region().links())
    if (l.kind == kind) out.insert(l.second);
  return out;
}

TEST(SyntheticMix, AboutThreePercentOfVisitsAreVideoCheckIns) {
  EXPECT_GT(visit_share([](const Visit& v) { return v.mode == VisitMode::digital; }), 0.02);
  EXPECT_LT(visit_share([](const Visit& v) { return v.mode == VisitMode::digital; }), 0.045);
}

TEST(SyntheticMix, DigitalVisitsHaveNoLocationAndPhysicalOnesDo) {
  for (const Visit& v : region().visits()) EXPECT_EQ(v.location < 0, v.mode == VisitMode::digital) << v.id;
}

TEST(SyntheticMix, AboutFourPercentOfVisitsAreHoistPartners) {
  const double partners = share(second_of(Link::Kind::synchronised).size(), region().visits().size());
  EXPECT_GT(partners, 0.03);
  EXPECT_LT(partners, 0.05);
}

TEST(SyntheticMix, HoistPartnersShareClientPlaceWindowAndDuration) {
  for (const Link& l : region().links()) {
    if (l.kind != Link::Kind::synchronised) continue;
    const Visit& a = region().visits()[static_cast<std::size_t>(l.first)];
    const Visit& b = region().visits()[static_cast<std::size_t>(l.second)];
    EXPECT_EQ(a.client, b.client);
    EXPECT_EQ(a.location, b.location);
    EXPECT_EQ(a.windows, b.windows);
    EXPECT_EQ(a.duration, b.duration);
    EXPECT_TRUE(l.different_caregivers);
  }
}

TEST(SyntheticMix, AFewMedicationRoundsAreCheckedAnHourOrTwoLater) {
  int checks = 0;
  for (const Link& l : region().links()) {
    if (l.kind != Link::Kind::precedence) continue;
    ++checks;
    const Visit& first = region().visits()[static_cast<std::size_t>(l.first)];
    const Visit& second = region().visits()[static_cast<std::size_t>(l.second)];
    EXPECT_EQ(first.client, second.client);
    EXPECT_EQ(l.min_gap.get(), 60 * minute);
    EXPECT_EQ(l.max_gap.get(), 120 * minute);
    // Every start of the first leaves a start of the second within the gap.
    EXPECT_EQ(second.windows[0].open, first.windows[0].open + l.min_gap) << second.id;
    EXPECT_EQ(second.windows[0].close, first.windows[0].close + l.max_gap) << second.id;
  }
  EXPECT_GT(checks, 5);
  EXPECT_LT(share(static_cast<std::size_t>(checks), region().visits().size()), 0.02);
}

TEST(SyntheticMix, EveryClientHasOneToFourCareMomentsAndOneHome) {
  const std::set<int> partners = second_of(Link::Kind::synchronised);
  std::map<std::string, int> moments;
  std::map<std::string, int> home;
  for (std::size_t i = 0; i < region().visits().size(); ++i) {
    const Visit& v = region().visits()[i];
    if (!partners.contains(static_cast<int>(i))) ++moments[v.client];
    if (v.location < 0) continue;
    const auto [it, first] = home.emplace(v.client, v.location);
    EXPECT_TRUE(first || it->second == v.location) << v.id;
  }
  for (const auto& [client, count] : moments) {
    EXPECT_GE(count, 1) << client;
    EXPECT_LE(count, 4) << client;
  }
  const double per_client = share(region().visits().size(), moments.size());
  EXPECT_GT(per_client, 1.8);
  EXPECT_LT(per_client, 2.5);
}

TEST(SyntheticMix, DurationsAndWindowsAreThoseOfHomeCare) {
  std::int64_t total = 0;
  for (const Visit& v : region().visits()) {
    ASSERT_EQ(v.windows.size(), 1U) << v.id;
    const std::int64_t width = (v.windows[0].close - v.windows[0].open).get();
    EXPECT_GE(v.duration.get(), 10 * minute) << v.id;
    EXPECT_LE(v.duration.get(), 60 * minute) << v.id;
    EXPECT_GE(width, 30 * minute) << v.id;
    EXPECT_LE(width, 120 * minute) << v.id;
    EXPECT_GE(v.windows[0].open.get(), 7 * 60 * minute) << v.id;
    EXPECT_LE(v.windows[0].close.get(), 23 * 60 * minute) << v.id;
    total += v.duration.get();
  }
  const double mean = static_cast<double>(total) / static_cast<double>(region().visits().size()) / minute;
  EXPECT_GT(mean, 15);
  EXPECT_LT(mean, 35);
}

TEST(SyntheticMix, MostVisitsAreLevelTwoOrThreeAndSomeAreHouseholdHelp) {
  EXPECT_GT(visit_share([](const Visit& v) { return v.level == 2 || v.level == 3; }), 0.6);
  EXPECT_GT(visit_share([](const Visit& v) { return v.level == 0; }), 0.05);
  EXPECT_GT(visit_share([](const Visit& v) { return v.level == 4; }), 0.005);
  EXPECT_EQ(visit_share([](const Visit& v) { return v.level > 4; }), 0.0);
}

TEST(SyntheticMix, OnlyHouseholdHelpMayWait) {
  for (const Visit& v : region().visits()) EXPECT_EQ(v.must_plan, v.level > 0) << v.id;
}

TEST(SyntheticMix, AboutFifteenPercentOfVisitsNeedACertificate) {
  const double certified = visit_share([](const Visit& v) { return !v.certificates.empty(); });
  EXPECT_GT(certified, 0.10);
  EXPECT_LT(certified, 0.20);
  ASSERT_EQ(region().certificate_names().size(), 5U);
}

TEST(SyntheticMix, SomeVisitsHaveASoftDueTime) {
  const double due = visit_share([](const Visit& v) { return v.due.has_value(); });
  EXPECT_GT(due, 0.03);
  EXPECT_LT(due, 0.25);
  for (const Visit& v : region().visits()) {
    if (v.due) {
      EXPECT_TRUE(v.windows[0].contains(*v.due)) << v.id;
    }
  }
}

TEST(SyntheticMix, AboutAThirdOfClientsKnowOneToThreeCaregivers) {
  std::map<std::string, std::size_t> history;
  for (const Visit& v : region().visits()) history[v.client] = v.history.size();
  std::size_t known = 0;
  for (const auto& [client, size] : history) {
    EXPECT_LE(size, 3U) << client;
    known += size > 0 ? 1 : 0;
  }
  EXPECT_GT(share(known, history.size()), 0.2);
  EXPECT_LT(share(known, history.size()), 0.4);
  const double preferring = visit_share([](const Visit& v) { return !v.preferred.empty(); });
  EXPECT_GT(preferring, 0.0);
  EXPECT_LT(preferring, 0.1);
}

TEST(SyntheticMix, TheCrowdIsHalfEmployeesAThirdFreelancersAndSomeVolunteers) {
  EXPECT_NEAR(caregiver_share([](const Caregiver& c) { return c.kind == CaregiverKind::employee; }), 0.50, 0.02);
  EXPECT_NEAR(caregiver_share([](const Caregiver& c) { return c.kind == CaregiverKind::freelancer; }), 0.35, 0.02);
  EXPECT_NEAR(caregiver_share([](const Caregiver& c) { return c.kind == CaregiverKind::volunteer; }), 0.15, 0.02);
  for (const Caregiver& c : region().caregivers()) {
    if (c.kind == CaregiverKind::volunteer) {
      EXPECT_EQ(c.level, 0) << c.id;
      EXPECT_EQ(c.hourly_cost, 0) << c.id;
      EXPECT_TRUE(c.certificates.empty()) << c.id;
    } else {
      EXPECT_GE(c.level, 1) << c.id;
    }
  }
}

TEST(SyntheticMix, ProfessionalsAreMostlyLevelThreeOrHigher) {
  const double senior = caregiver_share([](const Caregiver& c) { return c.level >= 3; });
  const double professional = caregiver_share([](const Caregiver& c) { return c.kind != CaregiverKind::volunteer; });
  EXPECT_GT(senior / professional, 0.5);
}

TEST(SyntheticMix, ShiftsAreMorningsEveningsSplitsAndDaysWithinEightHoursOfWork) {
  std::set<std::int64_t> opens, closes;
  for (const Caregiver& c : region().caregivers()) {
    ASSERT_FALSE(c.availability.empty()) << c.id;
    ASSERT_LE(c.availability.size(), 2U) << c.id;
    for (const domain::TimeWindow& w : c.availability) {
      opens.insert(w.open.get() / minute);
      closes.insert(w.close.get() / minute);
    }
    ASSERT_TRUE(c.max_work.has_value()) << c.id;
    EXPECT_LE(c.max_work->get(), 8 * 60 * minute) << c.id;
    EXPECT_EQ(c.break_rule.has_value(), c.kind == CaregiverKind::employee) << c.id;
    EXPECT_EQ(c.start_location, c.end_location) << c.id;
    EXPECT_GE(c.start_location, 0) << c.id;
  }
  EXPECT_EQ(opens, (std::set<std::int64_t>{7 * 60, 16 * 60}));
  EXPECT_EQ(closes, (std::set<std::int64_t>{13 * 60, 15 * 60 + 30, 23 * 60}));
}

TEST(SyntheticMix, EmployeesCostAboutThirtyTwoEurosAnHourAndFreelancersAboutFortyFive) {
  std::int64_t employees = 0, employee_cost = 0, freelancers = 0, freelancer_cost = 0;
  for (const Caregiver& c : region().caregivers()) {
    if (c.kind == CaregiverKind::employee) ++employees, employee_cost += c.hourly_cost;
    if (c.kind == CaregiverKind::freelancer) ++freelancers, freelancer_cost += c.hourly_cost;
  }
  EXPECT_NEAR(static_cast<double>(employee_cost) / static_cast<double>(employees), 3'200'000, 200'000);
  EXPECT_NEAR(static_cast<double>(freelancer_cost) / static_cast<double>(freelancers), 4'500'000, 300'000);
}

TEST(SyntheticMix, EveryVisitHasAQualifiedCaregiver) {
  for (const auto& [visits, caregivers] : {std::pair{5000, 600}, {1000, 125}, {300, 8}}) {
    RegionSpec s;
    s.visits = visits;
    s.caregivers = caregivers;
    const Problem p = generate_region(s);
    std::size_t covered = 0;
    for (std::size_t v = 0; v < p.visits().size(); ++v)
      for (std::size_t c = 0; c < p.caregivers().size(); ++c)
        if (p.qualified(static_cast<int>(c), static_cast<int>(v))) {
          ++covered;
          break;
        }
    EXPECT_GE(share(covered, p.visits().size()), 0.95) << visits << "/" << caregivers;
  }
}

// Coarse, but it catches a crowd that cannot possibly do the work: the hours on offer (each shift
// up to max_work) against the hours of care, with a generous allowance for travel.
TEST(SyntheticMix, TheCrowdOffersMoreHoursThanTheCareNeeds) {
  std::int64_t care = 0, offered = 0;
  for (const Visit& v : region().visits()) care += v.duration.get();
  for (const Caregiver& c : region().caregivers()) {
    std::int64_t shifts = 0;
    for (const domain::TimeWindow& w : c.availability) shifts += (w.close - w.open).get();
    offered += std::min(shifts, c.max_work->get());
  }
  EXPECT_GT(static_cast<double>(offered), 1.5 * static_cast<double>(care));
  EXPECT_LT(static_cast<double>(offered), 4.0 * static_cast<double>(care));
}

}  // namespace
}  // namespace carecrowd::generate
