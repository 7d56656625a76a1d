// Who the client is stays hidden in the marketplace; the holder of a task sees it only around the
// visit, and every such view is in the audit log.
#include <gtest/gtest.h>

#include "MarketWorld.h"

namespace carecrowd::testing {
namespace {

struct Privacy : ::testing::Test {
  TestServer server{{"--privacy-margin-hours", "1"}};
  Api api = server.api();
  std::string admin = api.login(kAdminEmail, kAdminPassword);
  Organisation org = make_organisation(api, admin, "Zorg Discreet");
  std::int64_t soon_client = make_client(api, org.coordinator_token, "Mevrouw Geheim");
  std::int64_t later_client = make_client(api, org.coordinator_token, "Meneer Verborgen");
  LocalMinute now = simulated_now();
  // Within the hour's margin, and two and a half hours away (outside it).
  std::int64_t soon = one_visit(api, org.coordinator_token, soon_client, now + 30, 30, 20, 1);
  std::int64_t later = one_visit(api, org.coordinator_token, later_client, now + 150, 30, 20, 1);
  Caregiver holder = make_caregiver(api, "holder@example.test", "Hester", 2, {org.id});

  int client_reads(std::int64_t client) {
    auto log = api.get("/v1/audit?limit=1000&client_id=" + std::to_string(client), org.admin_token);
    EXPECT_EQ(log.status, 200) << log.text;
    int reads = 0;
    for (const auto& e : log.body["items"]) {
      if (e["event"] == "client.read") {
        ++reads;
        EXPECT_EQ(e["role"], "caregiver");
        EXPECT_EQ(e["detail"], "task " + std::to_string(soon));
      }
    }
    return reads;
  }

  static void expect_no_names(const Reply& r) {
    for (const char* secret : {"Geheim", "Verborgen", "Teststraat", "notes of"}) {
      EXPECT_EQ(r.text.find(secret), std::string::npos) << secret << " in " << r.text;
    }
  }
};

TEST_F(Privacy, BeforeAClaimNoClientNameIsShownAnywhere) {
  auto feed = api.get("/v1/feed", holder.token);
  ASSERT_EQ(feed.status, 200);
  ASSERT_FALSE(feed.body["items"].empty());
  expect_no_names(feed);
  expect_no_names(api.get("/v1/tasks/" + std::to_string(soon), holder.token));
  expect_no_names(api.get("/v1/clients/" + std::to_string(soon_client), holder.token));
  expect_no_names(api.get("/v1/my/tasks", holder.token));
  auto claimed = api.post("/v1/tasks/" + std::to_string(soon) + "/claim", Json::object(), holder.token);
  ASSERT_EQ(claimed.status, 200) << claimed.text;
  expect_no_names(claimed);
}

TEST_F(Privacy, TheHolderSeesTheClientOnlyInsideTheMarginAndEveryViewIsLogged) {
  for (auto task : {soon, later}) {
    ASSERT_EQ(api.post("/v1/tasks/" + std::to_string(task) + "/claim", Json::object(), holder.token).status, 200);
  }
  EXPECT_EQ(client_reads(soon_client), 0);
  for (int view = 1; view <= 2; ++view) {
    auto mine = api.get("/v1/my/tasks", holder.token);
    ASSERT_EQ(mine.status, 200) << mine.text;
    ASSERT_EQ(mine.body["items"].size(), 2u);
    const auto& first = mine.body["items"][0];
    const auto& second = mine.body["items"][1];
    EXPECT_EQ(first["id"], soon);
    EXPECT_EQ(first["client"]["name"], "Mevrouw Geheim");
    EXPECT_EQ(first["client"]["address"], "Teststraat 1");
    EXPECT_EQ(first["client"]["notes"], "notes of Mevrouw Geheim");
    EXPECT_EQ(second["id"], later);
    EXPECT_TRUE(second["client"].is_null());
    EXPECT_EQ(second["area"], "3511");
    EXPECT_EQ(mine.text.find("Verborgen"), std::string::npos);
    EXPECT_EQ(client_reads(soon_client), view);
    EXPECT_EQ(client_reads(later_client), 0);
  }
  // Another caregiver sees none of it.
  auto other = make_caregiver(api, "other@example.test", "Olga", 2, {org.id});
  auto theirs = api.get("/v1/my/tasks", other.token);
  EXPECT_TRUE(theirs.body["items"].empty());
  expect_no_names(theirs);
}

}  // namespace
}  // namespace carecrowd::testing
