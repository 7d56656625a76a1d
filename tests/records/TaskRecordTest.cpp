// The task record's new tasks, the days it walks and the key figures' tasks; what materialising reads of
// care tasks.
#include <algorithm>
#include <set>
#include <tuple>

#include "RecordWorld.h"
#include "records/CareTaskRecord.h"
#include "records/CaregiverProfileRecord.h"
#include "records/TaskRecord.h"

namespace carecrowd::records {
namespace {

using domain::TaskStatus;

constexpr DayNumber kDay = 21977;  // any day; tasks of a test lie around it

class TaskRecordTest : public RecordWorld {};

TEST_F(TaskRecordTest, NewTasksAreStoredOpenWithoutAHolderWhateverTheRecordSays) {
  const auto s = make_care_setting("Noord");
  auto task = new_task(s, kDay);
  task.status = TaskStatus::claimed;
  task.caregiver_id = 99;
  task.check_in = 1;
  EXPECT_EQ(db_->write([&](store::Transaction& tx) { return insert_open_tasks(tx, {task}); }), 1);
  const auto ids = task_ids(s.organisation_id, kDay, kDay);
  ASSERT_EQ(ids.size(), 1u);
  const auto stored = db_->read([&](store::Transaction& tx) { return read_task(tx, ids[0]); });
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->status, TaskStatus::open);
  EXPECT_FALSE(stored->caregiver_id);
  EXPECT_FALSE(stored->check_in);
  EXPECT_FALSE(stored->urgent);
  EXPECT_EQ(stored->version, 1);
  EXPECT_EQ(stored->window_start, task.window_start);
  EXPECT_EQ(stored->task_type, "washing");
  EXPECT_EQ(stored->area, "3511");
  EXPECT_DOUBLE_EQ(stored->lat, 52.09);
}

TEST_F(TaskRecordTest, StoringTasksAgainSkipsAndDoesNotCountThoseStoredAlreadyAcrossManyStatements) {
  const auto s = make_care_setting("Noord");
  // 250 tasks: more than one statement's rows, so that the batches are pinned too.
  std::vector<TaskRecord> tasks;
  for (DayNumber d = 0; d < 250; ++d) tasks.push_back(new_task(s, kDay + d));
  EXPECT_EQ(db_->write([&](store::Transaction& tx) { return insert_open_tasks(tx, tasks); }), 250);
  tasks.push_back(new_task(s, kDay, 1));  // the second slot of the first day is new
  EXPECT_EQ(db_->write([&](store::Transaction& tx) { return insert_open_tasks(tx, tasks); }), 1);
  EXPECT_EQ(task_ids(s.organisation_id, kDay, kDay + 300).size(), 251u);
  EXPECT_EQ(db_->write([&](store::Transaction& tx) { return insert_open_tasks(tx, {}); }), 0);
}

TEST_F(TaskRecordTest, HeldTasksOfDaysAreTheClaimedAndDoneTasksOfTheCaregiversAskedForWithTheirHomes) {
  const auto s = make_care_setting("Noord");
  const auto anna = make_caregiver("Anna", 52.1, 5.1);
  const auto bram = make_caregiver("Bram", 52.2, 5.2);
  db_->write([&](store::Transaction& tx) {
    (void)insert_open_tasks(tx, {new_task(s, kDay), new_task(s, kDay + 1), new_task(s, kDay + 2), new_task(s, kDay + 3),
                                 new_task(s, kDay + 9)});
  });
  const auto ids = task_ids(s.organisation_id, kDay, kDay + 9);
  ASSERT_EQ(ids.size(), 5u);
  db_->write([&](store::Transaction& tx) {
    ASSERT_TRUE(claim_open_task(tx, ids[0], anna, 0));  // claimed
    ASSERT_TRUE(claim_open_task(tx, ids[1], anna, 0));  // done
    ASSERT_TRUE(check_in_task(tx, ids[1], anna, 10));
    ASSERT_TRUE(check_out_task(tx, ids[1], anna, 20));
    ASSERT_TRUE(claim_open_task(tx, ids[2], bram, 0));  // another caregiver's
    ASSERT_TRUE(claim_open_task(tx, ids[4], anna, 0));  // after the last day
    // ids[3] stays open.
  });
  auto held = db_->read([&](store::Transaction& tx) { return held_tasks_of_days(tx, {anna}, kDay, kDay + 3); });
  std::sort(held.begin(), held.end(), [](const TaskAtHome& a, const TaskAtHome& b) { return a.task.id < b.task.id; });
  ASSERT_EQ(held.size(), 2u);
  EXPECT_EQ(held[0].task.id, ids[0]);
  EXPECT_EQ(held[1].task.id, ids[1]);
  EXPECT_EQ(held[1].task.check_in, 10);
  EXPECT_EQ(held[0].task.caregiver_id, anna);
  EXPECT_EQ(held[0].home.caregiver_id, anna);
  EXPECT_DOUBLE_EQ(held[0].home.lat, 52.1);
  EXPECT_EQ(held[0].home.travel_mode, "car");
  EXPECT_TRUE(db_->read([&](store::Transaction& tx) { return held_tasks_of_days(tx, {}, kDay, kDay + 3); }).empty());
}

TEST_F(TaskRecordTest, HeldDaysAreTheCaregiversClaimedAndDoneTasksOfTheRangeWithEachWeeksMinutes) {
  const auto s = make_care_setting("Noord");
  const auto anna = make_caregiver("Anna", 52.1, 5.1);
  const auto bram = make_caregiver("Bram", 52.2, 5.2);
  const DayNumber monday = kDay - weekday(kDay);
  // Anna: 30-minute tasks on Monday, Wednesday (done), Friday and the next Tuesday; Bram one on
  // Wednesday; one open on Thursday.
  db_->write([&](store::Transaction& tx) {
    (void)insert_open_tasks(tx, {new_task(s, monday), new_task(s, monday + 2), new_task(s, monday + 2, 1),
                                 new_task(s, monday + 3), new_task(s, monday + 4), new_task(s, monday + 8)});
  });
  const auto ids = task_ids(s.organisation_id, monday, monday + 8);
  ASSERT_EQ(ids.size(), 6u);
  db_->write([&](store::Transaction& tx) {
    ASSERT_TRUE(claim_open_task(tx, ids[0], anna, 0));
    ASSERT_TRUE(claim_open_task(tx, ids[1], anna, 0));
    ASSERT_TRUE(check_in_task(tx, ids[1], anna, 10));
    ASSERT_TRUE(check_out_task(tx, ids[1], anna, 20));
    ASSERT_TRUE(claim_open_task(tx, ids[2], bram, 0));
    ASSERT_TRUE(claim_open_task(tx, ids[4], anna, 0));
    ASSERT_TRUE(claim_open_task(tx, ids[5], anna, 0));
  });
  // Wednesday with a day either side, the minutes of this week and the next.
  const auto held = db_->read([&](store::Transaction& tx) {
    return held_days(tx, anna, (monday + 1) * kMinutesPerDay, (monday + 4) * kMinutesPerDay, {monday, monday + 7});
  });
  ASSERT_EQ(held.tasks.size(), 1u);
  EXPECT_EQ(held.tasks[0].id, ids[1]);
  EXPECT_EQ(held.tasks[0].status, TaskStatus::done);
  EXPECT_EQ(held.tasks[0].check_in, 10);
  EXPECT_EQ(held.week_minutes.at(monday), 90);      // Monday, Wednesday and Friday; not Bram's
  EXPECT_EQ(held.week_minutes.at(monday + 7), 30);  // the next Tuesday
  // No task on the days: still each week's minutes.
  const auto empty = db_->read([&](store::Transaction& tx) {
    return held_days(tx, anna, (monday + 5) * kMinutesPerDay, (monday + 7) * kMinutesPerDay, {monday});
  });
  EXPECT_TRUE(empty.tasks.empty());
  EXPECT_EQ(empty.week_minutes.at(monday), 90);
}

TEST_F(TaskRecordTest, TheFeedSearchGivesTheOpenTasksThatStartInItsRangesEarliestFirstUpToItsLimit) {
  const auto s = make_care_setting("Noord");
  const auto other = make_care_setting("Zuid");
  const auto anna = make_caregiver("Anna", 52.1, 5.1);
  db_->write([&](store::Transaction& tx) { join_organisation(tx, anna, s.organisation_id); });
  // Twelve days, each with a task at 08:00 (in the day's range) and one at 10:30 (outside it);
  // more ranges than one statement asks, so that the search goes on in a second one.
  std::vector<TaskRecord> tasks;
  for (DayNumber d = 0; d < 12; ++d) {
    tasks.push_back(new_task(s, kDay + d));
    auto late = new_task(s, kDay + d, 1);
    late.window_start += 150;
    late.window_end += 150;
    tasks.push_back(late);
  }
  auto too_high = new_task(s, kDay + 2, 2);  // a level above the caregiver's
  too_high.level = 5;
  auto too_far = new_task(s, kDay + 3, 2);  // outside the area
  too_far.lat = 53.5;
  tasks.push_back(too_high);
  tasks.push_back(too_far);
  tasks.push_back(new_task(other, kDay + 4));  // an organisation she has not joined
  db_->write([&](store::Transaction& tx) { (void)insert_open_tasks(tx, tasks); });
  const auto first_day = task_ids(s.organisation_id, kDay + 1, kDay + 1);
  db_->write([&](store::Transaction& tx) { ASSERT_TRUE(claim_open_task(tx, first_day[0], anna, 0)); });  // 08:00 of day 1

  FeedSearch search;
  search.area = {0, 0, anna, 3, 51.9, 52.3, 4.9, 5.3};
  search.organisation_ids = {s.organisation_id};
  for (DayNumber d = 0; d < 12; ++d) {
    search.starts.push_back({(kDay + d) * kMinutesPerDay + 420, (kDay + d) * kMinutesPerDay + 600});
  }
  auto days_found = [&](std::int64_t limit) {
    search.limit = limit;
    std::vector<DayNumber> days;
    for (const auto& t : db_->read([&](store::Transaction& tx) { return open_tasks_for_feed(tx, search); })) {
      EXPECT_EQ(t.status, TaskStatus::open);
      EXPECT_EQ(t.organisation_id, s.organisation_id);
      EXPECT_EQ(t.window_start, t.day * kMinutesPerDay + 480);
      days.push_back(t.day - kDay);
    }
    return days;
  };
  EXPECT_EQ(days_found(100), (std::vector<DayNumber>{0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
  EXPECT_EQ(days_found(9), (std::vector<DayNumber>{0, 2, 3, 4, 5, 6, 7, 8, 9}));
  EXPECT_EQ(days_found(2), (std::vector<DayNumber>{0, 2}));
  search.starts.erase(search.starts.begin(), search.starts.begin() + 10);
  EXPECT_EQ(days_found(100), (std::vector<DayNumber>{10, 11}));
  search.starts.clear();
  EXPECT_TRUE(days_found(100).empty());
}

TEST_F(TaskRecordTest, KeyFiguresCountEveryTaskOfTheOrganisationsDaysButTheCancelledOnes) {
  const auto s = make_care_setting("Noord");
  const auto other = make_care_setting("Zuid");
  db_->write([&](store::Transaction& tx) {
    (void)insert_open_tasks(tx, {new_task(s, kDay), new_task(s, kDay + 1), new_task(s, kDay + 5), new_task(other, kDay)});
    EXPECT_EQ(cancel_open_tasks(tx, s.care_task_id, 0, kDay + 1, kDay + 1), 1);
  });
  const auto tasks =
      db_->read([&](store::Transaction& tx) { return tasks_for_key_figures(tx, s.organisation_id, kDay, kDay + 1); });
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].day, kDay);
  EXPECT_EQ(tasks[0].status, TaskStatus::open);
  EXPECT_EQ(tasks[0].client_id, s.client_id);
  EXPECT_FALSE(tasks[0].digital());
}


TEST_F(TaskRecordTest, DaysHeldUnderAReplacedCareTaskVersionAreTheClaimedAndDoneOnesOnly) {
  const auto s = make_care_setting("Noord");
  const auto anna = make_caregiver("Anna", 52.1, 5.1);
  db_->write([&](store::Transaction& tx) {
    (void)insert_open_tasks(tx, {new_task(s, kDay), new_task(s, kDay + 1), new_task(s, kDay + 2)});
  });
  const auto ids = task_ids(s.organisation_id, kDay, kDay + 2);
  const auto arrangement = db_->write([&](store::Transaction& tx) {
    EXPECT_TRUE(claim_open_task(tx, ids[0], anna, 0));
    EXPECT_TRUE(claim_open_task(tx, ids[1], anna, 0));
    EXPECT_TRUE(check_in_task(tx, ids[1], anna, 1));
    EXPECT_TRUE(check_out_task(tx, ids[1], anna, 2));
    // The care task is replaced by a new version (as services/Arrangements does when a line changes).
    tx.exec("UPDATE care_task SET active = 0 WHERE id = ?", {s.care_task_id});
    return *tx.query_i64("SELECT arrangement_id FROM care_task WHERE id = ?", {s.care_task_id});
  });
  db_->read([&](store::Transaction& tx) {
    const auto held = slots_held_under_old_versions(tx, arrangement, kDay, kDay + 2);
    const std::set<std::tuple<std::string, DayNumber, std::int64_t>> expected{{"wash", kDay, 0}, {"wash", kDay + 1, 0}};
    EXPECT_EQ(held, expected);
    EXPECT_TRUE(active_care_tasks(tx, arrangement).empty());
    const auto a = read_arrangement_for_tasks(tx, arrangement);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->client_id, s.client_id);
    EXPECT_EQ(a->postcode, "3511 AA");
    EXPECT_FALSE(a->valid_to);
  });
}

}  // namespace
}  // namespace carecrowd::records
