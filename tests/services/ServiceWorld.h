// ServiceWorld: what the service tests stand on. A fresh database (SQLite, or PostgreSQL when
// CARECROWD_TEST_DATABASE names one), a platform on a clock the test moves (Monday 2030-03-04
// 08:00 at the start), and organisations and caregivers made as rows (their registration is
// another service's).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "domain/CivilTime.h"
#include "services/Platform.h"
#include "services/Principal.h"
#include "store/Database.h"
#include "support/FreshDatabase.h"

namespace carecrowd::services {

class ServiceWorld : public ::testing::Test {
 protected:
  // `database`: the fresh database's name (one per fixture, for finding it when a test fails).
  explicit ServiceWorld(std::string database) : database_(std::move(database)) {}

  void SetUp() override {
    fresh_ = std::make_unique<testing::FreshDatabase>(database_);
    db_ = store::Database::open(fresh_->url());
    platform_ = std::make_unique<Platform>(*db_, Settings{}, [this] { return now_; });
  }
  void TearDown() override {
    platform_.reset();
    db_.reset();
    fresh_.reset();
  }

  // An organisation and its coordinator.
  Principal make_organisation(const std::string& name) {
    return db_->write([&](store::Transaction& tx) {
      const auto org = *tx.query_i64("INSERT INTO organisation (name, created_at) VALUES (?, ?) RETURNING id", {name, now_});
      Principal who;
      who.role = Role::coordinator;
      who.organisation_id = org;
      who.source = "test";
      who.user_id = *tx.query_i64(
          "INSERT INTO app_user (email, name, password_hash, role, organisation_id, created_at) VALUES (?, ?, 'x', "
          "'coordinator', ?, ?) RETURNING id",
          {"coordinator@" + std::to_string(org) + ".test", "Coordinator " + name, org, now_});
      return who;
    });
  }

  // A caregiver row working for the organisation, with a login; availability is the caller's.
  struct CaregiverRow {
    std::string name;
    int level = 3;
    std::string kind = "freelancer";
    double lat = 52.0900;
    double lon = 5.1150;
    int max_minutes_week = 2400;
    bool employed = false;
  };
  Principal insert_caregiver(store::Transaction& tx, const CaregiverRow& c, std::int64_t organisation_id) {
    const auto id = *tx.query_i64(
        "INSERT INTO caregiver (name, level, kind, home_lat, home_lon, travel_mode, max_minutes_week, "
        "hourly_rate_cents) VALUES (?, ?, ?, ?, ?, 'bike', ?, 2500) RETURNING id",
        {c.name, std::int64_t{c.level}, c.kind, c.lat, c.lon, std::int64_t{c.max_minutes_week}});
    tx.exec("INSERT INTO caregiver_organisation (caregiver_id, organisation_id, employed) VALUES (?, ?, ?)",
            {id, organisation_id, std::int64_t{c.employed ? 1 : 0}});
    Principal who;
    who.role = Role::caregiver;
    who.caregiver_id = id;
    who.name = c.name;
    who.source = "test";
    who.user_id = *tx.query_i64(
        "INSERT INTO app_user (email, name, password_hash, role, caregiver_id, created_at) VALUES (?, ?, 'x', "
        "'caregiver', ?, ?) RETURNING id",
        {c.name + "@crowd.test", c.name, id, now_});
    return who;
  }

  LocalMinute now_ = day_number({2030, 3, 4}) * kMinutesPerDay + 8 * 60;
  std::unique_ptr<testing::FreshDatabase> fresh_;
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<Platform> platform_;

 private:
  std::string database_;
};

}  // namespace carecrowd::services
