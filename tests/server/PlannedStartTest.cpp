// Planned times over HTTP: the coordinator's task list and the caregiver's own tasks say when each
// claimed visit starts as the caregiver's day is walked (with travel), counting the caregiver's
// visits for other organisations without showing them, and when a done visit started; and a
// coordinator moves a visit to another start (the board's drag to another time).
#include <gtest/gtest.h>

#include "MarketWorld.h"
#include "market/TravelTimes.h"

namespace carecrowd::testing {
namespace {

// Three places about a kilometre or two apart (lat, lon).
constexpr double kNorthLat = 52.1010, kNorthLon = 5.1190;
constexpr double kEastLat = 52.0890, kEastLon = 5.1370;
constexpr double kWestLat = 52.0905, kWestLon = 5.1000;

std::int64_t bike_seconds(double lat_a, double lon_a, double lat_b, double lon_b) {
  return market::TravelTimes(domain::TravelMode::bike)
      .between(domain::Point{lon_a, lat_a}, domain::Point{lon_b, lat_b})
      .get();
}

int minutes_up(std::int64_t seconds) { return static_cast<int>((seconds + 59) / 60); }

struct PlannedStarts : ::testing::Test {
  TestServer server;
  Api api = server.api();
  std::string admin = api.login(kAdminEmail, kAdminPassword);
  Organisation noord = make_organisation(api, admin, "Zorg Noord");
  Organisation oost = make_organisation(api, admin, "Zorg Oost");

  Json coordinator_task(const Organisation& org, std::int64_t id, const std::string& day) {
    auto list = api.get("/v1/tasks?from=" + day + "&to=" + day + "&limit=500", org.coordinator_token);
    EXPECT_EQ(list.status, 200) << list.text;
    for (const auto& t : list.body["items"]) {
      if (t["id"] == id) return t;
    }
    return Json();
  }
};

TEST_F(PlannedStarts, ClaimedVisitsStartWhereTheDayWalkPutsThemCountingOtherOrganisationsVisits) {
  const auto first_client = make_client(api, noord.coordinator_token, "Mevrouw Eerst", kNorthLat, kNorthLon);
  const auto last_client = make_client(api, noord.coordinator_token, "Meneer Laatst", kWestLat, kWestLon);
  const auto other_client = make_client(api, oost.coordinator_token, "Mevrouw Geheim Oost", kEastLat, kEastLon);
  const auto open_client = make_client(api, noord.coordinator_token, "Meneer Open", kWestLat, kWestLon);
  // 09:00 fixed at North, then Oost's visit in the East (start 09:30-09:45), then Noord's in the
  // West (09:30-12:00): the West visit fits only after the East one (before it, the East visit
  // would start late), so the walk goes North, East, West.
  const auto first = one_visit(api, noord.coordinator_token, first_client, tomorrow_at(9), 0, 30);
  const auto other = one_visit(api, oost.coordinator_token, other_client, tomorrow_at(9, 30), 15, 30);
  const auto last = one_visit(api, noord.coordinator_token, last_client, tomorrow_at(9, 30), 150, 30);
  const auto open = one_visit(api, noord.coordinator_token, open_client, tomorrow_at(14), 60, 30);
  auto carer = make_caregiver(api, "wim@example.test", "Wim Wandel", 3, {noord.id, oost.id});
  for (auto task : {first, other, last}) {
    auto claimed = api.post("/v1/tasks/" + std::to_string(task) + "/claim", Json::object(), carer.token);
    ASSERT_EQ(claimed.status, 200) << claimed.text;
  }
  const auto north_east = bike_seconds(kNorthLat, kNorthLon, kEastLat, kEastLon);
  const auto east_west = bike_seconds(kEastLat, kEastLon, kWestLat, kWestLon);
  ASSERT_GT(north_east, 60);
  ASSERT_LE(north_east, 15 * 60);  // the East visit can be reached in its window
  const LocalMinute other_start = tomorrow_at(9, 30) + minutes_up(north_east);
  const LocalMinute last_start = (tomorrow_at(9, 30) * 60 + north_east + 30 * 60 + east_west + 59) / 60;

  const std::string day = simulated_date(1);
  auto board = api.get("/v1/tasks?from=" + day + "&to=" + day + "&limit=500", noord.coordinator_token);
  ASSERT_EQ(board.status, 200) << board.text;
  // Oost's visit moves Noord's, but Noord never sees it.
  EXPECT_EQ(board.text.find("Geheim"), std::string::npos);
  EXPECT_EQ(board.body["items"].size(), 3U);
  const Json first_item = coordinator_task(noord, first, day);
  EXPECT_EQ(first_item["planned_start"], format_local_time(tomorrow_at(9)));
  EXPECT_TRUE(first_item["travel_minutes"].is_null());
  const Json last_item = coordinator_task(noord, last, day);
  EXPECT_EQ(last_item["planned_start"], format_local_time(last_start));
  EXPECT_EQ(last_item["travel_minutes"], minutes_up(east_west));
  const Json open_item = coordinator_task(noord, open, day);
  EXPECT_EQ(open_item["status"], "open");
  EXPECT_TRUE(open_item["planned_start"].is_null());
  EXPECT_TRUE(open_item["travel_minutes"].is_null());
  // One task: the same figures.
  auto one = api.get("/v1/tasks/" + std::to_string(last), noord.coordinator_token);
  EXPECT_EQ(one.body["planned_start"], format_local_time(last_start));

  // The caregiver's own day holds all three, each with its start and journey.
  auto mine = api.get("/v1/my/tasks?from=" + day + "&to=" + day, carer.token);
  ASSERT_EQ(mine.status, 200) << mine.text;
  ASSERT_EQ(mine.body["items"].size(), 3U);
  const Json& items = mine.body["items"];
  EXPECT_EQ(items[0]["id"], first);
  EXPECT_EQ(items[0]["planned_start"], format_local_time(tomorrow_at(9)));
  EXPECT_TRUE(items[0]["travel_minutes"].is_null());
  EXPECT_EQ(items[1]["id"], other);
  EXPECT_EQ(items[1]["planned_start"], format_local_time(other_start));
  EXPECT_EQ(items[1]["travel_minutes"], minutes_up(north_east));
  EXPECT_EQ(items[2]["id"], last);
  EXPECT_EQ(items[2]["planned_start"], format_local_time(last_start));
  EXPECT_EQ(items[2]["travel_minutes"], minutes_up(east_west));
}

TEST_F(PlannedStarts, ADoneVisitStartedAtItsCheckIn) {
  const auto client = make_client(api, noord.coordinator_token, "Mevrouw Klaar", kNorthLat, kNorthLon);
  const LocalMinute soon = simulated_now() + 30;
  const auto task = one_visit(api, noord.coordinator_token, client, soon, 60, 20);
  auto carer = make_caregiver(api, "kees@example.test", "Kees", 3, {noord.id});
  ASSERT_EQ(api.post("/v1/tasks/" + std::to_string(task) + "/claim", Json::object(), carer.token).status, 200);
  const std::string path = "/v1/tasks/" + std::to_string(task);
  auto in = api.post(path + "/check-in", Json::object(), carer.token);
  ASSERT_EQ(in.status, 200) << in.text;
  ASSERT_EQ(api.post(path + "/check-out", Json::object(), carer.token).status, 200);
  const Json item = coordinator_task(noord, task, format_date(soon / kMinutesPerDay));
  EXPECT_EQ(item["status"], "done");
  EXPECT_EQ(item["planned_start"], in.body["check_in"]);
  EXPECT_EQ(item["planned_start"], item["check_in"]);
  EXPECT_TRUE(item["travel_minutes"].is_null());
  auto mine = api.get("/v1/my/tasks?from=" + format_date(soon / kMinutesPerDay), carer.token);
  ASSERT_EQ(mine.body["items"].size(), 1U);
  EXPECT_EQ(mine.body["items"][0]["planned_start"], in.body["check_in"]);
}

TEST_F(PlannedStarts, ACoordinatorMovesAVisitToAnotherStartWithinItsWindowAndTheDayKeepsIt) {
  const auto client = make_client(api, noord.coordinator_token, "Mevrouw Verzet", kNorthLat, kNorthLon);
  const auto neighbour = make_client(api, noord.coordinator_token, "Meneer Buur", kNorthLat, kNorthLon);
  const auto task = one_visit(api, noord.coordinator_token, client, tomorrow_at(9), 180, 30);      // 09:00-12:00
  const auto early = one_visit(api, noord.coordinator_token, neighbour, tomorrow_at(9), 15, 30);   // 09:00-09:15
  auto carer = make_caregiver(api, "vera@example.test", "Vera Verzet", 3, {noord.id});
  for (auto t : {early, task}) {
    ASSERT_EQ(api.post("/v1/tasks/" + std::to_string(t) + "/claim", Json::object(), carer.token).status, 200);
  }
  const std::string path = "/v1/tasks/" + std::to_string(task) + "/assign";
  const std::string day = simulated_date(1);
  const Json before = coordinator_task(noord, task, day);
  ASSERT_FALSE(before["planned_start"].is_null());
  EXPECT_TRUE(before["fixed_start"].is_null());

  // During the 09:00 visit: the rule's refusal, with its reason; nothing changes.
  auto refused = api.post(path, {{"caregiver_id", carer.id}, {"start", format_local_time(tomorrow_at(9, 10))}},
                          noord.coordinator_token);
  EXPECT_EQ(refused.status, 409) << refused.text;
  EXPECT_EQ(refused.body["field"], "caregiver_id");
  EXPECT_EQ(refused.body["reason"],
            "Vera Verzet cannot take it (they would be told: the task overlaps your other tasks, counting travel between them)");
  EXPECT_EQ(coordinator_task(noord, task, day)["planned_start"], before["planned_start"]);

  // Outside the window, or not a time: 400 naming the start.
  for (const Json& start : {Json(format_local_time(tomorrow_at(8, 30))), Json(format_local_time(tomorrow_at(12, 5))),
                            Json("10:30"), Json(format_date(tomorrow_at(0) / kMinutesPerDay) + "T25:00"), Json(1030)}) {
    auto bad = api.post(path, {{"caregiver_id", carer.id}, {"start", start}}, noord.coordinator_token);
    EXPECT_EQ(bad.status, 400) << start.dump() << ": " << bad.text;
    EXPECT_EQ(bad.body["field"], "start") << start.dump() << ": " << bad.text;
  }
  auto unknown = api.post(path, {{"caregiver_id", carer.id}, {"begin", "10:30"}}, noord.coordinator_token);
  EXPECT_EQ(unknown.status, 400) << unknown.text;
  // Another organisation's coordinator: no such task.
  auto foreign = api.post(path, {{"caregiver_id", carer.id}, {"start", format_local_time(tomorrow_at(10, 30))}},
                          oost.coordinator_token);
  EXPECT_EQ(foreign.status, 404) << foreign.text;
  EXPECT_EQ(coordinator_task(noord, task, day)["planned_start"], before["planned_start"]);

  auto moved = api.post(path, {{"caregiver_id", carer.id}, {"start", format_local_time(tomorrow_at(10, 30))}},
                        noord.coordinator_token);
  ASSERT_EQ(moved.status, 200) << moved.text;
  EXPECT_EQ(moved.body["caregiver_id"], carer.id);
  EXPECT_EQ(moved.body["fixed_start"], format_local_time(tomorrow_at(10, 30)));
  const Json after = coordinator_task(noord, task, day);
  EXPECT_EQ(after["planned_start"], format_local_time(tomorrow_at(10, 30)));
  EXPECT_EQ(after["fixed_start"], format_local_time(tomorrow_at(10, 30)));
  // Her own day says the same.
  auto mine = api.get("/v1/my/tasks?from=" + day + "&to=" + day, carer.token);
  ASSERT_EQ(mine.status, 200) << mine.text;
  bool found = false;
  for (const auto& item : mine.body["items"]) {
    if (item["id"] != task) continue;
    found = true;
    EXPECT_EQ(item["planned_start"], format_local_time(tomorrow_at(10, 30)));
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace carecrowd::testing
