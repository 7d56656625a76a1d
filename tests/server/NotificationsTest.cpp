// GET /v1/my/notifications and PUT /v1/my/notifications/seen over HTTP: an offer made while the
// caregiver's app was closed is listed for them when it opens, after the cursor their app reported;
// another caregiver and another organisation's staff find nothing of it; bad input is a 400 naming
// the field.
#include <gtest/gtest.h>

#include "MarketWorld.h"
#include "TestServer.h"

namespace carecrowd::testing {
namespace {

const std::string kBellTypes = "?types=proposal.offered,task.urgent,task.at_risk,task.released";

struct Notifications : ::testing::Test {
  TestServer server;
  Api api = server.api();
  std::string admin = api.login(kAdminEmail, kAdminPassword);
  Organisation noord = make_organisation(api, admin, "Zorg Noord");
  Organisation zuid = make_organisation(api, admin, "Zorg Zuid");
  Caregiver anna = make_caregiver(api, "anna@bell.test", "Anna", 3, {noord.id});
  Caregiver bert = make_caregiver(api, "bert@bell.test", "Bert", 3, {noord.id});

  // Opening the app: what was missed, then the cursor moved to the latest id read with it.
  Json open_app(const std::string& token) {
    const auto missed = api.get("/v1/my/notifications" + kBellTypes, token);
    EXPECT_EQ(missed.status, 200) << missed.text;
    const auto seen = api.put("/v1/my/notifications/seen", {{"last_event_id", missed.body["latest_event_id"]}}, token);
    EXPECT_EQ(seen.status, 200) << seen.text;
    EXPECT_EQ(seen.body["seen_up_to"], missed.body["latest_event_id"]);
    return missed.body;
  }
};

TEST_F(Notifications, AnOfferMadeWhileTheAppWasClosedIsListedWhenItOpensForThatCaregiverOnly) {
  const Json first = open_app(anna.token);
  EXPECT_TRUE(first["seen_up_to"].is_null()) << "never opened before: nothing counts as missed";
  EXPECT_TRUE(first["events"].empty());
  for (const auto* token : {&bert.token, &noord.coordinator_token, &zuid.coordinator_token}) open_app(*token);

  // Anna's app is closed; her coordinator offers her a visit.
  const auto client = make_client(api, noord.coordinator_token, "Mevrouw Bel");
  const auto task = one_visit(api, noord.coordinator_token, client, tomorrow_at(9), 60);
  const auto offered = api.post("/v1/tasks/" + std::to_string(task) + "/offers",
                                {{"caregiver_ids", Json::array({anna.id})}}, noord.coordinator_token);
  ASSERT_EQ(offered.status, 201) << offered.text;

  const Json opened = open_app(anna.token);
  ASSERT_EQ(opened["events"].size(), 1u) << opened.dump();
  EXPECT_EQ(opened["events"][0]["type"], "proposal.offered");
  EXPECT_EQ(opened["events"][0]["data"]["task"]["id"], task);
  EXPECT_GE(opened["latest_event_id"].get<std::int64_t>(), opened["events"][0]["id"].get<std::int64_t>());
  EXPECT_FALSE(opened["more"]);
  EXPECT_TRUE(open_app(anna.token)["events"].empty()) << "taken in: not listed again";

  EXPECT_TRUE(open_app(bert.token)["events"].empty()) << "another caregiver's offer";
  EXPECT_TRUE(open_app(zuid.coordinator_token)["events"].empty()) << "another organisation";
  EXPECT_EQ(opened.dump().find("Mevrouw Bel"), std::string::npos) << "a caregiver's events never name the client";
}

TEST_F(Notifications, BadCursorsAndTypesAre400sNamingTheField) {
  for (const Json& bad : {Json{{"last_event_id", "abc"}}, Json{{"last_event_id", -1}}, Json{{"last_event_id", 999999}},
                          Json::object(), Json{{"last_event_id", 1}, {"extra", 1}}}) {
    const auto r = api.put("/v1/my/notifications/seen", bad, anna.token);
    EXPECT_EQ(r.status, 400) << bad.dump() << " " << r.text;
    EXPECT_EQ(r.body["field"], bad.contains("extra") ? "extra" : "last_event_id") << r.text;
  }
  for (const char* bad : {"?types=Task.Urgent", "?types=task.urgent,,task.done", "?types=a%3Bb"}) {
    const auto r = api.get(std::string("/v1/my/notifications") + bad, anna.token);
    EXPECT_EQ(r.status, 400) << bad << " " << r.text;
    EXPECT_EQ(r.body["field"], "types") << r.text;
  }
  EXPECT_EQ(api.get("/v1/my/notifications", "").status, 401);
}

}  // namespace
}  // namespace carecrowd::testing
