// AlarmWorld: an EventWorld with what the alarm tests need: an organisation with a coordinator and
// an alarm centre, a client at Utrecht's Domplein with access instructions, caregivers placed at
// known distances from them, and shorthands for alarms and what became of them.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "services/AlarmDispatch.h"
#include "services/Alarms.h"
#include "services/Monitoring.h"
#include "EventWorld.h"

namespace carecrowd::services {

class AlarmWorld : public EventWorld {
 protected:
  void SetUp() override {
    EventWorld::SetUp();
    coordinator_ = make_organisation("Noord");
    centre_ = db_->write([&](store::Transaction& tx) {
      Principal who;
      who.role = Role::alarm_centre;
      who.organisation_id = coordinator_.organisation_id;
      who.source = "test";
      who.user_id = *tx.query_i64(
          "INSERT INTO app_user (email, name, password_hash, role, organisation_id, created_at) VALUES "
          "('centre@noord.test', 'Alarmcentrale', 'x', 'alarm_centre', ?, 0) RETURNING id",
          {*coordinator_.organisation_id});
      return who;
    });
    auto client = create_client(*platform_, coordinator_,
                                records::ClientDetails{"Mevrouw de Vries", "Domplein 1", "3512 JC", 52.0907, 5.1214, ""});
    ASSERT_TRUE(client.ok());
    client_ = client.value().id;
    ASSERT_TRUE(set_access_instructions(*platform_, coordinator_, client_, AccessInstructions{"key safe 4711"}).ok());
  }

  // A caregiver `metres_west` of the client, available today 07:00-15:00 (the clock reads 08:00).
  Principal responder(const std::string& name, int metres_west, int from = 7 * 60, int to = 15 * 60) {
    return make_caregiver(name, coordinator_, 52.0907, 5.1214 - metres_west / 68'500.0, from, to);
  }

  AlarmInput alarm_input(domain::AlarmKind kind, domain::AlarmPriority priority, const std::string& source) {
    AlarmInput in;
    in.client_id = client_;
    in.kind = kind;
    in.priority = priority;
    in.observed_at = now_;
    in.observations = {{"heart_rate", 128}};
    in.source_id = source;
    return in;
  }

  // An alarm from the centre; fails the test when refused.
  AlarmView raise(domain::AlarmKind kind, domain::AlarmPriority priority, const std::string& source) {
    auto received = raise_alarm(*platform_, centre_, alarm_input(kind, priority, source));
    EXPECT_TRUE(received.ok()) << (received.ok() ? "" : received.error().message());
    return received.ok() ? received.value().view : AlarmView{};
  }
  AlarmView fall(const std::string& source = "fall-1") {
    return raise(domain::AlarmKind::fall, domain::AlarmPriority::high, source);
  }

  // The alarm as care staff see it.
  AlarmView seen(std::int64_t alarm_id) {
    auto view = read_alarm(*platform_, coordinator_, alarm_id);
    EXPECT_TRUE(view.ok()) << (view.ok() ? "" : view.error().message());
    return view.ok() ? view.value() : AlarmView{};
  }

  // The caregivers with an open offer of the alarm, soonest arrival first.
  std::vector<std::int64_t> offered(std::int64_t alarm_id) {
    std::vector<std::int64_t> out;
    for (const auto& o : seen(alarm_id).offers) {
      if (o.status == domain::OfferStatus::offered) out.push_back(o.caregiver_id);
    }
    return out;
  }

  std::vector<std::string> timeline_events(std::int64_t alarm_id) {
    std::vector<std::string> out;
    for (const auto& s : seen(alarm_id).timeline) out.push_back(s.event);
    return out;
  }

  // Moves the platform's clock on and fires the timers that ran out.
  std::int64_t wait_minutes(int minutes) {
    now_ += minutes;
    return sweep_alarms(*platform_);
  }

  std::int64_t count(const std::string& sql, const std::vector<store::Param>& params = {}) {
    return db_->read([&](store::Transaction& tx) { return tx.query_i64(sql, params).value_or(0); });
  }

  Principal coordinator_;
  Principal centre_;
  std::int64_t client_ = 0;
};

}  // namespace carecrowd::services
