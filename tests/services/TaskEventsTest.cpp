// What the task services publish as live events: board changes to the task's organisation, offers
// and urgent tasks that fit to the caregivers concerned (never naming the client), a caregiver's
// own task changed by someone else, and at-risk tasks announced once each.
#include <gtest/gtest.h>

#include <algorithm>
#include <future>
#include <string>
#include <vector>

#include "EventWorld.h"
#include "services/TaskBoard.h"
#include "services/Events.h"
#include "services/FeedItemJson.h"
#include "services/TaskClaim.h"
#include "services/Visits.h"
#include "services/Planning.h"
#include "services/ProposalJson.h"
#include "services/TaskEvents.h"

namespace carecrowd::services {
namespace {

class TaskEvents : public EventWorld {
 protected:
  void SetUp() override {
    EventWorld::SetUp();
    noord_ = make_organisation("Noord");
    zuid_ = make_organisation("Zuid");
  }

  // The events addressed to the caregiver, by type.
  std::vector<std::string> types_for(const Principal& who) {
    std::vector<std::string> out;
    for (const auto& e : all_events()) {
      if (may_receive(who, e)) out.push_back(e.type);
    }
    return out;
  }

  // No client's name or address anywhere in the text.
  void expect_no_client_details(const std::string& text) {
    for (const auto& secret : {"Client Een", "Client Eenstraat", "Client Twee"}) {
      EXPECT_EQ(text.find(secret), std::string::npos) << secret << " in " << text;
    }
  }

  Principal noord_, zuid_;
};

TEST_F(TaskEvents, AClaimCheckInAndCheckOutReachTheOrganisationsBoard) {
  const auto client = make_client_with_daily_task(noord_, "Client Een", "09:00", "10:00");
  const auto anna = make_caregiver("Anna", noord_);
  const auto task = task_on(client, tomorrow_);
  ASSERT_TRUE(claim_task(*platform_, anna, task).ok());
  now_ = tomorrow_ * kMinutesPerDay + 9 * 60 + 5;
  ASSERT_TRUE(check_in(*platform_, anna, task, VisitMoment{}).ok());
  now_ += 35;
  ASSERT_TRUE(check_out(*platform_, anna, task, VisitMoment{}).ok());

  const auto all = all_events();
  ASSERT_EQ(all.size(), 3U);
  const std::vector<std::string> types{all[0].type, all[1].type, all[2].type};
  EXPECT_EQ(types, (std::vector<std::string>{"task.claimed", "task.checked_in", "task.done"}));
  for (const auto& e : all) {
    EXPECT_EQ(e.organisation_id, noord_.organisation_id);
    EXPECT_FALSE(e.caregiver_id);
    EXPECT_TRUE(may_receive(noord_, e));
    EXPECT_FALSE(may_receive(zuid_, e)) << "another organisation's coordinator";
    EXPECT_FALSE(may_receive(anna, e)) << "the board is not the caregiver's";
    expect_no_client_details(e.data_json);
  }
  const auto claimed = nlohmann::json::parse(all[0].data_json);
  EXPECT_EQ(claimed["task_id"], task);
  EXPECT_EQ(claimed["status"], "claimed");
  EXPECT_EQ(claimed["caregiver_id"], *anna.caregiver_id);
  EXPECT_EQ(claimed["day"], format_date(tomorrow_));
  EXPECT_EQ(claimed["window"]["start"], format_date(tomorrow_) + "T09:00");
  EXPECT_EQ(nlohmann::json::parse(all[2].data_json)["status"], "done");
}

TEST_F(TaskEvents, AReleasedTaskIsAnnouncedToTheCaregiversItNowFitsAsTheirFeedShowsIt) {
  const auto client = make_client_with_daily_task(noord_, "Client Een", "09:00", "10:00");
  const auto anna = make_caregiver("Anna", noord_);
  const auto bram = make_caregiver("Bram", noord_, 52.0950, 5.1100);
  const auto evening = make_caregiver("Carla", noord_, 52.0900, 5.1150, 16 * 60, 20 * 60);
  const auto far_away = make_caregiver("Eva", noord_, 52.3700, 4.8900);  // Amsterdam: outside the radius
  const auto elsewhere = make_caregiver("Dirk", zuid_);                  // works for another organisation
  const auto task = task_on(client, tomorrow_);  // 25 hours ahead: still releasable, and urgent soon
  ASSERT_TRUE(claim_task(*platform_, anna, task).ok());
  ASSERT_TRUE(release_task(*platform_, anna, task).ok());

  const auto board = events_of_type("task.released");
  ASSERT_EQ(board.size(), 1U);
  EXPECT_EQ(board[0].first.organisation_id, noord_.organisation_id);
  EXPECT_EQ(board[0].second["status"], "open");
  EXPECT_EQ(board[0].second["urgent"], true);

  const auto urgent = events_of_type("task.urgent");
  ASSERT_EQ(urgent.size(), 1U) << "only Bram may take it now";
  EXPECT_EQ(urgent[0].first.caregiver_id, bram.caregiver_id);
  EXPECT_TRUE(may_receive(bram, urgent[0].first));
  for (const auto& who : {anna, evening, far_away, elsewhere, noord_}) EXPECT_FALSE(may_receive(who, urgent[0].first));
  expect_no_client_details(urgent[0].first.data_json);
  // Exactly the item Bram's feed shows for the task.
  auto feed = task_feed(*platform_, bram, FeedQuery{});
  ASSERT_TRUE(feed.ok());
  const auto& items = feed.value().items;
  const auto item = std::find_if(items.begin(), items.end(), [&](const auto& i) { return i.task.id == task; });
  ASSERT_NE(item, items.end());
  EXPECT_EQ(urgent[0].second, feed_item_json(*item));
  EXPECT_EQ(urgent[0].second["urgent"], true);
}

TEST_F(TaskEvents, ATaskReleasedDaysAheadIsNotAnnouncedAsUrgent) {
  const auto client = make_client_with_daily_task(noord_, "Client Een", "09:00", "10:00");
  const auto anna = make_caregiver("Anna", noord_);
  make_caregiver("Bram", noord_, 52.0950, 5.1100);
  const auto task = task_on(client, today_ + 3);
  ASSERT_TRUE(claim_task(*platform_, anna, task).ok());
  ASSERT_TRUE(release_task(*platform_, anna, task).ok());
  EXPECT_EQ(events_of_type("task.released").size(), 1U);
  EXPECT_TRUE(events_of_type("task.urgent").empty()) << "more than 48 hours ahead: the feed shows it";
}

TEST_F(TaskEvents, AReopenedTaskReachesTheBoardItsFormerHolderAndTheCaregiversItFits) {
  const auto client = make_client_with_daily_task(noord_, "Client Een", "09:00", "10:00");
  const auto anna = make_caregiver("Anna", noord_);
  const auto bram = make_caregiver("Bram", noord_, 52.0950, 5.1100);
  const auto task = task_on(client, tomorrow_);
  ASSERT_TRUE(claim_task(*platform_, anna, task).ok());
  ASSERT_TRUE(reopen_task(*platform_, noord_, task).ok());

  const auto reopened = events_of_type("task.reopened");
  ASSERT_EQ(reopened.size(), 2U);
  EXPECT_TRUE(may_receive(noord_, reopened[0].first));
  EXPECT_EQ(reopened[0].second["status"], "open");
  EXPECT_EQ(reopened[1].first.caregiver_id, anna.caregiver_id) << "Anna's day lost the task";
  EXPECT_TRUE(may_receive(anna, reopened[1].first));
  EXPECT_FALSE(may_receive(noord_, reopened[1].first));
  EXPECT_EQ(reopened[1].second["task_id"], task);
  expect_no_client_details(reopened[1].first.data_json);
  EXPECT_EQ(types_for(bram), (std::vector<std::string>{"task.urgent"}));
  EXPECT_EQ(types_for(anna), (std::vector<std::string>{"task.reopened"}));
}

TEST_F(TaskEvents, AnOfferReachesItsCaregiverAsTheirProposalsShowIt) {
  make_client_with_daily_task(noord_, "Client Een", "09:00", "10:00");
  make_client_with_daily_task(noord_, "Client Twee", "11:00", "12:00", 52.0950, 5.1100);
  const auto anna = make_caregiver("Anna", noord_);
  const auto dirk = make_caregiver("Dirk", zuid_);
  auto plan = create_plan(*platform_, noord_, PlanRequest{tomorrow_, tomorrow_, "offer", 0.2});
  ASSERT_TRUE(plan.ok()) << plan.error().message();
  const auto offers = events_of_type("proposal.offered");
  ASSERT_EQ(offers.size(), 2U);
  auto mine = list_my_proposals(*platform_, anna);
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine.value().size(), 2U);
  for (std::size_t i = 0; i < offers.size(); ++i) {
    EXPECT_EQ(offers[i].first.caregiver_id, anna.caregiver_id);
    EXPECT_FALSE(may_receive(dirk, offers[i].first));
    EXPECT_FALSE(may_receive(noord_, offers[i].first));
    expect_no_client_details(offers[i].first.data_json);
    const auto id = offers[i].second["id"].get<std::int64_t>();
    const auto& items = mine.value();
    const auto shown =
        std::find_if(items.begin(), items.end(), [&](const auto& p) { return p.offered.proposal.id == id; });
    ASSERT_NE(shown, items.end());
    EXPECT_EQ(offers[i].second, caregiver_proposal_json(*shown));
  }
  // Accepting one claims it: the board hears.
  ASSERT_TRUE(accept_proposal(*platform_, anna, offers[0].second["id"].get<std::int64_t>()).ok());
  const auto claimed = events_of_type("task.claimed");
  ASSERT_EQ(claimed.size(), 1U);
  EXPECT_EQ(claimed[0].second["task_id"], offers[0].second["task"]["id"]);
}

TEST_F(TaskEvents, AnAssignedTaskReachesTheBoardAndTheEmployee) {
  make_client_with_daily_task(noord_, "Client Een", "09:00", "10:00");
  const auto eva = make_caregiver("Eva", noord_);
  db_->write([&](store::Transaction& tx) {
    tx.exec("UPDATE caregiver_organisation SET employed = 1 WHERE caregiver_id = ?", {*eva.caregiver_id});
  });
  auto plan = create_plan(*platform_, noord_, PlanRequest{tomorrow_, tomorrow_, "assign", 0.2});
  ASSERT_TRUE(plan.ok()) << plan.error().message();
  EXPECT_EQ(types_for(eva), (std::vector<std::string>{"task.assigned"}));
  EXPECT_EQ(types_for(noord_), (std::vector<std::string>{"task.claimed"}));
  EXPECT_TRUE(events_of_type("proposal.offered").empty());
}

TEST_F(TaskEvents, ACoordinatorAssignsByHandByTheClaimsRulesAndTheBoardAndCaregiverHear) {
  const auto client = make_client_with_daily_task(noord_, "Client Een", "09:00", "10:00");
  const auto anna = make_caregiver("Anna", noord_);
  const auto late = make_caregiver("Laat", noord_, 52.0900, 5.1150, 16 * 60, 20 * 60);
  const auto dirk = make_caregiver("Dirk", zuid_);
  const auto task = task_on(client, tomorrow_);

  // Available only in the evening: refused as her own claim would be, in words the coordinator reads.
  const auto refused = assign_task(*platform_, noord_, task, HandAssignment{*late.caregiver_id});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
  EXPECT_EQ(refused.error().reason, "Laat cannot take it (they would be told: the task is outside your published availability)");
  const auto other_organisation = assign_task(*platform_, noord_, task, HandAssignment{*dirk.caregiver_id});
  ASSERT_FALSE(other_organisation.ok());
  EXPECT_EQ(other_organisation.error().kind, ErrorKind::conflict) << "Dirk does not work for Noord";
  EXPECT_EQ(assign_task(*platform_, noord_, task, HandAssignment{987654}).error().kind, ErrorKind::not_found);
  EXPECT_EQ(assign_task(*platform_, zuid_, task, HandAssignment{*dirk.caregiver_id}).error().kind, ErrorKind::not_found)
      << "another organisation's task does not exist for Zuid";
  EXPECT_EQ(assign_task(*platform_, anna, task, HandAssignment{*anna.caregiver_id}).error().kind, ErrorKind::forbidden);
  EXPECT_TRUE(all_events().empty()) << "nothing changed";

  const auto assigned = assign_task(*platform_, noord_, task, HandAssignment{*anna.caregiver_id});
  ASSERT_TRUE(assigned.ok()) << assigned.error().message();
  EXPECT_EQ(assigned.value().task.status, domain::TaskStatus::claimed);
  EXPECT_EQ(assigned.value().task.caregiver_id, anna.caregiver_id);
  EXPECT_EQ(types_for(anna), (std::vector<std::string>{"task.assigned"}));
  EXPECT_EQ(types_for(noord_), (std::vector<std::string>{"task.claimed"}));
  EXPECT_EQ(db_->read([&](store::Transaction& tx) {
              return *tx.query_i64("SELECT COUNT(*) FROM audit_event WHERE event = 'task.assign'");
            }),
            1);
  const auto again = assign_task(*platform_, noord_, task, HandAssignment{*anna.caregiver_id});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().kind, ErrorKind::conflict) << "already hers";
}

TEST_F(TaskEvents, ATaskAtRiskIsAnnouncedOnceWhateverItsStateLater) {
  const auto client = make_client_with_daily_task(noord_, "Client Een", "14:00", "15:00");
  const auto anna = make_caregiver("Anna", noord_, 52.0900, 5.1150, 7 * 60, 20 * 60);
  // Monday 08:00: today's 14:00 visit is open six hours ahead (at risk); tomorrow's is 30 hours out.
  EXPECT_EQ(sweep_at_risk(*platform_), 1);
  EXPECT_EQ(sweep_at_risk(*platform_), 0) << "announced once";
  auto at_risk = events_of_type("task.at_risk");
  ASSERT_EQ(at_risk.size(), 1U);
  EXPECT_EQ(at_risk[0].second["task_id"], task_on(client, today_));
  EXPECT_EQ(at_risk[0].second["reason"], "unclaimed");
  EXPECT_EQ(at_risk[0].first.organisation_id, noord_.organisation_id);
  EXPECT_FALSE(may_receive(anna, at_risk[0].first));

  // Claimed now, and not checked in 20 minutes after its window opened: at risk again by the
  // board's rule, but it was announced already. Only tomorrow's visit, now under 24 hours ahead
  // and open, is new.
  ASSERT_TRUE(claim_task(*platform_, anna, task_on(client, today_)).ok());
  now_ = today_ * kMinutesPerDay + 14 * 60 + 20;
  EXPECT_EQ(sweep_at_risk(*platform_), 1);
  at_risk = events_of_type("task.at_risk");
  ASSERT_EQ(at_risk.size(), 2U);
  EXPECT_EQ(at_risk[1].second["task_id"], task_on(client, tomorrow_));
  now_ += 60;
  EXPECT_EQ(sweep_at_risk(*platform_), 0);
}

TEST_F(TaskEvents, AClaimedTaskNobodyCheckedInToIsAnnouncedAtRisk) {
  const auto client = make_client_with_daily_task(noord_, "Client Een", "09:00", "10:00");
  const auto anna = make_caregiver("Anna", noord_);
  const auto task = task_on(client, tomorrow_);
  ASSERT_TRUE(claim_task(*platform_, anna, task).ok());
  sweep_at_risk(*platform_);  // today's open 09:00 visit is at risk; tomorrow's is claimed
  const auto before = events_of_type("task.at_risk").size();
  now_ = tomorrow_ * kMinutesPerDay + 9 * 60 + 10;  // within the 15 minutes' grace
  sweep_at_risk(*platform_);
  const auto announced_for = [&](std::int64_t id) {
    const auto all = events_of_type("task.at_risk");
    return std::count_if(all.begin(), all.end(), [&](const auto& e) { return e.second["task_id"] == id; });
  };
  EXPECT_EQ(announced_for(task), 0);
  now_ += 10;  // 09:20
  sweep_at_risk(*platform_);
  EXPECT_EQ(announced_for(task), 1);
  const auto all = events_of_type("task.at_risk");
  const auto mine = std::find_if(all.begin(), all.end(), [&](const auto& e) { return e.second["task_id"] == task; });
  EXPECT_EQ(mine->second["reason"], "not_checked_in");
  EXPECT_GT(all.size(), before);
}

TEST_F(TaskEvents, SweepsRunningAtOnceAnnounceEachTaskOnce) {
  for (int i = 0; i < 5; ++i) {
    make_client_with_daily_task(noord_, "Client " + std::to_string(i), "1" + std::to_string(i) + ":00",
                                "1" + std::to_string(i) + ":30");
  }
  // As several server processes' tickers would: each sweep its own thread (and on PostgreSQL its
  // own connection).
  std::vector<std::future<std::int64_t>> sweeps;
  for (int i = 0; i < 4; ++i) sweeps.push_back(std::async(std::launch::async, [&] { return sweep_at_risk(*platform_); }));
  std::int64_t announced = 0;
  for (auto& s : sweeps) announced += s.get();
  EXPECT_EQ(announced, 5);
  EXPECT_EQ(events_of_type("task.at_risk").size(), 5U);
}

}  // namespace
}  // namespace carecrowd::services
