// Claims race over real HTTP: many clients at once, each with its own connection, as phones would.
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <mutex>
#include <thread>

#include "MarketWorld.h"

namespace carecrowd::testing {
namespace {

constexpr int kRacers = 50;

struct ClaimRace : ::testing::Test {
  TestServer server;
  Api api = server.api();
  std::string admin = api.login(kAdminEmail, kAdminPassword);
  Organisation org = make_organisation(api, admin, "Zorg Snel");
  std::int64_t client = make_client(api, org.coordinator_token, "Mevrouw Race");

  std::mutex errors_mutex;
  std::vector<std::string> errors;

  // Every racer POSTs its claim at (nearly) the same moment; returns the statuses.
  std::vector<int> race(const std::vector<std::string>& tokens, const std::vector<std::int64_t>& tasks) {
    std::vector<int> statuses(tokens.size(), 0);
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      threads.emplace_back([&, i] {
        // No request before the start line: the server's threads serve one keep-alive connection
        // each, and fifty idle connections would queue behind them.
        httplib::Client own("127.0.0.1", server.port());
        own.set_read_timeout(120);
        ++ready;
        while (ready.load() < static_cast<int>(tokens.size())) std::this_thread::yield();
        auto r = own.Post("/v1/tasks/" + std::to_string(tasks[i]) + "/claim",
                          httplib::Headers{{"Authorization", "Bearer " + tokens[i]}}, "{}", "application/json");
        statuses[i] = r ? r->status : 0;
        if (!r) {
          std::lock_guard lock(errors_mutex);
          errors.push_back(httplib::to_string(r.error()));
        }
      });
    }
    for (auto& t : threads) t.join();
    for (const auto& e : errors) ADD_FAILURE() << "a claim got no answer: " << e;
    return statuses;
  }

  static int count(const std::vector<int>& statuses, int status) {
    return static_cast<int>(std::count(statuses.begin(), statuses.end(), status));
  }
};

TEST_F(ClaimRace, FiftyCaregiversClaimingOneTaskLeaveExactlyOneHolder) {
  const auto task = one_visit(api, org.coordinator_token, client, tomorrow_at(10), 60, 30, 1);
  std::vector<std::string> tokens;
  std::vector<std::int64_t> ids;
  for (int i = 0; i < kRacers; ++i) {
    auto c = make_caregiver(api, "racer" + std::to_string(i) + "@example.test", "Racer " + std::to_string(i), 2, {org.id});
    tokens.push_back(c.token);
    ids.push_back(c.id);
  }
  const auto statuses = race(tokens, std::vector<std::int64_t>(kRacers, task));
  EXPECT_EQ(count(statuses, 200), 1);
  EXPECT_EQ(count(statuses, 409), kRacers - 1);
  const auto winner = std::find(statuses.begin(), statuses.end(), 200) - statuses.begin();
  auto held = api.get("/v1/tasks/" + std::to_string(task), org.coordinator_token);
  EXPECT_EQ(held.body["status"], "claimed");
  ASSERT_LT(winner, kRacers);
  EXPECT_EQ(held.body["caregiver_id"], ids[static_cast<std::size_t>(winner)]);
}

TEST_F(ClaimRace, OneCaregiverClaimingOneTaskFromFiftyConnectionsHoldsItOnce) {
  const auto task = one_visit(api, org.coordinator_token, client, tomorrow_at(10), 60, 30, 1);
  auto c = make_caregiver(api, "eager@example.test", "Eager", 2, {org.id});
  const auto statuses = race(std::vector<std::string>(kRacers, c.token), std::vector<std::int64_t>(kRacers, task));
  EXPECT_EQ(count(statuses, 200), 1);
  EXPECT_EQ(count(statuses, 409), kRacers - 1);
  auto mine = api.get("/v1/my/tasks", c.token);
  ASSERT_EQ(mine.status, 200);
  EXPECT_EQ(mine.body["items"].size(), 1u);
}

TEST_F(ClaimRace, OneCaregiverClaimingFiftyOverlappingTasksAtOnceIsNeverDoubleBooked) {
  // Fifty visits at the same fixed time: any two of them overlap.
  std::vector<Json> care_tasks;
  for (int i = 0; i < kRacers; ++i) care_tasks.push_back(visit_at("v" + std::to_string(i), tomorrow_at(10), 0, 30, 1));
  const auto tasks = arrange(api, org.coordinator_token, client, tomorrow_at(10), care_tasks);
  ASSERT_EQ(tasks.size(), static_cast<std::size_t>(kRacers));
  auto c = make_caregiver(api, "greedy@example.test", "Greedy", 2, {org.id});
  const auto statuses = race(std::vector<std::string>(kRacers, c.token), tasks);
  EXPECT_EQ(count(statuses, 200), 1);
  EXPECT_EQ(count(statuses, 409), kRacers - 1);
  const auto day = format_date(tomorrow_at(10) / kMinutesPerDay);
  auto claimed = api.get("/v1/tasks?status=claimed&limit=500&from=" + day + "&to=" + day, org.coordinator_token);
  ASSERT_EQ(claimed.status, 200);
  EXPECT_EQ(claimed.body["items"].size(), 1u);
}

TEST_F(ClaimRace, FiftyCaregiversClaimingFiftyTasksEachGetOne) {
  std::vector<Json> care_tasks;
  for (int i = 0; i < kRacers; ++i) care_tasks.push_back(visit_at("v" + std::to_string(i), tomorrow_at(10), 0, 30, 1));
  const auto tasks = arrange(api, org.coordinator_token, client, tomorrow_at(10), care_tasks);
  ASSERT_EQ(tasks.size(), static_cast<std::size_t>(kRacers));
  std::vector<std::string> tokens;
  for (int i = 0; i < kRacers; ++i) {
    tokens.push_back(make_caregiver(api, "crowd" + std::to_string(i) + "@example.test", "Crowd", 2, {org.id}).token);
  }
  const auto statuses = race(tokens, tasks);
  EXPECT_EQ(count(statuses, 200), kRacers);
}

}  // namespace
}  // namespace carecrowd::testing
