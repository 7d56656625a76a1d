// The live events' services: ids gapless and in commit order (also with concurrent publishers),
// who receives which event, resuming, pruning and waiting, on SQLite or (CARECROWD_TEST_DATABASE)
// PostgreSQL, where a second Platform stands in for a second server process.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include "EventWorld.h"
#include "services/Events.h"

namespace carecrowd::services {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

bool on_postgres() {
  const char* kind = std::getenv("CARECROWD_TEST_DATABASE");
  return kind && std::string(kind).rfind("postgres", 0) == 0;
}

class Events : public EventWorld {
 protected:
  std::int64_t publish_one(const std::string& type, std::optional<std::int64_t> organisation = 1,
                           std::optional<std::int64_t> caregiver = std::nullopt) {
    return db_->write([&](store::Transaction& tx) {
      return publish(tx, *platform_, {type, {{"n", type}}, organisation, caregiver});
    });
  }

  static Principal principal(Role role, std::optional<std::int64_t> organisation, std::optional<std::int64_t> caregiver = {}) {
    Principal who;
    who.role = role;
    who.organisation_id = organisation;
    who.caregiver_id = caregiver;
    return who;
  }
};

TEST_F(Events, PublishedEventsComeBackInOrderWithGaplessIds) {
  EXPECT_EQ(latest_event_id(*platform_), 0);
  EXPECT_EQ(publish_one("a"), 1);
  EXPECT_EQ(publish_one("b", std::nullopt, 7), 2);
  EXPECT_EQ(publish_one("c"), 3);
  const auto all = events_after(*platform_, 0, 100);
  ASSERT_EQ(all.size(), 3U);
  EXPECT_EQ(all[0].id, 1);
  EXPECT_EQ(all[0].type, "a");
  EXPECT_EQ(nlohmann::json::parse(all[0].data_json), (nlohmann::json{{"n", "a"}}));
  EXPECT_EQ(all[0].organisation_id, 1);
  EXPECT_FALSE(all[0].caregiver_id);
  EXPECT_EQ(all[1].caregiver_id, 7);
  EXPECT_FALSE(all[1].organisation_id);
  const auto later = events_after(*platform_, 1, 1);
  ASSERT_EQ(later.size(), 1U);
  EXPECT_EQ(later[0].id, 2);
  EXPECT_TRUE(events_after(*platform_, 3, 100).empty());
  EXPECT_EQ(latest_event_id(*platform_), 3);
}

TEST_F(Events, AnEventOfARolledBackWriteNeverExistsAndLeavesNoGap) {
  publish_one("kept");
  EXPECT_THROW(db_->write([&](store::Transaction& tx) {
                 publish(tx, *platform_, {"lost", {}, 1, std::nullopt});
                 throw std::runtime_error("the change failed");
               }),
               std::runtime_error);
  publish_one("next");
  const auto all = events_after(*platform_, 0, 100);
  ASSERT_EQ(all.size(), 2U);
  EXPECT_EQ(all[1].type, "next");
  EXPECT_EQ(all[1].id, 2);
}

TEST_F(Events, AReaderThatSawAnIdNeverLaterFindsASmallerOneCommitted) {
  constexpr int kWriters = 6, kEach = 25;
  std::atomic<bool> writing{true};
  std::vector<std::string> problems;
  // The reader follows the log as a stream does: always "after the last id I sent".
  auto reader = std::async(std::launch::async, [&] {
    std::int64_t seen = 0;
    std::int64_t count = 0;
    while (writing || seen < kWriters * kEach) {
      const auto batch = events_after(*platform_, seen, 50);
      for (const auto& e : batch) {
        if (e.id != seen + 1) problems.push_back("after " + std::to_string(seen) + " came " + std::to_string(e.id));
        seen = e.id;
        ++count;
      }
      if (batch.empty()) std::this_thread::sleep_for(1ms);
    }
    return count;
  });
  std::vector<std::thread> writers;
  for (int w = 0; w < kWriters; ++w) {
    writers.emplace_back([&, w] {
      for (int i = 0; i < kEach; ++i) {
        db_->write([&](store::Transaction& tx) {
          // Some work before and after taking the id, as a claim would do.
          tx.exec("UPDATE organisation SET name = name WHERE id = 0");
          publish(tx, *platform_, {"w" + std::to_string(w), {}, 1, std::nullopt});
          std::this_thread::yield();
        });
      }
    });
  }
  for (auto& t : writers) t.join();
  writing = false;
  EXPECT_EQ(reader.get(), kWriters * kEach);
  EXPECT_TRUE(problems.empty()) << problems.front();
  EXPECT_EQ(latest_event_id(*platform_), kWriters * kEach);
}

TEST_F(Events, EachEventReachesOnlyThoseItIsAddressedTo) {
  const Event board{1, "task.claimed", "{}", 10, std::nullopt, std::nullopt};
  const Event for_anna{2, "task.urgent", "{}", 10, 5, std::nullopt};

  EXPECT_TRUE(may_receive(principal(Role::coordinator, 10), board));
  EXPECT_TRUE(may_receive(principal(Role::org_admin, 10), board));
  EXPECT_FALSE(may_receive(principal(Role::coordinator, 11), board)) << "another organisation's board";
  EXPECT_FALSE(may_receive(principal(Role::org_admin, 11), board));
  EXPECT_FALSE(may_receive(principal(Role::analyst, 10), board)) << "an analyst sees no tasks";
  EXPECT_FALSE(may_receive(principal(Role::client, 10), board));
  EXPECT_FALSE(may_receive(principal(Role::platform_admin, std::nullopt), board));
  EXPECT_FALSE(may_receive(principal(Role::caregiver, std::nullopt, 5), board)) << "a caregiver gets no board";
  EXPECT_FALSE(may_receive(principal(Role::coordinator, std::nullopt), board)) << "no organisation, no board";

  EXPECT_TRUE(may_receive(principal(Role::caregiver, std::nullopt, 5), for_anna));
  EXPECT_FALSE(may_receive(principal(Role::caregiver, std::nullopt, 6), for_anna)) << "another caregiver";
  EXPECT_FALSE(may_receive(principal(Role::coordinator, 10), for_anna)) << "a caregiver's event is theirs alone";
  EXPECT_FALSE(may_receive(principal(Role::caregiver, std::nullopt, std::nullopt), for_anna));

  const Event unaddressed{3, "x", "{}", std::nullopt, std::nullopt, std::nullopt};
  EXPECT_FALSE(may_receive(principal(Role::platform_admin, std::nullopt), unaddressed));
  EXPECT_FALSE(may_receive(principal(Role::coordinator, 10), unaddressed));
}

TEST_F(Events, AnEventAddressedToAUserReachesThatUserAlone) {
  // An informal contact asked to go to an alarm: a family account, not the organisation's board.
  const Event for_peter{4, "alarm.contact_asked", "{}", 10, std::nullopt, 42};
  auto peter = principal(Role::client, 10);
  peter.user_id = 42;
  peter.client_id = 7;
  EXPECT_TRUE(may_receive(peter, for_peter));
  auto other_family = peter;
  other_family.user_id = 43;
  EXPECT_FALSE(may_receive(other_family, for_peter)) << "another family member of the same client";
  auto coordinator = principal(Role::coordinator, 10);
  coordinator.user_id = 5;
  EXPECT_FALSE(may_receive(coordinator, for_peter)) << "addressed to a user, not the board";
}

TEST_F(Events, AStreamCanResumeWhileEveryLaterEventIsStillKept) {
  EXPECT_TRUE(can_resume_after(*platform_, 0)) << "nothing published: nothing missed";
  EXPECT_FALSE(can_resume_after(*platform_, 1)) << "an id this database never gave out";
  EXPECT_EQ(oldest_kept_event_id(*platform_), 1);
  publish_one("a");  // at 08:00
  now_ += 60;
  publish_one("b");  // at 09:00
  now_ += 60;
  publish_one("c");  // at 10:00: the first event is two hours old, as old as a stream resumes over
  for (std::int64_t id = 0; id <= 3; ++id) EXPECT_TRUE(can_resume_after(*platform_, id)) << id;
  EXPECT_FALSE(can_resume_after(*platform_, 4));
  EXPECT_FALSE(can_resume_after(*platform_, -1));

  now_ += 90;  // 11:30: events before 09:30 are more than two hours old
  EXPECT_EQ(prune_events(*platform_), 2);
  EXPECT_EQ(oldest_kept_event_id(*platform_), 3);
  EXPECT_FALSE(can_resume_after(*platform_, 0)) << "events 1 and 2 are gone";
  EXPECT_FALSE(can_resume_after(*platform_, 1)) << "event 2 is gone";
  EXPECT_TRUE(can_resume_after(*platform_, 2));
  EXPECT_TRUE(can_resume_after(*platform_, 3));
  EXPECT_EQ(latest_event_id(*platform_), 3);
}

TEST_F(Events, PruningKeepsAtLeastTwoHoursWhateverItIsAsked) {
  publish_one("old");  // 08:00
  now_ += 100;
  publish_one("recent");  // 09:40
  now_ += 20;  // 10:00
  EXPECT_EQ(prune_events(*platform_, 0min), 0) << "the first event is exactly two hours old: kept";
  now_ += 1;
  EXPECT_EQ(prune_events(*platform_, 10min), 1);
  ASSERT_EQ(events_after(*platform_, 0, 10).size(), 1U);
  EXPECT_EQ(events_after(*platform_, 0, 10)[0].type, "recent");
  now_ += 24 * 60;
  EXPECT_EQ(prune_events(*platform_, 3h), 1);
  EXPECT_TRUE(events_after(*platform_, 0, 10).empty());
  // With everything pruned, the latest id still counts: new events go on from there, and a stream
  // that had seen the last one resumes.
  EXPECT_EQ(oldest_kept_event_id(*platform_), 3);
  EXPECT_TRUE(can_resume_after(*platform_, 2));
  EXPECT_FALSE(can_resume_after(*platform_, 1));
  EXPECT_EQ(publish_one("new"), 3);
}

TEST_F(Events, AReadReturnsAtMostAThousandEvents) {
  db_->write([&](store::Transaction& tx) {
    for (int i = 0; i < kMaxEventsPerRead + 5; ++i) publish(tx, *platform_, {"bulk", {}, 1, std::nullopt});
  });
  EXPECT_EQ(events_after(*platform_, 0, 5000).size(), static_cast<std::size_t>(kMaxEventsPerRead));
  EXPECT_EQ(events_after(*platform_, 0, 0).size(), 1U) << "a limit below one reads one";
  EXPECT_EQ(events_after(*platform_, kMaxEventsPerRead, 5000).size(), 5U);
}

TEST_F(Events, AWaiterWakesWhenAnEventIsCommittedInThisProcess) {
  publish_one("before");
  auto waiter = std::async(std::launch::async, [&] {
    const auto start = Clock::now();
    const auto latest = wait_for_events(*platform_, 1, 20s);
    return std::pair{latest, Clock::now() - start};
  });
  std::this_thread::sleep_for(100ms);
  publish_one("new");
  const auto [latest, waited] = waiter.get();
  EXPECT_EQ(latest, 2);
  EXPECT_LT(waited, 5s);
}

TEST_F(Events, AWaiterWithNothingNewReturnsAfterItsTimeout) {
  publish_one("seen");
  const auto start = Clock::now();
  EXPECT_EQ(wait_for_events(*platform_, 1, 300ms), 1);
  const auto waited = Clock::now() - start;
  EXPECT_GE(waited, 300ms);
  EXPECT_LT(waited, 5s);
  // Something already there is returned at once.
  EXPECT_EQ(wait_for_events(*platform_, 0, 20s), 1);
}

TEST_F(Events, AWaiterWakesWhenAnotherProcessCommitsAnEvent) {
  if (!on_postgres()) GTEST_SKIP() << "two processes share a database only on PostgreSQL (CARECROWD_TEST_DATABASE)";
  // A second server process: its own pool, its own listening connection, its own notifications.
  auto other_db = store::Database::open(fresh_->url());
  Platform other(*other_db, Settings{}, [this] { return now_; });
  for (std::int64_t expected = 1; expected <= 3; ++expected) {
    auto waiter = std::async(std::launch::async, [&] {
      const auto start = Clock::now();
      const auto latest = wait_for_events(other, expected - 1, 20s);
      return std::pair{latest, Clock::now() - start};
    });
    std::this_thread::sleep_for(300ms);
    publish_one("from the first process");
    const auto [latest, waited] = waiter.get();
    EXPECT_EQ(latest, expected);
    EXPECT_LT(waited, 5s);
    const auto seen = events_after(other, expected - 1, 10);
    ASSERT_EQ(seen.size(), 1U);
    EXPECT_EQ(seen[0].id, expected);
  }
}

}  // namespace
}  // namespace carecrowd::services
