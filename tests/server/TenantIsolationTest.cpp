// Tenant isolation: on the demo region, the staff of one organisation (Zuid) call every route of the
// router with the other organisation's (Noord's) ids. Each call must be refused with 403 or 404, and
// no response, refused or listed, may carry a Noord client's name, address or notes.
#include <gtest/gtest.h>

#include <ctime>
#include <regex>

#include "TestServer.h"
#include "http/Router.h"
#include "demo/DemoRegion.h"
#include "domain/CivilTime.h"

namespace carecrowd::testing {
namespace {

using namespace carecrowd::demo;

std::string today(int offset_days = 0) { return simulated_date(offset_days); }

struct NoordData {
  std::int64_t organisation = 0, client = 0, arrangement = 0, task = 0, caregiver = 0, plan = 0, proposal = 0,
               alarm = 0, on_call = 0, evidence = 0;
  std::string code = "injection";  // a certificate of the caregiver's, with evidence
  std::vector<std::string> secrets;  // client names, addresses and notes
};

NoordData noord_data(Api& api) {
  NoordData d;
  const auto coordinator = api.login(kDemoNoordCoordinatorEmail, kDemoPassword);
  const auto admin = api.login(kDemoNoordAdminEmail, kDemoPassword);
  auto me = api.get("/v1/me", coordinator);
  d.organisation = me.body["organisation_id"];
  // A client whose name, address and notes occur nowhere else, with an arrangement and tasks.
  d.secrets = {"Geheimhouding Onbekendeweg", "Verborgenstraat 77", "SECRET-NOTE-7513"};
  auto client = api.post("/v1/clients", {{"name", d.secrets[0]}, {"address", d.secrets[1]}, {"postcode", "3581 AB"},
                                         {"lat", 52.088}, {"lon", 5.131}, {"notes", d.secrets[2]}},
                         coordinator);
  EXPECT_EQ(client.status, 201) << client.text;
  d.client = client.body.value("id", std::int64_t{0});
  auto arrangement = api.post(
      "/v1/clients/" + std::to_string(d.client) + "/arrangements",
      {{"tasks", {{{"key", "help"}, {"type", "help"}, {"rrule", "FREQ=DAILY"}, {"window", {{"start", "10:00"}, {"end", "11:00"}}},
                   {"duration_minutes", 30}, {"level", 1}}}}},
      coordinator);
  EXPECT_EQ(arrangement.status, 201) << arrangement.text;
  d.arrangement = arrangement.body.value("id", std::int64_t{0});
  d.task = api.get("/v1/tasks?status=open&client_id=" + std::to_string(d.client) + "&from=" + today(1) + "&to=" +
                       today(3) + "&limit=1",
                   coordinator)
               .body["items"][0]["id"];
  // A caregiver who works for Noord only, with a certificate and its evidence when one has.
  const auto zuid_admin = api.login(kDemoZuidAdminEmail, kDemoPassword);
  auto zuid_id = api.get("/v1/me", zuid_admin).body["organisation_id"].get<std::int64_t>();
  std::set<std::int64_t> zuid_crowd;
  const auto zuid_list = api.get("/v1/organisations/" + std::to_string(zuid_id) + "/caregivers?limit=500", zuid_admin);
  for (const auto& c : zuid_list.body["items"]) {
    zuid_crowd.insert(c["id"].get<std::int64_t>());
  }
  auto noord_crowd = api.get("/v1/organisations/" + std::to_string(d.organisation) + "/caregivers?limit=500", admin);
  EXPECT_EQ(noord_crowd.status, 200) << noord_crowd.text;
  for (const auto& c : noord_crowd.body["items"]) {
    if (zuid_crowd.count(c["id"].get<std::int64_t>())) continue;
    if (!d.caregiver) d.caregiver = c["id"];
    for (const auto& held : c["certificates"]) {
      if (!d.evidence && held["evidence"].is_object()) {
        d.caregiver = c["id"];
        d.code = held["code"];
        d.evidence = held["evidence"]["id"];
      }
    }
  }
  EXPECT_GT(d.evidence, 0) << "the demo's Noord crowd has certificates with evidence";
  auto plan = api.post("/v1/plans", {{"from", today(1)}, {"to", today(1)}, {"mode", "offer"}, {"time_limit_seconds", 1}},
                       coordinator);
  EXPECT_EQ(plan.status, 201) << plan.text;
  d.plan = plan.body.value("id", std::int64_t{0});
  auto proposals = api.get("/v1/plans/" + std::to_string(d.plan), coordinator).body["proposals"];
  if (!proposals.empty()) d.proposal = proposals[0]["id"];
  // An alarm of the client, entered by the coordinator as one phoned in.
  auto alarm = api.post("/v1/alarms",
                        {{"client_id", d.client}, {"kind", "fall"}, {"priority", "high"},
                         {"observed_at", format_local_time(simulated_now())}, {"source_id", "noord-1"}},
                        coordinator);
  EXPECT_EQ(alarm.status, 201) << alarm.text;
  d.alarm = alarm.body.value("id", std::int64_t{0});
  // The Noord caregiver on call for an hour.
  auto on_call = api.post("/v1/organisations/" + std::to_string(d.organisation) + "/on-call",
                          {{"caregiver_id", d.caregiver}, {"starts_at", format_local_time(simulated_now())},
                           {"ends_at", format_local_time(simulated_now() + 60)}},
                          coordinator);
  EXPECT_EQ(on_call.status, 201) << on_call.text;
  d.on_call = on_call.body.value("id", std::int64_t{0});
  return d;
}

// The id that belongs in a `{param}` of a route, by what the route is about.
std::string id_for(const std::string& pattern, const std::string& param, const NoordData& d) {
  if (param == "org") return std::to_string(d.organisation);
  if (param == "cid") return std::to_string(d.caregiver);
  if (param == "pid") return std::to_string(d.proposal);
  if (param == "code") return d.code;
  if (param == "evidence_id") return std::to_string(d.evidence);
  if (param == "month") return today().substr(0, 7);
  const std::vector<std::pair<std::string, std::int64_t>> by_prefix = {
      {"/v1/organisations/", d.organisation}, {"/v1/clients/", d.client},   {"/v1/arrangements/", d.arrangement},
      {"/v1/tasks/", d.task},                 {"/v1/caregivers/", d.caregiver}, {"/v1/plans/", d.plan},
      {"/v1/proposals/", d.proposal},         {"/v1/alarms/", d.alarm},         {"/v1/on-call/", d.on_call}};
  for (const auto& [prefix, id] : by_prefix) {
    if (pattern.rfind(prefix, 0) == 0) return std::to_string(id);
  }
  ADD_FAILURE() << "no Noord id known for " << pattern;
  return "1";
}

// A body that passes validation, so that refusals come from ownership and not from the input.
Json plausible_body(const std::string& method, const std::string& pattern, const NoordData& d) {
  const Json client = {{"name", "Nieuwe Naam"}, {"address", "Nieuwe Straat 1"}, {"postcode", "3512 AA"},
                       {"lat", 52.09}, {"lon", 5.12}, {"notes", "none"}};
  const Json arrangement = {
      {"tasks",
       {{{"key", "k"}, {"type", "help"}, {"rrule", "FREQ=DAILY"}, {"window", {{"start", "10:00"}, {"end", "11:00"}}},
         {"duration_minutes", 30}}}}};
  if (pattern == "/v1/clients/{id}" && method == "PUT") return client;
  if (pattern == "/v1/clients/{id}/arrangements" || pattern == "/v1/arrangements/{id}") return arrangement;
  if (pattern == "/v1/organisations/{id}/users") {
    return {{"email", "intruder@zuid.test"}, {"name", "X"}, {"password", "long-enough"}, {"role", "coordinator"}};
  }
  if (pattern == "/v1/organisations/{id}/caregivers/{cid}") return {{"employed", true}};
  if (pattern == "/v1/caregivers/{id}/certificates") {
    return {{"code", "injection"},
            {"expires", today(300)},
            {"big_number", "19012345601"},
            {"evidence", {{"media_type", "application/pdf"}, {"file_name", "a.pdf"}, {"content_base64", "JVBERi0xLjQK"}}}};
  }
  if (pattern == "/v1/caregivers/{id}/certificates/{code}/verify") return {{"evidence_id", d.evidence}};
  if (pattern == "/v1/caregivers/{id}/certificates/{code}/withdraw") return {{"reason", "intruder"}};
  if (pattern == "/v1/caregivers/{id}/availability") return {{"recurring", Json::array()}, {"one_off", Json::array()}};
  if (pattern == "/v1/caregivers/{id}/availability/import") {
    return {{"ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//NL\r\nBEGIN:VEVENT\r\nUID:x\r\n"
                    "DTSTART:20300104T080000\r\nDTEND:20300104T120000\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n"
                    "END:VCALENDAR\r\n"}};
  }
  if (pattern == "/v1/plans/{id}/send") return {{"mode", "offer"}};
  if (pattern == "/v1/alarms/{id}/resolve" || pattern == "/v1/alarms/{id}/dispatch") return {{"reason", "intruder"}};
  if (pattern == "/v1/clients/{id}/devices") return {{"kind", "alarm-button"}, {"label", "intruder"}};
  if (pattern == "/v1/clients/{id}/access") return {{"instructions", "intruder"}};
  if (pattern == "/v1/clients/{id}/alarm-steps") return {{"first_step", {{"fall", {{"low", "dispatch"}}}}}};
  if (pattern == "/v1/clients/{id}/informal-contacts") return {{"contacts", nlohmann::json::array()}};
  if (pattern == "/v1/tasks/{id}/assign") return {{"caregiver_id", 1}, {"start", format_local_time(simulated_now() + 24 * 60)}};
  if (pattern == "/v1/clients/{id}/messages") return {{"text", "intruder"}};
  if (pattern == "/v1/tasks/{id}/offers") return {{"caregiver_ids", Json::array({1})}};
  if (pattern == "/v1/plans/{id}/proposals/{pid}/caregiver") return {{"caregiver_id", 1}};
  if (pattern == "/v1/clients/{id}/care-record") return {{"phone", "06 1234 5678"}, {"care_plan", "intruder"}};
  if (pattern == "/v1/caregivers/{id}/absence") return {{"cause", "sick"}};
  if (pattern == "/v1/my/notifications/seen") return {{"last_event_id", 0}};
  if (pattern == "/v1/organisations/{id}/on-call") {
    return {{"caregiver_id", 1}, {"starts_at", format_local_time(simulated_now())},
            {"ends_at", format_local_time(simulated_now() + 60)}};
  }
  return Json::object();
}

TEST(TenantIsolation, AnotherOrganisationsIdsAreRefusedOnEveryRouteAndNoClientDataLeaks) {
  TestServer server({"--demo"});
  Api api = server.api();
  const NoordData noord = noord_data(api);
  ASSERT_GT(noord.client, 0);
  ASSERT_GT(noord.task, 0);
  ASSERT_GT(noord.caregiver, 0);
  ASSERT_FALSE(noord.secrets.empty());
  const std::vector<std::pair<std::string, std::string>> zuid = {
      {"org_admin", api.login(kDemoZuidAdminEmail, kDemoPassword)},
      {"coordinator", api.login(kDemoZuidCoordinatorEmail, kDemoPassword)},
      {"analyst", api.login(kDemoZuidAnalystEmail, kDemoPassword)}};
  auto leaks = [&](const std::string& text) -> std::string {
    for (const auto& s : noord.secrets) {
      if (text.find(s) != std::string::npos) return s;
    }
    return "";
  };

  const auto router = http::api_router();
  std::regex param("\\{([a-z_]+)\\}");
  int checked = 0;
  for (const auto& route : router.routes()) {
    if (!route.authenticated || route.pattern == "/v1/auth/logout") continue;  // logout would end the tokens
    if (route.pattern == "/v1/events") continue;  // a stream never ends: EventStreamTest checks who gets what
    std::string path;
    std::size_t last = 0;
    for (auto it = std::sregex_iterator(route.pattern.begin(), route.pattern.end(), param); it != std::sregex_iterator();
         ++it) {
      path += route.pattern.substr(last, static_cast<std::size_t>(it->position()) - last) +
              id_for(route.pattern, (*it)[1], noord);
      last = static_cast<std::size_t>(it->position() + it->length());
    }
    path += route.pattern.substr(last);
    const bool has_ids = path != route.pattern;
    for (const auto& [role, token] : zuid) {
      const std::string what = role + " " + route.method + " " + path;
      Reply r = route.method == "GET"      ? api.get(path, token)
                : route.method == "DELETE" ? api.del(path, token)
                                           : api.raw(route.method, path, plausible_body(route.method, route.pattern, noord).dump(), token);
      EXPECT_EQ(leaks(r.text), "") << what << " leaks Noord client data";
      if (has_ids) {
        EXPECT_TRUE(r.status == 403 || r.status == 404) << what << " -> " << r.status << " " << r.text.substr(0, 300);
        ++checked;
      } else {
        EXPECT_LT(r.status, 500) << what;
      }
    }
  }
  EXPECT_GT(checked, 60);
}

}  // namespace
}  // namespace carecrowd::testing
