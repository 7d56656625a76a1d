// The alarm's timed steps on a clock the test sets: each waiting state runs out into the next.
#include <gtest/gtest.h>

#include "dispatch/AlarmTimer.h"

namespace carecrowd::dispatch {
namespace {

using domain::AlarmStatus;
using domain::Escalation;

constexpr LocalMinute kNow = 1'000'000;

TEST(AlarmTimer, ARemoteCheckFirstRunsItsOwnTimer) {
  const auto p = default_policy();
  const auto step = after_triage(p, FirstStep::remote_check, kNow);
  EXPECT_EQ(step.state.status, AlarmStatus::remote_check);
  EXPECT_EQ(step.state.due_at, kNow + p.remote_check_minutes);
  EXPECT_FALSE(step.offer_round);
}

TEST(AlarmTimer, DispatchAtOnceAsksForTheFirstRound) {
  const auto p = default_policy();
  const auto step = after_triage(p, FirstStep::dispatch, kNow);
  EXPECT_EQ(step.state.status, AlarmStatus::dispatching);
  EXPECT_EQ(step.state.round, 1);
  EXPECT_EQ(step.state.due_at, kNow + p.offer_minutes);
  EXPECT_TRUE(step.offer_round);
}

TEST(AlarmTimer, NothingHappensBeforeTheTimerRunsOut) {
  const auto p = default_policy();
  EXPECT_FALSE(on_timeout(p, {AlarmStatus::remote_check, std::nullopt, 0, kNow + 1}, kNow).has_value());
  EXPECT_FALSE(on_timeout(p, {AlarmStatus::on_site, std::nullopt, 1, std::nullopt}, kNow).has_value());
}

TEST(AlarmTimer, AnUnansweredRemoteCheckAsksTheInformalContactsByDefault) {
  const auto p = default_policy();
  const auto step = on_timeout(p, {AlarmStatus::remote_check, std::nullopt, 0, kNow}, kNow);
  ASSERT_TRUE(step);
  EXPECT_EQ(step->state.status, AlarmStatus::informal_contacts);
  EXPECT_TRUE(step->ask_contact);
  EXPECT_FALSE(step->offer_round);
  EXPECT_EQ(step->state.due_at, kNow + p.contact_minutes);
  EXPECT_NE(step->reason.find("remote check"), std::string::npos);
}

TEST(AlarmTimer, AnUnansweredRemoteCheckBecomesDispatchWhenThePolicySaysSo) {
  auto p = default_policy();
  p.after_remote_check = FirstStep::dispatch;
  const auto step = on_timeout(p, {AlarmStatus::remote_check, std::nullopt, 0, kNow}, kNow);
  ASSERT_TRUE(step);
  EXPECT_EQ(step->state.status, AlarmStatus::dispatching);
  EXPECT_TRUE(step->offer_round);
  EXPECT_FALSE(step->ask_contact);
  EXPECT_NE(step->reason.find("remote check"), std::string::npos);
}

TEST(AlarmTimer, InformalContactsAreAskedOneAfterAnotherEachWithTheirOwnTime) {
  auto p = default_policy();
  p.contact_minutes = 4;
  const auto first = after_triage(p, FirstStep::informal_contacts, kNow);
  EXPECT_EQ(first.state.status, AlarmStatus::informal_contacts);
  EXPECT_TRUE(first.ask_contact);
  EXPECT_EQ(first.state.due_at, kNow + 4);
  EXPECT_FALSE(on_timeout(p, first.state, kNow + 3).has_value()) << "the contact still has a minute";
  const auto next = on_timeout(p, first.state, kNow + 4);
  ASSERT_TRUE(next);
  EXPECT_EQ(next->state.status, AlarmStatus::informal_contacts);
  EXPECT_TRUE(next->ask_contact) << "the next contact is asked";
  EXPECT_EQ(next->state.due_at, kNow + 8);
  const auto declined = contact_refused(p, kNow + 5);
  EXPECT_TRUE(declined.ask_contact);
  EXPECT_EQ(declined.state.due_at, kNow + 9);
  const auto none_left = no_contact_left(p, kNow + 5, "none");
  EXPECT_EQ(none_left.state.status, AlarmStatus::dispatching);
  EXPECT_TRUE(none_left.offer_round);
  EXPECT_EQ(none_left.state.round, 1);
}

TEST(AlarmTimer, AnInformalContactNotOnSiteInTimeHasCaregiversSentNotTheCoordinator) {
  auto p = default_policy();
  p.contact_arrival_minutes = 20;
  const auto by_contact = accepted_by_contact(p, kNow);
  EXPECT_EQ(by_contact.state.status, AlarmStatus::accepted);
  EXPECT_TRUE(by_contact.state.held_by_contact);
  EXPECT_EQ(by_contact.state.due_at, kNow + 20);
  const auto late = on_timeout(p, by_contact.state, kNow + 20);
  ASSERT_TRUE(late);
  EXPECT_EQ(late->state.status, AlarmStatus::dispatching);
  EXPECT_TRUE(late->offer_round);
  EXPECT_NE(late->reason.find("informal contact"), std::string::npos);
  // A caregiver late on site goes to the coordinator, as before.
  const auto caregiver_late = on_timeout(p, accepted(p, kNow).state, kNow + p.arrival_minutes);
  ASSERT_TRUE(caregiver_late);
  EXPECT_EQ(caregiver_late->state.status, AlarmStatus::escalated);
}

TEST(AlarmTimer, RoundsFollowEachOtherThenTheCoordinatorThen112) {
  const auto p = default_policy();
  AlarmState state{AlarmStatus::dispatching, std::nullopt, 1, kNow};
  for (int round = 2; round <= p.max_rounds; ++round) {
    const auto step = on_timeout(p, state, kNow);
    ASSERT_TRUE(step);
    EXPECT_EQ(step->state.round, round);
    EXPECT_TRUE(step->offer_round);
    state = step->state;
    state.due_at = kNow;
  }
  const auto coordinator = on_timeout(p, state, kNow);
  ASSERT_TRUE(coordinator);
  EXPECT_EQ(coordinator->state.status, AlarmStatus::escalated);
  EXPECT_EQ(coordinator->state.escalation, Escalation::coordinator);
  EXPECT_EQ(coordinator->state.due_at, kNow + p.coordinator_minutes);

  const auto advice = on_timeout(p, coordinator->state, kNow + p.coordinator_minutes);
  ASSERT_TRUE(advice);
  EXPECT_EQ(advice->state.escalation, Escalation::advise_112);
  EXPECT_FALSE(advice->state.due_at.has_value());
  EXPECT_NE(advice->reason.find("112"), std::string::npos);
  EXPECT_FALSE(on_timeout(p, advice->state, kNow + 1000).has_value());
}

TEST(AlarmTimer, EveryoneSayingNoEndsTheRoundAtOnce) {
  const auto p = default_policy();
  const auto next = round_refused(p, 1, kNow);
  EXPECT_TRUE(next.offer_round);
  EXPECT_EQ(next.state.round, 2);
  const auto last = round_refused(p, p.max_rounds, kNow);
  EXPECT_EQ(last.state.status, AlarmStatus::escalated);
}

TEST(AlarmTimer, ACaregiverNotOnSiteInTimeIsEscalatedToTheCoordinator) {
  const auto p = default_policy();
  const auto taken = accepted(p, kNow);
  EXPECT_EQ(taken.state.due_at, kNow + p.arrival_minutes);
  const auto late = on_timeout(p, taken.state, kNow + p.arrival_minutes);
  ASSERT_TRUE(late);
  EXPECT_EQ(late->state.escalation, Escalation::coordinator);
}

}  // namespace
}  // namespace carecrowd::dispatch
