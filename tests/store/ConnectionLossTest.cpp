// PostgreSQL going away under a running pool: a lost connection is replaced without the caller
// noticing, a database that refuses connections fails promptly with DatabaseUnavailable (the
// request can answer 503), and the pool serves again by itself once PostgreSQL is back. Runs only
// when CARECROWD_TEST_DATABASE names a PostgreSQL server (it needs its admin connection).
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <pqxx/pqxx>
#include <string>

#include "store/Database.h"
#include "support/FreshDatabase.h"

namespace carecrowd::store {
namespace {

using testing::FreshDatabase;

class ConnectionLoss : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* admin = std::getenv("CARECROWD_TEST_DATABASE");
    if (!admin || std::string(admin).rfind("postgres", 0) != 0) GTEST_SKIP() << "needs PostgreSQL";
    admin_ = admin;
    fresh_ = std::make_unique<FreshDatabase>("loss");
    name_ = fresh_->url().substr(fresh_->url().rfind('/') + 1);
    name_ = name_.substr(0, name_.find('?'));
    db_ = Database::open(fresh_->url(), 4);
  }
  void TearDown() override {
    if (!admin_.empty()) admin("ALTER DATABASE " + name_ + " ALLOW_CONNECTIONS true");
    db_.reset();
    fresh_.reset();
  }
  void admin(const std::string& sql) {
    pqxx::connection c(admin_);
    pqxx::nontransaction tx(c);
    tx.exec(sql);
  }
  // What a PostgreSQL restart does to the pool's connections (waiting until they are gone).
  void terminate_connections() {
    admin("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = '" + name_ +
          "' AND pid <> pg_backend_pid()");
  }
  std::int64_t organisations() {
    return db_->read([](Transaction& tx) { return *tx.query_i64("SELECT COUNT(*) FROM organisation"); });
  }
  void add_organisation(const std::string& name) {
    db_->write([&](Transaction& tx) {
      tx.exec("INSERT INTO organisation (name, created_at) VALUES (?, ?)", {name, std::int64_t{1}});
    });
  }

  std::string admin_, name_;
  std::unique_ptr<FreshDatabase> fresh_;
  std::unique_ptr<Database> db_;
};

TEST_F(ConnectionLoss, ALostConnectionIsReplacedWithoutTheCallerNoticing) {
  add_organisation("Before");
  terminate_connections();
  EXPECT_EQ(organisations(), 1);
  terminate_connections();
  add_organisation("After");
  EXPECT_EQ(organisations(), 2);
}

TEST_F(ConnectionLoss, ARefusingDatabaseFailsPromptlyAsUnavailableAndThePoolRecoversByItself) {
  add_organisation("Before");
  admin("ALTER DATABASE " + name_ + " ALLOW_CONNECTIONS false");
  terminate_connections();
  const auto started = std::chrono::steady_clock::now();
  EXPECT_THROW(add_organisation("During"), DatabaseUnavailable);
  EXPECT_THROW(organisations(), DatabaseUnavailable);
  const auto waited = std::chrono::steady_clock::now() - started;
  EXPECT_LT(waited, std::chrono::seconds(10)) << "a request must not hang while the database is away";

  admin("ALTER DATABASE " + name_ + " ALLOW_CONNECTIONS true");
  add_organisation("After");
  EXPECT_EQ(organisations(), 2);
}

}  // namespace
}  // namespace carecrowd::store
