// Crash durability: caregivers claim tasks in a burst while the server is killed with SIGKILL. After
// a restart every claim that was acknowledged (200) is there, held by the caregiver who got the
// 200, recorded once in the audit log, and the audit chain is intact.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

#include "TestServer.h"
#include "demo/DemoRegion.h"
#include "store/Database.h"

namespace carecrowd::testing {
namespace {

TEST(Durability, EveryAcknowledgedClaimSurvivesAKillDuringABurstOfClaims) {
  TestServer server({"--demo"});
  constexpr int kCaregivers = 24;
  std::mutex mutex;
  std::map<std::int64_t, std::int64_t> acknowledged;  // task -> caregiver
  std::atomic<bool> stop{false};
  std::atomic<int> claims_sent{0};
  std::vector<std::pair<std::string, std::int64_t>> crowd;  // token, caregiver id
  {
    Api api = server.api();
    for (int n = 1; n <= kCaregivers; ++n) {
      const auto token = api.login(std::string(demo::kDemoCrowdEmailPrefix) + std::to_string(n) +
                                       demo::kDemoCrowdEmailDomain,
                                   demo::kDemoPassword);
      crowd.emplace_back(token, api.get("/v1/me", token).body["caregiver_id"].get<std::int64_t>());
    }
  }
  std::vector<std::thread> phones;
  for (const auto& [token, caregiver] : crowd) {
    phones.emplace_back([&, token = token, caregiver = caregiver] {
      Api api = server.api();
      while (!stop) {
        auto feed = api.get("/v1/feed?limit=20", token);
        if (feed.status != 200 || feed.body["items"].empty()) return;
        for (const auto& item : feed.body["items"]) {
          if (stop) return;
          const std::int64_t task = item["id"];
          ++claims_sent;
          auto r = api.post("/v1/tasks/" + std::to_string(task) + "/claim", Json::object(), token);
          if (r.status == 200) {
            std::lock_guard lock(mutex);
            acknowledged[task] = caregiver;
          }
          if (r.status == 0) return;  // the server is gone
        }
      }
    });
  }
  // Let the burst run, then crash the server in the middle of it.
  for (int i = 0; i < 200 && claims_sent < 150; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  server.kill_hard();
  stop = true;
  for (auto& t : phones) t.join();
  ASSERT_GT(acknowledged.size(), 20u) << "the burst was too small to test anything";
  std::printf("[ info ] %zu claims acknowledged of %d sent before the kill\n", acknowledged.size(), claims_sent.load());

  server.start();
  auto db = store::Database::open(server.database(), 1);
  db->read([&](store::Transaction& tx) {
    for (const auto& [task, caregiver] : acknowledged) {
      auto rows = tx.query("SELECT status, caregiver_id FROM task WHERE id = ?", {task});
      ASSERT_EQ(rows.size(), 1u);
      EXPECT_EQ(rows[0].text(0), "claimed") << "task " << task;
      EXPECT_EQ(rows[0].opt_i64(1), caregiver) << "task " << task;
      const auto events = tx.query_i64(
          "SELECT COUNT(*) FROM audit_event WHERE event = 'task.claim' AND outcome = 'success' AND detail = ?",
          {"task " + std::to_string(task)});
      EXPECT_EQ(events.value_or(0), 1) << "task " << task;
    }
  });
  std::string out;
  EXPECT_EQ(TestServer::run_cli({"audit", "verify", "--database", server.database()}, &out), 0) << out;
  // And the restarted server serves.
  Api api = server.api();
  EXPECT_EQ(api.get("/healthz").status, 200);
}

}  // namespace
}  // namespace carecrowd::testing
