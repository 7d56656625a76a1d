#include <gtest/gtest.h>

#include <ctime>

#include "MarketWorld.h"
#include "TestServer.h"

namespace carecrowd::testing {
namespace {

Json daily_injection(const std::string& key = "morning") {
  return {{"key", key},
          {"type", "insulin injection"},
          {"rrule", "FREQ=DAILY"},
          {"window", {{"start", "07:30"}, {"end", "09:00"}}},
          {"duration_minutes", 20},
          {"level", 3},
          {"certificates", {"injection"}}};
}

std::string today() { return simulated_date(); }

struct CareFixture : ::testing::Test {
  TestServer server{{"--horizon-days", "14"}};
  Api api = server.api();
  std::string admin = api.login(kAdminEmail, kAdminPassword);
  Organisation org = make_organisation(api, admin, "Thuiszorg Noord");

  Reply tasks_of(std::int64_t client, const std::string& extra = "") {
    return api.get("/v1/tasks?client_id=" + std::to_string(client) + "&limit=500&to=2100-01-01" + extra,
                   org.coordinator_token);
  }
};

TEST_F(CareFixture, ArrangementMaterialisesOneTaskPerOccurrenceAndSlotForTheHorizon) {
  const auto client = make_client(api, org.coordinator_token, "Mevrouw Jansen");
  Json shower = {{"key", "shower"},
                 {"type", "shower with hoist"},
                 {"weekly", {{"days", {"mo", "th"}}}},
                 {"window", {{"start", "09:00"}, {"end", "11:00"}}},
                 {"duration_minutes", 45},
                 {"level", 2},
                 {"staff", 2}};
  auto r = api.post("/v1/clients/" + std::to_string(client) + "/arrangements",
                    {{"tasks", {daily_injection(), shower}}}, org.coordinator_token);
  ASSERT_EQ(r.status, 201) << r.text;
  // 14 days: 14 injections; Mondays and Thursdays in any 14 consecutive days: exactly 4, two slots each.
  EXPECT_EQ(r.body["tasks_created"], 14 + 4 * 2);
  auto tasks = tasks_of(client);
  ASSERT_EQ(tasks.status, 200);
  EXPECT_EQ(tasks.body["items"].size(), 22u);
  for (const auto& t : tasks.body["items"]) {
    EXPECT_EQ(t["status"], "open");
    EXPECT_EQ(t["area"], "3511");
  }
}

TEST_F(CareFixture, RestartDoesNotDuplicateTasks) {
  const auto client = make_client(api, org.coordinator_token, "Meneer Bakker");
  ASSERT_EQ(api.post("/v1/clients/" + std::to_string(client) + "/arrangements", {{"tasks", {daily_injection()}}},
                     org.coordinator_token).status, 201);
  const auto before = tasks_of(client).body["items"].size();
  server.stop();
  server.start();
  api = server.api();
  org.coordinator_token = api.login(org.coordinator_email, "coordinator-pass");
  EXPECT_EQ(tasks_of(client).body["items"].size(), before);
}

TEST_F(CareFixture, ChangingATaskReplacesOnlyItsFutureOpenTasks) {
  const auto client = make_client(api, org.coordinator_token, "Mevrouw Smit");
  Json evening = daily_injection("evening");
  evening["window"] = {{"start", "20:00"}, {"end", "21:00"}};
  auto created = api.post("/v1/clients/" + std::to_string(client) + "/arrangements",
                          {{"tasks", {daily_injection(), evening}}}, org.coordinator_token);
  ASSERT_EQ(created.status, 201);
  const auto id = created.body["id"].get<std::int64_t>();
  Json later = daily_injection();
  later["window"] = {{"start", "08:00"}, {"end", "09:30"}};
  auto updated = api.put("/v1/arrangements/" + std::to_string(id), {{"tasks", {later, evening}}}, org.coordinator_token);
  ASSERT_EQ(updated.status, 200) << updated.text;
  EXPECT_TRUE(updated.body["conflicts"].empty());
  auto open = tasks_of(client, "&status=open").body["items"];
  int morning = 0, night = 0;
  for (const auto& t : open) {
    if (t["day"] == today()) continue;  // today's tasks may have started: history, left as they were
    const std::string start = t["window"]["start"];
    if (start.substr(11) == "08:00") ++morning;
    if (start.substr(11) == "20:00") ++night;
    EXPECT_NE(start.substr(11), "07:30") << "old version of a changed task is still open";
  }
  EXPECT_GE(morning, 13);  // today's may already have passed
  EXPECT_GE(night, 13);
}

TEST_F(CareFixture, AClaimedOldVersionServesItsDayUntilTheCoordinatorReopensIt) {
  const auto client = make_client(api, org.coordinator_token, "Mevrouw de Wit");
  const auto caregiver = make_caregiver(api, "wit-carer@example.org", "Sanne Bos", 2, {org.id});
  const LocalMinute start = tomorrow_at(10);
  const std::string day = format_date(start / kMinutesPerDay);
  const std::string path = "/v1/clients/" + std::to_string(client) + "/arrangements";
  auto created = api.post(path, {{"valid_from", day}, {"valid_to", day}, {"tasks", {visit_at("help", start, 60, 30)}}},
                          org.coordinator_token);
  ASSERT_EQ(created.status, 201) << created.text;
  const auto day_tasks = [&] {
    return api.get("/v1/tasks?client_id=" + std::to_string(client) + "&from=" + day + "&to=" + day,
                   org.coordinator_token).body["items"];
  };
  const auto claimed_id = day_tasks().at(0)["id"].get<std::int64_t>();
  ASSERT_EQ(api.post("/v1/tasks/" + std::to_string(claimed_id) + "/claim", Json::object(), caregiver.token).status, 200);

  // Longer visits from now on: the caregiver's claim stands and is reported; no second visit that day.
  auto updated = api.put("/v1/arrangements/" + created.body["id"].dump(),
                         {{"valid_from", day}, {"valid_to", day}, {"tasks", {visit_at("help", start, 60, 45)}}},
                         org.coordinator_token);
  ASSERT_EQ(updated.status, 200) << updated.text;
  ASSERT_EQ(updated.body["conflicts"].size(), 1u);
  EXPECT_EQ(updated.body["conflicts"][0]["id"], claimed_id);
  EXPECT_EQ(updated.body["tasks_created"], 0);
  auto tasks = day_tasks();
  ASSERT_EQ(tasks.size(), 1u) << tasks.dump();
  EXPECT_EQ(tasks[0]["status"], "claimed");
  EXPECT_EQ(tasks[0]["duration_minutes"], 30);

  // The coordinator applies the change on that day: the old version goes, the new one is open.
  auto reopened = api.post("/v1/tasks/" + std::to_string(claimed_id) + "/reopen", Json::object(), org.coordinator_token);
  ASSERT_EQ(reopened.status, 200) << reopened.text;
  EXPECT_EQ(reopened.body["status"], "cancelled");
  std::vector<Json> live;
  for (const auto& t : day_tasks()) {
    if (t["status"] != "cancelled") live.push_back(t);
  }
  ASSERT_EQ(live.size(), 1u);
  EXPECT_EQ(live[0]["status"], "open");
  EXPECT_EQ(live[0]["duration_minutes"], 45);
  // Materialising again (a restart) adds nothing.
  server.stop();
  server.start();
  api = server.api();
  org.coordinator_token = api.login(org.coordinator_email, "coordinator-pass");
  EXPECT_EQ(day_tasks().size(), 2u);  // the cancelled old version and the open new one
}

TEST_F(CareFixture, EndingAnArrangementCancelsItsFutureTasks) {
  const auto client = make_client(api, org.coordinator_token, "Meneer de Boer");
  auto created = api.post("/v1/clients/" + std::to_string(client) + "/arrangements", {{"tasks", {daily_injection()}}},
                          org.coordinator_token);
  const auto id = created.body["id"].get<std::int64_t>();
  auto ended = api.del("/v1/arrangements/" + std::to_string(id), org.coordinator_token);
  ASSERT_EQ(ended.status, 200) << ended.text;
  auto open = tasks_of(client, "&status=open").body["items"];
  EXPECT_LE(open.size(), 1u);  // at most today's
}

TEST_F(CareFixture, BadArrangementsNameTheFieldAndStoreNothing) {
  const auto client = make_client(api, org.coordinator_token, "Mevrouw Visser");
  const std::string path = "/v1/clients/" + std::to_string(client) + "/arrangements";
  struct Case {
    Json task;
    std::string field;
  };
  Json bad_rule = daily_injection();
  bad_rule["rrule"] = "FREQ=HOURLY";
  Json bad_window = daily_injection();
  bad_window["window"]["end"] = "06:00";
  Json bad_cert = daily_injection();
  bad_cert["certificates"] = {"brain-surgery"};
  Json bad_level = daily_injection();
  bad_level["level"] = 9;
  Json bad_type = daily_injection();
  bad_type["duration_minutes"] = "twenty";
  for (const auto& c : std::vector<Case>{{bad_rule, "tasks[0].rrule"},
                                         {bad_window, "tasks[0].window"},
                                         {bad_cert, "tasks[0].certificates[0]"},
                                         {bad_level, "tasks[0].level"},
                                         {bad_type, "tasks[0].duration_minutes"}}) {
    auto r = api.post(path, {{"tasks", {c.task}}}, org.coordinator_token);
    EXPECT_EQ(r.status, 400) << r.text;
    EXPECT_EQ(r.content_type, "application/problem+json");
    EXPECT_EQ(r.body.value("field", ""), c.field) << r.text;
  }
  EXPECT_TRUE(tasks_of(client).body["items"].empty());
  EXPECT_TRUE(api.get(path, org.coordinator_token).body["items"].empty());
}

TEST_F(CareFixture, BoardCountsOpenTasksPerDayAndFlagsThoseStartingSoon) {
  const auto client = make_client(api, org.coordinator_token, "Meneer Mulder");
  ASSERT_EQ(api.post("/v1/clients/" + std::to_string(client) + "/arrangements", {{"tasks", {daily_injection()}}},
                     org.coordinator_token).status, 201);
  auto board = api.get("/v1/board", org.coordinator_token);
  ASSERT_EQ(board.status, 200) << board.text;
  ASSERT_EQ(board.body["days"].size(), 7u);
  std::int64_t open = 0;
  for (const auto& d : board.body["days"]) open += d["open"].get<std::int64_t>();
  EXPECT_GE(open, 6);
  // Open tasks within the next 24 hours are at risk: tomorrow's 07:30 task always is or today's is.
  EXPECT_FALSE(board.body["at_risk"].empty());
}

TEST_F(CareFixture, ClientCreationValidatesPostcodeAndCoordinates) {
  auto r = api.post("/v1/clients", {{"name", "X"}, {"address", "Y 1"}, {"postcode", "ABCD 12"}, {"lat", 52.1}, {"lon", 5.1}},
                    org.coordinator_token);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body["field"], "postcode");
  r = api.post("/v1/clients", {{"name", "X"}, {"address", "Y 1"}, {"postcode", "3511AB"}, {"lat", 40.0}, {"lon", 5.1}},
               org.coordinator_token);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body["field"], "lat");
  EXPECT_TRUE(api.get("/v1/clients", org.coordinator_token).body["items"].empty());
}

}  // namespace
}  // namespace carecrowd::testing
