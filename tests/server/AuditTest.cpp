#include <gtest/gtest.h>

#include <pqxx/pqxx>

#include "TestServer.h"
#include "store/Database.h"

namespace carecrowd::testing {
namespace {

TEST(Audit, EveryReadAndChangeOfClientDataIsLoggedWithTheNen7513Fields) {
  TestServer server;
  Api api = server.api();
  auto org = make_organisation(api, api.login(kAdminEmail, kAdminPassword), "Zorg Midden");
  const auto client = make_client(api, org.coordinator_token, "Mevrouw Dekker");
  ASSERT_EQ(api.get("/v1/clients/" + std::to_string(client), org.coordinator_token).status, 200);
  auto log = api.get("/v1/audit?client_id=" + std::to_string(client), org.admin_token);
  ASSERT_EQ(log.status, 200) << log.text;
  std::vector<std::string> events;
  for (const auto& e : log.body["items"]) {
    events.push_back(e["event"]);
    for (const char* field : {"at", "event", "client_id", "user_id", "role", "acting_for", "source", "outcome"}) {
      EXPECT_TRUE(e.contains(field)) << field;
    }
    EXPECT_EQ(e["role"], "coordinator");
    EXPECT_EQ(e["acting_for"], "organisation:" + std::to_string(org.id));
    EXPECT_EQ(e["source"], "127.0.0.1");
    EXPECT_EQ(e["outcome"], "success");
  }
  // Newest first: the read, then the creation.
  EXPECT_EQ(events, (std::vector<std::string>{"client.read", "client.create"}));
}

TEST(Audit, AnotherOrganisationsAdminSeesNoneOfIt) {
  TestServer server;
  Api api = server.api();
  const auto admin = api.login(kAdminEmail, kAdminPassword);
  auto a = make_organisation(api, admin, "Org A");
  auto b = make_organisation(api, admin, "Org B");
  const auto client = make_client(api, a.coordinator_token, "Meneer Peters");
  auto log = api.get("/v1/audit?client_id=" + std::to_string(client), b.admin_token);
  ASSERT_EQ(log.status, 200);
  EXPECT_TRUE(log.body["items"].empty());
  EXPECT_EQ(log.text.find("Peters"), std::string::npos);
  EXPECT_EQ(api.get("/v1/audit", a.coordinator_token).status, 403);
}

TEST(Audit, ClientSeesWhoLookedAtTheirRecord) {
  TestServer server;
  Api api = server.api();
  auto org = make_organisation(api, api.login(kAdminEmail, kAdminPassword), "Org C");
  const auto client = make_client(api, org.coordinator_token, "Mevrouw Bos");
  ASSERT_EQ(api.post("/v1/organisations/" + std::to_string(org.id) + "/users",
                     {{"email", "dochter@bos.test"}, {"name", "Dochter Bos"}, {"password", "family-pass"},
                      {"role", "client"}, {"client_id", client}},
                     org.admin_token).status, 201);
  api.get("/v1/clients/" + std::to_string(client), org.coordinator_token);
  const auto family = api.login("dochter@bos.test", "family-pass");
  auto overview = api.get("/v1/clients/" + std::to_string(client) + "/access-log", family);
  ASSERT_EQ(overview.status, 200) << overview.text;
  bool coordinator_read = false;
  for (const auto& e : overview.body["items"]) {
    if (e["event"] == "client.read" && e["user_name"] == "Coordinator Org C") coordinator_read = true;
  }
  EXPECT_TRUE(coordinator_read) << overview.text;
  // Someone else's overview is not theirs to see.
  const auto other = make_client(api, org.coordinator_token, "Meneer Vos");
  EXPECT_EQ(api.get("/v1/clients/" + std::to_string(other) + "/access-log", family).status, 403);
}

TEST(Audit, VerifyFindsAChangedEventAndAMissingOne) {
  TestServer server;
  Api api = server.api();
  auto org = make_organisation(api, api.login(kAdminEmail, kAdminPassword), "Org D");
  for (int i = 0; i < 3; ++i) make_client(api, org.coordinator_token, "Client " + std::to_string(i));
  std::string out;
  ASSERT_EQ(TestServer::run_cli({"audit", "verify", "--database", server.database()}, &out), 0) << out;
  EXPECT_NE(out.find("intact"), std::string::npos);

  auto db = store::Database::open(server.database(), 1);
  db->write([](store::Transaction& tx) { tx.exec("UPDATE audit_event SET user_id = 999 WHERE seq = 2"); });
  EXPECT_EQ(TestServer::run_cli({"audit", "verify", "--database", server.database()}, &out), 3) << out;
  EXPECT_NE(out.find("event 2 was changed"), std::string::npos) << out;

  db->write([](store::Transaction& tx) {
    tx.exec("UPDATE audit_event SET user_id = (SELECT user_id FROM audit_event WHERE seq = 1) WHERE seq = 2");
    tx.exec("DELETE FROM audit_event WHERE seq = (SELECT MAX(seq) FROM audit_event)");
  });
  EXPECT_EQ(TestServer::run_cli({"audit", "verify", "--database", server.database()}, &out), 3) << out;
  EXPECT_NE(out.find("TAMPERED"), std::string::npos) << out;
}

}  // namespace
}  // namespace carecrowd::testing
