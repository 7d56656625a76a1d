// Commit notifications: a write's announcement reaches this process's waiters when it commits and
// never when it rolls back, values only rise, one poll turn per interval; on PostgreSQL (when
// CARECROWD_TEST_DATABASE names one) another process's commit reaches a listening Database.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <future>
#include <string>
#include <thread>

#include "store/Database.h"
#include "store/Notifications.h"
#include "support/FreshDatabase.h"

namespace carecrowd::store {
namespace {

using namespace std::chrono_literals;
using testing::FreshDatabase;
using Clock = Notifications::Clock;

constexpr const char* kChannel = "carecrowd_test_channel";

bool on_postgres() {
  const char* kind = std::getenv("CARECROWD_TEST_DATABASE");
  return kind && std::string(kind).rfind("postgres", 0) == 0;
}

TEST(Notifications, ACommittedAnnouncementWakesAWaiterAtOnce) {
  FreshDatabase fresh("store");
  auto db = Database::open(fresh.url(), 2);
  auto waiter = std::async(std::launch::async, [&] {
    const auto start = Clock::now();
    const auto value = db->notifications().wait_above(kChannel, 0, Clock::now() + 10s);
    return std::pair{value, Clock::now() - start};
  });
  std::this_thread::sleep_for(50ms);
  db->write([](Transaction& tx) { tx.notify_on_commit(kChannel, 7); });
  const auto [value, waited] = waiter.get();
  EXPECT_EQ(value, 7);
  EXPECT_LT(waited, 5s) << "woken by the commit, not by the deadline";
}

TEST(Notifications, ARolledBackTransactionAnnouncesNothing) {
  FreshDatabase fresh("store");
  auto db = Database::open(fresh.url(), 2);
  {
    auto tx = db->begin_write();
    tx->notify_on_commit(kChannel, 5);
  }  // destroyed without commit: rolled back
  EXPECT_THROW(db->write([](Transaction& tx) {
                 tx.notify_on_commit(kChannel, 6);
                 throw std::runtime_error("broken invariant");
               }),
               std::runtime_error);
  EXPECT_EQ(db->notifications().value(kChannel), 0);
  const auto deadline = Clock::now() + 100ms;
  EXPECT_EQ(db->notifications().wait_above(kChannel, 0, deadline), 0);
  EXPECT_GE(Clock::now(), deadline);
}

TEST(Notifications, AChannelsValueOnlyRises) {
  Notifications known;
  known.raise(kChannel, 10);
  known.raise(kChannel, 4);  // a late, smaller announcement
  EXPECT_EQ(known.value(kChannel), 10);
  EXPECT_EQ(known.value("another_channel"), 0);
  // A waiter for something newer than 10 is not woken by the smaller value.
  EXPECT_EQ(known.wait_above(kChannel, 10, Clock::now() + 20ms), 10);
  EXPECT_EQ(known.wait_above(kChannel, 9, Clock::now() + 10s), 10);
}

TEST(Notifications, OnePollTurnPerIntervalAndChannel) {
  Notifications known;
  EXPECT_TRUE(known.take_poll_turn(kChannel, 200ms)) << "the first caller polls at once";
  EXPECT_FALSE(known.take_poll_turn(kChannel, 200ms));
  EXPECT_TRUE(known.take_poll_turn("another_channel", 200ms));
  std::this_thread::sleep_for(250ms);
  EXPECT_TRUE(known.take_poll_turn(kChannel, 200ms));
  EXPECT_FALSE(known.take_poll_turn(kChannel, 200ms));
}

TEST(Notifications, AnotherProcesssCommitReachesAListeningDatabase) {
  if (!on_postgres()) GTEST_SKIP() << "between processes only on PostgreSQL (CARECROWD_TEST_DATABASE)";
  FreshDatabase fresh("store");
  auto publisher = Database::open(fresh.url(), 2);
  auto listener = Database::open(fresh.url(), 2);  // as another server process would
  listener->listen(kChannel);
  // The listening connection starts in the background: announce until it has heard one.
  const auto deadline = Clock::now() + 10s;
  std::int64_t announced = 0;
  while (listener->notifications().value(kChannel) == 0 && Clock::now() < deadline) {
    publisher->write([&](Transaction& tx) { tx.notify_on_commit(kChannel, ++announced); });
    listener->notifications().wait_above(kChannel, 0, Clock::now() + 200ms);
  }
  ASSERT_GT(listener->notifications().value(kChannel), 0) << "the NOTIFY never arrived";
  // Once listening, a commit wakes a waiter well before its deadline.
  const auto before = listener->notifications().value(kChannel);
  auto waiter = std::async(std::launch::async, [&] {
    return listener->notifications().wait_above(kChannel, before, Clock::now() + 10s);
  });
  std::this_thread::sleep_for(50ms);
  const auto start = Clock::now();
  publisher->write([&](Transaction& tx) { tx.notify_on_commit(kChannel, before + 100); });
  EXPECT_EQ(waiter.get(), before + 100);
  EXPECT_LT(Clock::now() - start, 5s);
  // A rolled-back transaction's NOTIFY is never delivered.
  {
    auto tx = publisher->begin_write();
    tx->notify_on_commit(kChannel, before + 500);
  }
  EXPECT_EQ(listener->notifications().wait_above(kChannel, before + 100, Clock::now() + 500ms), before + 100);
}

}  // namespace
}  // namespace carecrowd::store
