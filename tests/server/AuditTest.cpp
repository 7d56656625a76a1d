#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <pqxx/pqxx>

#include "TestServer.h"
#include "services/AuditCheckpoint.h"
#include "store/Database.h"
#include "support/AuditTamper.h"

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

// A server writing an anchor, and the files it needs: the key file and the anchor, deleted after.
class AnchoredServer {
 public:
  AnchoredServer() {
    const auto unique = std::to_string(::getpid()) + "-" + std::to_string(counter_++);
    const auto dir = std::filesystem::temp_directory_path();
    key_file_ = (dir / ("carecrowd-key-" + unique)).string();
    anchor_ = (dir / ("carecrowd-anchor-" + unique)).string();
    std::ofstream(key_file_) << std::string(44, 'k') << "\n";
    std::filesystem::remove(anchor_);
    // A long interval: the only checkpoints are the head at each start (and at each clean stop),
    // so a test knows exactly which events are anchored.
    server_ = std::make_unique<TestServer>(std::vector<std::string>{
        "--audit-anchor", anchor_, "--audit-key-file", key_file_, "--audit-anchor-interval-ms", "60000"});
    wait_until_answering();
  }
  ~AnchoredServer() {
    server_.reset();
    std::filesystem::remove(key_file_);
    std::filesystem::remove(anchor_);
  }
  TestServer& server() { return *server_; }
  const std::string& anchor() const { return anchor_; }
  const std::string& key_file() const { return key_file_; }
  int verify(std::string* out) {
    return TestServer::run_cli({"audit", "verify", "--database", server_->database(), "--anchor", anchor_,
                                "--audit-key-file", key_file_},
                               out);
  }
  // Starts the server again and waits until it answers and its anchor holds a checkpoint of event
  // `seq` (each start anchors the head at once). Answering first: a SIGTERM that came before the
  // server listens would be lost.
  bool restart_and_wait_for_checkpoint(std::int64_t seq) {
    server_->start();
    wait_until_answering();
    for (int i = 0; i < 500; ++i) {
      std::ifstream in(anchor_);
      std::stringstream text;
      text << in.rdbuf();
      if (text.str().find(" seq=" + std::to_string(seq) + " ") != std::string::npos) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }
  // A server stopped before it listens misses the SIGTERM (the first line it prints comes
  // before it listens): tests that stop it at once wait for an answer first.
  void wait_until_answering() {
    Api api = server_->api();
    for (int i = 0; i < 500 && api.get("/healthz").status != 200; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  std::int64_t head_seq() {
    auto db = store::Database::open(server_->database(), 1);
    return db->read([](store::Transaction& tx) { return records::read_audit_head(tx).seq; });
  }

 private:
  static inline int counter_ = 0;
  std::string key_file_, anchor_;
  std::unique_ptr<TestServer> server_;
};

enum class Tamper { change_rehashed, insert, delete_middle_renumbered, delete_tail_and_head };

std::string tamper_name(const ::testing::TestParamInfo<Tamper>& info) {
  switch (info.param) {
    case Tamper::change_rehashed: return "ChangedAndReHashed";
    case Tamper::insert: return "Inserted";
    case Tamper::delete_middle_renumbered: return "DeletedInTheMiddleAndRenumbered";
    case Tamper::delete_tail_and_head: return "DeletedTailAndRewrittenHead";
  }
  return "unknown";
}

class AuditAnchorCommand : public ::testing::TestWithParam<Tamper> {};

// Each tamper leaves a chain that `audit verify` without the anchor accepts; with the anchor the
// command exits 3 and names the first event that is not what was anchored.
TEST_P(AuditAnchorCommand, VerifyWithTheAnchorFindsWhatTheChainAloneCannot) {
  AnchoredServer anchored;
  Api api = anchored.server().api();
  auto org = make_organisation(api, api.login(kAdminEmail, kAdminPassword), "Org Anker");
  for (int i = 0; i < 3; ++i) make_client(api, org.coordinator_token, "Client " + std::to_string(i));
  anchored.server().stop();
  const std::int64_t anchored_before = anchored.head_seq();
  ASSERT_TRUE(anchored.restart_and_wait_for_checkpoint(anchored_before));  // every event so far
  api = anchored.server().api();
  for (int i = 3; i < 6; ++i) make_client(api, org.coordinator_token, "Client " + std::to_string(i));
  anchored.server().stop();
  const std::int64_t last = anchored.head_seq();
  ASSERT_GT(last, anchored_before + 2);
  ASSERT_TRUE(anchored.restart_and_wait_for_checkpoint(last));
  anchored.server().stop();

  std::string out;
  ASSERT_EQ(anchored.verify(&out), 0) << out;
  EXPECT_NE(out.find("checkpoints authentic, the latest at event " + std::to_string(last) + " "), std::string::npos)
      << out;

  // The first event after the first stop's checkpoint is the one the tamper touches.
  const std::int64_t target = anchored_before + 1;
  auto db = store::Database::open(anchored.server().database(), 1);
  switch (GetParam()) {
    case Tamper::change_rehashed:
      rewrite_from(*db, target, [&](store::Transaction& tx) { record_events(tx, static_cast<int>(last - target + 1)); });
      break;
    case Tamper::insert:
      rewrite_from(*db, target, [&](store::Transaction& tx) { record_events(tx, static_cast<int>(last - target + 2)); });
      break;
    case Tamper::delete_middle_renumbered:
      rewrite_from(*db, target, [&](store::Transaction& tx) { record_events(tx, static_cast<int>(last - target)); });
      break;
    case Tamper::delete_tail_and_head:
      db->write([&](store::Transaction& tx) { delete_tail(tx, target); });
      break;
  }
  ASSERT_EQ(TestServer::run_cli({"audit", "verify", "--database", anchored.server().database()}, &out), 0)
      << "the tamper should pass the chain's own check: " << out;
  EXPECT_EQ(anchored.verify(&out), 3) << out;
  EXPECT_NE(out.find("TAMPERED"), std::string::npos) << out;
  EXPECT_NE(out.find("first bad event: seq " + std::to_string(target) + "\n"), std::string::npos) << out;
}

INSTANTIATE_TEST_SUITE_P(EachTamper, AuditAnchorCommand,
                         ::testing::Values(Tamper::change_rehashed, Tamper::insert, Tamper::delete_middle_renumbered,
                                           Tamper::delete_tail_and_head),
                         tamper_name);

TEST(AuditAnchorCommand, TwoServerProcessesOnOneDatabaseAppendToOneAnchorThatVerifies) {
  AnchoredServer anchored;
  TestServer second(TestServer::SameDatabase{}, anchored.server(),
                    {"--audit-anchor", anchored.anchor(), "--audit-key-file", anchored.key_file(),
                     "--audit-anchor-interval-ms", "10"});
  Api first_api = anchored.server().api();
  Api second_api = second.api();
  auto org = make_organisation(first_api, first_api.login(kAdminEmail, kAdminPassword), "Org Twee");
  for (int i = 0; i < 6; ++i) {
    make_client(i % 2 ? first_api : second_api, org.coordinator_token, "Client " + std::to_string(i));
  }
  const std::int64_t last = anchored.head_seq();
  // The second process polls every 10 ms: it anchors the end without being stopped.
  for (int i = 0; i < 500; ++i) {
    std::ifstream in(anchored.anchor());
    std::stringstream text;
    text << in.rdbuf();
    if (text.str().find(" seq=" + std::to_string(last) + " ") != std::string::npos) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  second.stop();
  anchored.server().stop();
  std::string out;
  EXPECT_EQ(anchored.verify(&out), 0) << out;
  EXPECT_NE(out.find("the latest at event " + std::to_string(last) + " "), std::string::npos) << out;
}

TEST(AuditAnchorCommand, AChangedEventIsNamedExactly) {
  AnchoredServer anchored;
  Api api = anchored.server().api();
  auto org = make_organisation(api, api.login(kAdminEmail, kAdminPassword), "Org Wijziging");
  for (int i = 0; i < 3; ++i) make_client(api, org.coordinator_token, "Client " + std::to_string(i));
  anchored.server().stop();
  auto db = store::Database::open(anchored.server().database(), 1);
  db->write([](store::Transaction& tx) { tx.exec("UPDATE audit_event SET outcome = 'denied' WHERE seq = 3"); });
  std::string out;
  EXPECT_EQ(anchored.verify(&out), 3) << out;
  EXPECT_NE(out.find("event 3 was changed"), std::string::npos) << out;
  EXPECT_NE(out.find("first bad event: seq 3\n"), std::string::npos) << out;
}

TEST(AuditAnchorCommand, AForgedAnchorLineIsFound) {
  AnchoredServer anchored;
  Api api = anchored.server().api();
  auto org = make_organisation(api, api.login(kAdminEmail, kAdminPassword), "Org Vervalsing");
  make_client(api, org.coordinator_token, "Client");
  const std::int64_t last = anchored.head_seq();
  anchored.server().stop();
  ASSERT_TRUE(anchored.restart_and_wait_for_checkpoint(last));
  anchored.server().stop();
  std::string out;
  ASSERT_EQ(anchored.verify(&out), 0) << out;
  // Someone who can write the anchor but lacks the key: a line for a chain they would prefer.
  const auto other_key = services::AuditKey::from(std::string(44, 'x'), "test").value();
  std::ofstream(anchored.anchor(), std::ios::app)
      << services::checkpoint_line({2, std::string(64, 'e'), services::checkpoint_time_now()}, other_key);
  EXPECT_EQ(anchored.verify(&out), 3) << out;
  EXPECT_NE(out.find("not authentic"), std::string::npos) << out;
  EXPECT_NE(out.find("HMAC"), std::string::npos) << out;
}

TEST(AuditAnchorCommand, VerifyWithoutAKeyIsAUsageErrorNamingWhereTheKeyComesFrom) {
  AnchoredServer anchored;
  anchored.server().stop();
  unsetenv("CARECROWD_AUDIT_KEY");
  std::string out;
  EXPECT_EQ(TestServer::run_cli({"audit", "verify", "--database", anchored.server().database(), "--anchor",
                                 anchored.anchor()},
                                &out),
            2)
      << out;
  EXPECT_NE(out.find("CARECROWD_AUDIT_KEY"), std::string::npos) << out;
}

TEST(AuditAnchorCommand, ServeRefusesAnAnchorWithoutAUsableKey) {
  FreshDatabase fresh("shortkey");
  std::string out;
  const auto short_key = (std::filesystem::temp_directory_path() / "carecrowd-short-key").string();
  std::ofstream(short_key) << "too short\n";
  EXPECT_EQ(TestServer::run_cli({"serve", "--database", fresh.url(), "--listen", "127.0.0.1:0", "--audit-anchor",
                                 "/tmp/carecrowd-unused-anchor", "--audit-key-file", short_key},
                                &out),
            2)
      << out;
  EXPECT_NE(out.find("--audit-key-file: the audit key must be at least 32 bytes, got 9"), std::string::npos) << out;
  std::filesystem::remove(short_key);
}

}  // namespace
}  // namespace carecrowd::testing
