// Alarms over HTTP: an alarm centre sends a fall, the caregiver on duty is offered it, sees only
// its kind, priority, distance and area, accepts and then sees the client with the access
// instructions (audited), arrives and resolves it; a source id sent again answers the first alarm;
// the triage policy and a client's devices; bad input on every alarm route is a 400 naming the
// field and stores nothing; other roles and organisations see nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

#include "MarketWorld.h"
#include "TestServer.h"
#include "domain/CivilTime.h"

namespace carecrowd::testing {
namespace {

struct AlarmApi : ::testing::Test {
  TestServer server;
  Api api = server.api();
  std::string admin = api.login(kAdminEmail, kAdminPassword);
  Organisation org = make_organisation(api, admin, "Zorg Alarm");
  std::int64_t client = make_client(api, org.coordinator_token, "Mevrouw Valpartij");
  Caregiver anna = make_caregiver(api, "anna@alarm.test", "Anna", 3, {org.id});
  std::string centre = make_centre();

  std::string make_centre() {
    const auto path = "/v1/organisations/" + std::to_string(org.id) + "/users";
    const auto made = api.post(path, {{"email", "centrale@alarm.test"}, {"name", "Alarmcentrale"},
                                      {"password", "centre-password"}, {"role", "alarm_centre"}},
                               org.admin_token);
    EXPECT_EQ(made.status, 201) << made.text;
    return api.login("centrale@alarm.test", "centre-password");
  }

  Json fall(const std::string& source) {
    return {{"client_id", client},
            {"kind", "fall"},
            {"priority", "high"},
            {"observed_at", format_local_time(simulated_now())},
            {"observations", {{"impact_g", 3.2}}},
            {"source_id", source}};
  }

  // A pulse oximeter's reading as a FHIR R4 Observation, through the centre's gateway.
  Json observation(const std::string& source) {
    return {{"resourceType", "Observation"},
            {"id", "obs-" + source},
            {"status", "final"},
            {"identifier", {{{"system", "urn:gateway:noord"}, {"value", source}}}},
            {"subject", {{"reference", "Patient/" + std::to_string(client)}}},
            {"code", {{"coding", {{{"system", "https://carecrowd.nl/fhir/alarm-kind"}, {"code", "vital-out-of-range"}}}},
                      {"text", "pulse"}}},
            {"interpretation",
             {{{"coding", {{{"system", "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"}, {"code", "HH"}}}}}}},
            {"effectiveDateTime", format_local_time(simulated_now()) + ":00"},
            {"valueQuantity", {{"value", 142}, {"unit", "/min"}}},
            {"component", {{{"code", {{"coding", {{{"system", "http://loinc.org"}, {"code", "spo2"}}}}}},
                            {"valueQuantity", {{"value", 88}, {"unit", "%"}}}}}}};
  }

  std::string alarm_path(std::int64_t id, const std::string& action = "") {
    return "/v1/alarms/" + std::to_string(id) + (action.empty() ? "" : "/" + action);
  }

  int alarm_reads_by_caregivers() {
    auto log = api.get("/v1/audit?limit=1000&client_id=" + std::to_string(client), org.admin_token);
    EXPECT_EQ(log.status, 200) << log.text;
    int reads = 0;
    for (const auto& e : log.body["items"]) {
      if (e["event"] == "alarm.read" && e["role"] == "caregiver") ++reads;
    }
    return reads;
  }
};

TEST_F(AlarmApi, AFallIsOfferedAcceptedAndResolvedWithTheClientShownOnlyAfterAcceptance) {
  ASSERT_EQ(api.put("/v1/clients/" + std::to_string(client) + "/access", {{"instructions", "key safe 4711"}},
                    org.coordinator_token).status,
            200);
  auto sent = api.post("/v1/alarms", fall("ac-1"), centre);
  ASSERT_EQ(sent.status, 201) << sent.text;
  const std::int64_t id = sent.body["id"];
  EXPECT_EQ(sent.body["status"], "dispatching");
  ASSERT_EQ(sent.body["offers"].size(), 1u);
  EXPECT_EQ(sent.body["offers"][0]["caregiver_id"], anna.id);
  EXPECT_EQ(sent.body["offers"][0]["status"], "offered");
  EXPECT_GE(sent.body["offers"][0]["predicted_minutes"].get<int>(), 1);
  EXPECT_FALSE(sent.body.contains("client")) << "the alarm centre sent the client; it is not shown back";

  auto before = api.get(alarm_path(id), anna.token);
  ASSERT_EQ(before.status, 200) << before.text;
  EXPECT_EQ(before.body["kind"], "fall");
  EXPECT_EQ(before.body["priority"], "high");
  EXPECT_EQ(before.body["area"], "3511");
  EXPECT_TRUE(before.body["offers"][0].contains("distance_metres"));
  for (const char* secret : {"Valpartij", "Teststraat", "4711", "impact_g", "client_id", "timeline"}) {
    EXPECT_EQ(before.text.find(secret), std::string::npos) << secret << " in " << before.text;
  }
  EXPECT_EQ(alarm_reads_by_caregivers(), 0);

  auto accepted = api.post(alarm_path(id, "accept"), Json::object(), anna.token);
  ASSERT_EQ(accepted.status, 200) << accepted.text;
  EXPECT_EQ(accepted.body["status"], "accepted");
  EXPECT_EQ(accepted.body["client"]["name"], "Mevrouw Valpartij");
  EXPECT_EQ(accepted.body["client"]["address"], "Teststraat 1");
  EXPECT_EQ(accepted.body["client"]["access_instructions"], "key safe 4711");
  EXPECT_EQ(accepted.body["observations"]["impact_g"], 3.2);
  EXPECT_EQ(alarm_reads_by_caregivers(), 1);

  EXPECT_EQ(api.post(alarm_path(id, "accept"), Json::object(), anna.token).status, 409);
  auto arrived = api.post(alarm_path(id, "arrived"), Json::object(), anna.token);
  ASSERT_EQ(arrived.status, 200) << arrived.text;
  EXPECT_EQ(arrived.body["status"], "on_site");
  auto resolved = api.post(alarm_path(id, "resolve"), {{"reason", "helped up, no injury"}}, anna.token);
  ASSERT_EQ(resolved.status, 200) << resolved.text;

  auto seen = api.get(alarm_path(id), org.coordinator_token);
  ASSERT_EQ(seen.status, 200);
  EXPECT_EQ(seen.body["status"], "resolved");
  std::vector<std::string> events;
  for (const auto& step : seen.body["timeline"]) events.push_back(step["event"]);
  EXPECT_EQ(events, (std::vector<std::string>{"created", "triaged", "dispatching", "accepted", "on_site", "resolved"}));
  EXPECT_EQ(seen.body["timeline"].back()["reason"], "helped up, no injury");
  EXPECT_EQ(seen.body["timeline"].back()["actor"], "caregiver:" + std::to_string(anna.id));

  auto list = api.get("/v1/alarms?open=false", org.coordinator_token);
  ASSERT_EQ(list.status, 200) << list.text;
  ASSERT_EQ(list.body["items"].size(), 1u);
  EXPECT_EQ(api.get("/v1/alarms", org.coordinator_token).body["items"].size(), 0u) << "open alarms only by default";
}

TEST_F(AlarmApi, OfCaregiversAcceptingThroughTwoServersOnOneDatabaseExactlyOneWins) {
  TestServer second(TestServer::SameDatabase{}, server);
  const Caregiver bert = make_caregiver(api, "bert@alarm.test", "Bert", 3, {org.id});
  const Caregiver cora = make_caregiver(api, "cora@alarm.test", "Cora", 3, {org.id});
  auto sent = second.api().post("/v1/alarms", fall("race-1"), centre);
  ASSERT_EQ(sent.status, 201) << sent.text;
  ASSERT_EQ(sent.body["offers"].size(), 3u);
  const std::string accept = alarm_path(sent.body["id"], "accept");
  std::atomic<int> won{0}, lost{0}, other{0};
  std::vector<std::thread> threads;
  const std::vector<std::string> tokens{anna.token, bert.token, cora.token};
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    threads.emplace_back([&, i] {
      Api through = i % 2 == 0 ? server.api() : second.api();
      const auto r = through.post(accept, Json::object(), tokens[i]);
      (r.status == 200 ? won : r.status == 409 ? lost : other)++;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(won, 1);
  EXPECT_EQ(lost, 2) << other << " answers were neither 200 nor 409";
  auto seen = api.get(alarm_path(sent.body["id"]), org.coordinator_token);
  int accepted = 0;
  for (const auto& o : seen.body["offers"]) accepted += o["status"] == "accepted" ? 1 : 0;
  EXPECT_EQ(accepted, 1);
}

TEST_F(AlarmApi, AnAlarmCentreKeySendsAlarmsWithoutALoginUntilRevoked) {
  const std::string keys = "/v1/organisations/" + std::to_string(org.id) + "/alarm-keys";
  EXPECT_EQ(api.post(keys, {{"label", "Gateway"}}, org.coordinator_token).status, 403) << "the admin makes keys";
  EXPECT_EQ(api.post(keys, {{"label", ""}}, org.admin_token).status, 400);
  auto made = api.post(keys, {{"label", "Alarmcentrale Utrecht"}}, org.admin_token);
  ASSERT_EQ(made.status, 201) << made.text;
  const std::string key = made.body["key"];
  EXPECT_EQ(made.body["expires_in_days"], 365);
  auto me = api.get("/v1/me", key);
  ASSERT_EQ(me.status, 200) << me.text;
  EXPECT_EQ(me.body["role"], "alarm_centre");
  EXPECT_EQ(api.post("/v1/alarms", fall("key-1"), key).status, 201);
  Organisation other = make_organisation(api, admin, "Zorg Sleutel");
  EXPECT_EQ(api.del(keys + "/" + std::to_string(made.body["id"].get<std::int64_t>()), other.admin_token).status, 403);
  EXPECT_EQ(api.del(keys + "/" + std::to_string(anna.id), org.admin_token).status, 404) << "not a key";
  auto revoked = api.del(keys + "/" + std::to_string(made.body["id"].get<std::int64_t>()), org.admin_token);
  ASSERT_EQ(revoked.status, 200) << revoked.text;
  EXPECT_EQ(api.post("/v1/alarms", fall("key-2"), key).status, 401);
}

// The one test that waits for the platform's clock (a minute, real time): a timer set before a crash
// fires after the restart, from its row, by the server's own sweep.
TEST_F(AlarmApi, ATimerSetBeforeACrashFiresWhenTheServerIsBack) {
  Json policy = api.get("/v1/alarm-policy", org.coordinator_token).body;
  policy["remote_check_minutes"] = 1;
  ASSERT_EQ(api.put("/v1/alarm-policy", policy, org.admin_token).status, 200);
  auto sent = api.post("/v1/alarms",
                       {{"client_id", client}, {"kind", "button"}, {"priority", "high"},
                        {"observed_at", format_local_time(simulated_now())}, {"source_id", "crash-1"}},
                       centre);
  ASSERT_EQ(sent.status, 201) << sent.text;
  ASSERT_EQ(sent.body["status"], "remote_check");
  server.kill_hard();
  // Back when the check's minute has run out on the platform's clock (two minutes later).
  server.start(2);
  Api back = server.api();
  const std::string coordinator = back.login(org.coordinator_email, "coordinator-pass");
  Reply seen;
  for (int i = 0; i < 40; ++i) {
    seen = back.get(alarm_path(sent.body["id"]), coordinator);
    if (seen.body.value("status", "") == "dispatching") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
  ASSERT_EQ(seen.body["status"], "dispatching") << seen.text;
  EXPECT_EQ(seen.body["offers"][0]["caregiver_id"], anna.id);
  EXPECT_EQ(seen.body["timeline"].back()["actor"], "platform");
  EXPECT_NE(seen.body["timeline"].back()["reason"].get<std::string>().find("no answer to the remote check"),
            std::string::npos);
}

TEST_F(AlarmApi, TheSameSourceIdAnswersTheFirstAlarm) {
  auto first = api.post("/v1/alarms", fall("ac-2"), centre);
  ASSERT_EQ(first.status, 201) << first.text;
  auto again = api.post("/v1/alarms", fall("ac-2"), centre);
  ASSERT_EQ(again.status, 200) << again.text;
  EXPECT_EQ(again.body["id"], first.body["id"]);
  EXPECT_EQ(api.get("/v1/alarms", org.coordinator_token).body["items"].size(), 1u);
}

TEST_F(AlarmApi, ACoordinatorEntersAPhonedInAlarmAndChecksItRemotely) {
  auto sent = api.post("/v1/alarms",
                       {{"client_id", client}, {"kind", "button"}, {"priority", "medium"},
                        {"observed_at", format_local_time(simulated_now())}, {"source_id", "phone-1"}},
                       org.coordinator_token);
  ASSERT_EQ(sent.status, 201) << sent.text;
  EXPECT_EQ(sent.body["status"], "remote_check");
  EXPECT_EQ(sent.body["client"]["name"], "Mevrouw Valpartij") << "care staff see their client";
  auto dispatched = api.post(alarm_path(sent.body["id"], "dispatch"), {{"reason", "no answer"}}, org.coordinator_token);
  ASSERT_EQ(dispatched.status, 200) << dispatched.text;
  EXPECT_EQ(dispatched.body["status"], "dispatching");
  auto declined = api.post(alarm_path(sent.body["id"], "decline"), Json::object(), anna.token);
  ASSERT_EQ(declined.status, 200) << declined.text;
  EXPECT_EQ(declined.body["offers"][0]["status"], "declined");
  auto after = api.get(alarm_path(sent.body["id"]), org.coordinator_token);
  EXPECT_EQ(after.body["status"], "escalated") << "the only caregiver said no: the coordinator has it";
  EXPECT_EQ(after.body["escalation"], "coordinator");
}

TEST_F(AlarmApi, TheKeyFiguresCountTheDaysAlarmsFromTheirTimelinesInJsonAndCsv) {
  // A fall Anna answers on site, and a button alarm the coordinator resolves remotely.
  auto sent = api.post("/v1/alarms", fall("kpi-1"), centre);
  ASSERT_EQ(sent.status, 201) << sent.text;
  const std::int64_t id = sent.body["id"];
  auto accepted = api.post(alarm_path(id, "accept"), Json::object(), anna.token);
  ASSERT_EQ(accepted.status, 200) << accepted.text;
  EXPECT_TRUE(accepted.body["client"]["lat"].is_number()) << "the responder's map and route";
  ASSERT_EQ(api.post(alarm_path(id, "arrived"), Json::object(), anna.token).status, 200);
  ASSERT_EQ(api.post(alarm_path(id, "resolve"), {{"reason", "helped up"}}, anna.token).status, 200);
  auto button = api.post("/v1/alarms",
                         {{"client_id", client}, {"kind", "button"}, {"priority", "low"},
                          {"observed_at", format_local_time(simulated_now())}, {"source_id", "kpi-2"}},
                         centre);
  ASSERT_EQ(button.status, 201) << button.text;
  ASSERT_EQ(api.post(alarm_path(button.body["id"], "resolve"), {{"reason", "pressed by accident"}}, org.coordinator_token)
                .status,
            200);

  const std::string today = simulated_date();
  auto kpis = api.get("/v1/kpis?from=" + today + "&to=" + today, org.coordinator_token);
  ASSERT_EQ(kpis.status, 200) << kpis.text;
  const Json& alarms = kpis.body["alarms"];
  EXPECT_EQ(alarms["received"], 2);
  EXPECT_EQ(alarms["by_kind"]["fall"], 1);
  EXPECT_EQ(alarms["by_kind"]["button"], 1);
  EXPECT_EQ(alarms["resolved"], 2);
  EXPECT_EQ(alarms["resolved_remotely"], 1);
  EXPECT_EQ(alarms["remote_share"], 0.5);
  EXPECT_EQ(alarms["first_contact"]["alarms"], 2) << "Anna's acceptance and the coordinator's remote check";
  EXPECT_EQ(alarms["acceptance"]["alarms"], 1);
  EXPECT_EQ(alarms["arrival"]["alarms"], 1);
  EXPECT_EQ(alarms["arrival"]["share_within_45"], 1.0) << "all within the minute on the test's clock";
  EXPECT_EQ(alarms["escalated_to_coordinator"], 0);
  EXPECT_EQ(kpis.body["days"][0]["alarms"], 2);

  auto csv = api.get("/v1/kpis?format=csv&from=" + today + "&to=" + today, org.coordinator_token);
  ASSERT_EQ(csv.status, 200) << csv.text;
  const auto header_end = csv.text.find("\r\n");
  const std::string header = csv.text.substr(0, header_end);
  for (const char* column : {",alarms,", ",alarms_fall,", ",alarms_resolved_remotely,", ",first_contact_p50,",
                             ",arrival_share_within_45,", ",alarms_advised_112,"}) {
    EXPECT_NE(header.find(column), std::string::npos) << column << " in " << header;
  }
  // The total row's cell under "alarms": the alarms received.
  const auto cells = [](const std::string& line) {
    std::vector<std::string> out(1);
    for (char c : line) {
      if (c == ',') {
        out.emplace_back();
      } else {
        out.back().push_back(c);
      }
    }
    return out;
  };
  const auto names = cells(header);
  const auto column = std::find(names.begin(), names.end(), "alarms") - names.begin();
  ASSERT_LT(static_cast<std::size_t>(column), names.size()) << header;
  const auto total = csv.text.find("\r\ntotal,");
  ASSERT_NE(total, std::string::npos);
  const auto total_row = cells(csv.text.substr(total + 2, csv.text.find("\r\n", total + 2) - total - 2));
  ASSERT_EQ(total_row.size(), names.size());
  EXPECT_EQ(total_row[static_cast<std::size_t>(column)], "2");
}

TEST_F(AlarmApi, ThePolicyIsVersionedAndDevicesNameTheirClient) {
  auto policy = api.get("/v1/alarm-policy", org.coordinator_token);
  ASSERT_EQ(policy.status, 200) << policy.text;
  EXPECT_EQ(policy.body["version"], 0);
  EXPECT_EQ(policy.body["first_step"]["fall"]["high"], "dispatch");
  Json edited = policy.body;
  edited["first_step"] = {{"fall", {{"high", "remote_check"}}}};
  edited["offers_per_round"] = 5;
  EXPECT_EQ(api.put("/v1/alarm-policy", edited, org.coordinator_token).status, 403) << "the admin edits it";
  auto stored = api.put("/v1/alarm-policy", edited, org.admin_token);
  ASSERT_EQ(stored.status, 200) << stored.text;
  EXPECT_EQ(stored.body["version"], 1);
  EXPECT_EQ(api.get("/v1/alarm-policy", org.coordinator_token).body["offers_per_round"], 5);

  auto device = api.post("/v1/clients/" + std::to_string(client) + "/devices",
                         {{"kind", "fall-detector"}, {"label", "pendant"}}, org.coordinator_token);
  ASSERT_EQ(device.status, 201) << device.text;
  Json by_device = fall("dev-1");
  by_device.erase("client_id");
  by_device["device_id"] = device.body["id"];
  auto sent = api.post("/v1/alarms", by_device, centre);
  ASSERT_EQ(sent.status, 201) << sent.text;
  EXPECT_EQ(sent.body["client_id"], client);
  EXPECT_EQ(sent.body["policy_version"], 1);
  EXPECT_EQ(sent.body["status"], "remote_check") << "version 1 checks a fall remotely first";
  EXPECT_EQ(api.get("/v1/clients/" + std::to_string(client) + "/devices", org.coordinator_token).body["items"].size(), 1u);

  // The client's own steps: a fall goes straight to dispatch for her, whatever version 1 says.
  const std::string steps = "/v1/clients/" + std::to_string(client) + "/alarm-steps";
  auto own = api.put(steps, {{"first_step", {{"fall", {{"high", "dispatch"}}}}}}, org.coordinator_token);
  ASSERT_EQ(own.status, 200) << own.text;
  EXPECT_EQ(api.get(steps, org.coordinator_token).body["first_step"]["fall"]["high"], "dispatch");
  EXPECT_EQ(api.post("/v1/alarms", fall("dev-2"), centre).body["status"], "dispatching");
}

TEST_F(AlarmApi, BadInputOnEveryAlarmRouteIsA400NamingTheFieldAndStoresNothing) {
  auto sent = api.post("/v1/alarms", fall("ok-1"), centre);
  ASSERT_EQ(sent.status, 201);
  const std::string id = std::to_string(sent.body["id"].get<std::int64_t>());
  const std::string c = std::to_string(client);
  // An account, but not one of the client's: never an informal contact.
  const std::int64_t coordinator_id = api.get("/v1/me", org.coordinator_token).body["id"].get<std::int64_t>();
  auto without = [&](const char* key) {
    Json body = fall("bad");
    body.erase(key);
    return body;
  };
  auto with = [&](const char* key, const Json& value) {
    Json body = fall("bad");
    body[key] = value;
    return body;
  };
  struct Case {
    std::string method, path;
    Json body;
    std::string token, field;
  };
  const std::vector<Case> cases{
      {"POST", "/v1/alarms", without("kind"), centre, "kind"},
      {"POST", "/v1/alarms", with("kind", "earthquake"), centre, "kind"},
      {"POST", "/v1/alarms", with("priority", "urgent"), centre, "priority"},
      {"POST", "/v1/alarms", with("observed_at", "yesterday"), centre, "observed_at"},
      {"POST", "/v1/alarms", without("source_id"), centre, "source_id"},
      {"POST", "/v1/alarms", with("source_id", ""), centre, "source_id"},
      {"POST", "/v1/alarms", with("client_id", "seven"), centre, "client_id"},
      {"POST", "/v1/alarms", without("client_id"), centre, "client_id"},
      {"POST", "/v1/alarms", with("observations", {{"pulse", "fast"}}), centre, "observations.pulse"},
      {"POST", "/v1/alarms", with("colour", "red"), centre, "colour"},
      {"POST", "/v1/alarms", Json::array(), centre, "body"},
      {"POST", "/v1/alarms/" + id + "/resolve", Json::object(), org.coordinator_token, "reason"},
      {"POST", "/v1/alarms/" + id + "/dispatch", {{"reason", 5}}, org.coordinator_token, "reason"},
      {"PUT", "/v1/alarm-policy", {{"offers_per_round", 3}}, org.admin_token, "remote_check_minutes"},
      {"POST", "/v1/clients/" + c + "/devices", {{"kind", "toaster"}, {"label", "x"}}, org.coordinator_token, "kind"},
      {"POST", "/v1/clients/" + c + "/devices", {{"kind", "bed-sensor"}}, org.coordinator_token, "label"},
      {"PUT", "/v1/clients/" + c + "/access", {{"instructions", 4711}}, org.coordinator_token, "instructions"},
      {"PUT", "/v1/clients/" + c + "/alarm-steps", {{"first_step", {{"fall", {{"high", "visit"}}}}}}, org.coordinator_token,
       "first_step.fall.high"},
      {"PUT", "/v1/clients/" + c + "/alarm-steps", Json::object(), org.coordinator_token, "first_step"},
      {"PUT", "/v1/clients/" + c + "/alarm-steps", {{"first_step", {{"fall", {{"high", "family"}}}}}}, org.coordinator_token,
       "first_step.fall.high"},
      {"PUT", "/v1/clients/" + c + "/informal-contacts", Json::object(), org.coordinator_token, "contacts"},
      {"PUT", "/v1/clients/" + c + "/informal-contacts", {{"contacts", "peter"}}, org.coordinator_token, "contacts"},
      {"PUT", "/v1/clients/" + c + "/informal-contacts", {{"contacts", {1, "two"}}}, org.coordinator_token, "contacts[1]"},
      {"PUT", "/v1/clients/" + c + "/informal-contacts", {{"contacts", {coordinator_id}}}, org.coordinator_token,
       "contacts[0]"},
      {"PUT", "/v1/clients/" + c + "/informal-contacts", {{"user_ids", Json::array()}}, org.coordinator_token, "user_ids"},
  };
  for (const auto& k : cases) {
    const Reply r = k.method == "PUT" ? api.put(k.path, k.body, k.token) : api.post(k.path, k.body, k.token);
    EXPECT_EQ(r.status, 400) << k.method << " " << k.path << " " << k.body.dump() << ": " << r.text;
    EXPECT_EQ(r.body.value("field", "").rfind(k.field, 0), 0u) << k.body.dump() << ": " << r.text;
  }
  Json policy = api.get("/v1/alarm-policy", org.coordinator_token).body;
  policy["offers_per_round"] = 0;
  auto zero = api.put("/v1/alarm-policy", policy, org.admin_token);
  EXPECT_EQ(zero.status, 400);
  EXPECT_EQ(zero.body.value("field", ""), "offers_per_round");
  policy["offers_per_round"] = 3;
  policy["after_remote_check"] = "remote_check";
  EXPECT_EQ(api.put("/v1/alarm-policy", policy, org.admin_token).body.value("field", ""), "after_remote_check");
  policy["after_remote_check"] = "later";
  EXPECT_EQ(api.put("/v1/alarm-policy", policy, org.admin_token).body.value("field", ""), "after_remote_check");
  policy["after_remote_check"] = "dispatch";
  policy["contact_arrival_minutes"] = 0;
  EXPECT_EQ(api.put("/v1/alarm-policy", policy, org.admin_token).body.value("field", ""), "contact_arrival_minutes");
  policy["contact_arrival_minutes"] = 30;
  policy["first_step"] = {{"fall", {{"urgent", "dispatch"}}}};
  EXPECT_EQ(api.put("/v1/alarm-policy", policy, org.admin_token).body.value("field", ""), "first_step.fall.urgent");
  EXPECT_EQ(api.get("/v1/alarms?open=maybe", org.coordinator_token).status, 400);
  EXPECT_EQ(api.get("/v1/alarms/abc", org.coordinator_token).status, 400);
  EXPECT_EQ(api.get("/v1/alarms/999999", org.coordinator_token).status, 404);

  // Nothing of it was stored.
  EXPECT_EQ(api.get("/v1/alarms?open=false", org.coordinator_token).body["items"].size(), 1u);
  EXPECT_EQ(api.get("/v1/alarm-policy", org.coordinator_token).body["version"], 0);
  EXPECT_EQ(api.get("/v1/clients/" + c + "/devices", org.coordinator_token).body["items"].size(), 0u);
  EXPECT_EQ(api.get("/v1/clients/" + c + "/informal-contacts", org.coordinator_token).body["items"].size(), 0u);
  EXPECT_EQ(api.get(alarm_path(sent.body["id"]), org.coordinator_token).body["status"], "dispatching");
}

TEST_F(AlarmApi, AFhirObservationIsReadAsTheSameAlarmAndSentAgainAnswersTheFirst) {
  const Json resource = observation("ox-1");
  auto sent = api.post("/v1/alarms", resource, centre);
  ASSERT_EQ(sent.status, 201) << sent.text;
  EXPECT_EQ(sent.body["kind"], "vital-out-of-range");
  EXPECT_EQ(sent.body["priority"], "high");
  EXPECT_EQ(sent.body["status"], "dispatching") << "a critical vital sign goes straight to the caregivers";
  EXPECT_EQ(sent.body["offers"][0]["caregiver_id"], anna.id);
  auto seen = api.get(alarm_path(sent.body["id"]), org.coordinator_token);
  ASSERT_EQ(seen.status, 200) << seen.text;
  EXPECT_EQ(seen.body["client_id"], client);
  EXPECT_EQ(seen.body["observed_at"], resource["effectiveDateTime"].get<std::string>().substr(0, 16));
  EXPECT_EQ(seen.body["observations"], (Json{{"pulse", 142}, {"spo2", 88}}));

  auto again = api.post("/v1/alarms", observation("ox-1"), centre);
  ASSERT_EQ(again.status, 200) << again.text;
  EXPECT_EQ(again.body["id"], sent.body["id"]);
  Json native = fall("ox-1");
  auto same_source = api.post("/v1/alarms", native, centre);
  EXPECT_EQ(same_source.status, 200) << "the identifier is the source id, whichever shape carries it";
  EXPECT_EQ(same_source.body["id"], sent.body["id"]);
  EXPECT_EQ(api.get("/v1/alarms?open=false", org.coordinator_token).body["items"].size(), 1u);
}

TEST_F(AlarmApi, AFhirDeviceAlertNamesItsClientThroughTheDevice) {
  auto device = api.post("/v1/clients/" + std::to_string(client) + "/devices",
                         {{"kind", "alarm-button"}, {"label", "wrist button"}}, org.coordinator_token);
  ASSERT_EQ(device.status, 201) << device.text;
  const Json alert{{"resourceType", "DeviceAlert"},
                   {"status", "in-progress"},
                   {"identifier", {{{"value", "da-1"}}}},
                   {"source", {{"reference", "Device/" + std::to_string(device.body["id"].get<std::int64_t>())}}},
                   {"condition", {{"coding", {{{"code", "button"}}}}}},
                   {"priority", "medium"},
                   {"occurrenceDateTime", format_local_time(simulated_now() - 1) + ":30.250"}};
  auto sent = api.post("/v1/alarms", alert, centre);
  ASSERT_EQ(sent.status, 201) << sent.text;
  EXPECT_EQ(sent.body["client_id"], client);
  EXPECT_EQ(sent.body["device_id"], device.body["id"]);
  EXPECT_EQ(sent.body["kind"], "button");
  EXPECT_EQ(sent.body["priority"], "medium");
  EXPECT_EQ(sent.body["status"], "remote_check") << "a button pressed is checked by phone first";
  EXPECT_EQ(api.get(alarm_path(sent.body["id"]), org.coordinator_token).body["observed_at"],
            alert["occurrenceDateTime"].get<std::string>().substr(0, 16));
}

TEST_F(AlarmApi, BadFhirInputIsA400NamingTheFhirPathAndStoresNothing) {
  const auto changed = [&](const std::function<void(Json&)>& change) {
    Json body = observation("bad-fhir");
    change(body);
    return body;
  };
  const std::vector<std::pair<Json, std::string>> cases{
      {changed([](Json& b) { b["resourceType"] = "Patient"; }), "resourceType"},
      {changed([](Json& b) { b.erase("identifier"); }), "Observation.identifier"},
      {changed([](Json& b) { b["identifier"] = Json::array(); }), "Observation.identifier"},
      {changed([](Json& b) { b["identifier"][0]["value"] = ""; }), "Observation.identifier[0].value"},
      {changed([](Json& b) { b["subject"]["reference"] = "Patient/abc"; }), "Observation.subject.reference"},
      {changed([](Json& b) { b["subject"]["reference"] = "Practitioner/3"; }), "Observation.subject.reference"},
      {changed([](Json& b) { b["subject"]["reference"] = "Patient/999999"; }), "Observation.subject.reference"},
      {changed([](Json& b) { b.erase("subject"); }), "Observation.subject"},
      {changed([](Json& b) { b["device"] = {{"reference", "Patient/1"}}; }), "Observation.device.reference"},
      {changed([](Json& b) { b["code"]["coding"][0]["code"] = "8867-4"; }), "Observation.code.coding"},
      {changed([](Json& b) { b.erase("code"); }), "Observation.code"},
      {changed([](Json& b) { b["interpretation"][0]["coding"][0]["code"] = "POS"; }), "Observation.interpretation"},
      {changed([](Json& b) { b["effectiveDateTime"] = "08:00"; }), "Observation.effectiveDateTime"},
      {changed([](Json& b) { b["effectiveDateTime"] = "2040-01-01T08:00:00Z"; }), "Observation.effectiveDateTime"},
      {changed([](Json& b) { b["valueQuantity"]["value"] = "high"; }), "Observation.valueQuantity.value"},
      {changed([](Json& b) { b["component"][0].erase("valueQuantity"); }), "Observation.component[0].valueQuantity"},
      {changed([](Json& b) { b["component"][0]["code"] = Json::object(); }), "Observation.component[0].code"},
      {changed([](Json& b) { b["component"][0]["code"] = {{"text", "pulse"}}; }), "Observation.component[0].code"},
      {changed([](Json& b) { b["resourceType"] = "DeviceAlert"; }), "DeviceAlert.condition"},
  };
  for (const auto& [body, field] : cases) {
    const Reply r = api.post("/v1/alarms", body, centre);
    EXPECT_EQ(r.status == 400 || r.status == 404, true) << body.dump() << ": " << r.text;
    EXPECT_EQ(r.body.value("field", ""), field) << body.dump() << ": " << r.text;
  }
  EXPECT_EQ(api.get("/v1/alarms?open=false", org.coordinator_token).body["items"].size(), 0u);
}

TEST_F(AlarmApi, OnCallShiftsAreScheduledSignedUpForListedAndCancelled) {
  const std::string path = "/v1/organisations/" + std::to_string(org.id) + "/on-call";
  const std::string now = format_local_time(simulated_now());
  const std::string later = format_local_time(simulated_now() + 8 * 60);
  auto scheduled = api.post(path, {{"caregiver_id", anna.id}, {"starts_at", now}, {"ends_at", later}}, org.coordinator_token);
  ASSERT_EQ(scheduled.status, 201) << scheduled.text;
  EXPECT_EQ(scheduled.body["caregiver_id"], anna.id);
  EXPECT_EQ(scheduled.body["name"], "Anna");
  EXPECT_EQ(scheduled.body["starts_at"], now);
  EXPECT_TRUE(scheduled.body["coordinator_id"].is_null());

  const Caregiver bert = make_caregiver(api, "bert@alarm.test", "Bert", 3, {org.id});
  auto signed_up = api.post(path, {{"caregiver_id", bert.id}, {"starts_at", now}, {"ends_at", later}}, bert.token);
  ASSERT_EQ(signed_up.status, 201) << signed_up.text;
  EXPECT_EQ(api.post(path, {{"caregiver_id", anna.id}, {"starts_at", now}, {"ends_at", later}}, bert.token).status, 403);

  auto all = api.get(path + "?from=" + now + "&to=" + later, org.coordinator_token);
  ASSERT_EQ(all.status, 200) << all.text;
  EXPECT_EQ(all.body["items"].size(), 2u);
  auto own = api.get(path, bert.token);
  ASSERT_EQ(own.status, 200) << own.text;
  ASSERT_EQ(own.body["items"].size(), 1u);
  EXPECT_EQ(own.body["items"][0]["caregiver_id"], bert.id);

  EXPECT_EQ(api.del("/v1/on-call/" + std::to_string(scheduled.body["id"].get<std::int64_t>()), bert.token).status, 404);
  auto cancelled = api.del("/v1/on-call/" + std::to_string(signed_up.body["id"].get<std::int64_t>()), bert.token);
  ASSERT_EQ(cancelled.status, 200) << cancelled.text;
  EXPECT_EQ(api.get(path, org.coordinator_token).body["items"].size(), 1u);

  struct Case {
    Json body;
    std::string field;
  };
  const std::vector<Case> cases{
      {{{"starts_at", now}, {"ends_at", later}}, "caregiver_id"},
      {{{"caregiver_id", "anna"}, {"starts_at", now}, {"ends_at", later}}, "caregiver_id"},
      {{{"caregiver_id", anna.id}, {"ends_at", later}}, "starts_at"},
      {{{"caregiver_id", anna.id}, {"starts_at", now}, {"ends_at", "tonight"}}, "ends_at"},
      {{{"caregiver_id", anna.id}, {"starts_at", later}, {"ends_at", now}}, "ends_at"},
      {{{"caregiver_id", anna.id}, {"starts_at", now}, {"ends_at", later}, {"note", "x"}}, "note"},
      {{{"caregiver_id", 999999}, {"starts_at", now}, {"ends_at", later}}, "caregiver_id"},
  };
  for (const auto& k : cases) {
    const Reply r = api.post(path, k.body, org.coordinator_token);
    EXPECT_TRUE(r.status == 400 || r.status == 404) << k.body.dump() << ": " << r.text;
    EXPECT_EQ(r.body.value("field", ""), k.field) << k.body.dump() << ": " << r.text;
  }
  EXPECT_EQ(api.get(path + "?from=soon", org.coordinator_token).status, 400);
  EXPECT_EQ(api.get(path, org.coordinator_token).body["items"].size(), 1u) << "nothing stored";
  Organisation other = make_organisation(api, admin, "Zorg Elders");
  EXPECT_EQ(api.get(path, other.coordinator_token).status, 403);
}

TEST_F(AlarmApi, ACaregiverReportsTheirPositionAtMostOnceAMinuteAndMayForgetIt) {
  const auto before = simulated_now();
  auto reported = api.post("/v1/my/position", {{"lat", 52.09}, {"lon", 5.12}}, anna.token);
  ASSERT_EQ(reported.status, 200) << reported.text;
  EXPECT_EQ(reported.body["stored"], true);
  const std::string at = reported.body["reported_at"];
  EXPECT_TRUE(at == format_local_time(before) || at == format_local_time(before + 1)) << at;
  EXPECT_EQ(api.post("/v1/my/position", {{"lat", 52.1}, {"lon", 5.1}}, anna.token).body["stored"], false);
  for (const auto& [body, field] : std::vector<std::pair<Json, std::string>>{
           {{{"lat", 52.1}}, "lon"}, {{{"lat", "north"}, {"lon", 5.1}}, "lat"}, {{{"lat", -91}, {"lon", 5.1}}, "lat"},
           {{{"lat", 52.1}, {"lon", 5.1}, {"accuracy", 5}}, "accuracy"}}) {
    const Reply r = api.post("/v1/my/position", body, anna.token);
    EXPECT_EQ(r.status, 400) << body.dump() << ": " << r.text;
    EXPECT_EQ(r.body.value("field", ""), field) << body.dump() << ": " << r.text;
  }
  EXPECT_EQ(api.post("/v1/my/position", {{"lat", 52.1}, {"lon", 5.1}}, org.coordinator_token).status, 403);
  auto forgotten = api.del("/v1/my/position", anna.token);
  ASSERT_EQ(forgotten.status, 200) << forgotten.text;
  EXPECT_EQ(api.post("/v1/my/position", {{"lat", 52.1}, {"lon", 5.1}}, anna.token).body["stored"], true)
      << "forgotten: the next report is stored at once";
}

TEST_F(AlarmApi, OnlyTheAlarmCentreAndCareStaffSendAlarmsAndOtherOrganisationsSeeNone) {
  EXPECT_EQ(api.post("/v1/alarms", fall("x-1"), anna.token).status, 403);
  auto sent = api.post("/v1/alarms", fall("x-2"), centre);
  ASSERT_EQ(sent.status, 201);
  Organisation other = make_organisation(api, admin, "Zorg Elders");
  EXPECT_EQ(api.get(alarm_path(sent.body["id"]), other.coordinator_token).status, 404);
  EXPECT_EQ(api.post(alarm_path(sent.body["id"], "resolve"), {{"reason", "x"}}, other.coordinator_token).status, 404);
  Caregiver stranger = make_caregiver(api, "stranger@alarm.test", "Stranger", 3, {other.id});
  EXPECT_EQ(api.get(alarm_path(sent.body["id"]), stranger.token).status, 404);
  EXPECT_EQ(api.post(alarm_path(sent.body["id"], "accept"), Json::object(), stranger.token).status, 404);
  Json other_client = fall("x-3");
  other_client["client_id"] = make_client(api, other.coordinator_token, "Meneer Elders");
  EXPECT_EQ(api.post("/v1/alarms", other_client, centre).status, 404);
}

}  // namespace
}  // namespace carecrowd::testing
