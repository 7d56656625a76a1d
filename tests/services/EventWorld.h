// EventWorld: a fresh database (SQLite, or PostgreSQL when CARECROWD_TEST_DATABASE names one) with a
// platform on a clock the test moves, and the few things the live-event tests need: organisations
// with a coordinator, clients with one daily task, caregivers available on the test's day, and the
// events published so far.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "services/Care.h"
#include "services/Events.h"
#include "support/FreshDatabase.h"
#include "store/Database.h"

namespace carecrowd::services {

class EventWorld : public ::testing::Test {
 protected:
  using Json = nlohmann::json;

  void SetUp() override {
    fresh_ = std::make_unique<testing::FreshDatabase>("events");
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

  // A client of the coordinator's organisation with one task every day in [start, end) ("HH:MM"),
  // materialised for the horizon. Returns the client's id.
  std::int64_t make_client_with_daily_task(const Principal& coordinator, const std::string& name, const std::string& start,
                                           const std::string& end, double lat = 52.0907, double lon = 5.1214) {
    auto client = create_client(*platform_, coordinator,
                                {{"name", name}, {"address", name + "straat 1"}, {"postcode", "3511 AB"}, {"lat", lat}, {"lon", lon}});
    EXPECT_TRUE(client.ok()) << (client.ok() ? "" : client.error().message());
    const auto id = client.value()["id"].get<std::int64_t>();
    Json task = {{"key", "care"},
                 {"type", "personal care"},
                 {"weekly", {{"days", {"mo", "tu", "we", "th", "fr", "sa", "su"}}}},
                 {"window", {{"start", start}, {"end", end}}},
                 {"duration_minutes", 30}};
    auto arrangement = create_arrangement(*platform_, coordinator, id, {{"tasks", {task}}});
    EXPECT_TRUE(arrangement.ok()) << (arrangement.ok() ? "" : arrangement.error().message());
    return id;
  }

  // The client's task on `day`.
  std::int64_t task_on(std::int64_t client_id, DayNumber day) {
    return db_->read([&](store::Transaction& tx) {
      return *tx.query_i64("SELECT id FROM task WHERE client_id = ? AND day = ? AND status = 'open'", {client_id, day});
    });
  }

  // A caregiver (level 3, freelancer) working for the organisation, living at (lat, lon), available
  // every day from `from` to `to` (minutes of the day); with a login.
  Principal make_caregiver(const std::string& name, const Principal& organisation, double lat = 52.0900,
                           double lon = 5.1150, int from = 7 * 60, int to = 15 * 60) {
    return db_->write([&](store::Transaction& tx) {
      const auto id = *tx.query_i64(
          "INSERT INTO caregiver (name, level, kind, home_lat, home_lon, travel_mode, max_minutes_week, "
          "hourly_rate_cents) VALUES (?, 3, 'freelancer', ?, ?, 'bike', 2400, 2500) RETURNING id",
          {name, lat, lon});
      tx.exec("INSERT INTO caregiver_organisation (caregiver_id, organisation_id, employed) VALUES (?, ?, 0)",
              {id, *organisation.organisation_id});
      if (to > from) {
        for (std::int64_t weekday = 0; weekday < 7; ++weekday) {
          tx.exec("INSERT INTO availability (caregiver_id, weekday, from_minute, to_minute, available) VALUES (?, ?, ?, ?, 1)",
                  {id, weekday, std::int64_t{from}, std::int64_t{to}});
        }
      }
      Principal who;
      who.role = Role::caregiver;
      who.caregiver_id = id;
      who.name = name;
      who.source = "test";
      who.user_id = *tx.query_i64(
          "INSERT INTO app_user (email, name, password_hash, role, caregiver_id, created_at) VALUES (?, ?, 'x', "
          "'caregiver', ?, ?) RETURNING id",
          {name + "@crowd.test", name, id, now_});
      return who;
    });
  }

  // Every event published so far, oldest first.
  std::vector<Event> all_events() { return events_after(*platform_, 0, kMaxEventsPerRead); }

  // The events of one type, with their data parsed.
  std::vector<std::pair<Event, Json>> events_of_type(const std::string& type) {
    std::vector<std::pair<Event, Json>> out;
    for (auto& e : all_events()) {
      if (e.type == type) out.emplace_back(e, Json::parse(e.data_json));
    }
    return out;
  }

  // Monday 2030-03-04 08:00; "tomorrow" is Tuesday.
  LocalMinute now_ = day_number({2030, 3, 4}) * kMinutesPerDay + 8 * 60;
  DayNumber today_ = day_number({2030, 3, 4});
  DayNumber tomorrow_ = today_ + 1;
  std::unique_ptr<testing::FreshDatabase> fresh_;
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<Platform> platform_;
};

}  // namespace carecrowd::services
