// A client's continuity: the faces of the visits held or done up to today, over 14 and 28 days.
#include <gtest/gtest.h>

#include "EventWorld.h"
#include "services/Clients.h"
#include "services/TaskClaim.h"

namespace carecrowd::services {
namespace {

class ClientContinuityTest : public EventWorld {
 protected:
  void SetUp() override {
    EventWorld::SetUp();
    noord_ = make_organisation("Noord");
    zuid_ = make_organisation("Zuid");
  }
  Principal noord_, zuid_;
};

TEST_F(ClientContinuityTest, AClientsContinuityCountsTheFacesOfTheVisitsHeldOrDoneUpToToday) {
  const auto client = make_client_with_daily_task(noord_, "Client Een", "09:00", "10:00");
  const auto anna = make_caregiver("Anna", noord_);
  const auto bram = make_caregiver("Bram", noord_, 52.0950, 5.1100);
  ASSERT_TRUE(claim_task(*platform_, anna, task_on(client, today_ + 1)).ok());
  ASSERT_TRUE(claim_task(*platform_, anna, task_on(client, today_ + 2)).ok());
  ASSERT_TRUE(claim_task(*platform_, bram, task_on(client, today_ + 3)).ok());
  ASSERT_TRUE(claim_task(*platform_, bram, task_on(client, today_ + 10)).ok());
  const auto before = client_continuity(*platform_, noord_, client);
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(before.value().last_14_days.visits, 0) << "nothing up to today yet";
  EXPECT_FALSE(before.value().last_14_days.index.has_value());

  now_ = (today_ + 3) * kMinutesPerDay + 12 * 60;
  const auto after = client_continuity(*platform_, noord_, client);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after.value().last_14_days.visits, 3) << "the visit a week ahead does not count yet";
  EXPECT_EQ(after.value().last_14_days.caregivers, 2);
  EXPECT_DOUBLE_EQ(*after.value().last_14_days.index, 2.0 / 6.0);
  EXPECT_EQ(after.value().last_28_days.visits, 3);
  EXPECT_EQ(client_continuity(*platform_, zuid_, client).error().kind, ErrorKind::not_found);
  EXPECT_EQ(client_continuity(*platform_, anna, client).error().kind, ErrorKind::forbidden);
}

}  // namespace
}  // namespace carecrowd::services
