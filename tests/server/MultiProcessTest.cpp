// Two server processes on one database, as behind a load balancer: correctness must not depend on
// there being one process. Caregivers race for one task through both; the audit chain stays one
// chain; a session made on one process works on the other.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "TestServer.h"
#include "demo/DemoRegion.h"
#include "store/Database.h"

namespace carecrowd::testing {
namespace {

std::string crowd_email(int n) {
  return std::string(demo::kDemoCrowdEmailPrefix) + std::to_string(n) + demo::kDemoCrowdEmailDomain;
}

TEST(MultiProcess, ClaimsThroughTwoServersOnOneDatabaseHaveExactlyOneWinnerAndOneAuditChain) {
  TestServer a({"--demo"});
  TestServer b(TestServer::SameDatabase{}, a);
  Api api_a = a.api();
  Api api_b = b.api();

  // A session made through one process is honoured by the other.
  const auto token = api_a.login(crowd_email(1), demo::kDemoPassword);
  ASSERT_EQ(api_b.get("/v1/me", token).status, 200);

  // The caregivers who can all see one task race for it, half through each server.
  std::map<std::int64_t, std::vector<std::string>> seen_by;  // task -> tokens of caregivers offered it
  for (int n = 1; n <= 80; ++n) {
    const auto t = api_a.login(crowd_email(n), demo::kDemoPassword);
    const auto feed = api_b.get("/v1/feed?limit=100", t);
    for (const auto& item : feed.body["items"]) seen_by[item["id"].get<std::int64_t>()].push_back(t);
  }
  auto most = std::max_element(seen_by.begin(), seen_by.end(),
                               [](const auto& x, const auto& y) { return x.second.size() < y.second.size(); });
  ASSERT_NE(most, seen_by.end());
  const std::int64_t task = most->first;
  const auto& racers = most->second;
  ASSERT_GE(racers.size(), 4u) << "too few caregivers see one task to race";
  std::printf("[ info ] %zu caregivers race for task %lld through two servers\n", racers.size(), static_cast<long long>(task));
  std::atomic<int> won{0}, lost{0}, other{0};
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < racers.size(); ++i) {
    threads.emplace_back([&, i] {
      Api api = (i % 2 == 0 ? a : b).api();
      const auto r = api.post("/v1/tasks/" + std::to_string(task) + "/claim", Json::object(), racers[i]);
      (r.status == 200 ? won : r.status == 409 ? lost : other)++;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(won, 1);
  EXPECT_EQ(lost + won, static_cast<int>(racers.size())) << other << " answers were neither 200 nor 409";

  auto db = store::Database::open(a.database(), 1);
  const auto claims = db->read([&](store::Transaction& tx) {
    return tx.query_i64("SELECT COUNT(*) FROM audit_event WHERE event = 'task.claim' AND detail = ?",
                        {"task " + std::to_string(task)});
  });
  EXPECT_EQ(claims.value_or(0), 1);
  std::string out;
  EXPECT_EQ(TestServer::run_cli({"audit", "verify", "--database", a.database()}, &out), 0) << out;
}

}  // namespace
}  // namespace carecrowd::testing
