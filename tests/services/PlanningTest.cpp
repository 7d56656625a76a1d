// Coordinator plans, at the service level, on a real database (SQLite, or PostgreSQL when
// CARECROWD_TEST_DATABASE names one): clients and arrangements through the Clients and
// Arrangements services, caregivers as rows (the caregiver registration is another service), a
// clock the test moves.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "services/Absences.h"
#include "services/Arrangements.h"
#include "services/Kpis.h"
#include "services/TaskBoard.h"
#include "services/Visits.h"
#include "services/Clients.h"
#include "services/Claims.h"
#include "services/TaskClaim.h"
#include "services/PlanProblem.h"
#include "services/Planning.h"
#include "services/ProposalJson.h"
#include "domain/Recurrence.h"
#include "ServiceWorld.h"

namespace carecrowd::services {
namespace {

using Json = nlohmann::json;
using records::ProposalStatus;


struct Shift {
  int from = 0;  // minutes of the day
  int to = 0;
};

struct NewCaregiver {
  std::string name;
  double lat = 52.0900;
  double lon = 5.1150;
  int level = 3;
  std::string kind = "freelancer";
  bool employed = false;
  std::vector<Shift> shifts = {};  // on the planned day's weekday
  int max_minutes_week = 2400;
  bool all_week = false;  // available day and night, every day
};

class PlanningService : public ServiceWorld {
 protected:
  PlanningService() : ServiceWorld("planning") {}

  void SetUp() override {
    ServiceWorld::SetUp();
    home_ = make_organisation("Thuiszorg Utrecht");
  }

  std::int64_t make_client(const std::string& name, double lat, double lon, const Principal& who) {
    auto r = create_client(*platform_, who, records::ClientDetails{name, "Oudegracht 1", "3511 AB", lat, lon, ""});
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
    return r.value().id;
  }
  std::int64_t make_client(const std::string& name, double lat, double lon) { return make_client(name, lat, lon, home_); }

  // A care task on the planned day's weekday: {key, window "HH:MM"-"HH:MM", duration}.
  CareTaskInput care_task(const std::string& key, const std::string& start, const std::string& end, int duration) {
    CareTaskInput t;
    t.key = key;
    t.type = "care " + key;
    t.rrule = Recurrence::weekly({weekday(day_)}, 1, "weekly").value().to_rrule();
    t.window_start = parse_clock(start, "start").value();
    t.window_end = parse_clock(end, "end").value();
    t.duration = duration;
    return t;
  }
  // The same with one change (certificates, staff, a precedence ...).
  template <class Change>
  CareTaskInput care_task(const std::string& key, const std::string& start, const std::string& end, int duration,
                          Change change) {
    CareTaskInput t = care_task(key, start, end, duration);
    change(t);
    return t;
  }

  void make_arrangement(std::int64_t client, const std::vector<CareTaskInput>& tasks, const Principal& who) {
    auto r = create_arrangement(*platform_, who, client, ArrangementInput{std::nullopt, std::nullopt, tasks});
    ASSERT_TRUE(r.ok()) << r.error().message();
  }
  void make_arrangement(std::int64_t client, const std::vector<CareTaskInput>& tasks) { make_arrangement(client, tasks, home_); }

  // A caregiver working for the organisation, with a login, available on the planned day.
  Principal make_caregiver(const NewCaregiver& c, const Principal& org) {
    return db_->write([&](store::Transaction& tx) {
      const Principal who =
          insert_caregiver(tx, {c.name, c.level, c.kind, c.lat, c.lon, c.max_minutes_week, c.employed}, *org.organisation_id);
      const auto id = *who.caregiver_id;
      for (const auto& s : c.shifts)
        tx.exec("INSERT INTO availability (caregiver_id, weekday, from_minute, to_minute, available) VALUES (?, ?, ?, ?, 1)",
                {id, std::int64_t{weekday(day_)}, std::int64_t{s.from}, std::int64_t{s.to}});
      for (std::int64_t wd = 0; c.all_week && wd < 7; ++wd)
        tx.exec("INSERT INTO availability (caregiver_id, weekday, from_minute, to_minute, available) VALUES (?, ?, 0, 1440, 1)",
                {id, wd});
      return who;
    });
  }
  Principal make_caregiver(const NewCaregiver& c) { return make_caregiver(c, home_); }

  // A one-off entry on the planned day: available or not in [from, to) minutes of the day.
  void one_off(const Principal& caregiver, int from, int to, bool available) {
    db_->write([&](store::Transaction& tx) {
      tx.exec("INSERT INTO availability (caregiver_id, day, from_minute, to_minute, available) VALUES (?, ?, ?, ?, ?)",
              {*caregiver.caregiver_id, day_, std::int64_t{from}, std::int64_t{to}, std::int64_t{available ? 1 : 0}});
    });
  }

  void give_certificate(const Principal& caregiver, const std::string& code, bool verified) {
    db_->write([&](store::Transaction& tx) {
      tx.exec("INSERT INTO certificate (caregiver_id, code, expires_day, verified_by, verified_at) VALUES (?, ?, ?, ?, ?)",
              {*caregiver.caregiver_id, code, day_ + 365,
               verified ? store::Param(*home_.organisation_id) : store::Param(nullptr),
               verified ? store::Param(now_) : store::Param(nullptr)});
    });
  }

  PlanView plan(const std::string& mode, const Principal& who, int days = 1) {
    auto r = create_plan(*platform_, who, PlanRequest{day_, day_ + days - 1, mode, 0.2});
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
    return r.ok() ? r.value() : PlanView{};
  }
  PlanView plan(const std::string& mode) { return plan(mode, home_); }

  // The task's status and caregiver as stored.
  std::pair<std::string, std::optional<std::int64_t>> task_state(std::int64_t task_id) {
    return db_->read([&](store::Transaction& tx) {
      auto r = tx.query("SELECT status, caregiver_id FROM task WHERE id = ?", {task_id});
      return std::pair{r.at(0).text(0), r.at(0).opt_i64(1)};
    });
  }

  std::int64_t open_tasks_on_day() {
    return db_->read([&](store::Transaction& tx) {
      return *tx.query_i64("SELECT COUNT(*) FROM task WHERE day = ? AND status = 'open'", {day_});
    });
  }

  // Proposals of a plan by task id.
  static std::map<std::int64_t, PlanProposalView> by_task(const PlanView& plan) {
    std::map<std::int64_t, PlanProposalView> out;
    for (const auto& p : plan.proposals) out[p.planned.task.id] = p;
    return out;
  }

  static std::vector<std::string> reasons(const PlanSummary& summary) {
    std::vector<std::string> out;
    for (const auto& u : summary.unplanned) out.emplace_back(domain::to_string(u.reason));
    return out;
  }

  // The clock starts Monday 2030-03-04 08:00 (ServiceWorld); the plan is for the Tuesday after.
  DayNumber day_ = day_number({2030, 3, 5});
  Principal home_;
};

// Three clients in the centre of Utrecht, a morning and a midday task each, two caregivers.
class SmallRegion : public PlanningService {
 protected:
  void SetUp() override {
    PlanningService::SetUp();
    const std::vector<std::pair<double, double>> places{{52.0907, 5.1214}, {52.0950, 5.1100}, {52.0850, 5.1300}};
    for (std::size_t i = 0; i < places.size(); ++i) {
      const auto client = make_client("Client " + std::to_string(i), places[i].first, places[i].second);
      make_arrangement(client, {care_task("morning", "08:00", "09:30", 30), care_task("midday", "12:00", "13:00", 20)});
    }
  }
};

TEST_F(SmallRegion, PlansEveryFeasibleTaskWithinItsWindow) {
  make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  make_caregiver({.name = "Bram", .lat = 52.0880, .lon = 5.1250, .shifts = {{7 * 60, 15 * 60}}});
  const PlanView result = plan("offer");
  const PlanSummary& summary = result.summary;
  EXPECT_EQ(summary.visits, 6);
  EXPECT_EQ(summary.planned, 6);
  EXPECT_TRUE(summary.unplanned.empty()) << result.run.summary;
  EXPECT_EQ(summary.caregivers, 2);
  EXPECT_EQ(summary.handed_out(ProposalStatus::pending), 6);
  ASSERT_EQ(result.proposals.size(), 6U);
  for (const auto& p : result.proposals) {
    const auto& proposal = p.planned.proposal;
    EXPECT_GE(proposal.planned_start, p.planned.task.window_start) << proposal.id;
    EXPECT_LE(proposal.planned_start, p.planned.task.window_end) << proposal.id;
    EXPECT_EQ(p.status, ShownStatus::pending);
    // Offered before the deadline: 12 hours from now, which is well before the window.
    EXPECT_TRUE(p.sent);
    EXPECT_EQ(proposal.deadline, now_ + 12 * 60);
  }
  // Offers leave the tasks open until a caregiver accepts.
  EXPECT_EQ(open_tasks_on_day(), 6);
}

TEST_F(SmallRegion, TaskNeedingACertificateNobodyHasVerifiedStaysUnplannedWithThatReason) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  give_certificate(anna, "injection", false);  // uploaded, never verified
  const auto client = make_client("Client met insuline", 52.0920, 5.1180);
  make_arrangement(client, {care_task("insulin", "10:00", "11:00", 15, [](auto& t) { t.certificates = {"injection"}; })});
  const PlanView result = plan("offer");
  const PlanSummary& summary = result.summary;
  EXPECT_EQ(summary.visits, 7);
  EXPECT_EQ(summary.planned, 6);
  EXPECT_EQ(reasons(summary), std::vector<std::string>{"no_qualified_caregiver"});
  for (const auto& p : result.proposals) EXPECT_NE(p.planned.task.task_type, "care insulin");
}

TEST_F(SmallRegion, VerifiedCertificateLetsTheCaregiverDoTheTask) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  give_certificate(anna, "injection", true);
  const auto client = make_client("Client met insuline", 52.0920, 5.1180);
  make_arrangement(client, {care_task("insulin", "10:00", "11:00", 15, [](auto& t) { t.certificates = {"injection"}; })});
  const PlanView result = plan("offer");
  EXPECT_EQ(result.summary.planned, 7) << result.run.summary;
}

TEST_F(SmallRegion, OneOffAvailabilityOverridesTheWeeklyPattern) {
  const auto away = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  one_off(away, 0, 24 * 60, false);  // on holiday
  const auto stand_in = make_caregiver({.name = "Bram"});  // no weekly pattern
  one_off(stand_in, 7 * 60, 15 * 60, true);
  const PlanView result = plan("offer");
  EXPECT_EQ(result.summary.caregivers, 1);
  EXPECT_EQ(result.summary.planned, 6);
  for (const auto& p : result.proposals) EXPECT_EQ(p.planned.proposal.caregiver_id, *stand_in.caregiver_id);
}

TEST_F(SmallRegion, WithNobodyAvailableEveryTaskIsUnplannedForThatReason) {
  make_caregiver({.name = "Anna", .shifts = {{18 * 60, 20 * 60}}});
  const PlanView result = plan("offer");
  EXPECT_EQ(result.summary.planned, 0);
  EXPECT_EQ(reasons(result.summary), std::vector<std::string>(6, "no_availability")) << result.run.summary;
}

TEST_F(SmallRegion, AssignClaimsTasksForEmployeesAndOffersTheRestToFreelancers) {
  // Morning work only for the employee, midday only for the freelancer.
  const auto employee = make_caregiver({.name = "Eva", .employed = true, .shifts = {{7 * 60, 10 * 60 + 30}}});
  const auto freelancer = make_caregiver({.name = "Femke", .shifts = {{11 * 60, 15 * 60}}});
  const PlanView result = plan("assign");
  EXPECT_EQ(result.summary.planned, 6);
  EXPECT_EQ(result.summary.handed_out(ProposalStatus::assigned), 3);
  EXPECT_EQ(result.summary.handed_out(ProposalStatus::pending), 3);
  EXPECT_EQ(result.counts[ShownStatus::assigned], 3);
  EXPECT_EQ(result.counts[ShownStatus::pending], 3);
  for (const auto& p : result.proposals) {
    const auto [status, holder] = task_state(p.planned.task.id);
    if (p.planned.proposal.caregiver_id == *employee.caregiver_id) {
      EXPECT_EQ(p.status, ShownStatus::assigned);
      EXPECT_EQ(status, "claimed");
      EXPECT_EQ(holder, employee.caregiver_id);
    } else {
      EXPECT_EQ(p.planned.proposal.caregiver_id, *freelancer.caregiver_id);
      EXPECT_EQ(p.status, ShownStatus::pending);
      EXPECT_EQ(status, "open");
    }
  }
}

TEST_F(SmallRegion, AcceptedOfferClaimsTheTaskForTheCaregiver) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const PlanView result = plan("offer");
  auto mine = list_my_proposals(*platform_, anna);
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine.value().size(), 6U);
  const CaregiverProposal offered = mine.value()[0];
  // The caregiver sees what and where roughly, never who.
  const Json shown = caregiver_proposal_json(offered);
  EXPECT_FALSE(shown["task"].contains("client_name"));
  EXPECT_FALSE(shown["task"].contains("client_id"));
  EXPECT_EQ(shown["task"]["area"], "3511");
  const std::int64_t task = offered.offered.task.id;

  auto accepted = accept_proposal(*platform_, anna, offered.offered.proposal.id);
  ASSERT_TRUE(accepted.ok()) << accepted.error().message();
  EXPECT_EQ(accepted.value().status, ShownStatus::accepted);
  const auto [status, holder] = task_state(task);
  EXPECT_EQ(status, "claimed");
  EXPECT_EQ(holder, anna.caregiver_id);
  EXPECT_EQ(list_my_proposals(*platform_, anna).value().size(), 5U);
  const auto claims = db_->read([](store::Transaction& tx) {
    return *tx.query_i64("SELECT COUNT(*) FROM audit_event WHERE event = 'task.claim'");
  });
  EXPECT_EQ(claims, 1);
  // The coordinator sees the answer in the plan.
  auto seen = get_plan(*platform_, home_, result.run.id);
  ASSERT_TRUE(seen.ok());
  EXPECT_EQ(by_task(seen.value())[task].status, ShownStatus::accepted);
}

// The feed's claim, an accepted offer and the one claim in a caller's transaction (which a plan's
// assignment takes) are one rule: each refusal comes in the same words and kind from every path.
TEST_F(SmallRegion, EveryClaimPathRefusesForTheSameReasonInTheSameWords) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const auto bram = make_caregiver({.name = "Bram", .shifts = {{7 * 60, 15 * 60}}});
  plan("offer", home_);
  const CaregiverProposal offered = list_my_proposals(*platform_, anna).value()[0];
  const auto proposal = offered.offered.proposal.id;
  const auto task = offered.offered.task.id;
  const auto caregiver = *anna.caregiver_id;
  struct Case {
    std::string name, change, undo;
    ErrorKind kind;
    std::string reason;
  };
  const std::string t = std::to_string(task), c = std::to_string(caregiver);
  const std::vector<Case> cases{
      {"taken", "UPDATE task SET status = 'claimed', caregiver_id = " + std::to_string(*bram.caregiver_id) + " WHERE id = " + t,
       "UPDATE task SET status = 'open', caregiver_id = NULL WHERE id = " + t, ErrorKind::conflict,
       "already claimed by someone else"},
      {"cancelled", "UPDATE task SET status = 'cancelled' WHERE id = " + t, "UPDATE task SET status = 'open' WHERE id = " + t,
       ErrorKind::conflict, "the task is cancelled"},
      {"level", "UPDATE task SET level = 5 WHERE id = " + t, "UPDATE task SET level = 0 WHERE id = " + t,
       ErrorKind::forbidden, "the task needs level 5, you are level 3"},
      {"availability", "UPDATE availability SET to_minute = 8 * 60 WHERE caregiver_id = " + c,
       "UPDATE availability SET to_minute = 15 * 60 WHERE caregiver_id = " + c, ErrorKind::conflict,
       "the task is outside your published availability"},
      {"weekly hours", "UPDATE caregiver SET max_minutes_week = 10 WHERE id = " + c,
       "UPDATE caregiver SET max_minutes_week = 2400 WHERE id = " + c, ErrorKind::conflict,
       "the task would take you over your maximum of 10 minutes that week"},
  };
  for (const auto& k : cases) {
    SCOPED_TRACE(k.name);
    db_->write([&](store::Transaction& tx) { tx.exec(k.change); });
    const auto from_feed = claim_task(*platform_, anna, task);
    const auto from_offer = accept_proposal(*platform_, anna, proposal);
    const auto in_transaction = db_->write([&](store::Transaction& tx) { return claim_in(tx, {caregiver, task, std::nullopt}, now_); });
    for (const Error& e : {from_feed.error(), from_offer.error(), in_transaction.error()}) {
      EXPECT_EQ(e.kind, k.kind);
      EXPECT_EQ(e.field, "task_id");
      EXPECT_EQ(e.reason, k.reason);
    }
    db_->write([&](store::Transaction& tx) { tx.exec(k.undo); });
  }
  // Nothing was claimed by any refusal, and with every change undone the offer is accepted.
  EXPECT_EQ(task_state(task).first, "open");
  auto accepted = accept_proposal(*platform_, anna, proposal);
  ASSERT_TRUE(accepted.ok()) << accepted.error().message();
  EXPECT_EQ(task_state(task).second, anna.caregiver_id);
  // And then each path says it is theirs already.
  EXPECT_EQ(claim_task(*platform_, anna, task).error().reason, "you already hold this task");
}

TEST_F(SmallRegion, DeclinedOfferCanNoLongerBeAccepted) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const PlanView result = plan("offer");
  ASSERT_FALSE(result.proposals.empty());
  const auto id = result.proposals[0].planned.proposal.id;
  auto declined = decline_proposal(*platform_, anna, id);
  ASSERT_TRUE(declined.ok());
  EXPECT_EQ(declined.value().status, ShownStatus::declined);
  auto late = accept_proposal(*platform_, anna, id);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().kind, ErrorKind::conflict);
  EXPECT_EQ(task_state(result.proposals[0].planned.task.id).first, "open");
}

TEST_F(SmallRegion, AcceptingATaskSomeoneElseClaimedMeanwhileIsAConflict) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const auto bram = make_caregiver({.name = "Bram", .shifts = {{7 * 60, 15 * 60}}});
  const PlanView result = plan("offer");
  // Bram's own offer for another task cannot be his way to a task offered to Anna; a market claim can.
  std::optional<PlanProposalView> to_anna;
  for (const auto& p : result.proposals)
    if (p.planned.proposal.caregiver_id == *anna.caregiver_id) to_anna = p;
  ASSERT_TRUE(to_anna) << result.run.summary;
  db_->write([&](store::Transaction& tx) {
    tx.exec("UPDATE task SET status = 'claimed', caregiver_id = ? WHERE id = ?",
            {*bram.caregiver_id, to_anna->planned.task.id});
  });
  auto r = accept_proposal(*platform_, anna, to_anna->planned.proposal.id);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::conflict);
  EXPECT_EQ(task_state(to_anna->planned.task.id).second, bram.caregiver_id);
}

TEST_F(SmallRegion, OnlyTheCaregiverItWasOfferedToMayAnswer) {
  make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const auto other = make_caregiver({.name = "Otto", .shifts = {{20 * 60, 21 * 60}}});
  const PlanView result = plan("offer");
  ASSERT_FALSE(result.proposals.empty());
  auto r = accept_proposal(*platform_, other, result.proposals[0].planned.proposal.id);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::not_found);
}

TEST_F(SmallRegion, ExpiredOfferIsAConflictAndNoLongerListed) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const PlanView result = plan("offer");
  ASSERT_FALSE(result.proposals.empty());
  const auto id = result.proposals[0].planned.proposal.id;
  now_ += 13 * 60;  // past the 12-hour deadline
  EXPECT_TRUE(list_my_proposals(*platform_, anna).value().empty());
  auto r = accept_proposal(*platform_, anna, id);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::conflict);
  auto d = decline_proposal(*platform_, anna, id);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().kind, ErrorKind::conflict);
  const PlanView seen = get_plan(*platform_, home_, result.run.id).value();
  EXPECT_EQ(seen.proposals[0].status, ShownStatus::expired);
  EXPECT_EQ(seen.counts[ShownStatus::expired], 6);
  EXPECT_EQ(seen.counts[ShownStatus::pending], 0);
}

TEST_F(SmallRegion, AnotherOrganisationsCoordinatorCannotReadThePlan) {
  make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const PlanView result = plan("offer");
  const auto other = make_organisation("Zorg Oost");
  auto r = get_plan(*platform_, other, result.run.id);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::not_found);
  // And their own plan sees none of this organisation's tasks or caregivers.
  const PlanView theirs = plan("offer", other);
  EXPECT_EQ(theirs.summary.visits, 0);
  EXPECT_EQ(theirs.summary.caregivers, 0);
}

TEST_F(SmallRegion, ALaterPlanSupersedesTheOffersOfAnEarlierOne) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const PlanView first = plan("offer");
  plan("offer");
  const PlanView earlier = get_plan(*platform_, home_, first.run.id).value();
  for (const auto& p : earlier.proposals) EXPECT_EQ(p.status, ShownStatus::superseded);
  EXPECT_EQ(list_my_proposals(*platform_, anna).value().size(), 6U);
}

TEST_F(SmallRegion, TasksAlreadyClaimedAreKeptWithTheirCaregiverAndNotOfferedAgain) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const PlanView first = plan("offer");
  ASSERT_FALSE(first.proposals.empty());
  const PlanProposalView offered = first.proposals[0];
  ASSERT_TRUE(accept_proposal(*platform_, anna, offered.planned.proposal.id).ok());
  const PlanView second = plan("offer");
  EXPECT_EQ(second.summary.visits, 5);
  EXPECT_EQ(second.summary.claimed_visits, 1);
  EXPECT_EQ(second.summary.claimed_unplanned, 0);
  EXPECT_EQ(by_task(second).count(offered.planned.task.id), 0U);
}

TEST_F(PlanningService, TaskOnlyPartlyInsideSomeonesAvailabilityIsNotOfferedToThem) {
  // Available until 09:00; the task may start until 09:00 and take 30 minutes: the market would
  // refuse Anna's claim, so the plan does not offer it.
  make_caregiver({.name = "Anna", .shifts = {{7 * 60, 9 * 60}}});
  const auto client = make_client("Client", 52.0907, 5.1214);
  make_arrangement(client, {care_task("morning", "08:30", "09:00", 30)});
  const PlanView result = plan("offer");
  EXPECT_EQ(result.summary.planned, 0);
  EXPECT_EQ(reasons(result.summary), std::vector<std::string>{"no_availability"});
}

TEST_F(SmallRegion, NobodyIsPlannedBeyondTheirWeeklyHours) {
  make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}, .max_minutes_week = 60});
  const PlanView result = plan("offer");
  // Each visit takes 20 or 30 minutes, and a route counts from leaving home to coming back.
  std::int64_t minutes = 0;
  for (const auto& p : result.proposals) minutes += p.planned.task.duration;
  EXPECT_GT(result.summary.planned, 0);
  EXPECT_LE(minutes, 60);
  EXPECT_LT(result.summary.planned, 6);
}

TEST_F(PlanningService, AcceptingIsRefusedWhenTheTaskNoLongerFitsTheCaregiversDay) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  make_caregiver({.name = "Bram", .shifts = {{7 * 60, 15 * 60}}});
  // Two hour-long visits that must both start between 09:00 and 09:10: one caregiver each.
  make_arrangement(make_client("Client A", 52.0907, 5.1214), {care_task("care", "09:00", "09:10", 60)});
  make_arrangement(make_client("Client B", 52.0950, 5.1100), {care_task("care", "09:00", "09:10", 60)});
  const PlanView result = plan("offer");
  ASSERT_EQ(result.proposals.size(), 2U) << result.run.summary;
  std::optional<PlanProposalView> to_anna, to_other;
  for (const auto& p : result.proposals) (p.planned.proposal.caregiver_id == *anna.caregiver_id ? to_anna : to_other) = p;
  ASSERT_TRUE(to_anna);
  ASSERT_TRUE(to_other);
  // Since the plan, Anna took the other visit in the market.
  db_->write([&](store::Transaction& tx) {
    tx.exec("UPDATE task SET status = 'claimed', caregiver_id = ? WHERE id = ?",
            {*anna.caregiver_id, to_other->planned.task.id});
  });
  auto r = accept_proposal(*platform_, anna, to_anna->planned.proposal.id);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::conflict);
  EXPECT_NE(r.error().reason.find("overlaps"), std::string::npos) << r.error().reason;
  EXPECT_EQ(task_state(to_anna->planned.task.id).first, "open");
}

TEST_F(PlanningService, HeldVisitsStartFromTheirStoredStartAndBeforeTheNextOneAsTheMarketWalksTheDay) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const auto client = make_client("Client", 52.0907, 5.1214);
  make_arrangement(client, {care_task("a", "08:00", "12:00", 30), care_task("b", "08:00", "12:00", 30),
                            care_task("c", "08:00", "09:00", 30), care_task("d", "08:00", "12:00", 30)});
  // Anna's stored day, not in window order: c checked in at 08:05, b at 09:00, a at 10:00; d is
  // still open.
  const LocalMinute midnight = day_ * kMinutesPerDay;
  auto task_of = [&](const std::string& key) {
    return db_->read([&](store::Transaction& tx) {
      return *tx.query_i64("SELECT t.id FROM task t JOIN care_task ct ON ct.id = t.care_task_id WHERE t.day = ? AND ct.key = ?",
                           {day_, key});
    });
  };
  const std::map<std::string, std::int64_t> task{{"a", task_of("a")}, {"b", task_of("b")}, {"c", task_of("c")}, {"d", task_of("d")}};
  db_->write([&](store::Transaction& tx) {
    const auto hold = [&](const std::string& key, LocalMinute start, bool checked_in) {
      store::Param check_in = nullptr;
      if (checked_in) check_in = midnight + start;
      tx.exec("UPDATE task SET status = 'claimed', caregiver_id = ?, planned_start = ?, check_in = ? WHERE id = ?",
              {*anna.caregiver_id, midnight + start, check_in, task.at(key)});
    };
    hold("c", 8 * 60 + 5, true);
    hold("b", 9 * 60, false);
    hold("a", 10 * 60, false);
  });
  const PlanProblem problem = db_->read(
      [&](store::Transaction& tx) { return read_plan_problem(tx, *home_.organisation_id, day_, day_, now_); });
  std::map<std::int64_t, domain::TimeWindow> window;
  for (std::size_t i = 0; i < problem.visits.size(); ++i) {
    ASSERT_EQ(problem.data.visits[i].windows.size(), 1U);
    window[problem.visits[i].task_id] = problem.data.visits[i].windows.front();
  }
  const auto at = [](int hour, int minute) { return Duration((hour * 60 + minute) * 60); };
  // Started: stays where it is (a few minutes for the minute-rounding of stored starts).
  EXPECT_EQ(window.at(task.at("c")).open, at(8, 5));
  EXPECT_EQ(window.at(task.at("c")).close, at(8, 10));
  // Held: may be pushed later, as the market's walk may push it, but not past the next held one.
  EXPECT_EQ(window.at(task.at("b")).open, at(9, 0));
  EXPECT_EQ(window.at(task.at("b")).close, at(10, 0));
  EXPECT_EQ(window.at(task.at("a")).open, at(10, 0));
  EXPECT_EQ(window.at(task.at("a")).close, at(12, 0));
  // Open: its own window.
  EXPECT_EQ(window.at(task.at("d")).open, at(8, 0));
  EXPECT_EQ(window.at(task.at("d")).close, at(12, 0));
  // And a plan still fits the open one into the day.
  const PlanView result = plan("review");
  EXPECT_EQ(result.summary.claimed_unplanned, 0);
  EXPECT_EQ(result.summary.planned, 1);
}

TEST_F(PlanningService, CaregiversAvailableRoundTheClockArePlannedDayByDay) {
  make_caregiver({.name = "Anna", .all_week = true});
  const auto client = make_client("Client", 52.0907, 5.1214);
  CareTaskInput daily = care_task("morning", "08:00", "09:00", 30);
  daily.rrule = "FREQ=DAILY";
  make_arrangement(client, {daily});
  const PlanView result = plan("offer", home_, 3);
  EXPECT_EQ(result.summary.visits, 3);
  EXPECT_EQ(result.summary.planned, 3) << result.run.summary;
  EXPECT_EQ(result.summary.caregiver_days, 3);
}

TEST_F(PlanningService, DoubleStaffedTaskGoesToTwoCaregiversAtTheSameTime) {
  make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  make_caregiver({.name = "Bram", .shifts = {{7 * 60, 15 * 60}}});
  const auto client = make_client("Client met tillift", 52.0907, 5.1214);
  make_arrangement(client, {care_task("lift", "09:00", "10:00", 30, [](auto& t) { t.staff = 2; })});
  const PlanView result = plan("offer");
  EXPECT_EQ(result.summary.double_staffing_links, 1);
  ASSERT_EQ(result.proposals.size(), 2U) << result.run.summary;
  const auto& a = result.proposals[0].planned.proposal;
  const auto& b = result.proposals[1].planned.proposal;
  EXPECT_NE(a.caregiver_id, b.caregiver_id);
  EXPECT_EQ(a.planned_start, b.planned_start);
}

TEST_F(PlanningService, TaskAfterAnotherStartsOnceTheEarlierOneHasEnded) {
  make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  make_caregiver({.name = "Bram", .lat = 52.0880, .lon = 5.1250, .shifts = {{7 * 60, 15 * 60}}});
  const auto client = make_client("Client", 52.0907, 5.1214);
  make_arrangement(client, {care_task("wash", "08:00", "10:00", 45),
                            care_task("dress", "08:00", "10:00", 20, [](auto& t) { t.after = "wash"; })});
  const PlanView result = plan("offer");
  EXPECT_EQ(result.summary.precedence_links, 1);
  ASSERT_EQ(result.proposals.size(), 2U) << result.run.summary;
  LocalMinute wash = 0, dress = 0;
  for (const auto& p : result.proposals)
    (p.planned.task.task_type == "care wash" ? wash : dress) = p.planned.proposal.planned_start;
  EXPECT_GE(dress, wash + 45);
}

TEST_F(PlanningService, RequestsOutsideTheRulesAreRefused) {
  auto refused = [&](const PlanRequest& request) {
    auto r = create_plan(*platform_, home_, request);
    return r.ok() ? std::string("accepted") : r.error().message();
  };
  EXPECT_EQ(refused({day_, day_ + 14, "offer"}), "to: a plan spans at most 14 days");
  EXPECT_EQ(refused({day_, day_ - 1, "offer"}), "to: is before from");
  EXPECT_EQ(refused({day_ - 3, day_ - 2, "offer"}), "to: is in the past");
  EXPECT_EQ(refused({day_, day_, "roster"}), "mode: must be \"offer\", \"assign\" or \"review\"");
  EXPECT_EQ(refused({day_, day_, "offer", 31}), "time_limit_seconds: must be between 0.1 and 30");
  EXPECT_EQ(refused({day_, day_, "offer", 0.05}), "time_limit_seconds: must be between 0.1 and 30");
  // A request the http edge could not read is answered as it read it, after the permission check.
  const Result<PlanRequest> unread = bad_input("to", "", "is missing");
  auto r = create_plan(*platform_, home_, unread);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::bad_input);
  Principal caregiver;
  caregiver.role = Role::caregiver;
  caregiver.caregiver_id = 1;
  for (const Result<PlanRequest>& request : {Result<PlanRequest>(PlanRequest{day_, day_, "offer"}), unread}) {
    auto denied = create_plan(*platform_, caregiver, request);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().kind, ErrorKind::forbidden);
  }
}

TEST_F(PlanningService, SendingAReviewedPlanNeedsOfferOrAssign) {
  make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  make_arrangement(make_client("Client", 52.0907, 5.1214), {care_task("morning", "08:00", "09:30", 30)});
  const PlanView review = plan("review");
  EXPECT_EQ(review.summary.handed_out(ProposalStatus::draft), 1);
  EXPECT_EQ(review.counts[ShownStatus::draft], 1);
  auto wrong = send_plan(*platform_, home_, review.run.id, PlanSending{"review"});
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().message(), "mode: must be \"offer\" or \"assign\"");
  auto sent = send_plan(*platform_, home_, review.run.id, PlanSending{"offer"});
  ASSERT_TRUE(sent.ok()) << sent.error().message();
  EXPECT_EQ(sent.value().summary.handed_out(ProposalStatus::pending), 1);
  EXPECT_EQ(sent.value().counts[ShownStatus::pending], 1);
  EXPECT_EQ(sent.value().run.sent_mode, std::optional<std::string>("offer"));
  auto again = send_plan(*platform_, home_, review.run.id, PlanSending{"offer"});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  auto runs = list_plans(*platform_, home_, PlanListQuery{});
  ASSERT_TRUE(runs.ok());
  ASSERT_EQ(runs.value().items.size(), 1U);
  EXPECT_EQ(runs.value().items[0].planned, 1);
  EXPECT_EQ(runs.value().items[0].counts[ShownStatus::pending], 1);
  EXPECT_FALSE(runs.value().next_before);
}


TEST_F(PlanningService, EachProposalSaysWhyItsCaregiverWasChosen) {
  // Anna lives next door to the client and has never cared for her.
  const auto anna = make_caregiver({.name = "Anna", .lat = 52.0907, .lon = 5.1214, .shifts = {{7 * 60, 15 * 60}}});
  const auto client = make_client("Client", 52.0907, 5.1214);
  make_arrangement(client, {care_task("morning", "08:00", "09:30", 30)});
  const PlanView review = plan("review");
  ASSERT_EQ(review.proposals.size(), 1U);
  const auto& reasons = review.proposals[0].planned.reasons;
  ASSERT_TRUE(reasons.has_value()) << "kept with the proposal";
  EXPECT_EQ(reasons->late_minutes, 0) << "within its window";
  EXPECT_FALSE(reasons->known_client) << "they never met";
  EXPECT_GE(reasons->added_travel_minutes, 0);
  EXPECT_LE(reasons->added_travel_minutes, 5) << "she lives next door";
  EXPECT_EQ(review.proposals[0].planned.proposal.caregiver_id, *anna.caregiver_id);
  // Read again: stored, not only in the run's first answer.
  const auto read = get_plan(*platform_, home_, review.run.id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read.value().proposals[0].planned.reasons->added_travel_minutes, reasons->added_travel_minutes);
}

TEST_F(PlanningService, AReviewedRunIsChangedRowByRowThenTheRestIsSent) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const auto bert = make_caregiver({.name = "Bert", .shifts = {{7 * 60, 15 * 60}}});
  const auto late = make_caregiver({.name = "Laat", .shifts = {{16 * 60, 20 * 60}}});
  for (int i = 0; i < 3; ++i) {
    make_arrangement(make_client("Client " + std::to_string(i), 52.0907 + 0.002 * i, 5.1214),
                     {care_task("morning", "08:00", "11:00", 30)});
  }
  const PlanView review = plan("review");
  ASSERT_EQ(review.proposals.size(), 3U);
  const auto rejected = review.proposals[0].planned.proposal;
  const auto swapped = review.proposals[1].planned.proposal;
  const std::int64_t other = swapped.caregiver_id == *anna.caregiver_id ? *bert.caregiver_id : *anna.caregiver_id;

  // One rejected: discarded, the others still drafts.
  auto after = discard_proposal(*platform_, home_, review.run.id, rejected.id);
  ASSERT_TRUE(after.ok()) << after.error().message();
  EXPECT_EQ(after.value().counts[ShownStatus::discarded], 1);
  EXPECT_EQ(after.value().counts[ShownStatus::draft], 2);
  EXPECT_EQ(discard_proposal(*platform_, home_, review.run.id, rejected.id).error().kind, ErrorKind::conflict)
      << "no longer a draft";
  EXPECT_EQ(discard_proposal(*platform_, home_, review.run.id + 1, rejected.id).error().kind, ErrorKind::not_found);

  // One swapped: refused for a caregiver the admission rule refuses, in the words of the claim.
  auto refused = change_proposal_caregiver(*platform_, home_, review.run.id, swapped.id, *late.caregiver_id);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
  EXPECT_EQ(refused.error().field, "caregiver_id");
  EXPECT_EQ(refused.error().reason, "Laat cannot take it (they would be told: the task is outside your published availability)");
  auto moved = change_proposal_caregiver(*platform_, home_, review.run.id, swapped.id, other);
  ASSERT_TRUE(moved.ok()) << moved.error().message();
  const auto row = std::find_if(moved.value().proposals.begin(), moved.value().proposals.end(),
                                [&](const auto& p) { return p.planned.proposal.id == swapped.id; });
  EXPECT_EQ(row->planned.proposal.caregiver_id, other);
  EXPECT_FALSE(row->planned.reasons.has_value()) << "no engine chose this one";
  EXPECT_EQ(db_->read([&](store::Transaction& tx) {
              return *tx.query_i64("SELECT COUNT(*) FROM audit_event WHERE event = 'plan.review'");
            }),
            2);

  // Sent: the rejected row is nobody's offer; the swapped one goes to its new caregiver.
  auto sent = send_plan(*platform_, home_, review.run.id, PlanSending{"offer"});
  ASSERT_TRUE(sent.ok()) << sent.error().message();
  EXPECT_EQ(sent.value().counts[ShownStatus::discarded], 1);
  EXPECT_EQ(sent.value().counts[ShownStatus::pending], 2);
  Principal swapped_to = other == *anna.caregiver_id ? anna : bert;
  const auto theirs = list_my_proposals(*platform_, swapped_to);
  ASSERT_TRUE(theirs.ok());
  EXPECT_TRUE(std::any_of(theirs.value().begin(), theirs.value().end(),
                          [&](const auto& o) { return o.offered.proposal.id == swapped.id; }));
  for (const auto& who : {anna, bert}) {
    const auto offers = list_my_proposals(*platform_, who);
    ASSERT_TRUE(offers.ok());
    for (const auto& o : offers.value()) EXPECT_NE(o.offered.proposal.id, rejected.id);
  }
  EXPECT_EQ(change_proposal_caregiver(*platform_, home_, review.run.id, swapped.id, *anna.caregiver_id).error().kind,
            ErrorKind::conflict)
      << "sent: no longer a draft";
}

// --- Live repair (issue 11 item 7): sick, absent and no-shows repaired while the day runs. ---

// Carla claimed one midday visit herself, which fills her week; Anna, employed, was assigned the
// other five by a plan; Bram, employed, is free. On the planned day (Tuesday) at 06:30 Anna calls
// in sick.
class LiveRepair : public SmallRegion {
 protected:
  void SetUp() override {
    SmallRegion::SetUp();
    carla_ = make_caregiver({.name = "Carla", .shifts = {{7 * 60, 15 * 60}}, .max_minutes_week = 20});
    carla_task_ = db_->read([&](store::Transaction& tx) {
      return *tx.query_i64("SELECT id FROM task WHERE day = ? ORDER BY window_start DESC, id LIMIT 1", {day_});
    });
    ASSERT_TRUE(claim_task(*platform_, carla_, carla_task_).ok());
    anna_ = make_caregiver({.name = "Anna", .employed = true, .shifts = {{7 * 60, 15 * 60}}});
    const PlanView assigned = plan("assign");
    ASSERT_EQ(assigned.summary.handed_out(ProposalStatus::assigned), 5) << assigned.run.summary;
    bram_ = make_caregiver({.name = "Bram", .lat = 52.0880, .lon = 5.1250, .employed = true,
                            .shifts = {{7 * 60, 15 * 60}}});
    now_ = day_ * kMinutesPerDay + 6 * 60 + 30;
  }

  std::vector<std::int64_t> tasks_of(const Principal& caregiver) {
    return db_->read([&](store::Transaction& tx) {
      std::vector<std::int64_t> out;
      for (const auto& r : tx.query("SELECT id FROM task WHERE caregiver_id = ? AND status = 'claimed' ORDER BY id",
                                    {*caregiver.caregiver_id}))
        out.push_back(r.i64(0));
      return out;
    });
  }
  std::int64_t count(const std::string& sql) { return db_->read([&](store::Transaction& tx) { return *tx.query_i64(sql); }); }
  // By id.
  static std::vector<std::int64_t> ids(const AbsenceResult& r) {
    std::vector<std::int64_t> out;
    for (const auto& t : r.released) out.push_back(t.id);
    std::sort(out.begin(), out.end());
    return out;
  }
  PlanView repair(const std::string& mode = "review") {
    auto r = create_plan(*platform_, home_, PlanRequest{day_, day_, mode, 0.5, true});
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
    return r.ok() ? r.value() : PlanView{};
  }

  Principal anna_, bram_, carla_;
  std::int64_t carla_task_ = 0;
};

TEST_F(LiveRepair, SickFromNowGivesBackTheDaysVisitsAsUrgentAndWithdrawsTheAvailability) {
  const auto held = tasks_of(anna_);
  ASSERT_EQ(held.size(), 5U);
  auto sick = report_my_absence(*platform_, anna_, AbsenceReport{domain::ReleaseCause::sick, {}, {}});
  ASSERT_TRUE(sick.ok()) << sick.error().message();
  EXPECT_EQ(ids(sick.value()), held);  // all of today's
  for (std::size_t i = 1; i < sick.value().released.size(); ++i)
    EXPECT_LE(sick.value().released[i - 1].window_start, sick.value().released[i].window_start);
  EXPECT_EQ(sick.value().from, now_);
  EXPECT_EQ(sick.value().until, (day_ + 1) * kMinutesPerDay);
  EXPECT_TRUE(tasks_of(anna_).empty());
  EXPECT_EQ(count("SELECT COUNT(*) FROM task WHERE status = 'open' AND urgent = 1"), 5);
  EXPECT_EQ(count("SELECT COUNT(*) FROM task_release WHERE cause = 'sick'"), 5);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_event WHERE event = 'task.release'"), 5);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_event WHERE event = 'caregiver.absence'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM event WHERE type = 'task.released'"), 5);
  // Carla's visit is not Anna's: untouched.
  EXPECT_EQ(tasks_of(carla_), std::vector<std::int64_t>{carla_task_});
  // From 06:30 to midnight Anna is not available: the market no longer lets her take a visit.
  EXPECT_EQ(count("SELECT COUNT(*) FROM availability WHERE day IS NOT NULL AND available = 0 AND from_minute = 390 "
                  "AND to_minute = 1440"),
            1);
  auto again = claim_task(*platform_, anna_, held.front());
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.error().message().find("availab"), std::string::npos) << again.error().message();
}

TEST_F(LiveRepair, AbsentForDaysGivesBackOnlyTheVisitsOfThoseDays) {
  now_ = day_ * kMinutesPerDay - 16 * 60;  // Monday 08:00
  auto later = report_my_absence(*platform_, anna_, AbsenceReport{domain::ReleaseCause::absent, day_ + 1, day_ + 3});
  ASSERT_TRUE(later.ok()) << later.error().message();
  EXPECT_TRUE(later.value().released.empty());
  EXPECT_EQ(later.value().from, (day_ + 1) * kMinutesPerDay);
  EXPECT_EQ(tasks_of(anna_).size(), 5U);
  EXPECT_EQ(count("SELECT COUNT(*) FROM availability WHERE day IS NOT NULL AND available = 0"), 3);
  auto tuesday = report_my_absence(*platform_, anna_, AbsenceReport{domain::ReleaseCause::absent, day_, std::nullopt});
  ASSERT_TRUE(tuesday.ok()) << tuesday.error().message();
  EXPECT_EQ(tuesday.value().released.size(), 5U);
  EXPECT_EQ(tuesday.value().from, day_ * kMinutesPerDay);
  EXPECT_EQ(count("SELECT COUNT(*) FROM task_release WHERE cause = 'absent'"), 5);
}

TEST_F(LiveRepair, AVisitAlreadyCheckedInIsKept) {
  const auto held = tasks_of(anna_);
  now_ = day_ * kMinutesPerDay + 8 * 60 + 5;
  ASSERT_TRUE(check_in(*platform_, anna_, held.front(), VisitMoment{}).ok());
  auto sick = report_my_absence(*platform_, anna_, AbsenceReport{domain::ReleaseCause::sick, {}, {}});
  ASSERT_TRUE(sick.ok()) << sick.error().message();
  EXPECT_EQ(sick.value().released.size(), 4U);
  EXPECT_EQ(tasks_of(anna_), std::vector<std::int64_t>{held.front()});
}

TEST_F(LiveRepair, ACoordinatorReportsTheirCaregiverSickAndTheCaregiverHearsOfIt) {
  auto sick = report_caregiver_absence(*platform_, home_, *anna_.caregiver_id,
                                       AbsenceReport{domain::ReleaseCause::sick, {}, {}});
  ASSERT_TRUE(sick.ok()) << sick.error().message();
  EXPECT_EQ(sick.value().released.size(), 5U);
  EXPECT_EQ(count("SELECT COUNT(*) FROM event WHERE type = 'task.reopened' AND caregiver_id = " +
                  std::to_string(*anna_.caregiver_id)),
            5);
  // Another organisation's coordinator cannot, nor can they probe who works here.
  const Principal other = make_organisation("Elders");
  auto refused = report_caregiver_absence(*platform_, other, *anna_.caregiver_id,
                                          AbsenceReport{domain::ReleaseCause::sick, {}, {}});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::not_found);
  auto not_staff = report_caregiver_absence(*platform_, carla_, *anna_.caregiver_id,
                                            AbsenceReport{domain::ReleaseCause::sick, {}, {}});
  ASSERT_FALSE(not_staff.ok());
  EXPECT_EQ(not_staff.error().kind, ErrorKind::forbidden);
}

TEST_F(LiveRepair, ANoShowGivesBackTheOneVisitOnceItsWindowOpened) {
  const auto held = tasks_of(anna_);
  auto early = mark_no_show(*platform_, home_, held.front());
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().kind, ErrorKind::conflict);
  now_ = day_ * kMinutesPerDay + 8 * 60 + 40;
  auto missed = mark_no_show(*platform_, home_, held.front());
  ASSERT_TRUE(missed.ok()) << missed.error().message();
  EXPECT_EQ(ids(missed.value()), std::vector<std::int64_t>{held.front()});
  EXPECT_EQ(missed.value().cause, domain::ReleaseCause::no_show);
  EXPECT_EQ(tasks_of(anna_).size(), 4U);
  EXPECT_EQ(task_state(held.front()).first, "open");
  EXPECT_EQ(count("SELECT COUNT(*) FROM task_release WHERE cause = 'no_show'"), 1);
  auto twice = mark_no_show(*platform_, home_, held.front());
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().kind, ErrorKind::conflict);
  ASSERT_TRUE(check_in(*platform_, anna_, held[1], VisitMoment{}).ok());
  auto arrived = mark_no_show(*platform_, home_, held[1]);
  ASSERT_FALSE(arrived.ok());
  EXPECT_EQ(arrived.error().kind, ErrorKind::conflict);
}

TEST_F(LiveRepair, TheRepairPlacesTheReleasedVisitsAndChangesNothingElse) {
  auto nothing = create_plan(*platform_, home_, PlanRequest{day_, day_, "review", 0.2, true});
  ASSERT_FALSE(nothing.ok());
  EXPECT_EQ(nothing.error().kind, ErrorKind::conflict);
  auto sick = report_my_absence(*platform_, anna_, AbsenceReport{domain::ReleaseCause::sick, {}, {}});
  ASSERT_TRUE(sick.ok());
  const PlanView proposal = repair();
  EXPECT_TRUE(proposal.summary.repair);
  EXPECT_EQ(proposal.summary.visits, 5);
  EXPECT_EQ(proposal.summary.planned, 5) << proposal.run.summary;
  EXPECT_EQ(proposal.summary.claimed_visits, 1);  // Carla's, kept where it is
  EXPECT_EQ(proposal.summary.claimed_unplanned, 0);
  EXPECT_EQ(proposal.summary.changed_assignments, 0);
  for (const auto& p : proposal.proposals) {
    EXPECT_NE(p.planned.proposal.caregiver_id, *anna_.caregiver_id);
    EXPECT_EQ(p.status, ShownStatus::draft);
  }
  auto sent = send_plan(*platform_, home_, proposal.run.id, PlanSending{"assign"});
  ASSERT_TRUE(sent.ok()) << sent.error().message();
  EXPECT_EQ(sent.value().summary.handed_out(ProposalStatus::failed), 0);
  EXPECT_EQ(sent.value().counts[ShownStatus::assigned], 5);
  EXPECT_EQ(tasks_of(bram_).size(), 5U);  // Carla's week is full
  EXPECT_EQ(tasks_of(carla_), std::vector<std::int64_t>{carla_task_});
}

TEST_F(LiveRepair, TheSendRefusesAVisitClaimedFromTheMarketMeanwhileWithItsReason) {
  ASSERT_TRUE(report_my_absence(*platform_, anna_, AbsenceReport{domain::ReleaseCause::sick, {}, {}}).ok());
  const PlanView proposal = repair();
  ASSERT_FALSE(proposal.proposals.empty());
  const std::int64_t taken = proposal.proposals.front().planned.task.id;
  const auto dirk = make_caregiver({.name = "Dirk", .shifts = {{7 * 60, 15 * 60}}});
  ASSERT_TRUE(claim_task(*platform_, dirk, taken).ok());
  auto sent = send_plan(*platform_, home_, proposal.run.id, PlanSending{"assign"});
  ASSERT_TRUE(sent.ok()) << sent.error().message();
  EXPECT_EQ(sent.value().summary.handed_out(ProposalStatus::failed), 1);
  ASSERT_EQ(sent.value().summary.failures.size(), 1U);
  EXPECT_EQ(sent.value().summary.failures[0].task_id, taken);
  EXPECT_NE(sent.value().summary.failures[0].reason.find("claimed"), std::string::npos)
      << sent.value().summary.failures[0].reason;
  EXPECT_EQ(task_state(taken).second, dirk.caregiver_id);  // not disturbed
}

TEST_F(LiveRepair, KeyFiguresCountWhatWasRepairedInTimeAndWhatWasMissed) {
  ASSERT_TRUE(report_my_absence(*platform_, anna_, AbsenceReport{domain::ReleaseCause::sick, {}, {}}).ok());
  const PlanView proposal = repair();
  ASSERT_TRUE(send_plan(*platform_, home_, proposal.run.id, PlanSending{"assign"}).ok());
  // Bram gave one back through the coordinator, and nobody took it again.
  now_ = day_ * kMinutesPerDay + 7 * 60;
  ASSERT_EQ(tasks_of(bram_).size(), 5U);
  ASSERT_TRUE(reopen_task(*platform_, home_, tasks_of(bram_).front()).ok());
  now_ = day_ * kMinutesPerDay + 18 * 60;
  auto kpis = organisation_kpis(*platform_, home_, DaysAsked{day_, day_});
  ASSERT_TRUE(kpis.ok()) << kpis.error().message();
  const auto& sick = kpis.value().repairs.by_cause[0];
  EXPECT_EQ(sick.cause, domain::ReleaseCause::sick);
  EXPECT_EQ(sick.figures.released, 5);
  EXPECT_EQ(sick.figures.retaken_in_time, 4);
  EXPECT_EQ(sick.figures.missed, 1);
  EXPECT_EQ(sick.figures.retaken_late, 0);
  EXPECT_EQ(kpis.value().repairs.by_cause[2].figures.released, 0);
  ASSERT_EQ(kpis.value().repairs.per_day.size(), 1U);
  EXPECT_EQ(kpis.value().repairs.per_day[0].released, 5);
}

TEST_F(LiveRepair, ReportsOutsideTheRulesAreRefusedAndChangeNothing) {
  auto refused = [&](const AbsenceReport& report) {
    auto r = report_my_absence(*platform_, anna_, report);
    return r.ok() ? std::string("accepted") : r.error().message();
  };
  using domain::ReleaseCause;
  EXPECT_EQ(refused({ReleaseCause::sick, day_ - 1, day_}), "from: is in the past");
  EXPECT_EQ(refused({ReleaseCause::sick, day_ + 2, day_ + 1}), "to: is before from");
  EXPECT_EQ(refused({ReleaseCause::absent, day_, day_ + 14}), "to: an absence is reported for at most 14 days");
  EXPECT_EQ(refused({ReleaseCause::no_show, {}, {}}),
            "cause: must be \"sick\" or \"absent\" (a no-show is marked per visit)");
  auto coordinator = report_my_absence(*platform_, home_, AbsenceReport{});
  ASSERT_FALSE(coordinator.ok());
  EXPECT_EQ(coordinator.error().kind, ErrorKind::forbidden);
  auto caregiver = mark_no_show(*platform_, anna_, tasks_of(anna_).front());
  ASSERT_FALSE(caregiver.ok());
  EXPECT_EQ(caregiver.error().kind, ErrorKind::forbidden);
  EXPECT_EQ(tasks_of(anna_).size(), 5U);
  EXPECT_EQ(count("SELECT COUNT(*) FROM task_release"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM availability WHERE day IS NOT NULL"), 0);
}

}  // namespace
}  // namespace carecrowd::services
