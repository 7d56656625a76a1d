// Carer non-arrival: a claimed visit to a monitored client that is not checked in by the at-risk
// rule's time raises one alarm, whoever checks and however often; an unmonitored client's visit,
// and a visit checked in, raise none.
#include <gtest/gtest.h>

#include "services/NonArrivals.h"
#include "services/TaskClaim.h"
#include "services/Visits.h"
#include "AlarmWorld.h"

namespace carecrowd::services {
namespace {

class NonArrivals : public AlarmWorld {
 protected:
  // Today's 09:00-10:00 visit to `client`, claimed by `caregiver` at 08:00.
  std::int64_t claimed_visit(std::int64_t client, const Principal& caregiver) {
    const auto task = task_on(client, today_);
    auto claimed = claim_task(*platform_, caregiver, task);
    EXPECT_TRUE(claimed.ok()) << (claimed.ok() ? "" : claimed.error().message());
    return task;
  }
  void monitor(std::int64_t client) {
    ASSERT_TRUE(register_device(*platform_, coordinator_, client, DeviceInput{domain::DeviceKind::alarm_button, "pendant"}).ok());
  }
};

TEST_F(NonArrivals, AVisitToAMonitoredClientNotCheckedInRaisesOneAlarmOnce) {
  const auto monitored = make_client_with_daily_task(coordinator_, "Monitored", "09:00", "10:00");
  monitor(monitored);
  const auto carer = responder("Absent", 2000);
  const auto task = claimed_visit(monitored, carer);
  const auto backup = responder("Backup", 500);
  now_ = today_ * kMinutesPerDay + 9 * 60 + platform_->settings().at_risk_after_minutes;
  EXPECT_EQ(raise_non_arrivals(*platform_), 0) << "not yet: the at-risk rule waits until after its minutes";
  now_ += 1;
  EXPECT_EQ(raise_non_arrivals(*platform_), 1);
  EXPECT_EQ(raise_non_arrivals(*platform_), 0) << "once per visit";
  now_ += 30;
  EXPECT_EQ(raise_non_arrivals(*platform_), 0);

  const auto alarms = list_alarms(*platform_, coordinator_, true);
  ASSERT_TRUE(alarms.ok());
  ASSERT_EQ(alarms.value().size(), 1u);
  const auto& alarm = alarms.value()[0].alarm;
  EXPECT_EQ(alarm.kind, domain::AlarmKind::carer_non_arrival);
  EXPECT_EQ(alarm.client_id, monitored);
  EXPECT_EQ(alarm.task_id, task);
  EXPECT_EQ(alarm.source_id, "visit:" + std::to_string(task));
  EXPECT_EQ(alarm.status, domain::AlarmStatus::dispatching) << "the default dispatches a carer-non-arrival";
  EXPECT_EQ(offered(alarm.id), std::vector<std::int64_t>{*backup.caregiver_id}) << "not the carer who did not come";
  EXPECT_EQ(seen(alarm.id).timeline.front().actor, "platform");
}

TEST_F(NonArrivals, AnUnmonitoredClientOrAVisitCheckedInRaisesNone) {
  const auto unmonitored = make_client_with_daily_task(coordinator_, "Unmonitored", "09:00", "10:00");
  const auto arrived = make_client_with_daily_task(coordinator_, "Arrived", "09:00", "10:00");
  monitor(arrived);
  const auto carer = responder("Present", 2000);
  claimed_visit(unmonitored, carer);
  const auto other = responder("Other", 2000);
  const auto task = claimed_visit(arrived, other);
  now_ = today_ * kMinutesPerDay + 9 * 60 + 5;
  ASSERT_TRUE(check_in(*platform_, other, task, VisitMoment{}).ok());
  now_ += 60;
  EXPECT_EQ(raise_non_arrivals(*platform_), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM alarm"), 0);
}

}  // namespace
}  // namespace carecrowd::services
