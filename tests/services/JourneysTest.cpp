// Blended journeys: a digital step that fails (a video contact not answered, measurements out of
// range, or a step nobody held) becomes the physical visit its arrangement's contingent line asks
// for, open and urgent with that line's deadline, once; a step done calls for nothing; the journey
// lists digital and physical steps with their outcomes and what stands in for what.
#include <gtest/gtest.h>

#include <algorithm>

#include "records/CareTaskRecord.h"
#include "records/TaskRecord.h"
#include "services/Journeys.h"
#include "services/TaskClaim.h"
#include "services/Visits.h"
#include "EventWorld.h"

namespace carecrowd::services {
namespace {

class Journeys : public EventWorld {
 protected:
  void SetUp() override {
    EventWorld::SetUp();
    coordinator_ = make_organisation("Noord");
    auto client = create_client(*platform_, coordinator_,
                                records::ClientDetails{"Meneer Jansen", "Oudegracht 1", "3511 AB", 52.0907, 5.1214, ""});
    ASSERT_TRUE(client.ok());
    client_ = client.value().id;
    auto made = create_arrangement(*platform_, coordinator_, client_, arrangement());
    ASSERT_TRUE(made.ok()) << made.error().message();
    arrangement_ = made.value().arrangement.record.id;
    nurse_ = make_caregiver("Ilse de Wit", coordinator_);
    other_ = make_caregiver("Bram Bos", coordinator_);
  }

  static CareTaskInput line(const std::string& key, const std::string& mode, int start, int end, std::int64_t minutes) {
    CareTaskInput t;
    t.key = key;
    t.type = key;
    t.rrule = Recurrence::weekly({0, 1, 2, 3, 4, 5, 6}, 1, "weekly").value().to_rrule();
    t.window_start = start;
    t.window_end = end;
    t.duration = minutes;
    t.mode = mode;
    return t;
  }
  static CareTaskInput contingent(const std::string& key, const std::string& from, std::vector<std::string> on,
                                  std::int64_t within, int level) {
    CareTaskInput t;
    t.key = key;
    t.type = "home visit";
    t.duration = 30;
    t.level = level;
    t.mode = "physical";
    t.switch_from = from;
    t.switch_on = std::move(on);
    t.due_within = within;
    return t;
  }
  // A daily video contact at 09:00-10:00 (a physical visit within 4 hours when missed) and a daily
  // review of the blood pressure readings at 11:00-12:00 (a visit within 2 hours when out of range).
  static ArrangementInput arrangement() {
    ArrangementInput a;
    a.tasks = {line("video", "digital", 9 * 60, 10 * 60, 15), contingent("visit-if-missed", "video", {"missed"}, 240, 2),
               line("readings", "digital", 11 * 60, 12 * 60, 10),
               contingent("visit-if-high", "readings", {"out_of_range"}, 120, 3)};
    return a;
  }

  std::int64_t step_on(const std::string& key, DayNumber day) {
    return db_->read([&](store::Transaction& tx) {
      return *tx.query_i64(
          "SELECT t.id FROM task t JOIN care_task c ON c.id = t.care_task_id WHERE c.key = ? AND t.day = ? AND "
          "t.client_id = ?",
          {key, day, client_});
    });
  }
  records::TaskRecord task(std::int64_t id) {
    return db_->read([&](store::Transaction& tx) { return *records::read_task(tx, id); });
  }
  std::int64_t tasks_of_line(const std::string& key) {
    return db_->read([&](store::Transaction& tx) {
      return *tx.query_i64("SELECT COUNT(*) FROM task t JOIN care_task c ON c.id = t.care_task_id WHERE c.key = ?", {key});
    });
  }
  // The nurse holds the step, checks in at `in` and out at `out` (minutes of today) naming `outcome`.
  Result<HeldTaskView> hold_and_end(std::int64_t step, int in, int out, std::optional<domain::StepOutcome> outcome) {
    EXPECT_TRUE(claim_task(*platform_, nurse_, step).ok());
    now_ = today_ * kMinutesPerDay + in;
    EXPECT_TRUE(check_in(*platform_, nurse_, step, VisitMoment{}).ok());
    now_ = today_ * kMinutesPerDay + out;
    return check_out(*platform_, nurse_, step, VisitMoment{std::nullopt, outcome});
  }

  Principal coordinator_, nurse_, other_;
  std::int64_t client_ = 0, arrangement_ = 0;
};

TEST_F(Journeys, AContingentLineIsStoredWithItsSwitchAndMaterialisesNothingOfItsOwn) {
  EXPECT_GT(tasks_of_line("video"), 0);
  EXPECT_EQ(tasks_of_line("visit-if-missed"), 0);
  EXPECT_EQ(tasks_of_line("visit-if-high"), 0);
  const auto lines = db_->read([&](store::Transaction& tx) { return records::active_care_tasks(tx, arrangement_); });
  const auto found = std::find_if(lines.begin(), lines.end(), [](const auto& l) { return l.key == "visit-if-high"; });
  ASSERT_NE(found, lines.end());
  EXPECT_TRUE(found->contingent());
  EXPECT_EQ(found->switch_from_key, "readings");
  EXPECT_EQ(found->switch_on, "out_of_range");
  EXPECT_EQ(found->due_within, 120);
  // Stored again unchanged, the arrangement keeps its lines (an update compares them).
  auto same = update_arrangement(*platform_, coordinator_, arrangement_, arrangement());
  ASSERT_TRUE(same.ok()) << same.error().message();
  EXPECT_EQ(same.value().tasks_created, 0);
}

TEST_F(Journeys, AVideoContactNotReachedBecomesAnUrgentVisitDueWithinTheLinesTime) {
  const auto video = step_on("video", today_);
  ASSERT_TRUE(hold_and_end(video, 9 * 60 + 5, 9 * 60 + 12, domain::StepOutcome::not_reached).ok());
  const auto step = task(video);
  EXPECT_EQ(step.status, domain::TaskStatus::done);
  EXPECT_EQ(step.outcome, domain::StepOutcome::not_reached);
  ASSERT_TRUE(step.follow_up_task_id.has_value());
  const auto visit = task(*step.follow_up_task_id);
  EXPECT_EQ(visit.mode, "physical");
  EXPECT_EQ(visit.status, domain::TaskStatus::open);
  EXPECT_TRUE(visit.urgent);
  EXPECT_EQ(visit.window_start, today_ * kMinutesPerDay + 9 * 60 + 12 + kFollowUpNoticeMinutes)
      << "claims are taken until the window opens: the crowd's time to answer";
  EXPECT_EQ(visit.window_end, today_ * kMinutesPerDay + 13 * 60 + 12) << "within the line's 240 minutes";
  EXPECT_EQ(visit.duration, 30);
  EXPECT_EQ(visit.level, 2);
  EXPECT_EQ(visit.client_id, client_);
  EXPECT_DOUBLE_EQ(visit.lat, 52.0907) << "at the client's home";
  // The board hears of the new visit; a caregiver it fits hears of it as urgent.
  const auto board = events_of_type("task.follow_up");
  ASSERT_EQ(board.size(), 1u);
  EXPECT_EQ(board[0].second["task_id"], visit.id);
  bool told = false;
  for (const auto& [event, data] : events_of_type("task.urgent")) {
    if (data["id"] == visit.id) told = true;
  }
  EXPECT_TRUE(told) << "offered to the crowd as urgent";
  // The other line's trigger is not pulled by this outcome.
  EXPECT_EQ(tasks_of_line("visit-if-high"), 0);
}

TEST_F(Journeys, MeasurementsOutOfRangeCallForTheirOwnLinesVisit) {
  const auto readings = step_on("readings", today_);
  ASSERT_TRUE(hold_and_end(readings, 11 * 60, 11 * 60 + 8, domain::StepOutcome::out_of_range).ok());
  EXPECT_EQ(tasks_of_line("visit-if-high"), 1);
  EXPECT_EQ(tasks_of_line("visit-if-missed"), 0);
  const auto visit = task(*task(readings).follow_up_task_id);
  EXPECT_EQ(visit.level, 3);
  EXPECT_EQ(visit.window_end - visit.window_start, 120 - kFollowUpNoticeMinutes);
}

TEST_F(Journeys, AStepDoneCallsForNothing) {
  const auto video = step_on("video", today_);
  ASSERT_TRUE(hold_and_end(video, 9 * 60, 9 * 60 + 15, std::nullopt).ok());
  EXPECT_EQ(task(video).outcome, domain::StepOutcome::done);
  EXPECT_FALSE(task(video).follow_up_task_id);
  EXPECT_EQ(tasks_of_line("visit-if-missed"), 0);
  // Nor does the sweep later: the step was held.
  now_ = today_ * kMinutesPerDay + 12 * 60;
  EXPECT_EQ(sweep_missed_steps(*platform_), 0);
}

TEST_F(Journeys, AStepNobodyHeldIsMarkedMissedOnceAfterItsGrace) {
  const auto video = step_on("video", today_);
  // Ends at the latest 10:00 + 15 minutes; missed 15 minutes after that.
  now_ = today_ * kMinutesPerDay + 10 * 60 + 15 + kMissedStepGraceMinutes - 1;
  EXPECT_EQ(sweep_missed_steps(*platform_), 0);
  now_ += 1;
  EXPECT_EQ(sweep_missed_steps(*platform_), 1);
  EXPECT_EQ(sweep_missed_steps(*platform_), 0) << "once";
  EXPECT_EQ(task(video).outcome, domain::StepOutcome::missed);
  EXPECT_EQ(task(video).status, domain::TaskStatus::open) << "its state is left as it was";
  EXPECT_EQ(tasks_of_line("visit-if-missed"), 1);
  const auto visit = task(*task(video).follow_up_task_id);
  EXPECT_EQ(visit.window_start, now_ + kFollowUpNoticeMinutes);
  // The readings line answers only out_of_range: its unheld step is not swept.
  now_ = today_ * kMinutesPerDay + 14 * 60;
  EXPECT_EQ(sweep_missed_steps(*platform_), 0);
  EXPECT_FALSE(task(step_on("readings", today_)).outcome);
}

TEST_F(Journeys, AClaimedStepNotCheckedInIsMissedToo) {
  const auto video = step_on("video", today_);
  ASSERT_TRUE(claim_task(*platform_, nurse_, video).ok());
  now_ = today_ * kMinutesPerDay + 11 * 60;
  EXPECT_EQ(sweep_missed_steps(*platform_), 1);
  EXPECT_EQ(task(video).outcome, domain::StepOutcome::missed);
  EXPECT_EQ(task(video).caregiver_id, nurse_.caregiver_id) << "the claim stays: the coordinator sees who did not come";
}

TEST_F(Journeys, OutcomesAreCheckedAtCheckOut) {
  // A physical visit ends done.
  auto other = create_client(*platform_, coordinator_, records::ClientDetails{"Mevrouw Smit", "Lange Nieuwstraat 2", "3512 PH", 52.0880, 5.1200, ""});
  ASSERT_TRUE(other.ok());
  ArrangementInput physical;
  physical.tasks = {line("care", "physical", 9 * 60, 10 * 60, 30)};
  ASSERT_TRUE(create_arrangement(*platform_, coordinator_, other.value().id, physical).ok());
  const auto care = db_->read([&](store::Transaction& tx) {
    return *tx.query_i64("SELECT id FROM task WHERE client_id = ? AND day = ?", {other.value().id, today_});
  });
  auto refused = hold_and_end(care, 9 * 60, 9 * 60 + 30, domain::StepOutcome::not_reached);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "outcome");
  EXPECT_EQ(task(care).status, domain::TaskStatus::claimed) << "nothing stored";
  // "missed" is the platform's.
  auto missed = check_out(*platform_, nurse_, care, VisitMoment{std::nullopt, domain::StepOutcome::missed});
  ASSERT_FALSE(missed.ok());
  EXPECT_EQ(missed.error().field, "outcome");
  // Check-in takes no outcome.
  const auto video = step_on("video", tomorrow_);
  ASSERT_TRUE(claim_task(*platform_, nurse_, video).ok());
  now_ = tomorrow_ * kMinutesPerDay + 9 * 60;
  auto in = check_in(*platform_, nurse_, video, VisitMoment{std::nullopt, domain::StepOutcome::done});
  ASSERT_FALSE(in.ok());
  EXPECT_EQ(in.error().field, "outcome");
}

TEST_F(Journeys, ASwitchMustStandInForADigitalLineOfTheArrangement) {
  auto refused_with = [&](ArrangementInput a) {
    auto made = create_arrangement(*platform_, coordinator_, client_, a);
    EXPECT_FALSE(made.ok());
    return made.ok() ? std::string() : made.error().field;
  };
  ArrangementInput a;
  a.tasks = {line("care", "physical", 9 * 60, 10 * 60, 30), contingent("instead", "care", {"missed"}, 60, 2)};
  EXPECT_EQ(refused_with(a), "tasks[1].switch.from") << "a physical line has no switch";
  a.tasks = {line("video", "digital", 9 * 60, 10 * 60, 15), contingent("instead", "nothing", {"missed"}, 60, 2)};
  EXPECT_EQ(refused_with(a), "tasks[1].switch.from");
  a.tasks = {line("video", "digital", 9 * 60, 10 * 60, 15), contingent("instead", "video", {"late"}, 60, 2)};
  EXPECT_EQ(refused_with(a), "tasks[1].switch.on[0]");
  a.tasks = {line("video", "digital", 9 * 60, 10 * 60, 15), contingent("instead", "video", {}, 60, 2)};
  EXPECT_EQ(refused_with(a), "tasks[1].switch.on");
  a.tasks = {line("video", "digital", 9 * 60, 10 * 60, 15), contingent("instead", "video", {"missed"}, 5, 2)};
  EXPECT_EQ(refused_with(a), "tasks[1].switch.within_minutes");
  auto digital = contingent("instead", "video", {"missed"}, 60, 2);
  digital.mode = "digital";
  a.tasks = {line("video", "digital", 9 * 60, 10 * 60, 15), digital};
  EXPECT_EQ(refused_with(a), "tasks[1].mode");
}

TEST_F(Journeys, TheJourneyListsDigitalAndPhysicalStepsAndWhatStandsInForWhat) {
  const auto video = step_on("video", today_);
  ASSERT_TRUE(hold_and_end(video, 9 * 60 + 5, 9 * 60 + 12, domain::StepOutcome::not_reached).ok());
  const auto visit = *task(video).follow_up_task_id;
  auto journey = client_journey(*platform_, coordinator_, client_, DaysAsked{today_, today_});
  ASSERT_TRUE(journey.ok()) << journey.error().message();
  const auto& steps = journey.value().steps;
  ASSERT_EQ(steps.size(), 3u) << "video, readings, and the visit";
  for (std::size_t i = 1; i < steps.size(); ++i) EXPECT_LE(steps[i - 1].task.window_start, steps[i].task.window_start);
  const auto at = [&](std::int64_t id) {
    return *std::find_if(steps.begin(), steps.end(), [&](const JourneyStep& s) { return s.task.id == id; });
  };
  EXPECT_EQ(at(video).caregiver, std::optional<std::string>("Ilse de Wit")) << "care staff see the name";
  EXPECT_EQ(at(visit).stands_in_for, std::vector<std::int64_t>{video});
  EXPECT_EQ(at(visit).task.mode, "physical");
  // Another organisation's coordinator cannot tell the client exists.
  const auto stranger = make_organisation("Zuid");
  auto hidden = client_journey(*platform_, stranger, client_, DaysAsked{});
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().kind, ErrorKind::not_found);
  // A caregiver is no care staff.
  EXPECT_FALSE(client_journey(*platform_, nurse_, client_, DaysAsked{}).ok());
  // More than 31 days is refused naming "to".
  auto long_range = client_journey(*platform_, coordinator_, client_, DaysAsked{today_, today_ + 40});
  ASSERT_FALSE(long_range.ok());
  EXPECT_EQ(long_range.error().field, "to");
}

}  // namespace
}  // namespace carecrowd::services
