// RecordWorld: what the records tests stand on: a fresh database (SQLite, or PostgreSQL when
// CARECROWD_TEST_DATABASE names one) and the rows a task needs to exist (an organisation, a client,
// an arrangement with one care task, caregivers), made directly so that each test reads as the
// records functions it pins.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "records/OrganisationRecord.h"
#include "records/TaskRecord.h"
#include "store/Database.h"
#include "support/FreshDatabase.h"

namespace carecrowd::records {

class RecordWorld : public ::testing::Test {
 protected:
  void SetUp() override {
    fresh_ = std::make_unique<testing::FreshDatabase>("records");
    db_ = store::Database::open(fresh_->url());
  }
  void TearDown() override {
    db_.reset();
    fresh_.reset();
  }

  // An organisation with one client, whose arrangement has one care task.
  struct CareSetting {
    std::int64_t organisation_id = 0, client_id = 0, care_task_id = 0;
  };
  CareSetting make_care_setting(const std::string& organisation_name) {
    return db_->write([&](store::Transaction& tx) {
      CareSetting s;
      s.organisation_id = insert_organisation(tx, organisation_name, 0);
      s.client_id = *tx.query_i64(
          "INSERT INTO client (organisation_id, name, address, postcode, lat, lon, notes, created_at) "
          "VALUES (?, 'Client', 'Street 1', '3511 AA', 52.09, 5.12, '', 0) RETURNING id",
          {s.organisation_id});
      const auto arrangement = *tx.query_i64(
          "INSERT INTO arrangement (organisation_id, client_id, valid_from, created_at) VALUES (?, ?, 0, 0) RETURNING id",
          {s.organisation_id, s.client_id});
      s.care_task_id = *tx.query_i64(
          "INSERT INTO care_task (arrangement_id, key, task_type, rrule, window_start, window_end, duration, level, "
          "certificates, mode, staff, pay_cents) VALUES (?, 'wash', 'washing', 'FREQ=DAILY', 480, 540, 30, 2, '', "
          "'physical', 1, 1100) RETURNING id",
          {arrangement});
      return s;
    });
  }

  std::int64_t make_caregiver(const std::string& name, double home_lat, double home_lon) {
    return db_->write([&](store::Transaction& tx) {
      return *tx.query_i64(
          "INSERT INTO caregiver (name, level, kind, home_lat, home_lon, travel_mode, max_minutes_week, "
          "hourly_rate_cents) VALUES (?, 3, 'freelancer', ?, ?, 'car', 2400, 2500) RETURNING id",
          {name, home_lat, home_lon});
    });
  }

  // A new task of the care setting on `day` (window 08:00-09:00, 30 minutes).
  static TaskRecord new_task(const CareSetting& s, DayNumber day, std::int64_t slot = 0) {
    TaskRecord t;
    t.organisation_id = s.organisation_id;
    t.client_id = s.client_id;
    t.care_task_id = s.care_task_id;
    t.day = day;
    t.slot = slot;
    t.window_start = day * kMinutesPerDay + 480;
    t.window_end = day * kMinutesPerDay + 540;
    t.duration = 30;
    t.task_type = "washing";
    t.level = 2;
    t.mode = "physical";
    t.pay_cents = 1100;
    t.lat = 52.09;
    t.lon = 5.12;
    t.area = "3511";
    return t;
  }

  // The ids of the organisation's tasks on days first..last, by id.
  std::vector<std::int64_t> task_ids(std::int64_t organisation_id, DayNumber first, DayNumber last) {
    return db_->read([&](store::Transaction& tx) {
      std::vector<std::int64_t> out;
      for (const auto& r : tx.query("SELECT id FROM task WHERE organisation_id = ? AND day >= ? AND day <= ? ORDER BY id",
                                    {organisation_id, first, last})) {
        out.push_back(r.i64(0));
      }
      return out;
    });
  }

  std::unique_ptr<testing::FreshDatabase> fresh_;
  std::unique_ptr<store::Database> db_;
};

}  // namespace carecrowd::records
