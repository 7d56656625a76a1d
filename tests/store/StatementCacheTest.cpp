// The PostgreSQL backend's prepared statements: each pooled connection prepares a SQL text once
// and runs it again by name, whatever the values' types; a connection opened after a loss prepares
// again; a statement outlives a transaction that rolled back; the cache stays within its bound.
// Runs only when CARECROWD_TEST_DATABASE names a PostgreSQL server.
#include <gtest/gtest.h>

#include <cstdlib>
#include <pqxx/pqxx>
#include <string>

#include "core/Error.h"
#include "store/Database.h"
#include "store/PostgresDatabase.h"
#include "support/FreshDatabase.h"

namespace carecrowd::store {
namespace {

using testing::FreshDatabase;

class StatementCache : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* admin = std::getenv("CARECROWD_TEST_DATABASE");
    if (!admin || std::string(admin).rfind("postgres", 0) != 0) GTEST_SKIP() << "needs PostgreSQL";
    admin_ = admin;
    fresh_ = std::make_unique<FreshDatabase>("statements");
  }
  // One connection, so that every transaction below runs in the same session.
  std::unique_ptr<Database> open(std::size_t statement_cache = 256) {
    return open_postgres(fresh_->url(), PostgresOptions{.pool_size = 1, .statement_cache = statement_cache});
  }
  // How often this session prepared a statement for `sql` (written with `?`, as callers do), and
  // how often it ran it.
  static std::pair<std::int64_t, std::int64_t> prepared(Database& db, const std::string& numbered_sql) {
    auto rows = db.read([&](Transaction& tx) {
      return tx.query("SELECT COUNT(*), COALESCE(SUM(generic_plans + custom_plans), 0) FROM pg_prepared_statements "
                      "WHERE statement = ?",
                      {numbered_sql});
    });
    return {rows.at(0).i64(0), rows.at(0).i64(1)};
  }
  static std::int64_t backend(Database& db) {
    return *db.read([](Transaction& tx) { return tx.query_i64("SELECT pg_backend_pid()"); });
  }

  std::string admin_;
  std::unique_ptr<FreshDatabase> fresh_;
};

TEST_F(StatementCache, TheSameSqlRunsAsOnePreparedStatementInReadsAndWrites) {
  auto db = open();
  const std::string sql = "SELECT COUNT(*) FROM organisation WHERE name <> ?";
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(db->read([&](Transaction& tx) { return *tx.query_i64(sql, {std::string("x")}); }), 0);
    db->write([&](Transaction& tx) { tx.query(sql, {std::string("y")}); });
  }
  const auto [statements, executions] = prepared(*db, "SELECT COUNT(*) FROM organisation WHERE name <> $1");
  EXPECT_EQ(statements, 1);
  EXPECT_EQ(executions, 6);
}

TEST_F(StatementCache, OneStatementTakesValuesOfEveryTypeAndNull) {
  // Values travel as text and take the type the statement gives them, as unprepared ones did.
  auto db = open();
  const std::string sql = "SELECT CAST(? AS TEXT)";
  const auto as_text = [&](Param value) {
    auto rows = db->read([&](Transaction& tx) { return tx.query(sql, {value}); });
    return rows.at(0).is_null(0) ? std::string("NULL") : rows.at(0).text(0);
  };
  EXPECT_EQ(as_text(std::int64_t{-42}), "-42");
  EXPECT_EQ(as_text(2.5), "2.5");
  EXPECT_EQ(as_text(std::string("O'Brien?")), "O'Brien?");
  EXPECT_EQ(as_text(nullptr), "NULL");
  EXPECT_EQ(prepared(*db, "SELECT CAST($1 AS TEXT)").first, 1);
}

TEST_F(StatementCache, NumbersComeBackTypedByTheirColumnAndTextStaysText) {
  auto db = open();
  auto rows = db->read([](Transaction& tx) {
    return tx.query("SELECT CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS DOUBLE PRECISION), SUM(CAST(x AS BIGINT)), CAST(? AS TEXT) "
                    "FROM (VALUES (1), (2)) AS v(x)",
                    {std::int64_t{9007199254740993}, std::int64_t{-7}, 0.25, std::string("0042")});
  });
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].i64(0), 9007199254740993);  // beyond a double's exact integers
  EXPECT_EQ(rows[0].text(0), "9007199254740993");
  EXPECT_EQ(rows[0].i64(1), -7);
  EXPECT_DOUBLE_EQ(rows[0].f64(2), 0.25);
  EXPECT_EQ(rows[0].i64(3), 3);  // SUM of integers is NUMERIC in PostgreSQL
  EXPECT_EQ(rows[0].text(4), "0042");
  EXPECT_EQ(rows[0].i64(4), 42);
}

TEST_F(StatementCache, AStatementPreparedInATransactionThatRolledBackStillRuns) {
  auto db = open();
  const std::string insert = "INSERT INTO organisation (name, created_at) VALUES (?, ?)";
  Result<int> undone = db->write([&](Transaction& tx) -> Result<int> {
    tx.exec(insert, {std::string("A"), std::int64_t{1}});
    return bad_input("name", "", "rolled back");
  });
  EXPECT_FALSE(undone.ok());
  // A statement that fails is no reason to forget the ones prepared before it.
  EXPECT_THROW(db->write([&](Transaction& tx) {
                 tx.exec(insert, {std::string("B"), std::int64_t{1}});
                 tx.exec(insert, {std::string("B"), std::int64_t{1}});  // the name is unique
               }),
               ConstraintViolation);
  db->write([&](Transaction& tx) { tx.exec(insert, {std::string("C"), std::int64_t{1}}); });
  EXPECT_EQ(db->read([](Transaction& tx) { return *tx.query_i64("SELECT COUNT(*) FROM organisation"); }), 1);
  EXPECT_EQ(prepared(*db, "INSERT INTO organisation (name, created_at) VALUES ($1, $2)").first, 1);
}

TEST_F(StatementCache, AStatementPostgreSQLRefusesFailsAloneAndTheConnectionServesOn) {
  auto db = open();
  const auto pid = backend(*db);
  // Refused at its Parse, which went out with BEGIN and the execution: neither retried as if the
  // connection were lost nor taken for a constraint.
  const auto refused = [&](auto body) {
    try {
      db->write(body);
    } catch (const TransientFailure&) {
      return std::string("transient");
    } catch (const DatabaseUnavailable&) {
      return std::string("unavailable");
    } catch (const ConstraintViolation&) {
      return std::string("constraint");
    } catch (const std::runtime_error&) {
      return std::string("error");
    }
    return std::string("no error");
  };
  EXPECT_EQ(refused([](Transaction& tx) { tx.exec("INSERT INTO no_such_table VALUES (?)", {std::int64_t{1}}); }), "error");
  EXPECT_EQ(refused([](Transaction& tx) {
              tx.exec("INSERT INTO organisation (name, created_at) VALUES (?, ?)", {std::string("A"), std::int64_t{1}});
              tx.exec("SELECT 1 FROM organisation WHERE created_at = ?", {std::string("not a number")});
            }),
            "error");
  EXPECT_EQ(db->read([](Transaction& tx) { return *tx.query_i64("SELECT COUNT(*) FROM organisation"); }), 0);
  EXPECT_EQ(backend(*db), pid);
}

TEST_F(StatementCache, AConnectionOpenedAfterALossPreparesItsStatementsAgain) {
  auto db = open();
  const std::string sql = "SELECT COUNT(*) FROM organisation WHERE created_at > ?";
  const auto count = [&] { return *db->read([&](Transaction& tx) { return tx.query_i64(sql, {std::int64_t{0}}); }); };
  EXPECT_EQ(count(), 0);
  const auto before = backend(*db);
  {
    pqxx::connection admin(admin_);
    pqxx::nontransaction tx(admin);
    tx.exec("SELECT pg_terminate_backend(" + std::to_string(before) + ", 5000)");
  }
  EXPECT_EQ(count(), 0);  // on a new connection, without the caller noticing
  EXPECT_NE(backend(*db), before);
  EXPECT_EQ(count(), 0);
  const auto [statements, executions] = prepared(*db, "SELECT COUNT(*) FROM organisation WHERE created_at > $1");
  EXPECT_EQ(statements, 1);
  EXPECT_EQ(executions, 2);  // in this session: the two runs after the loss
}

TEST_F(StatementCache, AStatementIsPreparedAfreshAfterItsRunsDoubleSoThatNoGenericPlanOutlivesItsTables) {
  auto db = open();
  const std::string sql = "SELECT COUNT(*) FROM organisation WHERE id > ?";
  const auto names = [&] {
    return db->read([](Transaction& tx) {
      return tx.query("SELECT name FROM pg_prepared_statements WHERE statement = ?",
                      {std::string("SELECT COUNT(*) FROM organisation WHERE id > $1")});
    });
  };
  const auto run = [&](int times) {
    for (int i = 0; i < times; ++i) db->read([&](Transaction& tx) { return tx.query(sql, {std::int64_t{i}}); });
  };
  run(10);
  const auto first = names();
  ASSERT_EQ(first.size(), 1u);
  run(60);  // past 64 runs
  const auto second = names();
  ASSERT_EQ(second.size(), 1u);  // the old one is gone
  EXPECT_NE(second[0].text(0), first[0].text(0));
  run(100);  // the next renewal comes after 128 more
  const auto third = names();
  ASSERT_EQ(third.size(), 1u);
  EXPECT_EQ(third[0].text(0), second[0].text(0));
}

TEST_F(StatementCache, ManyDistinctTextsStayWithinTheBoundAndAllRunCorrectly) {
  constexpr std::size_t kBound = 8;
  auto db = open(kBound);
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 40; ++i) {
      const std::string sql = "SELECT CAST(? AS BIGINT) + " + std::to_string(i);
      EXPECT_EQ(db->read([&](Transaction& tx) { return *tx.query_i64(sql, {std::int64_t{round}}); }), round + i);
    }
  }
  const auto statements =
      *db->read([](Transaction& tx) { return tx.query_i64("SELECT COUNT(*) FROM pg_prepared_statements"); });
  EXPECT_LE(statements, static_cast<std::int64_t>(kBound));
  EXPECT_GT(statements, 0);
}

}  // namespace
}  // namespace carecrowd::store
