// The coordinator's board as the day moves on: a visit whose window closed with nobody there is
// missed (the past), no longer counted as open, claimed or at risk, on the board's days and on the
// task itself.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "EventWorld.h"
#include "services/Events.h"
#include "services/Planning.h"
#include "services/TaskBoard.h"
#include "services/TaskClaim.h"
#include "services/Visits.h"

namespace carecrowd::services {
namespace {

class TaskBoardPast : public EventWorld {
 protected:
  void SetUp() override {
    EventWorld::SetUp();
    noord_ = make_organisation("Noord");
  }

  BoardDay day_of(DayNumber day) {
    auto b = board(*platform_, noord_, DaysAsked{day, day});
    EXPECT_TRUE(b.ok()) << b.error().message();
    return b.ok() ? b.value().days.at(0) : BoardDay{};
  }

  OrganisationTask seen(std::int64_t task) {
    auto t = get_task(*platform_, noord_, task);
    EXPECT_TRUE(t.ok()) << t.error().message();
    return t.ok() ? t.value().task : OrganisationTask{};
  }

  Principal noord_;
};

TEST_F(TaskBoardPast, AnOpenVisitIsAtRiskUntilItsWindowClosesThenMissed) {
  const auto client = make_client_with_daily_task(noord_, "Client Een", "09:00", "10:00");
  const auto task = task_on(client, today_);
  // Monday 08:00: open, starting within the day: at risk.
  BoardDay monday = day_of(today_);
  EXPECT_EQ(monday.open, 1);
  EXPECT_EQ(monday.at_risk, 1);
  EXPECT_EQ(monday.missed, 0);
  EXPECT_TRUE(seen(task).at_risk);

  now_ = today_ * kMinutesPerDay + 9 * 60 + 59;  // still in its window: can still be saved
  EXPECT_EQ(day_of(today_).at_risk, 1);
  now_ = today_ * kMinutesPerDay + 10 * 60;  // the window closed
  monday = day_of(today_);
  EXPECT_EQ(monday.open, 0) << "the past is not open";
  EXPECT_EQ(monday.at_risk, 0) << "nor at risk";
  EXPECT_EQ(monday.missed, 1);
  EXPECT_TRUE(seen(task).missed);
  EXPECT_FALSE(seen(task).at_risk);
  auto whole = board(*platform_, noord_, DaysAsked{today_, tomorrow_});
  ASSERT_TRUE(whole.ok());
  for (const auto& t : whole.value().at_risk) EXPECT_NE(t.task.id, task) << "not listed at risk";
}

TEST_F(TaskBoardPast, AClaimedVisitNobodyStartedIsMissedOnceItsWindowClosesAndAStartedOneIsNot) {
  const auto client = make_client_with_daily_task(noord_, "Client Een", "09:00", "10:00");
  const auto second = make_client_with_daily_task(noord_, "Client Twee", "09:00", "10:00", 52.0910, 5.1220);
  const auto anna = make_caregiver("Anna", noord_);
  const auto bert = make_caregiver("Bert", noord_);
  const auto unstarted = task_on(client, tomorrow_);
  const auto started = task_on(second, tomorrow_);
  ASSERT_TRUE(claim_task(*platform_, anna, unstarted).ok());
  ASSERT_TRUE(claim_task(*platform_, bert, started).ok());
  now_ = tomorrow_ * kMinutesPerDay + 9 * 60 + 5;
  ASSERT_TRUE(check_in(*platform_, bert, started, VisitMoment{}).ok());

  now_ = tomorrow_ * kMinutesPerDay + 10 * 60 + 30;  // both windows closed; Bert is still there
  const BoardDay tuesday = day_of(tomorrow_);
  EXPECT_EQ(tuesday.claimed, 1) << "Bert's visit runs on";
  EXPECT_EQ(tuesday.missed, 1) << "nobody came to Anna's";
  EXPECT_EQ(tuesday.at_risk, 0);
  EXPECT_TRUE(seen(unstarted).missed);
  EXPECT_FALSE(seen(started).missed);
}

class HandPlanning : public TaskBoardPast {
 protected:
  // The events addressed to `who`, by type.
  std::vector<std::string> types_for(const Principal& who) {
    std::vector<std::string> out;
    for (const auto& e : all_events()) {
      if (may_receive(who, e)) out.push_back(e.type);
    }
    return out;
  }
};

TEST_F(HandPlanning, AHeldVisitMovesToAnotherCaregiverInOneStepAndARefusalLeavesItWithItsHolder) {
  const auto client = make_client_with_daily_task(noord_, "Client Een", "09:00", "10:00");
  const auto anna = make_caregiver("Anna", noord_);
  const auto bert = make_caregiver("Bert", noord_);
  const auto late = make_caregiver("Laat", noord_, 52.0900, 5.1150, 16 * 60, 20 * 60);
  const auto task = task_on(client, tomorrow_);
  ASSERT_TRUE(claim_task(*platform_, anna, task).ok());
  const auto before = all_events().size();

  // Laat is available only in the evening: refused as her own claim would be; Anna keeps it.
  const auto refused = assign_task(*platform_, noord_, task, HandAssignment{*late.caregiver_id});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
  EXPECT_EQ(refused.error().reason, "Laat cannot take it (they would be told: the task is outside your published availability)");
  EXPECT_EQ(seen(task).task.task.caregiver_id, anna.caregiver_id) << "rolled back: still Anna's";
  EXPECT_EQ(seen(task).task.task.status, domain::TaskStatus::claimed);
  EXPECT_EQ(all_events().size(), before) << "nothing announced";

  const auto moved = assign_task(*platform_, noord_, task, HandAssignment{*bert.caregiver_id});
  ASSERT_TRUE(moved.ok()) << moved.error().message();
  EXPECT_EQ(moved.value().task.caregiver_id, bert.caregiver_id);
  EXPECT_EQ(moved.value().task.status, domain::TaskStatus::claimed);
  EXPECT_FALSE(moved.value().task.urgent) << "it never stood open";
  EXPECT_EQ(types_for(bert), (std::vector<std::string>{"task.assigned"}));
  const auto annas = types_for(anna);
  EXPECT_EQ(std::count(annas.begin(), annas.end(), "task.reopened"), 1) << "Anna hears her day lost it";
  EXPECT_TRUE(events_of_type("task.urgent").empty()) << "nobody is offered a visit that never stood open";
  EXPECT_EQ(db_->read([&](store::Transaction& tx) {
              return *tx.query_i64("SELECT COUNT(*) FROM audit_event WHERE event = 'task.assign' AND detail LIKE ?",
                                   {"%(moved from caregiver " + std::to_string(*anna.caregiver_id) + ")"});
            }),
            1);

  // Started visits stay where they are.
  now_ = tomorrow_ * kMinutesPerDay + 9 * 60 + 5;
  ASSERT_TRUE(check_in(*platform_, bert, task, VisitMoment{}).ok());
  const auto started = assign_task(*platform_, noord_, task, HandAssignment{*anna.caregiver_id});
  ASSERT_FALSE(started.ok());
  EXPECT_EQ(started.error().kind, ErrorKind::conflict);
  EXPECT_EQ(started.error().field, "status");
}

// The board's drag to another time: a start chosen by hand is kept by the caregiver's day.
class HandPlanningInTime : public HandPlanning {
 protected:
  LocalMinute tomorrow_at(int hour, int minute = 0) const { return tomorrow_ * kMinutesPerDay + hour * 60 + minute; }

  std::optional<LocalMinute> planned_start_of(std::int64_t task) {
    auto t = get_task(*platform_, noord_, task);
    EXPECT_TRUE(t.ok()) << t.error().message();
    const auto found = t.value().starts.find(task);
    if (found == t.value().starts.end()) return std::nullopt;
    return found->second.start;
  }

  std::int64_t audit_lines(const std::string& like) {
    return db_->read([&](store::Transaction& tx) {
      return *tx.query_i64("SELECT COUNT(*) FROM audit_event WHERE event = 'task.assign' AND detail LIKE ?", {like});
    });
  }
};

TEST_F(HandPlanningInTime, AHeldVisitMovedToAnotherStartInItsHoldersDayStartsThenAndLaterClaimsKeepIt) {
  const auto client = make_client_with_daily_task(noord_, "Client Een", "09:00", "12:00");
  const auto anna = make_caregiver("Anna", noord_);
  const auto task = task_on(client, tomorrow_);
  ASSERT_TRUE(claim_task(*platform_, anna, task).ok());
  EXPECT_EQ(planned_start_of(task), tomorrow_at(9)) << "walked from its window's start";
  const auto before = all_events().size();

  const auto moved = assign_task(*platform_, noord_, task, HandAssignment{*anna.caregiver_id, tomorrow_at(10, 30)});
  ASSERT_TRUE(moved.ok()) << moved.error().message();
  EXPECT_EQ(moved.value().task.caregiver_id, anna.caregiver_id);
  EXPECT_EQ(moved.value().task.status, domain::TaskStatus::claimed);
  EXPECT_FALSE(moved.value().task.urgent);
  EXPECT_EQ(moved.value().task.fixed_start, tomorrow_at(10, 30));
  EXPECT_EQ(planned_start_of(task), tomorrow_at(10, 30)) << "her day starts it at the chosen time";
  // Her day changed without her doing: she hears the new start, not a take-back and an assignment.
  std::vector<std::string> after;
  const auto events = all_events();
  for (std::size_t i = before; i < events.size(); ++i) after.push_back(events[i].type);
  EXPECT_EQ(after, (std::vector<std::string>{"task.claimed", "task.rescheduled"}));
  const auto rescheduled = events_of_type("task.rescheduled");
  ASSERT_EQ(rescheduled.size(), 1U);
  EXPECT_EQ(rescheduled[0].first.caregiver_id, anna.caregiver_id);
  EXPECT_EQ(rescheduled[0].second["start"], format_local_time(tomorrow_at(10, 30)));
  EXPECT_EQ(audit_lines("%starting " + format_local_time(tomorrow_at(10, 30))), 1);
  EXPECT_EQ(audit_lines("%moved from%"), 0) << "it stayed hers";

  // Her own claim of a visit that would push it later is refused (without the fixed start it would
  // fit: the first visit would start at 09:00); one that ends in time fits before it.
  const auto pushing = make_client_with_daily_task(noord_, "Client Twee", "10:15", "10:20");
  const auto refused = claim_task(*platform_, anna, task_on(pushing, tomorrow_));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().reason, "the task overlaps your other tasks, counting travel between them");
  const auto earlier = make_client_with_daily_task(noord_, "Client Drie", "10:00", "10:05");
  ASSERT_TRUE(claim_task(*platform_, anna, task_on(earlier, tomorrow_)).ok());
  EXPECT_EQ(planned_start_of(task), tomorrow_at(10, 30)) << "still at the chosen time";
  EXPECT_EQ(seen(task).task.task.fixed_start, tomorrow_at(10, 30));

  // Taken back into the market, the chosen start goes with its holder.
  ASSERT_TRUE(reopen_task(*platform_, noord_, task).ok());
  EXPECT_FALSE(seen(task).task.task.fixed_start.has_value());
}

TEST_F(HandPlanningInTime, AStartTheDayCannotTakeIsRefusedAndTheVisitStaysWhereAndWhenItWas) {
  const auto client = make_client_with_daily_task(noord_, "Client Een", "09:00", "12:00");
  const auto other = make_client_with_daily_task(noord_, "Client Twee", "09:00", "09:15");
  const auto anna = make_caregiver("Anna", noord_);
  const auto task = task_on(client, tomorrow_);
  ASSERT_TRUE(claim_task(*platform_, anna, task_on(other, tomorrow_)).ok());
  ASSERT_TRUE(claim_task(*platform_, anna, task).ok());
  const auto planned = planned_start_of(task);
  ASSERT_TRUE(planned.has_value());
  EXPECT_GE(*planned, tomorrow_at(9, 30)) << "after the 09:00 visit";
  const auto before = all_events().size();

  // 09:10 is during her 09:00 visit.
  const auto refused = assign_task(*platform_, noord_, task, HandAssignment{*anna.caregiver_id, tomorrow_at(9, 10)});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
  EXPECT_EQ(refused.error().field, "caregiver_id");
  EXPECT_EQ(refused.error().reason,
            "Anna cannot take it (they would be told: the task overlaps your other tasks, counting travel between them)");
  EXPECT_EQ(seen(task).task.task.caregiver_id, anna.caregiver_id) << "rolled back: still hers";
  EXPECT_EQ(seen(task).task.task.status, domain::TaskStatus::claimed);
  EXPECT_FALSE(seen(task).task.task.fixed_start.has_value());
  EXPECT_EQ(planned_start_of(task), planned) << "at the time it was";
  EXPECT_EQ(all_events().size(), before) << "nothing announced";
  EXPECT_EQ(audit_lines("%"), 0);

  // Outside the window, either side: bad input naming the start; nothing changes.
  for (const LocalMinute start : {tomorrow_at(8, 59), tomorrow_at(12, 1)}) {
    const auto outside = assign_task(*platform_, noord_, task, HandAssignment{*anna.caregiver_id, start});
    ASSERT_FALSE(outside.ok());
    EXPECT_EQ(outside.error().kind, ErrorKind::bad_input);
    EXPECT_EQ(outside.error().field, "start");
    EXPECT_EQ(outside.error().reason, "must be within the visit's window, " + format_local_time(tomorrow_at(9)) + " to " +
                                          format_local_time(tomorrow_at(12)));
  }
  // Her again without a start: the claim's own answer.
  const auto again = assign_task(*platform_, noord_, task, HandAssignment{*anna.caregiver_id});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().reason, "Anna cannot take it (they would be told: you already hold this task)");
  EXPECT_EQ(all_events().size(), before);
}

TEST_F(HandPlanningInTime, AVisitMovedToAnotherCaregiverAtAChosenStartAndAnOpenOneAssignedAtOne) {
  const auto client = make_client_with_daily_task(noord_, "Client Een", "09:00", "12:00");
  const auto second = make_client_with_daily_task(noord_, "Client Twee", "13:00", "14:00");
  const auto anna = make_caregiver("Anna", noord_);
  const auto bert = make_caregiver("Bert", noord_);
  const auto task = task_on(client, tomorrow_);
  ASSERT_TRUE(claim_task(*platform_, anna, task).ok());

  const auto moved = assign_task(*platform_, noord_, task, HandAssignment{*bert.caregiver_id, tomorrow_at(11)});
  ASSERT_TRUE(moved.ok()) << moved.error().message();
  EXPECT_EQ(moved.value().task.caregiver_id, bert.caregiver_id);
  EXPECT_EQ(moved.value().task.fixed_start, tomorrow_at(11));
  EXPECT_EQ(planned_start_of(task), tomorrow_at(11));
  EXPECT_EQ(types_for(bert), (std::vector<std::string>{"task.assigned"}));
  const auto annas = types_for(anna);
  EXPECT_EQ(std::count(annas.begin(), annas.end(), "task.reopened"), 1);
  EXPECT_EQ(audit_lines("%starting " + format_local_time(tomorrow_at(11)) + " (moved from caregiver " +
                        std::to_string(*anna.caregiver_id) + ")"),
            1);

  // An open one, at the end of its window.
  const auto open = task_on(second, tomorrow_);
  const auto assigned = assign_task(*platform_, noord_, open, HandAssignment{*anna.caregiver_id, tomorrow_at(14)});
  ASSERT_TRUE(assigned.ok()) << assigned.error().message();
  EXPECT_EQ(planned_start_of(open), tomorrow_at(14));
  // Another organisation's coordinator cannot, whatever the start.
  const auto zuid = make_organisation("Zuid");
  const auto foreign = assign_task(*platform_, zuid, task, HandAssignment{*anna.caregiver_id, tomorrow_at(10)});
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().kind, ErrorKind::not_found);
  EXPECT_EQ(seen(task).task.task.caregiver_id, bert.caregiver_id);
}

TEST_F(HandPlanning, AnOpenVisitOfferedToChosenCaregiversReachesTheirOffersAndTheFirstAcceptanceTakesIt) {
  const auto client = make_client_with_daily_task(noord_, "Client Een", "09:00", "10:00");
  const auto anna = make_caregiver("Anna", noord_);
  const auto bert = make_caregiver("Bert", noord_);
  const auto late = make_caregiver("Laat", noord_, 52.0900, 5.1150, 16 * 60, 20 * 60);
  const auto task = task_on(client, tomorrow_);

  // One the rule refuses: nothing is offered to anyone, and the refusal names her.
  const auto refused = offer_task(*platform_, noord_, task, TaskOffer{{*anna.caregiver_id, *late.caregiver_id}});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
  EXPECT_EQ(refused.error().field, "caregiver_ids");
  EXPECT_EQ(refused.error().id, std::to_string(*late.caregiver_id));
  EXPECT_EQ(refused.error().reason, "Laat cannot take it (they would be told: the task is outside your published availability)");
  EXPECT_TRUE(list_my_proposals(*platform_, anna).value().empty());
  EXPECT_TRUE(all_events().empty());
  // The list's own rules.
  EXPECT_EQ(offer_task(*platform_, noord_, task, TaskOffer{}).error().kind, ErrorKind::bad_input);
  EXPECT_EQ(offer_task(*platform_, noord_, task, TaskOffer{{*anna.caregiver_id, *anna.caregiver_id}}).error().kind,
            ErrorKind::bad_input);
  EXPECT_EQ(offer_task(*platform_, anna, task, TaskOffer{{*bert.caregiver_id}}).error().kind, ErrorKind::forbidden);

  const auto offered = offer_task(*platform_, noord_, task, TaskOffer{{*anna.caregiver_id, *bert.caregiver_id}});
  ASSERT_TRUE(offered.ok()) << offered.error().message();
  EXPECT_EQ(offered.value().run.mode, "hand");
  ASSERT_EQ(offered.value().proposals.size(), 2U);
  for (const auto& p : offered.value().proposals) EXPECT_EQ(p.status, ShownStatus::pending);
  EXPECT_EQ(types_for(anna), (std::vector<std::string>{"proposal.offered"}));
  EXPECT_EQ(types_for(bert), (std::vector<std::string>{"proposal.offered"}));
  EXPECT_EQ(db_->read([&](store::Transaction& tx) {
              return *tx.query_i64("SELECT COUNT(*) FROM audit_event WHERE event = 'task.offer'");
            }),
            1);
  // Not among the planner's runs: it belongs to its task.
  EXPECT_TRUE(list_plans(*platform_, noord_, PlanListQuery{}).value().items.empty());
  // Offered again to someone who has not answered yet: refused as a duplicate.
  EXPECT_EQ(offer_task(*platform_, noord_, task, TaskOffer{{*anna.caregiver_id}}).error().kind, ErrorKind::conflict);

  const auto annas = list_my_proposals(*platform_, anna);
  ASSERT_EQ(annas.value().size(), 1U);
  EXPECT_EQ(annas.value()[0].offered.proposal.task_id, task);
  const auto bert_offer = list_my_proposals(*platform_, bert).value().at(0).offered.proposal.id;
  ASSERT_TRUE(accept_proposal(*platform_, bert, bert_offer).ok());
  EXPECT_EQ(seen(task).task.task.caregiver_id, bert.caregiver_id);
  EXPECT_TRUE(list_my_proposals(*platform_, anna).value().empty()) << "taken: no longer on offer to Anna";
  const auto again = offer_task(*platform_, noord_, task, TaskOffer{{*anna.caregiver_id}});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().field, "status") << "only an open task is offered";
}

TEST_F(TaskBoardPast, TheRuleItself) {
  using domain::TaskStatus;
  EXPECT_TRUE(task_missed(TaskStatus::open, 600, false, 600)) << "from the window's last minute on";
  EXPECT_FALSE(task_missed(TaskStatus::open, 600, false, 599));
  EXPECT_TRUE(task_missed(TaskStatus::claimed, 600, false, 700));
  EXPECT_FALSE(task_missed(TaskStatus::claimed, 600, true, 700)) << "started";
  EXPECT_FALSE(task_missed(TaskStatus::done, 600, true, 700));
  EXPECT_FALSE(task_missed(TaskStatus::cancelled, 600, false, 700));
}

}  // namespace
}  // namespace carecrowd::services
