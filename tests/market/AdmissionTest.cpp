#include <gtest/gtest.h>

#include "market/Admission.h"

namespace carecrowd::market {
namespace {

using domain::TaskStatus;

const DayNumber kDay = day_number({2026, 3, 2});  // a Monday
const LocalMinute kMidnight = kDay * kMinutesPerDay;
const domain::Point kHome{4.90, 52.37};

// A level-3 freelancer of organisation 7 with a verified injection certificate, available 07:00 to
// 13:00 on Mondays, at most 10 hours a week.
CaregiverProfile nurse() {
  CaregiverProfile c;
  c.id = 11;
  c.level = 3;
  c.kind = CaregiverKind::freelancer;
  c.home = kHome;
  c.travel_mode = domain::TravelMode::bike;
  c.max_minutes_week = 600;
  c.certificates = {{"injection", kDay + 30, true}};
  c.organisations = {7};
  return c;
}

// An open physical task of organisation 7 at 08:00-09:00 for 30 minutes near home.
TaskOnOffer task(std::int64_t id = 100) {
  TaskOnOffer t;
  t.id = id;
  t.care_task_id = id * 10;
  t.status = TaskStatus::open;
  t.demand = {7, kDay, 3, {"injection"}};
  t.stop.window_start = kMidnight + 8 * 60;
  t.stop.window_end = kMidnight + 9 * 60;
  t.stop.duration_minutes = 30;
  t.stop.location = domain::Point{4.91, 52.37};
  t.stop.id = id;
  return t;
}

struct World {
  CaregiverProfile profile = nurse();
  std::vector<ClaimedVisit> held;
  std::vector<RecurringAvailability> weekly{{0, 7 * 60, 13 * 60}};

  std::optional<Refusal> judge(const TaskOnOffer& t, LocalMinute now = kMidnight, Fit* fit = nullptr) const {
    const AvailabilityCalendar calendar(weekly, {}, kDay, kDay);
    const Roster roster(held, profile.home, profile.travel_mode);
    return why_not_admitted({profile, calendar, roster}, t, now, fit);
  }
  std::optional<RefusalReason> reason(const TaskOnOffer& t, LocalMinute now = kMidnight) const {
    const auto refusal = judge(t, now);
    if (!refusal) return std::nullopt;
    return refusal->reason;
  }
};

ClaimedVisit held_visit(std::int64_t care_task_id, LocalMinute start, int minutes) {
  Stop s;
  s.window_start = start;
  s.window_end = start;
  s.duration_minutes = minutes;
  s.location = domain::Point{4.91, 52.37};
  s.id = care_task_id;
  return {care_task_id, kDay, s};
}

TEST(Admission, AQualifiedAvailableCaregiverWithRoomIsAdmittedWithAFit) {
  World w;
  Fit fit;
  EXPECT_EQ(w.judge(task(), kMidnight, &fit), std::nullopt);
  EXPECT_TRUE(fit.feasible);
  EXPECT_GT(fit.extra_travel.get(), 0);
}

TEST(Admission, AnotherOrganisationsTaskIsUnknownAndAnswersNotFound) {
  World w;
  auto t = task();
  t.demand.organisation_id = 8;
  const auto refusal = w.judge(t);
  ASSERT_TRUE(refusal);
  EXPECT_EQ(refusal->reason, RefusalReason::unknown_task);
  EXPECT_EQ(refusal_error(*refusal, t.id).kind, ErrorKind::not_found);
}

TEST(Admission, ATaskOfTheirsOrOfAnotherIsHeldOrTaken) {
  World w;
  auto t = task();
  t.status = TaskStatus::claimed;
  t.holder = w.profile.id;
  EXPECT_EQ(w.reason(t), RefusalReason::held_by_you);
  t.status = TaskStatus::done;
  EXPECT_EQ(w.reason(t), RefusalReason::held_by_you);
  t.holder = 99;
  EXPECT_EQ(w.reason(t), RefusalReason::taken);
  const auto refusal = w.judge(t);
  EXPECT_EQ(refusal->message.english(), "already claimed by someone else");
  EXPECT_EQ(refusal_error(*refusal, t.id).kind, ErrorKind::conflict);
}

TEST(Admission, ACancelledTaskSaysSo) {
  World w;
  auto t = task();
  t.status = TaskStatus::cancelled;
  const auto refusal = w.judge(t);
  ASSERT_TRUE(refusal);
  EXPECT_EQ(refusal->reason, RefusalReason::cancelled);
  EXPECT_EQ(refusal->message.english(), "the task is cancelled");
}

TEST(Admission, ATaskWhoseWindowHasStartedIsRefused) {
  World w;
  EXPECT_EQ(w.reason(task(), kMidnight + 8 * 60), RefusalReason::started);
  EXPECT_EQ(w.reason(task(), kMidnight + 8 * 60 - 1), std::nullopt);
}

TEST(Admission, QualificationIsForbiddenWithTheEligibilityWords) {
  World w;
  w.profile.certificates.clear();
  const auto refusal = w.judge(task());
  ASSERT_TRUE(refusal);
  EXPECT_EQ(refusal->reason, RefusalReason::not_qualified);
  EXPECT_EQ(refusal->message.english(), "the task needs the certificate injection");
  EXPECT_EQ(refusal_error(*refusal, 100).kind, ErrorKind::forbidden);
  w.profile = nurse();
  w.profile.level = 2;
  EXPECT_EQ(w.reason(task()), RefusalReason::not_qualified);
}

TEST(Admission, OutsideThePublishedAvailabilityIsRefused) {
  World w;
  w.weekly = {{0, 9 * 60, 13 * 60}};  // from nine: the 08:00-09:00 window cannot be covered
  EXPECT_EQ(w.reason(task()), RefusalReason::not_available);
}

TEST(Admission, TheOtherSlotOfADoubleStaffedVisitIsRefused) {
  World w;
  auto t = task();
  w.held.push_back(held_visit(t.care_task_id, kMidnight + 11 * 60, 30));
  EXPECT_EQ(w.reason(t), RefusalReason::other_slot_held);
}

TEST(Admission, WeeklyHoursAreCountedWithTheTaskAndNamedInHours) {
  World w;
  w.profile.max_minutes_week = 120;
  w.held.push_back(held_visit(1, kMidnight + 11 * 60, 100));  // 100 + 30 > 120
  const auto refusal = w.judge(task());
  ASSERT_TRUE(refusal);
  EXPECT_EQ(refusal->reason, RefusalReason::over_weekly_hours);
  EXPECT_EQ(refusal->message.english(), "the task would take you over your maximum of 2 hours that week");
}

TEST(Admission, ATaskThatOverlapsTheDayWithTravelDoesNotFit) {
  World w;
  w.held.push_back(held_visit(1, kMidnight + 8 * 60, 90));  // 08:00-09:30 fills the whole window
  EXPECT_EQ(w.reason(task()), RefusalReason::does_not_fit);
}

TEST(Admission, TheFirstRefusalInTheDocumentedOrderIsTheAnswer) {
  // Everything wrong at once: the task's state comes first, then time, qualification, availability.
  World w;
  w.profile.certificates.clear();
  w.weekly.clear();
  w.profile.max_minutes_week = 0;
  auto t = task();
  t.status = TaskStatus::cancelled;
  EXPECT_EQ(w.reason(t, kMidnight + 9 * 60), RefusalReason::cancelled);
  t.status = TaskStatus::open;
  EXPECT_EQ(w.reason(t, kMidnight + 9 * 60), RefusalReason::started);
  EXPECT_EQ(w.reason(t), RefusalReason::not_qualified);
  w.profile.certificates = nurse().certificates;
  EXPECT_EQ(w.reason(t), RefusalReason::not_available);
  w.weekly = {{0, 7 * 60, 13 * 60}};
  w.held.push_back(held_visit(t.care_task_id, kMidnight + 11 * 60, 30));
  EXPECT_EQ(w.reason(t), RefusalReason::other_slot_held);
  w.held.clear();
  w.held.push_back(held_visit(1, kMidnight + 8 * 60, 90));
  EXPECT_EQ(w.reason(t), RefusalReason::over_weekly_hours);
  w.profile.max_minutes_week = 600;
  EXPECT_EQ(w.reason(t), RefusalReason::does_not_fit);
}

TEST(Admission, MinutesAreDescribedInWholeHoursWhereTheyAre) {
  EXPECT_EQ(describe_minutes(60).english(), "1 hour");
  EXPECT_EQ(describe_minutes(600).english(), "10 hours");
  EXPECT_EQ(describe_minutes(90).english(), "90 minutes");
}

}  // namespace
}  // namespace carecrowd::market
