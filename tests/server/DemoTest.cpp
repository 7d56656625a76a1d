// `carecrowd serve --demo` over real HTTP: the demo region is there, every documented login works,
// a restart does not seed again, its done tasks make invoices that add up, and its alarms went
// through the state machine (resolved remotely, on site, escalated) and are in the key figures.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

#include "TestServer.h"
#include "domain/CivilTime.h"
#include "demo/DemoRegion.h"

namespace carecrowd::testing {
namespace {

using demo::kDemoPassword;

// Every demo login with the role it must have.
const std::vector<std::pair<const char*, const char*>>& demo_logins() {
  static const std::vector<std::pair<const char*, const char*>> logins = {
      {demo::kDemoPlatformAdminEmail, "platform_admin"},
      {demo::kDemoNoordAdminEmail, "org_admin"},
      {demo::kDemoNoordCoordinatorEmail, "coordinator"},
      {demo::kDemoNoordAnalystEmail, "analyst"},
      {demo::kDemoZuidAdminEmail, "org_admin"},
      {demo::kDemoZuidCoordinatorEmail, "coordinator"},
      {demo::kDemoZuidAnalystEmail, "analyst"},
      {demo::kDemoFreelancerEmail, "caregiver"},
      {demo::kDemoEmployeeEmail, "caregiver"},
      {demo::kDemoVolunteerEmail, "caregiver"},
      {demo::kDemoClientEmail, "client"},
      {demo::kDemoFamilyEmail, "client"},
  };
  return logins;
}

struct DemoFixture : ::testing::Test {
  TestServer server{{"--demo"}};
  Api api = server.api();
  const DayNumber today = simulated_now() / kMinutesPerDay;
  const std::string first = format_date(today - demo::kDemoHistoryDays);
  const std::string last = format_date(today + 13);

  std::string login(const char* email) { return api.login(email, kDemoPassword); }

  std::vector<Json> all(const std::string& path, const std::string& token) {
    std::vector<Json> items;
    std::int64_t after = 0;
    for (;;) {
      const char* joint = path.find('?') == std::string::npos ? "?" : "&";
      auto page = api.get(path + joint + "limit=500&after=" + std::to_string(after), token);
      EXPECT_EQ(page.status, 200) << page.text;
      for (const auto& item : page.body["items"]) items.push_back(item);
      if (page.status != 200 || !page.body.contains("next_after")) return items;
      after = page.body["next_after"].get<std::int64_t>();
    }
  }
  std::vector<Json> tasks(const std::string& coordinator) {
    return all("/v1/tasks?from=" + first + "&to=" + last, coordinator);
  }
};

TEST_F(DemoFixture, SeedsTwoOrganisationsWithClientsTasksAndClaims) {
  auto organisations = api.get("/v1/organisations", login(demo::kDemoPlatformAdminEmail));
  ASSERT_EQ(organisations.status, 200);
  std::set<std::string> names;
  for (const auto& o : organisations.body["items"]) names.insert(o["name"]);
  EXPECT_EQ(names, (std::set<std::string>{demo::kDemoNoordName, demo::kDemoZuidName}));

  std::size_t clients = 0;
  for (const char* coordinator : {demo::kDemoNoordCoordinatorEmail, demo::kDemoZuidCoordinatorEmail}) {
    const auto token = login(coordinator);
    const auto own = all("/v1/clients", token);
    ASSERT_FALSE(own.empty()) << coordinator;
    clients += own.size();
    for (const auto& c : own) {
      const std::string postcode = c["postcode"];
      EXPECT_EQ(postcode.substr(0, 2), "35") << postcode;  // Utrecht
      EXPECT_NEAR(c["lat"].get<double>(), 52.09, 0.05);
      EXPECT_NEAR(c["lon"].get<double>(), 5.12, 0.07);
    }
    std::map<std::string, int> by_status;
    for (const auto& t : tasks(token)) ++by_status[t["status"]];
    EXPECT_GT(by_status["open"], 0) << coordinator;
    EXPECT_GT(by_status["claimed"], 0) << coordinator;
    EXPECT_GT(by_status["done"], 0) << coordinator;
  }
  EXPECT_EQ(clients, 300u);  // serve's default --demo-clients
}

TEST_F(DemoFixture, EveryDocumentedDemoLoginWorks) {
  for (const auto& [email, role] : demo_logins()) {
    const auto token = login(email);
    ASSERT_FALSE(token.empty()) << email;
    auto me = api.get("/v1/me", token);
    EXPECT_EQ(me.status, 200) << email;
    EXPECT_EQ(me.body["role"], role) << email;
  }
  // The family account acts for the same client as the client's own account.
  auto client = api.get("/v1/me", login(demo::kDemoClientEmail)).body;
  auto family = api.get("/v1/me", login(demo::kDemoFamilyEmail)).body;
  EXPECT_EQ(client["client_id"], family["client_id"]);
  EXPECT_FALSE(client["client_id"].is_null());
}

TEST_F(DemoFixture, ClaimedTasksRespectLevelAndCertificatesAndNeverOverlapForOneCaregiver) {
  std::map<std::int64_t, std::vector<std::pair<LocalMinute, LocalMinute>>> visits;  // caregiver -> (in, out)
  std::size_t claimed = 0;
  for (const char* coordinator : {demo::kDemoNoordCoordinatorEmail, demo::kDemoZuidCoordinatorEmail}) {
    const auto token = login(coordinator);
    std::map<std::int64_t, Json> profiles;  // as this organisation sees its caregivers
    for (const auto& t : tasks(token)) {
      if (t["status"] != "claimed" && t["status"] != "done") continue;
      ++claimed;
      const auto caregiver = t["caregiver_id"].get<std::int64_t>();
      if (!profiles.count(caregiver)) {
        auto profile = api.get("/v1/caregivers/" + std::to_string(caregiver), token);
        ASSERT_EQ(profile.status, 200) << profile.text;  // they work for the task's organisation
        profiles[caregiver] = profile.body;
      }
      const Json& profile = profiles[caregiver];
      EXPECT_GE(profile["level"].get<int>(), t["level"].get<int>()) << "task " << t["id"];
      for (const auto& code : t["certificates"]) {
        bool valid = false;
        for (const auto& held : profile["certificates"]) valid = valid || (held["code"] == code && held["valid"] == true);
        EXPECT_TRUE(valid) << "task " << t["id"] << " needs " << code;
      }
      if (t["status"] == "done") {
        visits[caregiver].emplace_back(parse_local_time(t["check_in"].get<std::string>(), "check_in").value(),
                                       parse_local_time(t["check_out"].get<std::string>(), "check_out").value());
      }
    }
  }
  EXPECT_GT(claimed, 0u);
  ASSERT_FALSE(visits.empty());
  for (auto& [caregiver, list] : visits) {
    std::sort(list.begin(), list.end());
    for (std::size_t i = 0; i + 1 < list.size(); ++i) {
      EXPECT_LE(list[i].first, list[i].second);
      EXPECT_LE(list[i].second, list[i + 1].first) << "caregiver " << caregiver;
    }
  }
}

TEST_F(DemoFixture, AlarmsOfTheLastTwoDaysWentThroughTheStateMachineAndOneIsOpen) {
  const auto coordinator = login(demo::kDemoNoordCoordinatorEmail);
  auto list = api.get("/v1/alarms?open=false", coordinator);
  ASSERT_EQ(list.status, 200) << list.text;
  int resolved = 0, open = 0, on_site = 0, advised_112 = 0;
  for (const auto& a : list.body["items"]) {
    const bool past = a["created_at"].get<std::string>() < format_local_time(simulated_now() - 60);
    if (a["status"] == "resolved") ++resolved;
    else if (!past) ++open;
    auto seen = api.get("/v1/alarms/" + std::to_string(a["id"].get<std::int64_t>()), coordinator);
    ASSERT_EQ(seen.status, 200) << seen.text;
    for (const auto& step : seen.body["timeline"]) {
      if (step["status"] == "on_site") ++on_site;
      if (step["escalation"] == "advise_112") {
        ++advised_112;
        break;
      }
    }
  }
  EXPECT_GE(resolved, 4) << list.text;
  EXPECT_GE(open, 1) << "one came in at the demo's clock";
  EXPECT_GE(advised_112, 1) << "the fall nobody answered";
  EXPECT_GE(on_site, 1) << "a morning fall a caregiver on duty answered";

  auto kpis = api.get("/v1/kpis?from=" + format_date(today - 2) + "&to=" + format_date(today),
                      login(demo::kDemoNoordAnalystEmail));
  ASSERT_EQ(kpis.status, 200) << kpis.text;
  EXPECT_GE(kpis.body["alarms"]["received"].get<int>(), 6);
  EXPECT_GE(kpis.body["alarms"]["resolved_remotely"].get<int>(), 2);
  EXPECT_GE(kpis.body["alarms"]["advised_112"].get<int>(), 1);
}

TEST_F(DemoFixture, RestartWithDemoDoesNotSeedAgain) {
  const auto before = tasks(login(demo::kDemoNoordCoordinatorEmail)).size();
  const auto clients_before = all("/v1/clients", login(demo::kDemoNoordCoordinatorEmail)).size();
  server.stop();
  server.start();
  api = server.api();
  auto organisations = api.get("/v1/organisations", login(demo::kDemoPlatformAdminEmail));
  EXPECT_EQ(organisations.body["items"].size(), 2u);
  EXPECT_EQ(all("/v1/clients", login(demo::kDemoNoordCoordinatorEmail)).size(), clients_before);
  EXPECT_EQ(tasks(login(demo::kDemoNoordCoordinatorEmail)).size(), before);
}

// The freelancer's invoice over the months of the demo's history: lines add up to the totals, the
// CSV has a row per line, and each organisation's own invoice agrees with its done tasks.
TEST_F(DemoFixture, DemoInvoicesAddUp) {
  const auto freelancer = login(demo::kDemoFreelancerEmail);
  const auto caregiver_id = api.get("/v1/me", freelancer).body["caregiver_id"].get<std::int64_t>();
  std::set<std::string> months{first.substr(0, 7), format_date(today).substr(0, 7)};
  std::size_t lines_seen = 0;
  for (const auto& month : months) {
    const std::string path = "/v1/caregivers/" + std::to_string(caregiver_id) + "/invoices/" + month;
    auto invoice = api.get(path, freelancer);
    ASSERT_EQ(invoice.status, 200) << invoice.text;
    std::int64_t cents = 0, minutes = 0, count = 0;
    for (const auto& org : invoice.body["organisations"]) {
      std::int64_t org_cents = 0;
      for (const auto& line : org["lines"]) {
        org_cents += line["amount_cents"].get<std::int64_t>();
        minutes += line["minutes"].get<std::int64_t>();
        EXPECT_EQ(line["date"].get<std::string>().substr(0, 7), month);
        EXPECT_GT(line["minutes"].get<std::int64_t>(), 0);
        ++count;
      }
      EXPECT_EQ(org["amount_cents"], org_cents);
      cents += org_cents;
    }
    EXPECT_EQ(invoice.body["totals"]["amount_cents"], cents);
    EXPECT_EQ(invoice.body["totals"]["minutes"], minutes);
    EXPECT_EQ(invoice.body["totals"]["tasks"], count);
    auto csv = api.get(path + "?format=csv", freelancer);
    ASSERT_EQ(csv.status, 200);
    std::istringstream rows(csv.text);
    std::size_t csv_rows = 0;
    for (std::string row; std::getline(rows, row);) csv_rows += !row.empty() && row != "\r";
    EXPECT_EQ(csv_rows, static_cast<std::size_t>(count) + 1);
    lines_seen += static_cast<std::size_t>(count);
  }
  EXPECT_GT(lines_seen, 0u);  // the demo's freelancer has done tasks

  // Noord's admin: the month's totals per caregiver are its done, checked-out tasks.
  const auto admin = login(demo::kDemoNoordAdminEmail);
  const auto org_id = api.get("/v1/me", admin).body["organisation_id"].get<std::int64_t>();
  const std::string month = format_date(today).substr(0, 7);
  auto totals = api.get("/v1/organisations/" + std::to_string(org_id) + "/invoices/" + month, admin);
  ASSERT_EQ(totals.status, 200) << totals.text;
  std::int64_t done = 0, pay = 0;
  for (const auto& t : tasks(login(demo::kDemoNoordCoordinatorEmail))) {
    if (t["status"] != "done" || t["day"].get<std::string>().substr(0, 7) != month) continue;
    ++done;
    pay += t["pay_cents"].get<std::int64_t>();
  }
  EXPECT_EQ(totals.body["totals"]["tasks"], done);
  EXPECT_EQ(totals.body["totals"]["amount_cents"], pay);
  std::int64_t per_caregiver = 0;
  for (const auto& c : totals.body["caregivers"]) per_caregiver += c["amount_cents"].get<std::int64_t>();
  EXPECT_EQ(per_caregiver, pay);
}

}  // namespace
}  // namespace carecrowd::testing
