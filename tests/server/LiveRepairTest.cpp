// Live repair over HTTP (issue 11 item 7): a caregiver reports sick from now, their visits of the
// day go back to the market as urgent, the coordinator's repair plan places them with another
// caregiver and is sent with one action; a coordinator reports a caregiver absent for days, marks
// no-shows; the key figures count the releases; bad input on every new route stores nothing.
#include <gtest/gtest.h>

#include "MarketWorld.h"

namespace carecrowd::testing {
namespace {

struct LiveRepair : ::testing::Test {
  TestServer server;
  Api api = server.api();
  std::string admin = api.login(kAdminEmail, kAdminPassword);
  Organisation org = make_organisation(api, admin, "Thuiszorg Herstel");
  std::int64_t visser = make_client(api, org.coordinator_token, "Mevrouw Visser");
  std::int64_t prins = make_client(api, org.coordinator_token, "Meneer Prins", 52.0950, 5.1100);
  Caregiver anna = make_caregiver(api, "anna@example.test", "Anna de Wit", 3, {org.id});
  // Today, an hour and two hours from now (the clock starts at 10:00).
  LocalMinute first_at = simulated_now() + 60, second_at = simulated_now() + 120;
  std::int64_t first = one_visit(api, org.coordinator_token, visser, first_at, 60, 30);
  std::int64_t second = one_visit(api, org.coordinator_token, prins, second_at, 60, 30);
  std::string today = format_date(simulated_now() / kMinutesPerDay);

  void SetUp() override {
    for (auto task : {first, second}) {
      auto r = api.post("/v1/tasks/" + std::to_string(task) + "/claim", Json::object(), anna.token);
      ASSERT_EQ(r.status, 200) << r.text;
    }
  }
  Json task(std::int64_t id) { return api.get("/v1/tasks/" + std::to_string(id), org.coordinator_token).body; }
  static std::vector<std::int64_t> released_ids(const Reply& r) {
    std::vector<std::int64_t> out;
    for (const auto& t : r.body["released"]) out.push_back(t["task_id"].get<std::int64_t>());
    std::sort(out.begin(), out.end());
    return out;
  }
};

TEST_F(LiveRepair, SickFromNowGivesTheVisitsBackAsUrgentAndTheRepairPlacesThemWithOneSend) {
  auto bram = make_caregiver(api, "bram@example.test", "Bram Smit", 3, {org.id});
  auto sick = api.post("/v1/my/absence", {{"cause", "sick"}}, anna.token);
  ASSERT_EQ(sick.status, 200) << sick.text;
  EXPECT_EQ(sick.body["cause"], "sick");
  EXPECT_EQ(released_ids(sick), (std::vector<std::int64_t>{first, second}));
  EXPECT_EQ(sick.body["until"], format_date(simulated_now() / kMinutesPerDay + 1) + "T00:00");
  // What the phone confirms: when and what, never who.
  EXPECT_EQ(sick.text.find("Visser"), std::string::npos);
  for (auto id : {first, second}) {
    const Json t = task(id);
    EXPECT_EQ(t["status"], "open") << t;
    EXPECT_EQ(t["urgent"], true) << t;
  }
  // Anna is not offered work for the rest of the day; Bram sees both as urgent.
  EXPECT_FALSE(contains(feed_ids(api.get("/v1/feed", anna.token)), first));
  const auto bram_feed = feed_ids(api.get("/v1/feed", bram.token));
  EXPECT_TRUE(contains(bram_feed, first));
  EXPECT_TRUE(contains(bram_feed, second));

  auto repair = api.post("/v1/plans", {{"from", today}, {"to", today}, {"mode", "review"}, {"repair", true}},
                         org.coordinator_token);
  ASSERT_EQ(repair.status, 201) << repair.text;
  EXPECT_EQ(repair.body["summary"]["repair"], true);
  EXPECT_EQ(repair.body["summary"]["visits"], 2);
  EXPECT_EQ(repair.body["summary"]["planned"], 2) << repair.text;
  EXPECT_EQ(repair.body["summary"]["changed_assignments"], 0);
  for (const auto& p : repair.body["proposals"]) EXPECT_EQ(p["caregiver"]["id"], bram.id) << p;
  auto sent = api.post("/v1/plans/" + std::to_string(repair.body["id"].get<std::int64_t>()) + "/send",
                       {{"mode", "offer"}}, org.coordinator_token);
  ASSERT_EQ(sent.status, 200) << sent.text;
  EXPECT_EQ(sent.body["summary"]["proposals"]["pending"], 2) << sent.text;
  EXPECT_EQ(api.get("/v1/my/proposals", bram.token).body["items"].size(), 2u);

  auto kpis = api.get("/v1/kpis?from=" + today + "&to=" + today, org.coordinator_token);
  ASSERT_EQ(kpis.status, 200) << kpis.text;
  EXPECT_EQ(kpis.body["repairs"]["released"], 2);
  EXPECT_EQ(kpis.body["repairs"]["by_cause"]["sick"]["released"], 2);
  EXPECT_EQ(kpis.body["repairs"]["by_cause"]["sick"]["open"], 2);
  auto csv = api.get("/v1/kpis?from=" + today + "&to=" + today + "&format=csv", org.coordinator_token);
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.text.find("released,retaken_in_time,retaken_late,missed"), std::string::npos) << csv.text;
}

TEST_F(LiveRepair, ACoordinatorReportsACaregiverAbsentForDaysAndOnlyThoseDaysAreTaken) {
  const std::string base = "/v1/caregivers/" + std::to_string(anna.id) + "/absence";
  auto tomorrow = api.post(base, {{"cause", "absent"}, {"from", simulated_date(1)}, {"to", simulated_date(2)}},
                           org.coordinator_token);
  ASSERT_EQ(tomorrow.status, 200) << tomorrow.text;
  EXPECT_TRUE(tomorrow.body["released"].empty());
  EXPECT_EQ(task(first)["status"], "claimed");
  auto today_too = api.post(base, {{"cause", "absent"}, {"from", today}}, org.coordinator_token);
  ASSERT_EQ(today_too.status, 200) << today_too.text;
  EXPECT_EQ(released_ids(today_too), (std::vector<std::int64_t>{first, second}));
  // A caregiver cannot report for someone else; another organisation cannot see Anna.
  EXPECT_EQ(api.post(base, {{"cause", "sick"}}, anna.token).status, 403);
  auto other = make_organisation(api, admin, "Zorg Elders");
  EXPECT_EQ(api.post(base, {{"cause", "sick"}}, other.coordinator_token).status, 404);
}

TEST_F(LiveRepair, ANoShowBeforeTheWindowOpensIsAConflictAndACheckedInVisitIsKept) {
  auto early = api.post("/v1/tasks/" + std::to_string(first) + "/no-show", Json::object(), org.coordinator_token);
  EXPECT_EQ(early.status, 409) << early.text;
  EXPECT_EQ(api.post("/v1/tasks/" + std::to_string(first) + "/no-show", Json::object(), anna.token).status, 403);
  // Checked in at the first visit (an hour early is allowed), Anna reports sick: the second goes back.
  ASSERT_EQ(api.post("/v1/tasks/" + std::to_string(first) + "/check-in", Json::object(), anna.token).status, 200);
  auto sick = api.post("/v1/my/absence", {{"cause", "sick"}}, anna.token);
  ASSERT_EQ(sick.status, 200) << sick.text;
  EXPECT_EQ(released_ids(sick), std::vector<std::int64_t>{second});
  EXPECT_EQ(task(first)["status"], "claimed");
  // Nothing more to repair: the released visit is the only one, and it is open; once taken, none.
  auto bram = make_caregiver(api, "bram@example.test", "Bram Smit", 3, {org.id});
  ASSERT_EQ(api.post("/v1/tasks/" + std::to_string(second) + "/claim", Json::object(), bram.token).status, 200);
  auto repair = api.post("/v1/plans", {{"from", today}, {"to", today}, {"mode", "review"}, {"repair", true}},
                         org.coordinator_token);
  EXPECT_EQ(repair.status, 409) << repair.text;
}

TEST_F(LiveRepair, BadReportsAre400NamingTheFieldAndChangeNothing) {
  const std::vector<std::pair<Json, std::string>> bad = {
      {Json::object(), "cause"},
      {{{"cause", "flu"}}, "cause"},
      {{{"cause", "no_show"}}, "cause"},
      {{{"cause", 3}}, "cause"},
      {{{"cause", "sick"}, {"from", "tomorrow"}}, "from"},
      {{{"cause", "sick"}, {"from", simulated_date(-1)}}, "from"},
      {{{"cause", "sick"}, {"from", simulated_date(2)}, {"to", simulated_date(1)}}, "to"},
      {{{"cause", "absent"}, {"from", today}, {"to", simulated_date(14)}}, "to"},
      {{{"cause", "sick"}, {"until", today}}, "until"},
  };
  const std::string coordinator_path = "/v1/caregivers/" + std::to_string(anna.id) + "/absence";
  for (const auto& [body, field] : bad) {
    for (const auto& [path, token] : {std::pair{std::string("/v1/my/absence"), anna.token},
                                      std::pair{coordinator_path, org.coordinator_token}}) {
      auto r = api.post(path, body, token);
      EXPECT_EQ(r.status, 400) << path << " " << body << ": " << r.text;
      EXPECT_EQ(r.body.value("field", ""), field) << path << " " << body << ": " << r.text;
    }
  }
  auto repair = api.post("/v1/plans", {{"from", today}, {"to", today}, {"mode", "review"}, {"repair", "yes"}},
                         org.coordinator_token);
  EXPECT_EQ(repair.status, 400);
  EXPECT_EQ(repair.body.value("field", ""), "repair");
  EXPECT_EQ(task(first)["status"], "claimed");
  EXPECT_EQ(task(second)["status"], "claimed");
  EXPECT_EQ(api.get("/v1/my/tasks", anna.token).body["items"].size(), 2u);
  auto availability = api.get("/v1/caregivers/" + std::to_string(anna.id) + "/availability", anna.token);
  ASSERT_EQ(availability.status, 200) << availability.text;
  EXPECT_TRUE(availability.body["one_off"].empty()) << availability.text;
}

}  // namespace
}  // namespace carecrowd::testing
