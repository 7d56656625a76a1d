#include <gtest/gtest.h>

#include "market/CertificateProspects.h"

namespace carecrowd::market {
namespace {

const DayNumber kToday = day_number({2026, 3, 2});
const std::vector<std::string> kCatalog{"injection", "catheter", "wound-care"};

HeldCertificate valid(const std::string& code) { return {code, kToday + 365, true}; }

const Prospect* find(const std::vector<Prospect>& prospects, const std::string& code) {
  for (const auto& p : prospects) {
    if (p.code == code) return &p;
  }
  return nullptr;
}

TEST(CertificateProspects, EveryCertificateNotHeldIsListedEvenWithNothingToUnlock) {
  const auto prospects = certificate_prospects(kCatalog, {valid("catheter")}, kToday, {});
  ASSERT_EQ(prospects.size(), 2U);
  EXPECT_EQ(prospects[0].code, "injection");
  EXPECT_EQ(prospects[0].tasks, 0);
  EXPECT_EQ(prospects[1].code, "wound-care");
  EXPECT_EQ(find(prospects, "catheter"), nullptr);
}

TEST(CertificateProspects, ATaskCountsForTheOneCertificateItLacksAndSumsHoursAndPay) {
  const auto prospects = certificate_prospects(kCatalog, {valid("catheter")}, kToday,
                                               {{kToday, {"injection"}, 30, 2000},
                                                {kToday + 1, {"injection", "catheter"}, 45, 3000},
                                                {kToday + 2, {"wound-care"}, 20, 1500},
                                                {kToday, {}, 60, 4000}});
  const Prospect* injection = find(prospects, "injection");
  ASSERT_NE(injection, nullptr);
  EXPECT_EQ(injection->tasks, 2);
  EXPECT_EQ(injection->minutes, 75);
  EXPECT_EQ(injection->pay_cents, 5000);
  EXPECT_EQ(find(prospects, "wound-care")->minutes, 20);
  // Most hours first.
  EXPECT_EQ(prospects.front().code, "injection");
}

TEST(CertificateProspects, ATaskLackingTwoCertificatesIsUnlockedByNeither) {
  const auto prospects = certificate_prospects(kCatalog, {}, kToday, {{kToday, {"injection", "catheter"}, 30, 2000}});
  ASSERT_EQ(prospects.size(), 3U);
  for (const auto& p : prospects) EXPECT_EQ(p.tasks, 0) << p.code;
}

TEST(CertificateProspects, UnverifiedOrExpiredCertificatesAreNotHeld) {
  const std::vector<HeldCertificate> held{{"injection", kToday + 365, false}, {"catheter", kToday - 1, true}};
  const auto prospects = certificate_prospects(kCatalog, held, kToday,
                                               {{kToday, {"injection"}, 30, 2000}, {kToday, {"catheter"}, 40, 2500}});
  EXPECT_EQ(find(prospects, "injection")->tasks, 1);
  EXPECT_EQ(find(prospects, "catheter")->tasks, 1);
}

TEST(CertificateProspects, AnotherCertificateMustStillBeValidOnTheTasksDay) {
  // Catheter is valid today but expires before the second task: that task lacks two certificates.
  const std::vector<HeldCertificate> held{{"catheter", kToday + 3, true}};
  const auto prospects = certificate_prospects(
      kCatalog, held, kToday, {{kToday + 1, {"injection", "catheter"}, 30, 2000}, {kToday + 5, {"injection", "catheter"}, 30, 2000}});
  EXPECT_EQ(find(prospects, "injection")->tasks, 1);
  EXPECT_EQ(find(prospects, "catheter"), nullptr);
}

}  // namespace
}  // namespace carecrowd::market
