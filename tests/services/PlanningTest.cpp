// Coordinator plans, at the service level, on a real database (SQLite, or PostgreSQL when
// CARECROWD_TEST_DATABASE names one): clients and arrangements through the Clients and
// Arrangements services, caregivers as rows (the caregiver registration is another service), a
// clock the test moves.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "services/Arrangements.h"
#include "services/Clients.h"
#include "services/Claims.h"
#include "services/TaskClaim.h"
#include "services/Planning.h"
#include "domain/Recurrence.h"
#include "ServiceWorld.h"

namespace carecrowd::services {
namespace {

using Json = nlohmann::json;


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

  Json plan(const std::string& mode, const Principal& who, int days = 1) {
    auto r = create_plan(*platform_, who,
                         {{"from", format_date(day_)}, {"to", format_date(day_ + days - 1)}, {"mode", mode},
                          {"time_limit_seconds", 0.2}});
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
    return r.ok() ? r.value() : Json::object();
  }
  Json plan(const std::string& mode) { return plan(mode, home_); }

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
  static std::map<std::int64_t, Json> by_task(const Json& plan) {
    std::map<std::int64_t, Json> out;
    for (const auto& p : plan["proposals"]) out[p["task"]["id"].get<std::int64_t>()] = p;
    return out;
  }

  static LocalMinute minute(const Json& text) { return parse_local_time(text.get<std::string>(), "time").value(); }

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
  const Json result = plan("offer");
  const auto& summary = result["summary"];
  EXPECT_EQ(summary["visits"], 6);
  EXPECT_EQ(summary["planned"], 6);
  EXPECT_TRUE(summary["unplanned"].empty()) << summary.dump();
  EXPECT_EQ(summary["caregivers"], 2);
  EXPECT_EQ(summary["proposals"]["pending"], 6);
  ASSERT_EQ(result["proposals"].size(), 6U);
  for (const auto& p : result["proposals"]) {
    EXPECT_GE(minute(p["planned_start"]), minute(p["task"]["window"]["start"])) << p.dump();
    EXPECT_LE(minute(p["planned_start"]), minute(p["task"]["window"]["end"])) << p.dump();
    EXPECT_EQ(p["status"], "pending");
    // Offered before the deadline: 12 hours from now, which is well before the window.
    EXPECT_EQ(minute(p["deadline"]), now_ + 12 * 60);
  }
  // Offers leave the tasks open until a caregiver accepts.
  EXPECT_EQ(open_tasks_on_day(), 6);
}

TEST_F(SmallRegion, TaskNeedingACertificateNobodyHasVerifiedStaysUnplannedWithThatReason) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  give_certificate(anna, "injection", false);  // uploaded, never verified
  const auto client = make_client("Client met insuline", 52.0920, 5.1180);
  make_arrangement(client, {care_task("insulin", "10:00", "11:00", 15, [](auto& t) { t.certificates = {"injection"}; })});
  const Json result = plan("offer");
  const auto& summary = result["summary"];
  EXPECT_EQ(summary["visits"], 7);
  EXPECT_EQ(summary["planned"], 6);
  ASSERT_EQ(summary["unplanned"].size(), 1U);
  EXPECT_EQ(summary["unplanned"][0]["reason"], "no_qualified_caregiver");
  for (const auto& p : result["proposals"]) EXPECT_NE(p["task"]["type"], "care insulin");
}

TEST_F(SmallRegion, VerifiedCertificateLetsTheCaregiverDoTheTask) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  give_certificate(anna, "injection", true);
  const auto client = make_client("Client met insuline", 52.0920, 5.1180);
  make_arrangement(client, {care_task("insulin", "10:00", "11:00", 15, [](auto& t) { t.certificates = {"injection"}; })});
  const Json result = plan("offer");
  EXPECT_EQ(result["summary"]["planned"], 7) << result["summary"].dump();
}

TEST_F(SmallRegion, OneOffAvailabilityOverridesTheWeeklyPattern) {
  const auto away = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  one_off(away, 0, 24 * 60, false);  // on holiday
  const auto stand_in = make_caregiver({.name = "Bram"});  // no weekly pattern
  one_off(stand_in, 7 * 60, 15 * 60, true);
  const Json result = plan("offer");
  EXPECT_EQ(result["summary"]["caregivers"], 1);
  EXPECT_EQ(result["summary"]["planned"], 6);
  for (const auto& p : result["proposals"]) EXPECT_EQ(p["caregiver"]["id"], *stand_in.caregiver_id);
}

TEST_F(SmallRegion, WithNobodyAvailableEveryTaskIsUnplannedForThatReason) {
  make_caregiver({.name = "Anna", .shifts = {{18 * 60, 20 * 60}}});
  const Json result = plan("offer");
  EXPECT_EQ(result["summary"]["planned"], 0);
  ASSERT_EQ(result["summary"]["unplanned"].size(), 6U);
  for (const auto& u : result["summary"]["unplanned"]) EXPECT_EQ(u["reason"], "no_availability") << u.dump();
}

TEST_F(SmallRegion, AssignClaimsTasksForEmployeesAndOffersTheRestToFreelancers) {
  // Morning work only for the employee, midday only for the freelancer.
  const auto employee = make_caregiver({.name = "Eva", .employed = true, .shifts = {{7 * 60, 10 * 60 + 30}}});
  const auto freelancer = make_caregiver({.name = "Femke", .shifts = {{11 * 60, 15 * 60}}});
  const Json result = plan("assign");
  EXPECT_EQ(result["summary"]["planned"], 6);
  EXPECT_EQ(result["summary"]["proposals"]["assigned"], 3);
  EXPECT_EQ(result["summary"]["proposals"]["pending"], 3);
  for (const auto& p : result["proposals"]) {
    const auto task = p["task"]["id"].get<std::int64_t>();
    const auto [status, holder] = task_state(task);
    if (p["caregiver"]["id"] == *employee.caregiver_id) {
      EXPECT_EQ(p["status"], "assigned");
      EXPECT_EQ(status, "claimed");
      EXPECT_EQ(holder, employee.caregiver_id);
    } else {
      EXPECT_EQ(p["caregiver"]["id"], *freelancer.caregiver_id);
      EXPECT_EQ(p["status"], "pending");
      EXPECT_EQ(status, "open");
    }
  }
}

TEST_F(SmallRegion, AcceptedOfferClaimsTheTaskForTheCaregiver) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const Json result = plan("offer");
  auto mine = list_my_proposals(*platform_, anna);
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine.value()["items"].size(), 6U);
  const Json offered = mine.value()["items"][0];
  // The caregiver sees what and where roughly, never who.
  EXPECT_FALSE(offered["task"].contains("client_name"));
  EXPECT_FALSE(offered["task"].contains("client_id"));
  EXPECT_EQ(offered["task"]["area"], "3511");

  auto accepted = accept_proposal(*platform_, anna, offered["id"].get<std::int64_t>());
  ASSERT_TRUE(accepted.ok()) << accepted.error().message();
  EXPECT_EQ(accepted.value()["status"], "accepted");
  const auto [status, holder] = task_state(offered["task"]["id"].get<std::int64_t>());
  EXPECT_EQ(status, "claimed");
  EXPECT_EQ(holder, anna.caregiver_id);
  EXPECT_EQ(list_my_proposals(*platform_, anna).value()["items"].size(), 5U);
  const auto claims = db_->read([](store::Transaction& tx) {
    return *tx.query_i64("SELECT COUNT(*) FROM audit_event WHERE event = 'task.claim'");
  });
  EXPECT_EQ(claims, 1);
  // The coordinator sees the answer in the plan.
  auto seen = get_plan(*platform_, home_, result["id"].get<std::int64_t>());
  ASSERT_TRUE(seen.ok());
  EXPECT_EQ(by_task(seen.value())[offered["task"]["id"].get<std::int64_t>()]["status"], "accepted");
}

// The feed's claim, an accepted offer and the one claim in a caller's transaction (which a plan's
// assignment takes) are one rule: each refusal comes in the same words and kind from every path.
TEST_F(SmallRegion, EveryClaimPathRefusesForTheSameReasonInTheSameWords) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const auto bram = make_caregiver({.name = "Bram", .shifts = {{7 * 60, 15 * 60}}});
  plan("offer", home_);
  const Json offered = list_my_proposals(*platform_, anna).value()["items"][0];
  const auto proposal = offered["id"].get<std::int64_t>();
  const auto task = offered["task"]["id"].get<std::int64_t>();
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
  const Json result = plan("offer");
  const auto id = result["proposals"][0]["id"].get<std::int64_t>();
  auto declined = decline_proposal(*platform_, anna, id);
  ASSERT_TRUE(declined.ok());
  EXPECT_EQ(declined.value()["status"], "declined");
  auto late = accept_proposal(*platform_, anna, id);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().kind, ErrorKind::conflict);
  EXPECT_EQ(task_state(result["proposals"][0]["task"]["id"].get<std::int64_t>()).first, "open");
}

TEST_F(SmallRegion, AcceptingATaskSomeoneElseClaimedMeanwhileIsAConflict) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const auto bram = make_caregiver({.name = "Bram", .shifts = {{7 * 60, 15 * 60}}});
  const Json result = plan("offer");
  // Bram's own offer for another task cannot be his way to a task offered to Anna; a market claim can.
  Json to_anna;
  for (const auto& p : result["proposals"])
    if (p["caregiver"]["id"] == *anna.caregiver_id) to_anna = p;
  ASSERT_FALSE(to_anna.is_null()) << result.dump();
  db_->write([&](store::Transaction& tx) {
    tx.exec("UPDATE task SET status = 'claimed', caregiver_id = ? WHERE id = ?",
            {*bram.caregiver_id, to_anna["task"]["id"].get<std::int64_t>()});
  });
  auto r = accept_proposal(*platform_, anna, to_anna["id"].get<std::int64_t>());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::conflict);
  EXPECT_EQ(task_state(to_anna["task"]["id"].get<std::int64_t>()).second, bram.caregiver_id);
}

TEST_F(SmallRegion, OnlyTheCaregiverItWasOfferedToMayAnswer) {
  make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const auto other = make_caregiver({.name = "Otto", .shifts = {{20 * 60, 21 * 60}}});
  const Json result = plan("offer");
  auto r = accept_proposal(*platform_, other, result["proposals"][0]["id"].get<std::int64_t>());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::not_found);
}

TEST_F(SmallRegion, ExpiredOfferIsAConflictAndNoLongerListed) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const Json result = plan("offer");
  now_ += 13 * 60;  // past the 12-hour deadline
  EXPECT_TRUE(list_my_proposals(*platform_, anna).value()["items"].empty());
  auto r = accept_proposal(*platform_, anna, result["proposals"][0]["id"].get<std::int64_t>());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::conflict);
  auto d = decline_proposal(*platform_, anna, result["proposals"][0]["id"].get<std::int64_t>());
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().kind, ErrorKind::conflict);
  EXPECT_EQ(get_plan(*platform_, home_, result["id"].get<std::int64_t>()).value()["proposals"][0]["status"], "expired");
}

TEST_F(SmallRegion, AnotherOrganisationsCoordinatorCannotReadThePlan) {
  make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const Json result = plan("offer");
  const auto other = make_organisation("Zorg Oost");
  auto r = get_plan(*platform_, other, result["id"].get<std::int64_t>());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::not_found);
  // And their own plan sees none of this organisation's tasks or caregivers.
  const Json theirs = plan("offer", other);
  EXPECT_EQ(theirs["summary"]["visits"], 0);
  EXPECT_EQ(theirs["summary"]["caregivers"], 0);
}

TEST_F(SmallRegion, ALaterPlanSupersedesTheOffersOfAnEarlierOne) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const Json first = plan("offer");
  plan("offer");
  const auto earlier = get_plan(*platform_, home_, first["id"].get<std::int64_t>()).value();
  for (const auto& p : earlier["proposals"]) EXPECT_EQ(p["status"], "superseded");
  EXPECT_EQ(list_my_proposals(*platform_, anna).value()["items"].size(), 6U);
}

TEST_F(SmallRegion, TasksAlreadyClaimedAreKeptWithTheirCaregiverAndNotOfferedAgain) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  const Json first = plan("offer");
  const Json offered = first["proposals"][0];
  ASSERT_TRUE(accept_proposal(*platform_, anna, offered["id"].get<std::int64_t>()).ok());
  const Json second = plan("offer");
  EXPECT_EQ(second["summary"]["visits"], 5);
  EXPECT_EQ(second["summary"]["claimed_visits"], 1);
  EXPECT_EQ(second["summary"]["claimed_unplanned"], 0);
  EXPECT_EQ(by_task(second).count(offered["task"]["id"].get<std::int64_t>()), 0U);
}

TEST_F(PlanningService, TaskOnlyPartlyInsideSomeonesAvailabilityIsNotOfferedToThem) {
  // Available until 09:00; the task may start until 09:00 and take 30 minutes: the market would
  // refuse Anna's claim, so the plan does not offer it.
  make_caregiver({.name = "Anna", .shifts = {{7 * 60, 9 * 60}}});
  const auto client = make_client("Client", 52.0907, 5.1214);
  make_arrangement(client, {care_task("morning", "08:30", "09:00", 30)});
  const Json result = plan("offer");
  EXPECT_EQ(result["summary"]["planned"], 0);
  ASSERT_EQ(result["summary"]["unplanned"].size(), 1U);
  EXPECT_EQ(result["summary"]["unplanned"][0]["reason"], "no_availability");
}

TEST_F(SmallRegion, NobodyIsPlannedBeyondTheirWeeklyHours) {
  make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}, .max_minutes_week = 60});
  const Json result = plan("offer");
  // Each visit takes 20 or 30 minutes, and a route counts from leaving home to coming back.
  std::int64_t minutes = 0;
  for (const auto& p : result["proposals"]) minutes += p["task"]["duration_minutes"].get<std::int64_t>();
  EXPECT_GT(result["summary"]["planned"].get<int>(), 0);
  EXPECT_LE(minutes, 60);
  EXPECT_LT(result["summary"]["planned"].get<int>(), 6);
}

TEST_F(PlanningService, AcceptingIsRefusedWhenTheTaskNoLongerFitsTheCaregiversDay) {
  const auto anna = make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  make_caregiver({.name = "Bram", .shifts = {{7 * 60, 15 * 60}}});
  // Two hour-long visits that must both start between 09:00 and 09:10: one caregiver each.
  make_arrangement(make_client("Client A", 52.0907, 5.1214), {care_task("care", "09:00", "09:10", 60)});
  make_arrangement(make_client("Client B", 52.0950, 5.1100), {care_task("care", "09:00", "09:10", 60)});
  const Json result = plan("offer");
  ASSERT_EQ(result["proposals"].size(), 2U) << result.dump();
  Json to_anna, to_other;
  for (const auto& p : result["proposals"]) (p["caregiver"]["id"] == *anna.caregiver_id ? to_anna : to_other) = p;
  ASSERT_FALSE(to_anna.is_null());
  ASSERT_FALSE(to_other.is_null());
  // Since the plan, Anna took the other visit in the market.
  db_->write([&](store::Transaction& tx) {
    tx.exec("UPDATE task SET status = 'claimed', caregiver_id = ? WHERE id = ?",
            {*anna.caregiver_id, to_other["task"]["id"].get<std::int64_t>()});
  });
  auto r = accept_proposal(*platform_, anna, to_anna["id"].get<std::int64_t>());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::conflict);
  EXPECT_NE(r.error().reason.find("overlaps"), std::string::npos) << r.error().reason;
  EXPECT_EQ(task_state(to_anna["task"]["id"].get<std::int64_t>()).first, "open");
}

TEST_F(PlanningService, CaregiversAvailableRoundTheClockArePlannedDayByDay) {
  make_caregiver({.name = "Anna", .all_week = true});
  const auto client = make_client("Client", 52.0907, 5.1214);
  CareTaskInput daily = care_task("morning", "08:00", "09:00", 30);
  daily.rrule = "FREQ=DAILY";
  make_arrangement(client, {daily});
  const Json result = plan("offer", home_, 3);
  EXPECT_EQ(result["summary"]["visits"], 3);
  EXPECT_EQ(result["summary"]["planned"], 3) << result["summary"].dump();
  EXPECT_EQ(result["summary"]["caregiver_days"], 3);
}

TEST_F(PlanningService, DoubleStaffedTaskGoesToTwoCaregiversAtTheSameTime) {
  make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  make_caregiver({.name = "Bram", .shifts = {{7 * 60, 15 * 60}}});
  const auto client = make_client("Client met tillift", 52.0907, 5.1214);
  make_arrangement(client, {care_task("lift", "09:00", "10:00", 30, [](auto& t) { t.staff = 2; })});
  const Json result = plan("offer");
  EXPECT_EQ(result["summary"]["double_staffing_links"], 1);
  ASSERT_EQ(result["proposals"].size(), 2U) << result.dump();
  const auto& a = result["proposals"][0];
  const auto& b = result["proposals"][1];
  EXPECT_NE(a["caregiver"]["id"], b["caregiver"]["id"]);
  EXPECT_EQ(a["planned_start"], b["planned_start"]);
}

TEST_F(PlanningService, TaskAfterAnotherStartsOnceTheEarlierOneHasEnded) {
  make_caregiver({.name = "Anna", .shifts = {{7 * 60, 15 * 60}}});
  make_caregiver({.name = "Bram", .lat = 52.0880, .lon = 5.1250, .shifts = {{7 * 60, 15 * 60}}});
  const auto client = make_client("Client", 52.0907, 5.1214);
  make_arrangement(client, {care_task("wash", "08:00", "10:00", 45),
                            care_task("dress", "08:00", "10:00", 20, [](auto& t) { t.after = "wash"; })});
  const Json result = plan("offer");
  EXPECT_EQ(result["summary"]["precedence_links"], 1);
  ASSERT_EQ(result["proposals"].size(), 2U) << result.dump();
  LocalMinute wash = 0, dress = 0;
  for (const auto& p : result["proposals"])
    (p["task"]["type"] == "care wash" ? wash : dress) = minute(p["planned_start"]);
  EXPECT_GE(dress, wash + 45);
}

TEST_F(PlanningService, RequestsOutsideTheRulesAreRefused) {
  auto refused = [&](Json body) {
    auto r = create_plan(*platform_, home_, body);
    return r.ok() ? ErrorKind::io : r.error().kind;
  };
  const std::string from = format_date(day_);
  EXPECT_EQ(refused({{"from", from}, {"to", format_date(day_ + 14)}, {"mode", "offer"}}), ErrorKind::bad_input);
  EXPECT_EQ(refused({{"from", from}, {"to", from}, {"mode", "roster"}}), ErrorKind::bad_input);
  EXPECT_EQ(refused({{"from", from}, {"to", from}, {"mode", "offer"}, {"time_limit_seconds", 31}}), ErrorKind::bad_input);
  EXPECT_EQ(refused({{"from", from}, {"mode", "offer"}}), ErrorKind::bad_input);
  Principal caregiver;
  caregiver.role = Role::caregiver;
  caregiver.caregiver_id = 1;
  auto r = create_plan(*platform_, caregiver, {{"from", from}, {"to", from}, {"mode", "offer"}});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::forbidden);
}

}  // namespace
}  // namespace carecrowd::services
