// The alarm key figures (services/AlarmFigures.h) of known alarms, worked out by hand: percentiles
// and shares of a list of minutes; one alarm's timeline read step by step; and three alarms driven
// through the services on the test's clock (resolved remotely, accepted and resolved on site,
// escalated to the coordinator and to 112 advice) as the key figures count them.
#include <gtest/gtest.h>

#include "services/AlarmFigures.h"
#include "services/Kpis.h"
#include "AlarmWorld.h"

namespace carecrowd::services {
namespace {

using domain::AlarmKind;
using domain::AlarmPriority;
using domain::AlarmStatus;
using domain::Escalation;

TEST(ResponseTimesTest, PercentilesAreTheNearestRankAndSharesCountTheMinutesWithinTheLimit) {
  ResponseTimes times;
  for (const int m : {70, 10, 40, 20, 100, 30, 60, 50, 90, 80}) times.add(m);
  // Ten values: p50 is the 5th smallest, p90 the 9th, p95 the ceil(9.5) = 10th.
  EXPECT_EQ(times.percentile(50), 50);
  EXPECT_EQ(times.percentile(90), 90);
  EXPECT_EQ(times.percentile(95), 100);
  EXPECT_EQ(times.within(15), 1);
  EXPECT_EQ(times.within(30), 3);
  EXPECT_EQ(times.within(45), 4);
  EXPECT_EQ(times.within(60), 6);
  EXPECT_EQ(ResponseTimes{}.percentile(50), std::nullopt) << "no alarm reached the step: no figure";
}

TEST(AlarmFiguresOfOneAlarm, TheSendersStepsAndDeclinesAreNoContactTheFirstAcceptanceIs) {
  records::AlarmRecord alarm;
  alarm.kind = AlarmKind::fall;
  alarm.created_at = 1000;
  alarm.status = AlarmStatus::resolved;
  // Entered by hand by a coordinator (their steps of receiving it are not contact), declined by one
  // caregiver, accepted by another after 4 minutes, on site after 19, resolved by the responder.
  const std::vector<records::AlarmStep> timeline{
      {1000, "created", AlarmStatus::created, "coordinator:7", "received", std::nullopt},
      {1000, "triaged", AlarmStatus::triaged, "coordinator:7", "policy version 0: dispatch", std::nullopt},
      {1000, "dispatching", AlarmStatus::dispatching, "coordinator:7", "offered to 2 caregivers", std::nullopt},
      {1002, "declined", AlarmStatus::dispatching, "caregiver:3", "", std::nullopt},
      {1004, "accepted", AlarmStatus::accepted, "caregiver:4", "", std::nullopt},
      {1019, "on_site", AlarmStatus::on_site, "caregiver:4", "", std::nullopt},
      {1040, "resolved", AlarmStatus::resolved, "caregiver:4", "helped up", std::nullopt},
  };
  const auto f = figures_of_alarm(alarm, timeline);
  EXPECT_EQ(f.received, 1);
  EXPECT_EQ(f.by_kind[static_cast<std::size_t>(AlarmKind::fall)], 1);
  EXPECT_EQ(f.first_contact.percentile(50), 4);
  EXPECT_EQ(f.acceptance.percentile(50), 4);
  EXPECT_EQ(f.arrival.percentile(50), 19);
  EXPECT_EQ(f.resolved, 1);
  EXPECT_EQ(f.resolved_remotely, 0) << "a caregiver went";
  EXPECT_EQ(f.escalated_to_coordinator, 0);
  EXPECT_EQ(f.advised_112, 0);
}

class AlarmFiguresOfAnOrganisation : public AlarmWorld {
 protected:
  AlarmFigures figures_of_today() {
    const DayNumber today = now_ / kMinutesPerDay;
    auto kpis = organisation_kpis(*platform_, coordinator_, DaysAsked{today, today});
    EXPECT_TRUE(kpis.ok()) << (kpis.ok() ? "" : kpis.error().message());
    return kpis.ok() ? kpis.value().total.alarms : AlarmFigures{};
  }
};

TEST_F(AlarmFiguresOfAnOrganisation, CountThreeKnownAlarmsAsWorkedOutByHand) {
  const auto anna = responder("Anna", 300);

  // 1. A button alarm checked remotely: the coordinator resolves it 3 minutes after it came in.
  const auto button = raise(AlarmKind::button, AlarmPriority::high, "button-1");
  ASSERT_EQ(button.alarm.status, AlarmStatus::remote_check);
  now_ += 1;  // no timer runs out: the check has 2 minutes
  ASSERT_EQ(sweep_alarms(*platform_), 0);
  now_ += 2;
  ASSERT_TRUE(resolve_alarm(*platform_, coordinator_, button.alarm.id, AlarmNote{"pressed by accident"}).ok());

  // 2. A fall offered to Anna at once: accepted after 1 minute, on site 12 minutes later, resolved.
  const auto fall_1 = fall("fall-1");
  now_ += 1;
  ASSERT_TRUE(accept_alarm(*platform_, anna, fall_1.alarm.id).ok());
  now_ += 12;
  ASSERT_TRUE(report_arrival(*platform_, anna, fall_1.alarm.id).ok());
  now_ += 20;
  ASSERT_TRUE(resolve_alarm(*platform_, anna, fall_1.alarm.id, AlarmNote{"helped up, no injury"}).ok());

  // 3. A fall nobody answers: Anna's offer runs out after 2 minutes, nobody else is on duty, so the
  // coordinator on call has it; 5 minutes later the platform advises 112; the coordinator resolves
  // it 1 minute after that (8 minutes after it came in).
  const auto fall_2 = fall("fall-2");
  ASSERT_EQ(wait_minutes(2), 1);
  ASSERT_EQ(seen(fall_2.alarm.id).alarm.escalation, Escalation::coordinator);
  ASSERT_EQ(wait_minutes(5), 1);
  ASSERT_EQ(seen(fall_2.alarm.id).alarm.escalation, Escalation::advise_112);
  now_ += 1;
  ASSERT_TRUE(resolve_alarm(*platform_, coordinator_, fall_2.alarm.id, AlarmNote{"ambulance took her"}).ok());
  EXPECT_FALSE(seen(fall_2.alarm.id).alarm.escalation.has_value()) << "the row forgets; the timeline keeps it";

  const auto f = figures_of_today();
  EXPECT_EQ(f.received, 3);
  EXPECT_EQ(f.by_kind[static_cast<std::size_t>(AlarmKind::fall)], 2);
  EXPECT_EQ(f.by_kind[static_cast<std::size_t>(AlarmKind::button)], 1);
  EXPECT_EQ(f.resolved, 3);
  EXPECT_EQ(f.resolved_remotely, 2) << "the button alarm and the escalated fall: no caregiver went";
  EXPECT_EQ(f.escalated_to_coordinator, 1);
  EXPECT_EQ(f.advised_112, 1);
  // First contact: 3 (the coordinator's remote check), 1 (Anna's acceptance), 8 (the coordinator
  // after the escalation). Sorted 1, 3, 8: p50 is the 2nd, p90 and p95 the 3rd.
  EXPECT_EQ(f.first_contact.count(), 3);
  EXPECT_EQ(f.first_contact.percentile(50), 3);
  EXPECT_EQ(f.first_contact.percentile(90), 8);
  EXPECT_EQ(f.first_contact.percentile(95), 8);
  EXPECT_EQ(f.first_contact.within(15), 3);
  EXPECT_EQ(f.acceptance.count(), 1);
  EXPECT_EQ(f.acceptance.percentile(50), 1);
  EXPECT_EQ(f.arrival.count(), 1);
  EXPECT_EQ(f.arrival.percentile(95), 13);
  EXPECT_EQ(f.arrival.within(15), 1);

  // The day before holds none of them.
  const DayNumber yesterday = now_ / kMinutesPerDay - 1;
  auto earlier = organisation_kpis(*platform_, coordinator_, DaysAsked{yesterday, yesterday});
  ASSERT_TRUE(earlier.ok());
  EXPECT_EQ(earlier.value().total.alarms.received, 0);
}

}  // namespace
}  // namespace carecrowd::services
