#include <gtest/gtest.h>

#include "market/Eligibility.h"

namespace carecrowd::market {
namespace {

const DayNumber kDay = day_number({2026, 3, 2});

CaregiverProfile level_three_nurse() {
  CaregiverProfile c;
  c.level = 3;
  c.kind = CaregiverKind::freelancer;
  c.organisations = {7};
  return c;
}

TaskDemand injection(int level = 3) { return TaskDemand{7, kDay, level, {"injection"}}; }

TEST(Eligibility, AVerifiedUnexpiredCertificateAndEnoughLevelMakeATaskEligible) {
  auto nurse = level_three_nurse();
  nurse.certificates = {{"injection", kDay, true}};
  EXPECT_EQ(why_not_eligible(nurse, injection()), std::nullopt);
}

TEST(Eligibility, AnUnverifiedCertificateUnlocksNothing) {
  auto nurse = level_three_nurse();
  nurse.certificates = {{"injection", kDay + 100, false}};
  EXPECT_NE(why_not_eligible(nurse, injection()), std::nullopt);
}

TEST(Eligibility, ACertificateExpiredBeforeTheTasksDayUnlocksNothing) {
  auto nurse = level_three_nurse();
  nurse.certificates = {{"injection", kDay - 1, true}};
  auto reason = why_not_eligible(nurse, injection());
  ASSERT_TRUE(reason);
  EXPECT_NE(reason->english().find("expired"), std::string::npos);
}

TEST(Eligibility, ALowerLevelIsNotEnough) {
  auto nurse = level_three_nurse();
  nurse.certificates = {{"injection", kDay, true}};
  EXPECT_NE(why_not_eligible(nurse, injection(4)), std::nullopt);
}

TEST(Eligibility, AVolunteerOnlyDoesLevelZeroTasks) {
  CaregiverProfile volunteer;
  volunteer.kind = CaregiverKind::volunteer;
  volunteer.level = 2;  // whatever they state
  volunteer.organisations = {7};
  EXPECT_EQ(why_not_eligible(volunteer, TaskDemand{7, kDay, 0, {}}), std::nullopt);
  EXPECT_NE(why_not_eligible(volunteer, TaskDemand{7, kDay, 1, {}}), std::nullopt);
}

TEST(Eligibility, AnotherOrganisationsTaskIsNotEligible) {
  auto nurse = level_three_nurse();
  EXPECT_NE(why_not_eligible(nurse, TaskDemand{8, kDay, 0, {}}), std::nullopt);
}

TEST(Eligibility, StoredCertificatesSplitOnCommas) {
  EXPECT_EQ(split_certificates(""), std::vector<std::string>{});
  EXPECT_EQ(split_certificates("injection,wound-care"), (std::vector<std::string>{"injection", "wound-care"}));
}

}  // namespace
}  // namespace carecrowd::market
