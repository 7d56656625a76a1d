#include <gtest/gtest.h>

#include <set>

#include "MarketWorld.h"

namespace carecrowd::testing {
namespace {

struct MarketFixture : ::testing::Test {
  explicit MarketFixture(std::vector<std::string> args = {}) : server(std::move(args)) {}
  TestServer server;
  Api api = server.api();
  std::string admin = api.login(kAdminEmail, kAdminPassword);
  Organisation org = make_organisation(api, admin, "Buurtzorg Test");
  std::int64_t client = make_client(api, org.coordinator_token, "Mevrouw Visser");

  Reply feed(const Caregiver& c, const std::string& query = "") { return api.get("/v1/feed" + query, c.token); }
  Reply claim(const Caregiver& c, std::int64_t task) {
    return api.post("/v1/tasks/" + std::to_string(task) + "/claim", Json::object(), c.token);
  }
  Json task(std::int64_t id) { return api.get("/v1/tasks/" + std::to_string(id), org.coordinator_token).body; }
};

TEST_F(MarketFixture, FeedShowsOnlyTasksOfTheCaregiversLevelAndOrganisations) {
  auto other_org = make_organisation(api, admin, "Zorg Elders");
  const auto elsewhere = make_client(api, other_org.coordinator_token, "Meneer Elders");
  auto tasks = arrange(api, org.coordinator_token, client, tomorrow_at(9),
                       {visit_at("easy", tomorrow_at(9), 60, 30, 2), visit_at("hard", tomorrow_at(13), 60, 30, 5)});
  ASSERT_EQ(tasks.size(), 2u);
  const auto foreign = one_visit(api, other_org.coordinator_token, elsewhere, tomorrow_at(16), 60, 30, 1);
  auto nurse = make_caregiver(api, "nurse@example.test", "Nadia Nurse", 3, {org.id});
  auto r = feed(nurse);
  ASSERT_EQ(r.status, 200) << r.text;
  const auto ids = feed_ids(r);
  EXPECT_TRUE(contains(ids, tasks[0]));
  EXPECT_FALSE(contains(ids, tasks[1]));  // level 5
  EXPECT_FALSE(contains(ids, foreign));   // an organisation she does not work for
  EXPECT_EQ(claim(nurse, tasks[1]).status, 403);
  EXPECT_EQ(claim(nurse, foreign).status, 404);
}

TEST_F(MarketFixture, FeedItemsCarryNoClientDetails) {
  const auto t = one_visit(api, org.coordinator_token, client, tomorrow_at(10), 60, 30, 1);
  auto c = make_caregiver(api, "otto@example.test", "Otto", 2, {org.id});
  auto r = feed(c);
  ASSERT_EQ(r.status, 200);
  ASSERT_TRUE(contains(feed_ids(r), t));
  for (const char* secret : {"Visser", "Teststraat", "notes of", "client_id", "5.1214", "52.0907"}) {
    EXPECT_EQ(r.text.find(secret), std::string::npos) << secret << " in " << r.text;
  }
  // What the task asks (level, certificates) is shown before a claim; who it is for is not.
  const std::set<std::string> allowed{"id",       "type",     "mode",           "window",   "duration_minutes",
                                      "level",    "certificates", "pay_cents", "area",    "distance_metres",
                                      "extra_travel_minutes", "urgent",   "continuity", "double_staffed",
                                      "organisation", "area_bounds"};
  for (const auto& item : r.body["items"]) {
    for (auto it = item.begin(); it != item.end(); ++it) EXPECT_TRUE(allowed.count(it.key())) << it.key();
    EXPECT_EQ(item["area"], "3511");
    // Where the map is centred: the grid cell of about a square kilometre holding the home, not the home.
    EXPECT_EQ(item["area_bounds"], (Json{{"south", 52.09}, {"west", 5.115}, {"north", 52.1}, {"east", 5.13}}));
    EXPECT_EQ(item["level"], 1);
    EXPECT_EQ(item["certificates"], Json::array());
    // Whose task it is (a freelancer may work for several organisations), and nothing more of it.
    EXPECT_EQ(item["organisation"]["id"], org.id);
    EXPECT_EQ(item["organisation"].size(), 2u);
  }
}

TEST_F(MarketFixture, OnlyVerifiedUnexpiredCertificatesUnlockTasks) {
  const LocalMinute day1 = tomorrow_at(10), day2 = day1 + kMinutesPerDay;
  const auto t1 = one_visit(api, org.coordinator_token, client, day1, 60, 20, 3, {"injection"});
  const auto other = make_client(api, org.coordinator_token, "Meneer Prins");
  const auto t2 = one_visit(api, org.coordinator_token, other, day2, 60, 20, 3, {"injection"});
  auto c = make_caregiver(api, "pia@example.test", "Pia", 3, {org.id});
  EXPECT_FALSE(contains(feed_ids(feed(c)), t1));
  // Valid through tomorrow only.
  const auto path = "/v1/caregivers/" + std::to_string(c.id) + "/certificates";
  ASSERT_EQ(api.post(path, certificate_upload("injection", format_date(day1 / kMinutesPerDay)), c.token).status, 201);
  EXPECT_FALSE(contains(feed_ids(feed(c)), t1)) << "an unverified certificate unlocks nothing";
  EXPECT_EQ(claim(c, t1).status, 403);
  ASSERT_EQ(verify_certificate(api, org.admin_token, c.id, "injection").status, 200);
  const auto ids = feed_ids(feed(c));
  EXPECT_TRUE(contains(ids, t1));
  EXPECT_FALSE(contains(ids, t2)) << "expired by the day after tomorrow";
  EXPECT_EQ(claim(c, t2).status, 403);
  EXPECT_EQ(claim(c, t1).status, 200);
}

TEST_F(MarketFixture, FeedRespectsPublishedAvailability) {
  const auto morning = one_visit(api, org.coordinator_token, client, tomorrow_at(9), 60, 30, 1);
  const auto other = make_client(api, org.coordinator_token, "Meneer Avond");
  const auto evening = one_visit(api, org.coordinator_token, other, tomorrow_at(20), 60, 30, 1);
  auto c = make_caregiver(api, "quinten@example.test", "Quinten", 2, {org.id});
  const auto path = "/v1/caregivers/" + std::to_string(c.id) + "/availability";
  Json week = Json::array();
  for (const char* day : {"mo", "tu", "we", "th", "fr", "sa", "su"}) {
    week.push_back({{"weekday", day}, {"from", "08:00"}, {"to", "18:00"}});
  }
  ASSERT_EQ(api.put(path, {{"recurring", week}}, c.token).status, 200);
  auto ids = feed_ids(feed(c));
  EXPECT_TRUE(contains(ids, morning));
  EXPECT_FALSE(contains(ids, evening));
  EXPECT_EQ(claim(c, evening).status, 409);
  // A day off overrides the weekly pattern.
  const std::string tomorrow = format_date(tomorrow_at(0) / kMinutesPerDay);
  ASSERT_EQ(api.put(path, {{"recurring", week},
                           {"one_off", {{{"date", tomorrow}, {"from", "00:00"}, {"to", "24:00"}, {"available", false}}}}},
                    c.token).status, 200);
  EXPECT_FALSE(contains(feed_ids(feed(c)), morning));
  // With no availability at all there is nothing to offer.
  ASSERT_EQ(api.put(path, Json::object(), c.token).status, 200);
  EXPECT_TRUE(feed(c).body["items"].empty());
}

TEST_F(MarketFixture, TasksThatOverlapAClaimedOneIncludingTravelLeaveTheFeed) {
  // Visser in the centre; Overvecht about 3 km north: some 15 minutes by bike.
  const auto far = make_client(api, org.coordinator_token, "Meneer Noord", 52.1160, 5.1160, "3563 AB");
  const auto near = make_client(api, org.coordinator_token, "Mevrouw Buur", 52.0907, 5.1214, "3511 AC");
  const auto first = one_visit(api, org.coordinator_token, client, tomorrow_at(10), 0, 60, 1);
  const auto right_after_far = one_visit(api, org.coordinator_token, far, tomorrow_at(11), 0, 30, 1);
  const auto right_after_near = one_visit(api, org.coordinator_token, near, tomorrow_at(11), 0, 30, 1);
  auto c = make_caregiver(api, "rosa@example.test", "Rosa", 2, {org.id});
  auto before = feed_ids(feed(c));
  EXPECT_TRUE(contains(before, right_after_far));
  ASSERT_EQ(claim(c, first).status, 200);
  auto after = feed(c);
  auto ids = feed_ids(after);
  EXPECT_FALSE(contains(ids, first));
  EXPECT_FALSE(contains(ids, right_after_far)) << "no time to cycle 3 km between 11:00 and 11:00";
  EXPECT_TRUE(contains(ids, right_after_near));
  auto refused = claim(c, right_after_far);
  EXPECT_EQ(refused.status, 409);
  EXPECT_NE(refused.body.value("detail", "").find("travel"), std::string::npos) << refused.text;
  // The neighbour's visit adds no travel: she is next door.
  for (const auto& item : after.body["items"]) {
    if (item["id"] == right_after_near) {
      EXPECT_EQ(item["extra_travel_minutes"], 0);
    }
  }
}

// A short visit fits before a long one with an earlier window; the day keeps that order (each
// claim stores the planned starts), so a later claim is judged against the day as it will be done.
TEST_F(MarketFixture, AShortVisitGoesBeforeALongerOneAndTheDayKeepsThatOrder) {
  const auto neighbour = make_client(api, org.coordinator_token, "Mevrouw Buur", 52.0907, 5.1214, "3511 AC");
  const auto long_visit = one_visit(api, org.coordinator_token, client, tomorrow_at(8), 240, 180, 1);
  const auto short_visit = one_visit(api, org.coordinator_token, neighbour, tomorrow_at(9), 30, 30, 1);
  const auto across = make_client(api, org.coordinator_token, "Meneer Overkant", 52.0907, 5.1214, "3511 AD");
  const auto too_long = one_visit(api, org.coordinator_token, across, tomorrow_at(10), 60, 150, 1);
  auto c = make_caregiver(api, "kees@example.test", "Kees", 2, {org.id});
  ASSERT_EQ(claim(c, long_visit).status, 200);
  auto second = claim(c, short_visit);
  ASSERT_EQ(second.status, 200) << second.text;
  const std::string day = format_date(tomorrow_at(9) / kMinutesPerDay);
  auto mine = api.get("/v1/my/tasks?from=" + day + "&to=" + day, c.token);
  ASSERT_EQ(mine.status, 200) << mine.text;
  const auto& items = mine.body["items"];
  ASSERT_EQ(items.size(), 2U);
  Json first_item, second_item;
  for (const auto& item : items) (item["id"] == short_visit ? first_item : second_item) = item;
  EXPECT_EQ(first_item["planned_start"], format_local_time(tomorrow_at(9)));
  EXPECT_EQ(second_item["planned_start"], format_local_time(tomorrow_at(9, 30)));
  // The long visit now starts at 09:30 and may start until 12:00: two and a half hours more at
  // 10:00 would push it past that.
  EXPECT_EQ(claim(c, too_long).status, 409);
}

TEST_F(MarketFixture, FeedRanksLessExtraTravelFirstAndPages) {
  const auto far = make_client(api, org.coordinator_token, "Meneer Ver", 52.1160, 5.1160, "3563 AB");
  const auto early = one_visit(api, org.coordinator_token, far, tomorrow_at(8), 60, 30, 1);
  const auto late = one_visit(api, org.coordinator_token, client, tomorrow_at(15), 60, 30, 1);
  auto c = make_caregiver(api, "sem@example.test", "Sem", 2, {org.id});
  auto ids = feed_ids(feed(c));
  ASSERT_GE(ids.size(), 2u);
  // Home is at Visser's: her visit costs no travel and comes before the earlier one 3 km away.
  EXPECT_EQ(ids[0], late);
  EXPECT_EQ(ids[1], early);
  auto first_page = feed(c, "?limit=1");
  ASSERT_EQ(first_page.body["items"].size(), 1u);
  ASSERT_TRUE(first_page.body.contains("next_after"));
  auto second_page = feed(c, "?limit=1&after=" + first_page.body["next_after"].dump());
  ASSERT_EQ(second_page.body["items"].size(), 1u);
  EXPECT_EQ(second_page.body["items"][0]["id"], early);
  EXPECT_EQ(feed(c, "?from=2020-01-02&to=2020-01-01").status, 400);
}

TEST_F(MarketFixture, FeedRanksClientsTheCaregiverKnowsFirst) {
  const auto neighbour = make_client(api, org.coordinator_token, "Meneer Naast");  // same place as Visser
  const auto stranger_early = one_visit(api, org.coordinator_token, neighbour, tomorrow_at(9), 60, 30, 1);
  auto visser = arrange(api, org.coordinator_token, client, tomorrow_at(15),
                        {visit_at("afternoon", tomorrow_at(15), 60, 30, 1)});
  const auto known_later = visser.at(0);
  const auto held = one_visit(api, org.coordinator_token, client, tomorrow_at(15) + kMinutesPerDay, 60, 30, 1);
  auto c = make_caregiver(api, "sanne@example.test", "Sanne", 2, {org.id});
  EXPECT_EQ(feed_ids(feed(c)), (std::vector<std::int64_t>{stranger_early, known_later, held}));
  ASSERT_EQ(claim(c, held).status, 200);
  auto ranked = feed(c);
  EXPECT_EQ(feed_ids(ranked), (std::vector<std::int64_t>{known_later, stranger_early}));
  EXPECT_EQ(ranked.body["items"][0]["continuity"], true);
  EXPECT_EQ(ranked.body["items"][1]["continuity"], false);
}

TEST_F(MarketFixture, ADoubleStaffedVisitNeedsTwoDifferentCaregivers) {
  auto slots = arrange(api, org.coordinator_token, client, tomorrow_at(9),
                       {visit_at("hoist", tomorrow_at(9), 30, 45, 2, {}, 2)});
  ASSERT_EQ(slots.size(), 2u);
  auto a = make_caregiver(api, "tom@example.test", "Tom", 2, {org.id});
  auto b = make_caregiver(api, "uma@example.test", "Uma", 2, {org.id});
  auto offered = feed(a);
  ASSERT_EQ(offered.body["items"].size(), 1u) << "a double-staffed visit is offered once";
  EXPECT_EQ(offered.body["items"][0]["double_staffed"], true);
  ASSERT_EQ(claim(a, slots[0]).status, 200);
  auto second = claim(a, slots[1]);
  EXPECT_EQ(second.status, 409);
  EXPECT_TRUE(feed(a).body["items"].empty());
  EXPECT_TRUE(contains(feed_ids(feed(b)), slots[1]));
  EXPECT_EQ(claim(b, slots[1]).status, 200);
}

TEST_F(MarketFixture, MaximumHoursPerWeekAreRespected) {
  auto tasks = arrange(api, org.coordinator_token, client, tomorrow_at(9),
                       {visit_at("morning", tomorrow_at(9), 30, 45, 1), visit_at("evening", tomorrow_at(18), 30, 45, 1)});
  ASSERT_EQ(tasks.size(), 2u);
  auto c = make_caregiver(api, "vince@example.test", "Vince", 2, {org.id}, "freelancer", 1);
  ASSERT_EQ(claim(c, tasks[0]).status, 200);
  auto refused = claim(c, tasks[1]);
  EXPECT_EQ(refused.status, 409);
  EXPECT_NE(refused.body.value("detail", "").find("maximum"), std::string::npos) << refused.text;
  EXPECT_FALSE(contains(feed_ids(feed(c)), tasks[1]));
}

TEST_F(MarketFixture, VolunteersSeeOnlyLevelZeroTasks) {
  auto tasks = arrange(api, org.coordinator_token, client, tomorrow_at(9),
                       {visit_at("walk", tomorrow_at(9), 60, 60, 0), visit_at("wash", tomorrow_at(14), 60, 30, 1)});
  auto v = make_caregiver(api, "wim@example.test", "Wim", 0, {org.id}, "volunteer");
  auto ids = feed_ids(feed(v));
  EXPECT_TRUE(contains(ids, tasks[0]));
  EXPECT_FALSE(contains(ids, tasks[1]));
}

TEST_F(MarketFixture, CheckInOpensAnHourBeforeTheWindowAndCheckOutFinishesTheTask) {
  const LocalMinute now = simulated_now();
  const auto soon = one_visit(api, org.coordinator_token, client, now + 30, 30, 20, 1);
  const auto other = make_client(api, org.coordinator_token, "Meneer Later");
  const auto later = one_visit(api, org.coordinator_token, other, now + 240, 30, 20, 1);
  auto c = make_caregiver(api, "xandra@example.test", "Xandra", 2, {org.id});
  ASSERT_EQ(claim(c, soon).status, 200);
  ASSERT_EQ(claim(c, later).status, 200);
  const auto in_path = [](std::int64_t t) { return "/v1/tasks/" + std::to_string(t) + "/check-in"; };
  const auto out_path = [](std::int64_t t) { return "/v1/tasks/" + std::to_string(t) + "/check-out"; };
  EXPECT_EQ(api.post(in_path(later), Json::object(), c.token).status, 409);
  EXPECT_EQ(api.post(out_path(soon), Json::object(), c.token).status, 409) << "check in first";
  auto stranger = make_caregiver(api, "yara@example.test", "Yara", 2, {org.id});
  EXPECT_EQ(api.post(in_path(soon), Json::object(), stranger.token).status, 404);
  auto in = api.post(in_path(soon), Json::object(), c.token);
  ASSERT_EQ(in.status, 200) << in.text;
  EXPECT_FALSE(in.body["check_in"].is_null());
  EXPECT_EQ(api.post(in_path(soon), Json::object(), c.token).status, 409);
  EXPECT_EQ(api.post(out_path(soon), {{"at", format_local_time(now - 10)}}, c.token).status, 409);
  EXPECT_EQ(api.post(out_path(soon), {{"at", "yesterday"}}, c.token).status, 400);
  auto out = api.post(out_path(soon), Json(), c.token);
  ASSERT_EQ(out.status, 200) << out.text;
  EXPECT_EQ(out.body["status"], "done");
  EXPECT_EQ(task(soon)["status"], "done");
}

TEST_F(MarketFixture, LeavingAnOrganisationWaitsUntilItsTasksAreGivenBack) {
  const auto t = one_visit(api, org.coordinator_token, client, simulated_now() + 3 * kMinutesPerDay, 60, 30, 1);
  auto c = make_caregiver(api, "zeger@example.test", "Zeger", 2, {org.id});
  ASSERT_EQ(claim(c, t).status, 200);
  const auto leave = "/v1/caregivers/" + std::to_string(c.id) + "/organisations/" + std::to_string(org.id);
  EXPECT_EQ(api.del(leave, c.token).status, 409);
  ASSERT_EQ(api.post("/v1/tasks/" + std::to_string(t) + "/release", Json::object(), c.token).status, 200);
  EXPECT_EQ(api.del(leave, c.token).status, 200);
}

TEST_F(MarketFixture, AClientSeesUpcomingVisitsWithTheFirstNameOfWhoIsComing) {
  auto tasks = arrange(api, org.coordinator_token, client, tomorrow_at(9),
                       {visit_at("wash", tomorrow_at(9), 60, 30, 1),
                        [] {
                          auto call = visit_at("call", tomorrow_at(14), 30, 15, 1);
                          call["mode"] = "digital";
                          return call;
                        }()});
  ASSERT_EQ(tasks.size(), 2u);
  ASSERT_EQ(api.post("/v1/organisations/" + std::to_string(org.id) + "/users",
                     {{"email", "dochter@example.test"}, {"name", "Dochter Visser"}, {"password", "family-pass"},
                      {"role", "client"}, {"client_id", client}},
                     org.admin_token).status, 201);
  const auto family = api.login("dochter@example.test", "family-pass");
  auto c = make_caregiver(api, "annelies@example.test", "Annelies van Dam", 2, {org.id});
  ASSERT_EQ(claim(c, tasks[0]).status, 200);
  auto visits = api.get("/v1/my/visits", family);
  ASSERT_EQ(visits.status, 200) << visits.text;
  ASSERT_EQ(visits.body["items"].size(), 2u);
  EXPECT_EQ(visits.body["items"][0]["caregiver"], "Annelies");
  EXPECT_EQ(visits.text.find("van Dam"), std::string::npos);
  EXPECT_TRUE(visits.body["items"][1]["caregiver"].is_null());
  EXPECT_EQ(visits.body["items"][1]["digital"], true);
  EXPECT_EQ(api.get("/v1/my/visits", c.token).status, 403);
  auto log = api.get("/v1/audit?client_id=" + std::to_string(client), org.admin_token);
  ASSERT_EQ(log.status, 200);
  bool logged = false;
  for (const auto& e : log.body["items"]) logged = logged || e["event"] == "client.visits_read";
  EXPECT_TRUE(logged);
}

struct ShortNotice : MarketFixture {
  ShortNotice() : MarketFixture({"--release-notice-hours", "1"}) {}
};

TEST_F(ShortNotice, ReleaseIsAllowedUntilTheNoticePeriodAndMakesTheTaskUrgent) {
  const LocalMinute now = simulated_now();
  const auto in_three_hours = one_visit(api, org.coordinator_token, client, now + 180, 30, 30, 1);
  const auto other = make_client(api, org.coordinator_token, "Meneer Gauw");
  const auto in_half_an_hour = one_visit(api, org.coordinator_token, other, now + 30, 30, 30, 1);
  auto c = make_caregiver(api, "bram@example.test", "Bram", 2, {org.id});
  auto d = make_caregiver(api, "cor@example.test", "Cor", 2, {org.id});
  ASSERT_EQ(claim(c, in_three_hours).status, 200);
  ASSERT_EQ(claim(c, in_half_an_hour).status, 200);
  EXPECT_EQ(api.post("/v1/tasks/" + std::to_string(in_three_hours) + "/release", Json::object(), d.token).status, 404);
  // The caregiver's own list says until when each may be given back: an hour before its window.
  auto mine = api.get("/v1/my/tasks", c.token);
  ASSERT_EQ(mine.status, 200) << mine.text;
  for (const auto& item : mine.body["items"]) {
    const auto window_start = parse_local_time(item["window"]["start"].get<std::string>(), "start");
    ASSERT_TRUE(window_start);
    EXPECT_EQ(item["release_until"], format_local_time(window_start.value() - 60)) << item.dump();
  }

  auto released = api.post("/v1/tasks/" + std::to_string(in_three_hours) + "/release", Json::object(), c.token);
  ASSERT_EQ(released.status, 200) << released.text;
  EXPECT_EQ(task(in_three_hours)["status"], "open");
  auto offered = feed(d);
  bool urgent = false;
  for (const auto& item : offered.body["items"]) urgent = urgent || (item["id"] == in_three_hours && item["urgent"] == true);
  EXPECT_TRUE(urgent) << offered.text;

  auto too_late = api.post("/v1/tasks/" + std::to_string(in_half_an_hour) + "/release", Json::object(), c.token);
  EXPECT_EQ(too_late.status, 409);
  const std::string detail = too_late.body.value("detail", "");
  EXPECT_NE(detail.find("1 hour"), std::string::npos) << detail;
  EXPECT_NE(detail.find("coordinator"), std::string::npos) << detail;
  EXPECT_EQ(task(in_half_an_hour)["caregiver_id"], c.id);

  // Claimed again, the task is no longer urgent.
  ASSERT_EQ(claim(d, in_three_hours).status, 200);
  EXPECT_EQ(task(in_three_hours)["urgent"], false);
}

}  // namespace
}  // namespace carecrowd::testing
