// Alarms through their state machine on the test's clock: remote check resolved or unanswered,
// offers accepted, declined and timed out, escalation to the coordinator and to 112 advice, two
// alarms competing for one caregiver, a restart in the middle of an escalation, idempotent
// receiving, need-to-know before and after acceptance, and bad input storing nothing.
#include <gtest/gtest.h>

#include <atomic>
#include <limits>
#include <thread>

#include "records/TaskRecord.h"
#include "records/TaskReleaseRecord.h"
#include "services/AlarmPolicies.h"
#include "services/LastKnownPosition.h"
#include "services/OnCall.h"
#include "services/TaskClaim.h"
#include "AlarmWorld.h"

namespace carecrowd::services {
namespace {

using domain::AlarmKind;
using domain::AlarmPriority;
using domain::AlarmStatus;
using domain::Escalation;
using domain::OfferStatus;

class Alarms : public AlarmWorld {};

TEST_F(Alarms, AButtonAlarmIsCheckedRemotelyAndResolvedWithoutAVisit) {
  responder("Anna", 500);
  const auto alarm = raise(AlarmKind::button, AlarmPriority::high, "button-1");
  EXPECT_EQ(alarm.alarm.status, AlarmStatus::remote_check);
  EXPECT_TRUE(alarm.offers.empty());

  auto resolved = resolve_alarm(*platform_, coordinator_, alarm.alarm.id, AlarmNote{"pressed by accident, client is fine"});
  ASSERT_TRUE(resolved.ok()) << resolved.error().message();
  EXPECT_EQ(resolved.value().alarm.status, AlarmStatus::resolved);
  EXPECT_EQ(timeline_events(alarm.alarm.id),
            (std::vector<std::string>{"created", "triaged", "remote_check", "resolved"}));
  EXPECT_EQ(seen(alarm.alarm.id).timeline.back().reason, "pressed by accident, client is fine");
  EXPECT_EQ(wait_minutes(10), 0) << "a resolved alarm has no timer";
}

TEST_F(Alarms, ARemoteCheckNobodyAnswersBecomesDispatchWhenItsTimerRunsOut) {
  const auto anna = responder("Anna", 500);
  const auto alarm = raise(AlarmKind::button, AlarmPriority::high, "button-2");
  EXPECT_EQ(wait_minutes(1), 0) << "the check has 2 minutes";
  EXPECT_EQ(wait_minutes(1), 1);
  const auto after = seen(alarm.alarm.id);
  EXPECT_EQ(after.alarm.status, AlarmStatus::dispatching);
  EXPECT_EQ(offered(alarm.alarm.id), std::vector<std::int64_t>{*anna.caregiver_id});
  EXPECT_NE(after.timeline.back().reason.find("no answer to the remote check"), std::string::npos);
  EXPECT_EQ(after.timeline.back().actor, "platform");
}

TEST_F(Alarms, AClientsOwnStepsOverrideTheOrganisationsPolicy) {
  const auto anna = responder("Anna", 500);
  // She cannot answer a phone: a button alarm sends someone at once.
  auto set = set_client_alarm_steps(*platform_, coordinator_, client_,
                                    std::vector<dispatch::FirstStepOverride>{
                                        {AlarmKind::button, AlarmPriority::high, dispatch::FirstStep::dispatch}});
  ASSERT_TRUE(set.ok()) << set.error().message();
  const auto alarm = raise(AlarmKind::button, AlarmPriority::high, "own-1");
  EXPECT_EQ(alarm.alarm.status, AlarmStatus::dispatching);
  EXPECT_EQ(offered(alarm.alarm.id), std::vector<std::int64_t>{*anna.caregiver_id});
  EXPECT_NE(seen(alarm.alarm.id).timeline[1].reason.find("the client's own steps"), std::string::npos);
  EXPECT_EQ(raise(AlarmKind::button, AlarmPriority::low, "own-2").alarm.status, AlarmStatus::remote_check)
      << "the pairs not listed keep the organisation's policy";
  const auto twice = set_client_alarm_steps(
      *platform_, coordinator_, client_,
      std::vector<dispatch::FirstStepOverride>{{AlarmKind::fall, AlarmPriority::low, dispatch::FirstStep::dispatch},
                                               {AlarmKind::fall, AlarmPriority::low, dispatch::FirstStep::remote_check}});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().field, "first_step.fall.low");
  EXPECT_EQ(client_alarm_steps(*platform_, coordinator_, client_).value().size(), 1u);
}

TEST_F(Alarms, ACoordinatorDispatchesWhenTheRemoteCheckFails) {
  const auto anna = responder("Anna", 500);
  const auto alarm = raise(AlarmKind::no_activity, AlarmPriority::medium, "activity-1");
  auto sent = dispatch_alarm(*platform_, coordinator_, alarm.alarm.id, AlarmNote{"no answer on the phone"});
  ASSERT_TRUE(sent.ok()) << sent.error().message();
  EXPECT_EQ(sent.value().alarm.status, AlarmStatus::dispatching);
  EXPECT_EQ(offered(alarm.alarm.id), std::vector<std::int64_t>{*anna.caregiver_id});
}

TEST_F(Alarms, AFallIsOfferedAtOnceToTheThreeSoonestCaregiversOnDuty) {
  const auto far = responder("Far", 4000);
  const auto near = responder("Near", 300);
  const auto middle = responder("Middle", 1500);
  const auto close = responder("Close", 800);
  const auto alarm = fall();
  EXPECT_EQ(alarm.alarm.status, AlarmStatus::dispatching);
  EXPECT_EQ(offered(alarm.alarm.id),
            (std::vector<std::int64_t>{*near.caregiver_id, *close.caregiver_id, *middle.caregiver_id}));
  // Each hears of it over /v1/events, without the client's name or address.
  const auto events = events_of_type("alarm.offered");
  ASSERT_EQ(events.size(), 3u);
  for (const auto& [event, data] : events) {
    EXPECT_NE(event.caregiver_id, far.caregiver_id);
    EXPECT_EQ(data["area"], "3512");
    EXPECT_EQ(data["kind"], "fall");
    EXPECT_FALSE(data.contains("name"));
    EXPECT_EQ(event.data_json.find("Domplein"), std::string::npos);
    EXPECT_EQ(event.data_json.find("Vries"), std::string::npos);
  }
}

TEST_F(Alarms, OfTwoArrivingAlikeTheOneWhoseDayHasRoomIsAskedFirst) {
  const auto busy = responder("Busy", 300);
  const auto free = responder("Free", 300);
  // Busy has a visit of their own at the client's neighbour at 08:10: answering now would make it late.
  const auto neighbour = make_client_with_daily_task(coordinator_, "Buurman", "08:10", "08:15");
  ASSERT_TRUE(claim_task(*platform_, busy, task_on(neighbour, today_)).ok());
  // One caregiver asked at a time, so that the ranking decides who.
  Principal admin = coordinator_;
  admin.role = Role::org_admin;
  auto one_at_a_time = dispatch::default_policy();
  one_at_a_time.offers_per_round = 1;
  ASSERT_TRUE(update_alarm_policy(*platform_, admin, one_at_a_time).ok());
  const auto alarm = fall();
  EXPECT_EQ(offered(alarm.alarm.id), std::vector<std::int64_t>{*free.caregiver_id});
}

TEST_F(Alarms, AcceptingGivesBackTheVisitsTheResponseMakesLateAndKeepsTheRest) {
  const auto anna = responder("Anna", 300);
  // Anna's morning: a visit next door that must start by 08:15, and one at 13:00.
  const auto soon = make_client_with_daily_task(coordinator_, "Buurman", "08:10", "08:15");
  const auto later = make_client_with_daily_task(coordinator_, "Middag", "13:00", "14:00");
  const auto soon_task = task_on(soon, today_);
  const auto later_task = task_on(later, today_);
  ASSERT_TRUE(claim_task(*platform_, anna, soon_task).ok());
  ASSERT_TRUE(claim_task(*platform_, anna, later_task).ok());
  const auto alarm = fall();
  ASSERT_EQ(offered(alarm.alarm.id), std::vector<std::int64_t>{*anna.caregiver_id});
  const auto before = all_events().size();

  // At 08:00 with half an hour on site, the 08:15 visit cannot start in time: it goes back now.
  auto accepted = accept_alarm(*platform_, anna, alarm.alarm.id);
  ASSERT_TRUE(accepted.ok()) << accepted.error().message();
  const auto status_of = [&](std::int64_t task) {
    return db_->read([&](store::Transaction& tx) { return *records::read_task(tx, task); });
  };
  EXPECT_EQ(status_of(soon_task).status, domain::TaskStatus::open);
  EXPECT_TRUE(status_of(soon_task).urgent);
  EXPECT_EQ(status_of(later_task).status, domain::TaskStatus::claimed);
  EXPECT_EQ(status_of(later_task).caregiver_id, anna.caregiver_id);
  EXPECT_NE(seen(alarm.alarm.id).timeline.back().reason.find("1 later visit goes back to the market"),
            std::string::npos);
  // Remembered as released for the alarm (what a repair re-plans and the key figures count).
  const auto outcomes = db_->read([&](store::Transaction& tx) {
    return records::release_outcomes(tx, *coordinator_.organisation_id, today_, today_);
  });
  ASSERT_EQ(outcomes.size(), 1u);
  EXPECT_EQ(outcomes[0].cause, domain::ReleaseCause::alarm);
  // Anna hears that her day lost it, as the board does.
  bool told = false;
  const auto events = all_events();
  for (std::size_t i = before; i < events.size(); ++i) {
    told = told || (events[i].caregiver_id == anna.caregiver_id &&
                    events[i].data_json.find(std::to_string(soon_task)) != std::string::npos);
  }
  EXPECT_TRUE(told);
}

TEST_F(Alarms, OnlyCaregiversOnDutyWhoMayServeTheClientAreAsked) {
  responder("Evening", 300, 18 * 60, 23 * 60);  // not on duty at 08:00
  db_->write([&](store::Transaction& tx) {
    CaregiverRow helper;
    helper.name = "Helper";
    helper.level = 2;  // below the policy's response level
    const auto who = insert_caregiver(tx, helper, *coordinator_.organisation_id);
    tx.exec("INSERT INTO availability (caregiver_id, weekday, from_minute, to_minute, available) VALUES (?, 0, 0, 1440, 1)",
            {*who.caregiver_id});
  });
  const auto other = make_organisation("Zuid");
  make_caregiver("Elsewhere", other);  // works for another organisation
  const auto alarm = fall();
  EXPECT_TRUE(offered(alarm.alarm.id).empty());
  EXPECT_EQ(alarm.alarm.status, AlarmStatus::escalated);
  EXPECT_EQ(alarm.alarm.escalation, Escalation::coordinator);
  EXPECT_NE(seen(alarm.alarm.id).timeline.back().reason.find("no caregiver on duty left to ask"), std::string::npos);
}

TEST_F(Alarms, TheFirstAcceptanceWinsThenArrivalAndResolution) {
  const auto anna = responder("Anna", 300);
  const auto bert = responder("Bert", 800);
  const auto alarm = fall();
  auto accepted = accept_alarm(*platform_, anna, alarm.alarm.id);
  ASSERT_TRUE(accepted.ok()) << accepted.error().message();
  EXPECT_EQ(accepted.value().alarm.status, AlarmStatus::accepted);
  EXPECT_EQ(accepted.value().alarm.caregiver_id, anna.caregiver_id);

  auto late = accept_alarm(*platform_, bert, alarm.alarm.id);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().kind, ErrorKind::conflict);
  EXPECT_EQ(late.error().field, "alarm_id");
  const auto offers = seen(alarm.alarm.id).offers;
  ASSERT_EQ(offers.size(), 2u);
  EXPECT_EQ(offers[0].status, OfferStatus::accepted);
  EXPECT_EQ(offers[1].status, OfferStatus::withdrawn);

  ASSERT_TRUE(report_arrival(*platform_, anna, alarm.alarm.id).ok());
  EXPECT_EQ(seen(alarm.alarm.id).alarm.status, AlarmStatus::on_site);
  EXPECT_FALSE(report_arrival(*platform_, bert, alarm.alarm.id).ok());
  auto done = resolve_alarm(*platform_, anna, alarm.alarm.id, AlarmNote{"helped up, no injury"});
  ASSERT_TRUE(done.ok()) << done.error().message();
  EXPECT_EQ(seen(alarm.alarm.id).alarm.status, AlarmStatus::resolved);
  EXPECT_EQ(timeline_events(alarm.alarm.id),
            (std::vector<std::string>{"created", "triaged", "dispatching", "accepted", "on_site", "resolved"}));
}

TEST_F(Alarms, OfTwoCaregiversAcceptingAtOnceExactlyOneWins) {
  const auto anna = responder("Anna", 300);
  const auto bert = responder("Bert", 800);
  const auto alarm = fall();
  std::atomic<int> wins{0}, conflicts{0};
  std::vector<std::thread> threads;
  for (const auto* who : {&anna, &bert}) {
    threads.emplace_back([&, who] {
      const auto r = accept_alarm(*platform_, *who, alarm.alarm.id);
      if (r.ok()) ++wins;
      else if (r.error().kind == ErrorKind::conflict) ++conflicts;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(wins, 1);
  EXPECT_EQ(conflicts, 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM alarm_offer WHERE status = 'accepted'"), 1);
}

TEST_F(Alarms, WhenEveryoneAskedDeclinesTheNextRoundStartsAtOnceThenTheCoordinatorHasIt) {
  std::vector<Principal> crowd;
  for (int i = 0; i < 4; ++i) crowd.push_back(responder("Carer" + std::to_string(i), 300 + 400 * i));
  const auto alarm = fall();
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(decline_alarm(*platform_, crowd[i], alarm.alarm.id).ok());
  EXPECT_EQ(seen(alarm.alarm.id).alarm.round, 2);
  EXPECT_EQ(offered(alarm.alarm.id), std::vector<std::int64_t>{*crowd[3].caregiver_id});
  ASSERT_TRUE(decline_alarm(*platform_, crowd[3], alarm.alarm.id).ok());
  const auto after = seen(alarm.alarm.id);
  EXPECT_EQ(after.alarm.status, AlarmStatus::escalated);
  EXPECT_EQ(after.alarm.escalation, Escalation::coordinator);
  auto again = decline_alarm(*platform_, crowd[0], alarm.alarm.id);
  EXPECT_FALSE(again.ok()) << "an answered offer is not answered twice";
}

TEST_F(Alarms, UnansweredOffersTimeOutToTheNextCaregiversThenTheCoordinatorThen112) {
  std::vector<Principal> crowd;
  for (int i = 0; i < 4; ++i) crowd.push_back(responder("Carer" + std::to_string(i), 300 + 400 * i));
  const auto alarm = fall();
  EXPECT_EQ(wait_minutes(2), 1);
  EXPECT_EQ(offered(alarm.alarm.id), std::vector<std::int64_t>{*crowd[3].caregiver_id});
  EXPECT_EQ(events_of_type("alarm.offer_closed").size(), 3u) << "the first three are told their offers expired";
  EXPECT_EQ(wait_minutes(2), 1);  // round 3 finds nobody left: the coordinator on call
  auto after = seen(alarm.alarm.id);
  EXPECT_EQ(after.alarm.status, AlarmStatus::escalated);
  EXPECT_EQ(after.alarm.escalation, Escalation::coordinator);
  EXPECT_EQ(wait_minutes(4), 0) << "the coordinator has 5 minutes";
  EXPECT_EQ(wait_minutes(1), 1);
  after = seen(alarm.alarm.id);
  EXPECT_EQ(after.alarm.escalation, Escalation::advise_112);
  EXPECT_FALSE(after.alarm.due_at.has_value());
  EXPECT_NE(after.timeline.back().reason.find("advise 112"), std::string::npos);
  EXPECT_EQ(wait_minutes(60), 0);
  // Every transition is in the audit log, with the client.
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_event WHERE event LIKE 'alarm.%' AND event <> 'alarm.read' AND client_id = ?",
                  {client_}),
            static_cast<std::int64_t>(after.timeline.size()));
}

TEST_F(Alarms, TheCaregiverOnTheirWayHearsWhenTheCoordinatorResolvesTheAlarm) {
  const auto anna = responder("Anna", 300);
  const auto alarm = fall();
  ASSERT_TRUE(accept_alarm(*platform_, anna, alarm.alarm.id).ok());
  ASSERT_TRUE(resolve_alarm(*platform_, coordinator_, alarm.alarm.id, AlarmNote{"she answered the phone after all"}).ok());
  std::vector<std::string> told;
  for (const auto& [event, data] : events_of_type("alarm.changed")) {
    if (event.caregiver_id == anna.caregiver_id) told.push_back(data["status"]);
  }
  EXPECT_EQ(told, std::vector<std::string>{"resolved"}) << "not their own acceptance, only what others did";
}

TEST_F(Alarms, TheCoordinatorResolvesAnEscalatedAlarm) {
  const auto alarm = fall();  // nobody on duty
  ASSERT_EQ(seen(alarm.alarm.id).alarm.status, AlarmStatus::escalated);
  ASSERT_TRUE(resolve_alarm(*platform_, coordinator_, alarm.alarm.id, AlarmNote{"daughter went round"}).ok());
  EXPECT_EQ(wait_minutes(10), 0);
  EXPECT_EQ(seen(alarm.alarm.id).alarm.status, AlarmStatus::resolved);
}

TEST_F(Alarms, ACaregiverNotOnSiteInTimeIsEscalated) {
  const auto anna = responder("Anna", 300);
  const auto alarm = fall();
  ASSERT_TRUE(accept_alarm(*platform_, anna, alarm.alarm.id).ok());
  EXPECT_EQ(wait_minutes(45), 1);
  const auto after = seen(alarm.alarm.id);
  EXPECT_EQ(after.alarm.escalation, Escalation::coordinator);
  EXPECT_NE(after.timeline.back().reason.find("not on site"), std::string::npos);
  EXPECT_TRUE(report_arrival(*platform_, anna, alarm.alarm.id).ok()) << "late is better than never";
}

TEST_F(Alarms, TwoAlarmsCompetingForOneCaregiverGetOneEach) {
  const auto anna = responder("Anna", 300);
  const auto bert = responder("Bert", 800);
  const auto first = fall("fall-a");
  const auto second = fall("fall-b");
  ASSERT_EQ(offered(second.alarm.id).size(), 2u) << "both are free when the second alarm comes in";
  ASSERT_TRUE(accept_alarm(*platform_, anna, first.alarm.id).ok());
  // Anna holds the first alarm: her offer of the second is withdrawn, and she cannot take it.
  EXPECT_EQ(offered(second.alarm.id), std::vector<std::int64_t>{*bert.caregiver_id});
  const auto refused = accept_alarm(*platform_, anna, second.alarm.id);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
  ASSERT_TRUE(accept_alarm(*platform_, bert, second.alarm.id).ok());
  EXPECT_EQ(seen(first.alarm.id).alarm.caregiver_id, anna.caregiver_id);
  EXPECT_EQ(seen(second.alarm.id).alarm.caregiver_id, bert.caregiver_id);
  // A third alarm finds nobody free: both hold one.
  const auto third = fall("fall-c");
  EXPECT_EQ(third.alarm.status, AlarmStatus::escalated);
}

TEST_F(Alarms, ASecondAlarmWhoseOnlyCaregiverTookAnotherMovesOnWithoutWaiting) {
  const auto anna = responder("Anna", 300);
  const auto first = fall("fall-a");
  const auto second = fall("fall-b");
  ASSERT_TRUE(accept_alarm(*platform_, anna, first.alarm.id).ok());
  EXPECT_EQ(sweep_alarms(*platform_), 1) << "no offer of the second is open: its round is over now";
  EXPECT_EQ(seen(second.alarm.id).alarm.status, AlarmStatus::escalated);
}

TEST_F(Alarms, TimersResumeAfterARestartInTheMiddleOfAnEscalation) {
  for (int i = 0; i < 4; ++i) responder("Carer" + std::to_string(i), 300 + 400 * i);
  const auto alarm = fall();
  EXPECT_EQ(wait_minutes(2), 1);  // round 2
  // The server stops: nothing of the alarm lives anywhere but the database.
  platform_.reset();
  db_.reset();
  now_ += 10;  // it was down for ten minutes
  db_ = store::Database::open(fresh_->url());
  platform_ = std::make_unique<Platform>(*db_, Settings{}, [this] { return now_; });
  EXPECT_EQ(sweep_alarms(*platform_), 1) << "the round that ran out while down moves on at once";
  EXPECT_EQ(seen(alarm.alarm.id).alarm.escalation, Escalation::coordinator);
  EXPECT_EQ(wait_minutes(5), 1);
  EXPECT_EQ(seen(alarm.alarm.id).alarm.escalation, Escalation::advise_112);
}

TEST_F(Alarms, ASourceIdReceivedAgainAnswersTheFirstAlarmAndStoresNothing) {
  const auto first = raise_alarm(*platform_, centre_, alarm_input(AlarmKind::button, AlarmPriority::low, "src-7"));
  ASSERT_TRUE(first.ok());
  EXPECT_TRUE(first.value().created);
  const auto again = raise_alarm(*platform_, centre_, alarm_input(AlarmKind::button, AlarmPriority::low, "src-7"));
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again.value().created);
  EXPECT_EQ(again.value().view.alarm.id, first.value().view.alarm.id);
  EXPECT_EQ(count("SELECT COUNT(*) FROM alarm"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM alarm_step"), 3);
}

TEST_F(Alarms, ADeviceNamesItsClient) {
  auto device = register_device(*platform_, coordinator_, client_, DeviceInput{domain::DeviceKind::fall_detector, "pendant"});
  ASSERT_TRUE(device.ok()) << device.error().message();
  auto in = alarm_input(AlarmKind::fall, AlarmPriority::high, "dev-1");
  in.client_id.reset();
  in.device_id = device.value().id;
  auto received = raise_alarm(*platform_, centre_, in);
  ASSERT_TRUE(received.ok()) << received.error().message();
  EXPECT_EQ(received.value().view.alarm.client_id, client_);
  EXPECT_EQ(received.value().view.alarm.device_id, device.value().id);
}

TEST_F(Alarms, ACaregiverAskedSeesOnlyKindPriorityDistanceAndAreaUntilTheyAccept) {
  const auto anna = responder("Anna", 300);
  const auto alarm = fall();
  auto before = read_alarm(*platform_, anna, alarm.alarm.id);
  ASSERT_TRUE(before.ok()) << before.error().message();
  EXPECT_TRUE(before.value().asked_only);
  EXPECT_FALSE(before.value().client.has_value());
  EXPECT_FALSE(before.value().observations.has_value());
  EXPECT_EQ(before.value().alarm.client_id, 0);
  EXPECT_EQ(before.value().area, "3512");
  ASSERT_EQ(before.value().offers.size(), 1u);
  EXPECT_GT(before.value().offers[0].distance_metres, 0);
  const auto reads = "SELECT COUNT(*) FROM audit_event WHERE event = 'alarm.read' AND user_id = ?";
  EXPECT_EQ(count(reads, {anna.user_id}), 0);

  auto accepted = accept_alarm(*platform_, anna, alarm.alarm.id);
  ASSERT_TRUE(accepted.ok());
  ASSERT_TRUE(accepted.value().client.has_value());
  EXPECT_EQ(accepted.value().client->name, "Mevrouw de Vries");
  EXPECT_EQ(accepted.value().client->address, "Domplein 1");
  EXPECT_EQ(accepted.value().client->access_instructions, "key safe 4711");
  EXPECT_EQ(accepted.value().observations->at("heart_rate"), 128);
  EXPECT_EQ(count(reads, {anna.user_id}), 1) << "what the acceptance showed is audited";
  ASSERT_TRUE(read_alarm(*platform_, anna, alarm.alarm.id).value().client.has_value());
  EXPECT_EQ(count(reads, {anna.user_id}), 2);

  // Once resolved, the responder no longer sees the client.
  ASSERT_TRUE(resolve_alarm(*platform_, anna, alarm.alarm.id, AlarmNote{"ok"}).ok());
  EXPECT_FALSE(read_alarm(*platform_, anna, alarm.alarm.id).value().client.has_value());
}

TEST_F(Alarms, TheFamilySeesThatAnAlarmIsHandledAndTheFirstNameOfWhoIsComing) {
  const auto anna = responder("Anna Jansen", 300);
  const auto alarm = fall();
  Principal family;
  family.role = Role::client;
  family.client_id = client_;
  family.organisation_id = coordinator_.organisation_id;
  family.source = "test";
  auto before = my_alarms(*platform_, family);
  ASSERT_TRUE(before.ok()) << before.error().message();
  ASSERT_EQ(before.value().size(), 1u);
  EXPECT_EQ(before.value()[0].status, AlarmStatus::dispatching);
  EXPECT_FALSE(before.value()[0].caregiver_first_name.has_value());
  ASSERT_TRUE(accept_alarm(*platform_, anna, alarm.alarm.id).ok());
  const auto after = my_alarms(*platform_, family);
  EXPECT_EQ(after.value()[0].status, AlarmStatus::accepted);
  EXPECT_EQ(after.value()[0].caregiver_first_name, "Anna");
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_event WHERE event = 'client.alarms_read' AND client_id = ?", {client_}), 2);
  family.client_id = client_ + 1000;  // another client's family sees none of it
  EXPECT_TRUE(my_alarms(*platform_, family).value().empty());
  EXPECT_EQ(my_alarms(*platform_, anna).error().kind, ErrorKind::forbidden);
}

TEST_F(Alarms, OthersSeeNothingOfAnAlarm) {
  const auto anna = responder("Anna", 300);
  const auto stranger = responder("Stranger", 300, 18 * 60, 23 * 60);  // not asked: off duty
  const auto alarm = fall();
  const auto other = make_organisation("Zuid");
  for (const auto* who : {&stranger, &other}) {
    auto view = read_alarm(*platform_, *who, alarm.alarm.id);
    ASSERT_FALSE(view.ok());
    EXPECT_EQ(view.error().kind, ErrorKind::not_found);
  }
  EXPECT_FALSE(accept_alarm(*platform_, stranger, alarm.alarm.id).ok());
  (void)anna;
}

TEST_F(Alarms, ACaregiverOnCallIsAskedWithoutPublishedAvailabilityAndTheCoordinatorOnCallIsNamed) {
  const auto evening = responder("Evening", 300, 18 * 60, 23 * 60);  // not on duty at 08:00 by availability
  const std::int64_t org = *coordinator_.organisation_id;
  const auto nobody = fall("on-call-0");
  EXPECT_EQ(nobody.alarm.status, AlarmStatus::escalated) << "nobody on duty yet";
  ASSERT_TRUE(resolve_alarm(*platform_, coordinator_, nobody.alarm.id, AlarmNote{"test"}).ok());

  // She signs up for the morning herself; signing up someone else, or a coordinator, is not hers to do.
  auto signed_up = schedule_on_call(*platform_, evening, org, OnCallInput{evening.caregiver_id, std::nullopt, now_, now_ + 4 * 60});
  ASSERT_TRUE(signed_up.ok()) << signed_up.error().message();
  EXPECT_EQ(signed_up.value().name, "Evening");
  EXPECT_EQ(schedule_on_call(*platform_, evening, org, OnCallInput{std::nullopt, coordinator_.user_id, now_, now_ + 60})
                .error().kind,
            ErrorKind::forbidden);
  auto coordinator_on_call = schedule_on_call(*platform_, coordinator_, org,
                                              OnCallInput{std::nullopt, coordinator_.user_id, now_ - 60, now_ + 10 * 60});
  ASSERT_TRUE(coordinator_on_call.ok()) << coordinator_on_call.error().message();

  const auto alarm = fall("on-call-1");
  EXPECT_EQ(offered(alarm.alarm.id), std::vector<std::int64_t>{*evening.caregiver_id});
  ASSERT_TRUE(decline_alarm(*platform_, evening, alarm.alarm.id).ok());
  const auto after = seen(alarm.alarm.id);
  EXPECT_EQ(after.alarm.escalation, Escalation::coordinator);
  EXPECT_NE(after.timeline.back().reason.find("the coordinator on call: Coordinator Noord"), std::string::npos)
      << after.timeline.back().reason;

  // Her shift cancelled, she is off duty again.
  ASSERT_TRUE(cancel_on_call(*platform_, evening, signed_up.value().id).ok());
  const auto later = fall("on-call-2");
  EXPECT_TRUE(offered(later.alarm.id).empty());
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_event WHERE event IN ('on_call.schedule', 'on_call.cancel')"), 3);
}

TEST_F(Alarms, OnCallShiftsKeepTheirRules) {
  const auto anna = responder("Anna", 500);
  const std::int64_t org = *coordinator_.organisation_id;
  const auto other = make_organisation("Zuid");
  const auto stranger = make_caregiver("Stranger", other);
  const auto field_of = [&](const Principal& who, const OnCallInput& in) {
    auto r = schedule_on_call(*platform_, who, org, in);
    return r.ok() ? std::string("ok") : r.error().field;
  };
  EXPECT_EQ(field_of(coordinator_, {anna.caregiver_id, coordinator_.user_id, now_, now_ + 60}), "caregiver_id");
  EXPECT_EQ(field_of(coordinator_, {std::nullopt, std::nullopt, now_, now_ + 60}), "caregiver_id");
  EXPECT_EQ(field_of(coordinator_, {anna.caregiver_id, std::nullopt, now_ - 120, now_ - 60}), "ends_at");
  EXPECT_EQ(field_of(coordinator_, {anna.caregiver_id, std::nullopt, now_, now_ + 10}), "ends_at");
  EXPECT_EQ(field_of(coordinator_, {anna.caregiver_id, std::nullopt, now_, now_ + 8 * kMinutesPerDay}), "ends_at");
  EXPECT_EQ(field_of(coordinator_, {stranger.caregiver_id, std::nullopt, now_, now_ + 60}), "caregiver_id");
  EXPECT_EQ(field_of(coordinator_, {std::nullopt, other.user_id, now_, now_ + 60}), "coordinator_id");
  EXPECT_EQ(field_of(other, {anna.caregiver_id, std::nullopt, now_, now_ + 60}), "") << "another organisation's staff";
  EXPECT_EQ(count("SELECT COUNT(*) FROM on_call_shift"), 0) << "nothing stored";

  const auto night = schedule_on_call(*platform_, coordinator_, org, OnCallInput{anna.caregiver_id, std::nullopt, now_ + 14 * 60, now_ + 24 * 60});
  ASSERT_TRUE(night.ok()) << night.error().message();
  auto listed = on_call_shifts(*platform_, coordinator_, org, OnCallQuery{});
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed.value().size(), 1u);
  EXPECT_TRUE(on_call_shifts(*platform_, stranger, org, OnCallQuery{}).value().empty()) << "a caregiver sees their own";
  EXPECT_EQ(cancel_on_call(*platform_, stranger, night.value().id).error().kind, ErrorKind::not_found);
  // A night shift is available on both sides of midnight.
  const auto days = on_call_as_availability({night.value()});
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[0].from, 22 * 60);
  EXPECT_EQ(days[0].to, kMinutesPerDay);
  EXPECT_EQ(days[1].from, 0);
  EXPECT_EQ(days[1].to, 8 * 60);
}

TEST_F(Alarms, AFreshLastKnownPositionRanksACaregiverFromWhereTheyAreUntilItIsForgotten) {
  const auto far = responder("Far", 6000);    // home 6 km west of the client
  const auto near = responder("Near", 2000);  // home 2 km west
  // Far's phone says she is 200 m from the client.
  auto reported = report_position(*platform_, far, PositionInput{52.0907, 5.1214 - 200 / 68'500.0});
  ASSERT_TRUE(reported.ok()) << reported.error().message();
  EXPECT_TRUE(reported.value().stored);
  EXPECT_FALSE(report_position(*platform_, far, PositionInput{52.0, 5.0}).value().stored) << "once a minute";
  const auto first = fall("position-1");
  EXPECT_EQ(offered(first.alarm.id), (std::vector<std::int64_t>{*far.caregiver_id, *near.caregiver_id}));
  ASSERT_TRUE(resolve_alarm(*platform_, coordinator_, first.alarm.id, AlarmNote{"test"}).ok());

  // Half an hour on, the position is stale and forgotten: she is ranked from home again.
  now_ += kFreshPositionMinutes + 1;
  EXPECT_EQ(forget_stale_positions(*platform_), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM caregiver_position"), 0);
  const auto second = fall("position-2");
  EXPECT_EQ(offered(second.alarm.id), (std::vector<std::int64_t>{*near.caregiver_id, *far.caregiver_id}));

  EXPECT_EQ(report_position(*platform_, coordinator_, PositionInput{52.0, 5.0}).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(report_position(*platform_, far, PositionInput{91, 5.0}).error().field, "lat");
  EXPECT_EQ(report_position(*platform_, far, PositionInput{52.0, 181}).error().field, "lon");
  EXPECT_EQ(count("SELECT COUNT(*) FROM caregiver_position"), 0) << "nothing stored on bad input";
}

TEST_F(Alarms, AnOutcomeClosesAnAlarmAndThePolicyMayRequireOne) {
  const auto anna = responder("Anna", 500);
  Principal admin = coordinator_;
  admin.role = Role::org_admin;
  auto required = dispatch::default_policy();
  required.outcome_required = true;
  ASSERT_TRUE(update_alarm_policy(*platform_, admin, required).ok());
  EXPECT_TRUE(alarm_policy(*platform_, coordinator_).value().outcome_required) << "stored with the version";

  const auto check = raise(AlarmKind::button, AlarmPriority::high, "outcome-1");
  auto bare = resolve_alarm(*platform_, coordinator_, check.alarm.id, AlarmNote{"client is fine", std::nullopt});
  ASSERT_FALSE(bare.ok());
  EXPECT_EQ(bare.error().field, "outcome");
  EXPECT_NE(bare.error().reason.find("false-alarm, resolved-remotely or needs-visit"), std::string::npos) << bare.error().reason;
  auto misfit = resolve_alarm(*platform_, coordinator_, check.alarm.id,
                              AlarmNote{"client is fine", dispatch::AlarmOutcome::resolved_on_site});
  ASSERT_FALSE(misfit.ok());
  EXPECT_EQ(misfit.error().field, "outcome");
  EXPECT_EQ(seen(check.alarm.id).alarm.status, AlarmStatus::remote_check) << "nothing changed";
  auto closed = resolve_alarm(*platform_, coordinator_, check.alarm.id,
                              AlarmNote{"pressed by accident", dispatch::AlarmOutcome::false_alarm});
  ASSERT_TRUE(closed.ok()) << closed.error().message();
  EXPECT_EQ(closed.value().alarm.status, AlarmStatus::resolved);
  EXPECT_EQ(seen(check.alarm.id).timeline.back().reason, "false-alarm: pressed by accident");

  // A remote check that finds a visit is needed sends caregivers.
  const auto visit = raise(AlarmKind::no_activity, AlarmPriority::medium, "outcome-2");
  auto needs = resolve_alarm(*platform_, coordinator_, visit.alarm.id, AlarmNote{"no answer at the door", dispatch::AlarmOutcome::needs_visit});
  ASSERT_TRUE(needs.ok()) << needs.error().message();
  EXPECT_EQ(needs.value().alarm.status, AlarmStatus::dispatching);
  EXPECT_EQ(offered(visit.alarm.id), std::vector<std::int64_t>{*anna.caregiver_id});
  ASSERT_TRUE(accept_alarm(*platform_, anna, visit.alarm.id).ok());
  ASSERT_TRUE(report_arrival(*platform_, anna, visit.alarm.id).ok());
  auto referred = resolve_alarm(*platform_, anna, visit.alarm.id, AlarmNote{"GP called for a fever", dispatch::AlarmOutcome::referred});
  ASSERT_TRUE(referred.ok()) << referred.error().message();
  const auto timeline = seen(visit.alarm.id).timeline;
  EXPECT_EQ(timeline.back().reason, "referred: GP called for a fever");
  EXPECT_EQ(timeline[timeline.size() - 4].reason, "needs-visit: no answer at the door; the client has no informal contact; offered to 1 caregiver");
}

TEST_F(Alarms, BadInputNamesTheFieldAndStoresNothing) {
  responder("Anna", 300);
  auto no_client = alarm_input(AlarmKind::fall, AlarmPriority::high, "bad-1");
  no_client.client_id.reset();
  auto empty_source = alarm_input(AlarmKind::fall, AlarmPriority::high, "");
  auto future = alarm_input(AlarmKind::fall, AlarmPriority::high, "bad-3");
  future.observed_at = now_ + 60;
  auto unknown_client = alarm_input(AlarmKind::fall, AlarmPriority::high, "bad-4");
  unknown_client.client_id = 99999;
  auto bad_observation = alarm_input(AlarmKind::fall, AlarmPriority::high, "bad-5");
  bad_observation.observations["spo2"] = std::numeric_limits<double>::infinity();
  const std::vector<std::pair<AlarmInput, std::string>> cases{{no_client, "client_id"},
                                                              {empty_source, "source_id"},
                                                              {future, "observed_at"},
                                                              {unknown_client, "client_id"},
                                                              {bad_observation, "observations.spo2"}};
  for (const auto& [input, field] : cases) {
    const auto r = raise_alarm(*platform_, centre_, input);
    ASSERT_FALSE(r.ok()) << field;
    EXPECT_EQ(r.error().field, field);
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM alarm"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM alarm_offer"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM event WHERE type LIKE 'alarm.%'"), 0);

  // Nobody but the alarm centre and care staff sends alarms.
  const auto anna = responder("Bea", 500);
  EXPECT_EQ(raise_alarm(*platform_, anna, alarm_input(AlarmKind::fall, AlarmPriority::high, "bad-6")).error().kind,
            ErrorKind::forbidden);
}

}  // namespace
}  // namespace carecrowd::services
