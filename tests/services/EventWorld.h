// EventWorld: a ServiceWorld with the few things the live-event tests need: organisations
// with a coordinator, clients with one daily task, caregivers available on the test's day, and the
// events published so far.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "domain/Recurrence.h"
#include "services/Accounts.h"
#include "services/Arrangements.h"
#include "services/Clients.h"
#include "services/Events.h"
#include "ServiceWorld.h"

namespace carecrowd::services {

class EventWorld : public ServiceWorld {
 protected:
  using Json = nlohmann::json;

  EventWorld() : ServiceWorld("events") {}

  // A client of the coordinator's organisation with one task every day in [start, end) ("HH:MM"),
  // materialised for the horizon. Returns the client's id.
  std::int64_t make_client_with_daily_task(const Principal& coordinator, const std::string& name, const std::string& start,
                                           const std::string& end, double lat = 52.0907, double lon = 5.1214) {
    auto client = create_client(*platform_, coordinator,
                                records::ClientDetails{name, name + "straat 1", "3511 AB", lat, lon, ""});
    EXPECT_TRUE(client.ok()) << (client.ok() ? "" : client.error().message());
    const auto id = client.value().id;
    CareTaskInput task;
    task.key = "care";
    task.type = "personal care";
    task.rrule = Recurrence::weekly({0, 1, 2, 3, 4, 5, 6}, 1, "weekly").value().to_rrule();
    task.window_start = parse_clock(start, "start").value();
    task.window_end = parse_clock(end, "end").value();
    task.duration = 30;
    auto arrangement = create_arrangement(*platform_, coordinator, id, ArrangementInput{std::nullopt, std::nullopt, {task}});
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
      CaregiverRow row;
      row.name = name;
      row.lat = lat;
      row.lon = lon;
      const Principal who = insert_caregiver(tx, row, *organisation.organisation_id);
      if (to > from) {
        for (std::int64_t weekday = 0; weekday < 7; ++weekday) {
          tx.exec("INSERT INTO availability (caregiver_id, weekday, from_minute, to_minute, available) VALUES (?, ?, ?, ?, 1)",
                  {*who.caregiver_id, weekday, std::int64_t{from}, std::int64_t{to}});
        }
      }
      return who;
    });
  }

  // A family account of `client` in `organisation` (as its admin makes one), signed in.
  Principal make_family_account(const std::string& name, std::int64_t client, const Principal& organisation) {
    const auto id = db_->write([&](store::Transaction& tx) {
      return insert_user(tx, {name + "@family.test", name, "x", Role::client, organisation.organisation_id, std::nullopt,
                              client});
    });
    EXPECT_TRUE(id.ok());
    Principal who;
    who.user_id = id.ok() ? id.value() : 0;
    who.role = Role::client;
    who.name = name;
    who.organisation_id = organisation.organisation_id;
    who.client_id = client;
    who.source = "test";
    return who;
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

  // The clock starts Monday 2030-03-04 08:00 (ServiceWorld); "tomorrow" is Tuesday.
  DayNumber today_ = day_number({2030, 3, 4});
  DayNumber tomorrow_ = today_ + 1;
};

}  // namespace carecrowd::services
