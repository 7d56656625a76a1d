// What is billable: done, checked in and out (out not before in), on a day of the range.
#include "RecordWorld.h"
#include "records/BillableVisits.h"

namespace carecrowd::records {
namespace {

constexpr DayNumber kDay = 21977;

class BillableVisitsTest : public RecordWorld {};

TEST_F(BillableVisitsTest, OnlyDoneTasksCheckedInAndOutOnTheRangesDaysAreBilled) {
  const auto s = make_care_setting("Noord");
  const auto anna = make_caregiver("Anna", 52.1, 5.1);
  db_->write([&](store::Transaction& tx) {
    std::vector<TaskRecord> tasks;
    for (DayNumber d = 0; d < 5; ++d) tasks.push_back(new_task(s, kDay + d));
    (void)insert_open_tasks(tx, tasks);
  });
  const auto ids = task_ids(s.organisation_id, kDay, kDay + 4);
  ASSERT_EQ(ids.size(), 5u);
  const auto start = [](DayNumber d) { return d * kMinutesPerDay + 480; };
  db_->write([&](store::Transaction& tx) {
    for (std::size_t i = 0; i < ids.size(); ++i) ASSERT_TRUE(claim_open_task(tx, ids[i], anna, 0));
    // Day 0: done, 45 minutes worked: billed.
    ASSERT_TRUE(check_in_task(tx, ids[0], anna, start(kDay)));
    ASSERT_TRUE(check_out_task(tx, ids[0], anna, start(kDay) + 45));
    // Day 1: checked in, not out: not billed.
    ASSERT_TRUE(check_in_task(tx, ids[1], anna, start(kDay + 1)));
    // Day 2: done, but its check-out lies before its check-in (a clock gone wrong): not billed.
    ASSERT_TRUE(check_in_task(tx, ids[2], anna, start(kDay + 2)));
    ASSERT_TRUE(check_out_task(tx, ids[2], anna, start(kDay + 2) + 30));
    tx.exec("UPDATE task SET check_out = check_in - 1 WHERE id = ?", {ids[2]});
    // Day 3: only claimed. Day 4: done, after the range.
    ASSERT_TRUE(check_in_task(tx, ids[4], anna, start(kDay + 4)));
    ASSERT_TRUE(check_out_task(tx, ids[4], anna, start(kDay + 4) + 30));
  });
  const auto visits =
      db_->read([&](store::Transaction& tx) { return billable_visits_of_caregiver(tx, anna, kDay, kDay + 3); });
  ASSERT_EQ(visits.size(), 1u);
  EXPECT_EQ(visits[0].task_id, ids[0]);
  EXPECT_EQ(visits[0].organisation_name, "Noord");
  EXPECT_EQ(visits[0].check_out - visits[0].check_in, 45);
  EXPECT_EQ(visits[0].area, "3511");

  const auto sums =
      db_->read([&](store::Transaction& tx) { return billable_sums_by_caregiver(tx, s.organisation_id, kDay, kDay + 4); });
  ASSERT_EQ(sums.size(), 1u);
  EXPECT_EQ(sums[0].caregiver_id, anna);
  EXPECT_EQ(sums[0].name, "Anna");
  EXPECT_EQ(sums[0].tasks, 2);
  EXPECT_EQ(sums[0].minutes, 75);
  EXPECT_EQ(sums[0].pay_cents, 2200);
}

TEST_F(BillableVisitsTest, AnInvoiceIsMadeOutOnlyToACaregiverWhoExists) {
  const auto anna = make_caregiver("Anna", 52.1, 5.1);
  db_->read([&](store::Transaction& tx) {
    EXPECT_EQ(invoiced_caregiver_name(tx, anna), "Anna");
    EXPECT_FALSE(invoiced_caregiver_name(tx, anna + 1));
  });
}

}  // namespace
}  // namespace carecrowd::records
