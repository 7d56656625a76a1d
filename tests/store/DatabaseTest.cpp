#include <gtest/gtest.h>

#include <thread>

#include "core/Error.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/QueryBatch.h"
#include "support/FreshDatabase.h"

namespace carecrowd::store {
namespace {

using testing::FreshDatabase;

TEST(Database, OpeningAppliesEveryMigrationOnceAndReopeningChangesNothing) {
  FreshDatabase fresh("store");
  {
    auto db = Database::open(fresh.url(), 2);
    EXPECT_EQ(schema_version(*db), embedded_migrations().back().version);
  }
  auto db = Database::open(fresh.url(), 2);
  EXPECT_EQ(db->read([](Transaction& tx) { return *tx.query_i64("SELECT COUNT(*) FROM schema_migration"); }),
            static_cast<std::int64_t>(embedded_migrations().size()));
}

TEST(Database, ACommittedWriteIsVisibleAndAFailedResultRollsBack) {
  FreshDatabase fresh("store");
  auto db = Database::open(fresh.url(), 2);
  db->write([](Transaction& tx) { tx.exec("INSERT INTO organisation (name, created_at) VALUES (?, ?)", {std::string("A"), std::int64_t{1}}); });
  Result<int> failed = db->write([](Transaction& tx) -> Result<int> {
    tx.exec("INSERT INTO organisation (name, created_at) VALUES (?, ?)", {std::string("B"), std::int64_t{1}});
    return bad_input("name", "", "changed my mind");
  });
  EXPECT_FALSE(failed.ok());
  EXPECT_THROW(db->write([](Transaction& tx) {
                 tx.exec("INSERT INTO organisation (name, created_at) VALUES (?, ?)", {std::string("C"), std::int64_t{1}});
                 throw std::runtime_error("broken invariant");
               }),
               std::runtime_error);
  auto names = db->read([](Transaction& tx) { return tx.query("SELECT name FROM organisation ORDER BY name"); });
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0].text(0), "A");
}

TEST(Database, AUniqueViolationIsAConstraintViolation) {
  FreshDatabase fresh("store");
  auto db = Database::open(fresh.url(), 2);
  auto insert = [&] {
    db->write([](Transaction& tx) {
      tx.exec("INSERT INTO organisation (name, created_at) VALUES (?, ?)", {std::string("Same"), std::int64_t{1}});
    });
  };
  insert();
  EXPECT_THROW(insert(), ConstraintViolation);
}

TEST(Database, ValuesRoundTripIncludingNullsQuotesAndQuestionMarks) {
  FreshDatabase fresh("store");
  auto db = Database::open(fresh.url(), 2);
  const std::string tricky = "O'Brien? \"quoted\" ; DROP TABLE client; -- é";
  auto rows = db->write([&](Transaction& tx) {
    const auto id = *tx.query_i64("INSERT INTO organisation (name, created_at) VALUES (?, ?) RETURNING id",
                                  {tricky, std::int64_t{-42}});
    return tx.query("SELECT name, created_at, NULL, 'a?b' FROM organisation WHERE id = ?", {id});
  });
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].text(0), tricky);
  EXPECT_EQ(rows[0].i64(1), -42);
  EXPECT_TRUE(rows[0].is_null(2));
  EXPECT_EQ(rows[0].text(3), "a?b");
}

// Documents (certificate evidence) are bytes, not text: every byte value, NUL and invalid UTF-8
// included, comes back as it went in, on SQLite (BLOB) and PostgreSQL (bytea).
TEST(Database, BytesRoundTripUnchangedIncludingNulAndBytesThatAreNotUtf8) {
  FreshDatabase fresh("store");
  auto db = Database::open(fresh.url(), 2);
  std::string bytes;
  for (int round = 0; round < 3; ++round) {
    for (int b = 0; b < 256; ++b) bytes += static_cast<char>(b);
  }
  bytes += std::string("%PDF-\0\xff\xfe\\x00", 10);
  const auto back = db->write([&](Transaction& tx) {
    const auto org = *tx.query_i64("INSERT INTO organisation (name, created_at) VALUES ('O', 1) RETURNING id");
    const auto user = *tx.query_i64(
        "INSERT INTO app_user (email, name, password_hash, role, organisation_id, created_at) "
        "VALUES ('c@o.test', 'C', 'x', 'caregiver', ?, 1) RETURNING id",
        {org});
    const auto caregiver = *tx.query_i64(
        "INSERT INTO caregiver (name, level, kind, home_lat, home_lon, travel_mode, max_minutes_week, "
        "hourly_rate_cents) VALUES ('C', 3, 'freelancer', 52.0, 5.1, 'bike', 600, 0) RETURNING id");
    const auto id = *tx.query_i64(
        "INSERT INTO certificate_evidence (caregiver_id, code, media_type, file_name, size_bytes, sha256, content, "
        "uploaded_by, uploaded_at) VALUES (?, 'injection', 'application/pdf', 'a.pdf', ?, '', ?, ?, 1) RETURNING id",
        {caregiver, static_cast<std::int64_t>(bytes.size()), Bytes{bytes}, user});
    return tx.query("SELECT content, size_bytes FROM certificate_evidence WHERE id = ?", {id});
  });
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].text(0).size(), bytes.size());
  EXPECT_TRUE(back[0].text(0) == bytes) << "the bytes differ";
  EXPECT_EQ(back[0].i64(1), static_cast<std::int64_t>(bytes.size()));
}

TEST(Database, ConcurrentWritersThatLockARowNeverLoseAnUpdate) {
  FreshDatabase fresh("store");
  auto db = Database::open(fresh.url(), 8);
  db->write([](Transaction& tx) {
    tx.exec("INSERT INTO caregiver (name, level, kind, home_lat, home_lon, travel_mode, max_minutes_week, "
            "hourly_rate_cents) VALUES ('c', 1, 'freelancer', 52, 5, 'bike', 0, 0)");
  });
  constexpr int kThreads = 8, kEach = 25;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kEach; ++i) {
        // Read-modify-write after taking the row lock: the pattern claims use.
        db->write([](Transaction& tx) {
          tx.exec("UPDATE caregiver SET claim_seq = claim_seq + 0 WHERE id = 1");
          const auto seen = *tx.query_i64("SELECT max_minutes_week FROM caregiver WHERE id = 1");
          tx.exec("UPDATE caregiver SET max_minutes_week = ? WHERE id = 1", {seen + 1});
        });
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(db->read([](Transaction& tx) { return *tx.query_i64("SELECT max_minutes_week FROM caregiver WHERE id = 1"); }),
            kThreads * kEach);
}

TEST(Database, DeferredWritesRunInOrderAreSeenByLaterStatementsAndCommitWithTheTransaction) {
  FreshDatabase fresh("store");
  auto db = Database::open(fresh.url(), 2);
  const std::string insert = "INSERT INTO organisation (name, created_at) VALUES (?, ?)";
  const auto seen = db->write([&](Transaction& tx) {
    tx.exec_deferred(insert, {std::string("A"), std::int64_t{1}});
    tx.exec_deferred("UPDATE organisation SET created_at = ? WHERE name = ?", {std::int64_t{2}, std::string("A")});
    return *tx.query_i64("SELECT created_at FROM organisation WHERE name = ?", {std::string("A")});
  });
  EXPECT_EQ(seen, 2);
  // Deferred last: sent with the commit.
  db->write([&](Transaction& tx) { tx.exec_deferred(insert, {std::string("B"), std::int64_t{3}}); });
  Result<int> undone = db->write([&](Transaction& tx) -> Result<int> {
    tx.exec_deferred(insert, {std::string("C"), std::int64_t{4}});
    return bad_input("name", "", "rolled back");
  });
  EXPECT_FALSE(undone.ok());
  auto rows = db->read([](Transaction& tx) { return tx.query("SELECT name, created_at FROM organisation ORDER BY name"); });
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].text(0), "A");
  EXPECT_EQ(rows[0].i64(1), 2);
  EXPECT_EQ(rows[1].text(0), "B");
}

TEST(Database, ADeferredWritesFailureIsThrownByTheNextStatementOrTheCommitAndNothingCommits) {
  FreshDatabase fresh("store");
  auto db = Database::open(fresh.url(), 2);
  const std::string insert = "INSERT INTO organisation (name, created_at) VALUES (?, ?)";
  db->write([&](Transaction& tx) { tx.exec(insert, {std::string("Same"), std::int64_t{1}}); });
  EXPECT_THROW(db->write([&](Transaction& tx) {
                 tx.exec_deferred(insert, {std::string("Other"), std::int64_t{1}});
                 tx.exec_deferred(insert, {std::string("Same"), std::int64_t{1}});
                 tx.query("SELECT COUNT(*) FROM organisation");
               }),
               ConstraintViolation);
  EXPECT_THROW(db->write([&](Transaction& tx) {
                 tx.exec_deferred(insert, {std::string("Third"), std::int64_t{1}});
                 tx.exec_deferred(insert, {std::string("Same"), std::int64_t{1}});
               }),
               ConstraintViolation);
  EXPECT_EQ(db->read([](Transaction& tx) { return *tx.query_i64("SELECT COUNT(*) FROM organisation"); }), 1);
  // The connections are usable afterwards.
  db->write([&](Transaction& tx) { tx.exec(insert, {std::string("Fourth"), std::int64_t{1}}); });
  EXPECT_EQ(db->read([](Transaction& tx) { return *tx.query_i64("SELECT COUNT(*) FROM organisation"); }), 2);
}

TEST(Database, AQueryBatchAnswersEachReaderInOrderAfterTheDeferredWritesAndAFailureIsThrown) {
  FreshDatabase fresh("store");
  auto db = Database::open(fresh.url(), 2);
  const std::string insert = "INSERT INTO organisation (name, created_at) VALUES (?, ?)";
  db->write([&](Transaction& tx) {
    tx.exec(insert, {std::string("A"), std::int64_t{1}});
    tx.exec(insert, {std::string("B"), std::int64_t{2}});
  });
  // In a write: a deferred write, a row update returning its row, then reads that see both.
  db->write([&](Transaction& tx) {
    tx.exec_deferred(insert, {std::string("C"), std::int64_t{3}});
    QueryBatch batch;
    std::int64_t updated = 0;
    std::int64_t count = 0;
    std::vector<std::string> names;
    std::vector<int> order;
    batch.add("UPDATE organisation SET created_at = created_at + 10 WHERE name = ? RETURNING created_at",
              {std::string("A")}, [&](const Rows& rows) {
                order.push_back(1);
                ASSERT_EQ(rows.size(), 1u);
                updated = rows[0].i64(0);
              });
    batch.add("SELECT COUNT(*) FROM organisation WHERE created_at > ?", {std::int64_t{2}}, [&](const Rows& rows) {
      order.push_back(2);
      count = rows.at(0).i64(0);
    });
    batch.add("SELECT name FROM organisation WHERE name <> ? ORDER BY name", {std::string("B")}, [&](const Rows& rows) {
      order.push_back(3);
      for (const auto& r : rows) names.push_back(r.text(0));
    });
    batch.run(tx);
    EXPECT_EQ(order, (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(updated, 11);
    EXPECT_EQ(count, 2);  // A (now 11) and C (3)
    EXPECT_EQ(names, (std::vector<std::string>{"A", "C"}));
  });
  // In a read, and an empty answer is an empty answer.
  const auto answers = db->read([](Transaction& tx) {
    return tx.query_each({{"SELECT name FROM organisation WHERE created_at = ?", {std::int64_t{11}}},
                          {"SELECT name FROM organisation WHERE name = ?", {std::string("none")}}});
  });
  ASSERT_EQ(answers.size(), 2u);
  ASSERT_EQ(answers[0].size(), 1u);
  EXPECT_EQ(answers[0][0].text(0), "A");
  EXPECT_TRUE(answers[1].empty());
  // A failing statement in a batch is thrown, and the write it belongs to does not commit.
  EXPECT_THROW(db->write([&](Transaction& tx) {
                 tx.exec_deferred(insert, {std::string("D"), std::int64_t{4}});
                 tx.query_each({{"SELECT COUNT(*) FROM organisation", {}}, {insert, {std::string("A"), std::int64_t{5}}}});
               }),
               ConstraintViolation);
  EXPECT_EQ(db->read([](Transaction& tx) { return *tx.query_i64("SELECT COUNT(*) FROM organisation"); }), 3);
}

TEST(Database, AnUnreachableDatabaseIsAClearError) {
  try {
    Database::open("sqlite:/nonexistent-dir/x/y.db", 1);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent-dir/x/y.db"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace carecrowd::store
