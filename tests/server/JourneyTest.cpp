// Blended journeys over HTTP: an arrangement with a contingent line, a video contact checked out as
// not reached, the urgent physical visit it calls for, and the journey as the coordinator and the
// family read it; bad input on every new field.
#include <gtest/gtest.h>

#include "MarketWorld.h"
#include "TestServer.h"

namespace carecrowd::testing {
namespace {

struct JourneyFixture : ::testing::Test {
  TestServer server;
  Api api = server.api();
  std::string admin = api.login(kAdminEmail, kAdminPassword);
  Organisation org = make_organisation(api, admin, "Thuiszorg Journey");
  std::int64_t client = make_client(api, org.coordinator_token, "Meneer Dekker");

  static Json video_at(LocalMinute start) {
    Json video = visit_at("video", start, 60, 15, 1);
    video["mode"] = "digital";
    return video;
  }
  static Json switch_line() {
    return {{"key", "visit-if-missed"},
            {"type", "home visit"},
            {"switch", {{"from", "video"}, {"on", {"missed"}}, {"within_minutes", 240}}},
            {"duration_minutes", 30},
            {"level", 1},
            {"mode", "physical"}};
  }
  std::string journey_path() const { return "/v1/clients/" + std::to_string(client) + "/journey"; }
};

TEST_F(JourneyFixture, AVideoContactNotReachedBecomesAnUrgentVisitOnTheJourney) {
  const LocalMinute now = simulated_now();
  auto ids = arrange(api, org.coordinator_token, client, now, {video_at(now + 5), switch_line()});
  ASSERT_EQ(ids.size(), 1u) << "the contingent line makes no task of its own";
  const auto video = ids[0];
  // The arrangement shows the line with its switch and without a rule or window.
  auto arrangements = api.get("/v1/clients/" + std::to_string(client) + "/arrangements", org.coordinator_token);
  ASSERT_EQ(arrangements.status, 200) << arrangements.text;
  const Json& line = arrangements.body["items"][0]["tasks"][1];
  EXPECT_EQ(line["switch"]["from"], "video");
  EXPECT_EQ(line["switch"]["on"], Json::array({"missed"}));
  EXPECT_EQ(line["switch"]["within_minutes"], 240);
  EXPECT_TRUE(line["rrule"].is_null());
  EXPECT_TRUE(arrangements.body["items"][0]["tasks"][0]["switch"].is_null());

  auto nurse = make_caregiver(api, "ilse@example.test", "Ilse de Wit", 3, {org.id});
  const std::string path = "/v1/tasks/" + std::to_string(video);
  ASSERT_EQ(api.post(path + "/claim", Json::object(), nurse.token).status, 200);
  EXPECT_EQ(api.post(path + "/check-in", {{"outcome", "done"}}, nurse.token).status, 400) << "check-in takes no outcome";
  ASSERT_EQ(api.post(path + "/check-in", Json(), nurse.token).status, 200);
  auto bad = api.post(path + "/check-out", {{"outcome", "late"}}, nurse.token);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.body["field"], "outcome") << bad.text;
  EXPECT_EQ(api.post(path + "/check-out", {{"outcome", 3}}, nurse.token).status, 400);
  auto out = api.post(path + "/check-out", {{"outcome", "not_reached"}}, nurse.token);
  ASSERT_EQ(out.status, 200) << out.text;

  auto step = api.get(path, org.coordinator_token);
  ASSERT_EQ(step.status, 200);
  EXPECT_EQ(step.body["outcome"], "not_reached");
  ASSERT_TRUE(step.body["follow_up_task_id"].is_number()) << step.text;
  const auto visit_id = step.body["follow_up_task_id"].get<std::int64_t>();
  auto visit = api.get("/v1/tasks/" + std::to_string(visit_id), org.coordinator_token);
  ASSERT_EQ(visit.status, 200);
  EXPECT_EQ(visit.body["mode"], "physical");
  EXPECT_EQ(visit.body["status"], "open");
  EXPECT_EQ(visit.body["urgent"], true);

  // Another caregiver finds it in their feed.
  auto bram = make_caregiver(api, "bram@example.test", "Bram Bos", 2, {org.id});
  auto feed = api.get("/v1/feed", bram.token);
  ASSERT_EQ(feed.status, 200);
  bool offered = false;
  for (const auto& item : feed.body["items"]) offered = offered || item.at("id") == visit_id;
  EXPECT_TRUE(offered) << feed.text;

  // The coordinator's journey: both steps, the visit standing in for the video contact.
  auto journey = api.get(journey_path(), org.coordinator_token);
  ASSERT_EQ(journey.status, 200) << journey.text;
  bool linked = false;
  for (const auto& s : journey.body["steps"]) {
    if (s["task_id"] == visit_id) linked = s["stands_in_for"] == Json::array({video});
    if (s["task_id"] == video) {
      EXPECT_EQ(s["caregiver"], "Ilse de Wit");
    }
  }
  EXPECT_TRUE(linked) << journey.text;

  // The family's: the same steps, caregivers by first name.
  ASSERT_EQ(api.post("/v1/organisations/" + std::to_string(org.id) + "/users",
                     {{"email", "zoon@example.test"}, {"name", "Zoon Dekker"}, {"password", "family-pass"},
                      {"role", "client"}, {"client_id", client}},
                     org.admin_token).status, 201);
  const auto family = api.login("zoon@example.test", "family-pass");
  auto theirs = api.get("/v1/my/journey", family);
  ASSERT_EQ(theirs.status, 200) << theirs.text;
  EXPECT_EQ(theirs.body["steps"].size(), journey.body["steps"].size());
  EXPECT_EQ(theirs.text.find("de Wit"), std::string::npos) << "first names only";
  EXPECT_NE(theirs.text.find("Ilse"), std::string::npos);
  EXPECT_EQ(api.get("/v1/my/journey", nurse.token).status, 403);
  EXPECT_EQ(api.get(journey_path(), nurse.token).status, 403);
}

TEST_F(JourneyFixture, BadInputNamesTheField) {
  const LocalMinute now = simulated_now();
  const std::string arrangements = "/v1/clients/" + std::to_string(client) + "/arrangements";
  const std::string day = format_date(now / kMinutesPerDay);
  auto refused = [&](Json line) {
    auto r = api.post(arrangements, {{"valid_from", day}, {"tasks", {video_at(now + 60), std::move(line)}}},
                      org.coordinator_token);
    EXPECT_EQ(r.status, 400) << r.text;
    return r.body.value("field", std::string());
  };
  Json with_rule = switch_line();
  with_rule["rrule"] = "FREQ=DAILY";
  EXPECT_EQ(refused(with_rule), "tasks[1].rrule");
  Json no_from = switch_line();
  no_from["switch"].erase("from");
  EXPECT_EQ(refused(no_from), "tasks[1].switch.from");
  Json wrong_on = switch_line();
  wrong_on["switch"]["on"] = {"late"};
  EXPECT_EQ(refused(wrong_on), "tasks[1].switch.on[0]");
  Json too_soon = switch_line();
  too_soon["switch"]["within_minutes"] = 1;
  EXPECT_EQ(refused(too_soon), "tasks[1].switch.within_minutes");
  Json unknown = switch_line();
  unknown["switch"]["after"] = 3;
  EXPECT_EQ(refused(unknown), "tasks[1].switch.after");
  EXPECT_EQ(api.get(arrangements, org.coordinator_token).body["items"].size(), 0u) << "nothing stored";

  auto range = api.get(journey_path() + "?from=2030-01-01&to=2030-03-01", org.coordinator_token);
  EXPECT_EQ(range.status, 400);
  EXPECT_EQ(range.body["field"], "to");
  EXPECT_EQ(api.get(journey_path() + "?from=yesterday", org.coordinator_token).status, 400);
  EXPECT_EQ(api.get("/v1/clients/999999/journey", org.coordinator_token).status, 404);
}

}  // namespace
}  // namespace carecrowd::testing
