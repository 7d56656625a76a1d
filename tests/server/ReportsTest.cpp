// Invoices and key figures over real HTTP: a freelancer's invoice from the tasks they checked in and
// out of through the API, an organisation's totals, and the analyst's figures over the demo region
// checked against the organisation's own task list.
#include <gtest/gtest.h>
#include <httplib.h>

#include <map>
#include <set>
#include <sstream>

#include "MarketWorld.h"
#include "demo/DemoRegion.h"
#include "services/Kpis.h"

namespace carecrowd::testing {
namespace {

std::string month_of(const std::string& date) { return date.substr(0, 7); }

std::string at(LocalMinute minute) { return format_local_time(minute); }

std::vector<std::string> csv_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

struct InvoiceFixture : ::testing::Test {
  TestServer server;
  Api api = server.api();
  std::string admin = api.login(kAdminEmail, kAdminPassword);
  Organisation noord = make_organisation(api, admin, "Thuiszorg Noord");
  Organisation zuid = make_organisation(api, admin, "Thuiszorg Zuid");
  Caregiver freelancer = make_caregiver(api, "fenna@example.test", "Fenna Freelancer", 3, {noord.id, zuid.id});

  Reply claim(std::int64_t task) {
    return api.post("/v1/tasks/" + std::to_string(task) + "/claim", Json::object(), freelancer.token);
  }
  Reply check(std::int64_t task, const char* what, LocalMinute when) {
    return api.post("/v1/tasks/" + std::to_string(task) + "/" + what, {{"at", at(when)}}, freelancer.token);
  }
  Json task(const Organisation& org, std::int64_t id) {
    return api.get("/v1/tasks/" + std::to_string(id), org.coordinator_token).body;
  }
  std::string invoice_path(const std::string& month) {
    return "/v1/caregivers/" + std::to_string(freelancer.id) + "/invoices/" + month;
  }
};

// The freelancer does one visit for each organisation and claims a third without doing it; the
// visits start soon (claims close when a window opens), so check-in is in the hour before.
TEST_F(InvoiceFixture, CaregiverInvoiceHasALinePerCheckedOutTaskAndTotalsPerOrganisation) {
  const LocalMinute now = simulated_now();
  const auto noord_client = make_client(api, noord.coordinator_token, "Mevrouw de Vries");
  const auto zuid_client = make_client(api, zuid.coordinator_token, "Meneer Bakker");
  const auto noord_tasks = arrange(api, noord.coordinator_token, noord_client, now + 20,
                                   {visit_at("wash", now + 20, 60, 15, 2), visit_at("later", now + 25, 60, 15, 2)});
  const auto zuid_task = one_visit(api, zuid.coordinator_token, zuid_client, now + 30, 60, 15, 3);
  ASSERT_EQ(noord_tasks.size(), 2u);
  for (auto id : {noord_tasks[0], noord_tasks[1], zuid_task}) ASSERT_EQ(claim(id).status, 200) << id;
  ASSERT_EQ(check(noord_tasks[0], "check-in", now - 38).status, 200);
  ASSERT_EQ(check(noord_tasks[0], "check-out", now - 20).status, 200);
  ASSERT_EQ(check(zuid_task, "check-in", now - 25).status, 200);
  ASSERT_EQ(check(zuid_task, "check-out", now - 1).status, 200);

  const Json noord_done = task(noord, noord_tasks[0]);
  const Json zuid_done = task(zuid, zuid_task);
  std::set<std::string> months{month_of(noord_done["day"]), month_of(zuid_done["day"])};
  std::map<std::string, Json> lines;  // organisation name -> its lines over the months
  std::int64_t total_cents = 0, total_minutes = 0;
  for (const auto& month : months) {
    auto invoice = api.get(invoice_path(month), freelancer.token);
    ASSERT_EQ(invoice.status, 200) << invoice.text;
    EXPECT_EQ(invoice.body["caregiver_name"], "Fenna Freelancer");
    for (const auto& org : invoice.body["organisations"]) {
      std::int64_t cents = 0, minutes = 0;
      for (const auto& line : org["lines"]) {
        cents += line["amount_cents"].get<std::int64_t>();
        minutes += line["minutes"].get<std::int64_t>();
        lines[org["organisation_name"]].push_back(line);
      }
      EXPECT_EQ(org["amount_cents"], cents);
      EXPECT_EQ(org["minutes"], minutes);
      EXPECT_EQ(org["tasks"], org["lines"].size());
    }
    total_cents += invoice.body["totals"]["amount_cents"].get<std::int64_t>();
    total_minutes += invoice.body["totals"]["minutes"].get<std::int64_t>();
  }
  // The claimed task that was never done is not billed.
  ASSERT_EQ(lines["Thuiszorg Noord"].size(), 1u);
  ASSERT_EQ(lines["Thuiszorg Zuid"].size(), 1u);
  const Json& noord_line = lines["Thuiszorg Noord"][0];
  EXPECT_EQ(noord_line["task_id"], noord_tasks[0]);
  EXPECT_EQ(noord_line["check_in"], at(now - 38));
  EXPECT_EQ(noord_line["check_out"], at(now - 20));
  EXPECT_EQ(noord_line["minutes"], 18);
  EXPECT_EQ(noord_line["amount_cents"], noord_done["pay_cents"]);
  EXPECT_EQ(noord_line["hourly_equivalent_cents"], (noord_done["pay_cents"].get<std::int64_t>() * 60 + 9) / 18);
  EXPECT_EQ(noord_line["type"], noord_done["type"]);
  EXPECT_EQ(noord_line["area"], "3511");
  EXPECT_EQ(noord_line["date"], noord_done["day"]);
  const Json& zuid_line = lines["Thuiszorg Zuid"][0];
  EXPECT_EQ(zuid_line["minutes"], 24);
  EXPECT_EQ(zuid_line["amount_cents"], zuid_done["pay_cents"]);
  EXPECT_EQ(total_minutes, 18 + 24);
  EXPECT_EQ(total_cents, noord_done["pay_cents"].get<std::int64_t>() + zuid_done["pay_cents"].get<std::int64_t>());
  // No client names on an invoice.
  for (const auto& [org, list] : lines) {
    for (const auto& line : list) EXPECT_FALSE(line.contains("client_name")) << org;
  }
}

TEST_F(InvoiceFixture, CsvInvoiceHasAHeaderAndOneRowPerLine) {
  const LocalMinute now = simulated_now();
  // A name with a comma and quotes, which CSV must quote.
  auto linde = make_organisation(api, admin, "Wijkzorg \"De Linde\", Utrecht");
  ASSERT_EQ(api.post("/v1/caregivers/" + std::to_string(freelancer.id) + "/organisations",
                     {{"organisation_id", linde.id}}, freelancer.token).status, 200);
  const auto client = make_client(api, linde.coordinator_token, "Mevrouw Smit");
  const auto id = one_visit(api, linde.coordinator_token, client, now + 20, 60, 15, 2);
  ASSERT_EQ(claim(id).status, 200);
  ASSERT_EQ(check(id, "check-in", now - 30).status, 200);
  ASSERT_EQ(check(id, "check-out", now - 5).status, 200);
  const std::string day = task(linde, id)["day"];
  const std::string month = month_of(day);

  auto json = api.get(invoice_path(month), freelancer.token);
  auto csv = api.get(invoice_path(month) + "?format=csv", freelancer.token);
  ASSERT_EQ(csv.status, 200) << csv.text;
  EXPECT_EQ(csv.content_type.rfind("text/csv", 0), 0u) << csv.content_type;
  const auto rows = csv_lines(csv.text);
  std::size_t lines = 0;
  for (const auto& org : json.body["organisations"]) lines += org["lines"].size();
  ASSERT_EQ(rows.size(), lines + 1);
  EXPECT_EQ(rows[0], "organisation,date,task_id,type,area,check_in,check_out,minutes,amount_cents,"
                     "hourly_equivalent_cents");
  EXPECT_EQ(rows[1].rfind("\"Wijkzorg \"\"De Linde\"\", Utrecht\"," + day + "," + std::to_string(id) + ",", 0), 0u)
      << rows[1];
  EXPECT_EQ(api.get(invoice_path(month) + "?format=xml", freelancer.token).status, 400);

  // An Accept header asking for CSV gets the same rows.
  httplib::Client http("127.0.0.1", server.port());
  auto accepted = http.Get(invoice_path(month), {{"Authorization", "Bearer " + freelancer.token}, {"Accept", "text/csv"}});
  ASSERT_TRUE(accepted);
  EXPECT_EQ(accepted->status, 200);
  EXPECT_EQ(accepted->body, csv.text);
}

TEST_F(InvoiceFixture, OnlyTheCaregiverReadsTheirInvoice) {
  auto other = make_caregiver(api, "otto@example.test", "Otto Other", 2, {noord.id});
  EXPECT_EQ(api.get(invoice_path("2025-03"), freelancer.token).status, 200);
  EXPECT_EQ(api.get(invoice_path("2025-03"), other.token).status, 404);
  EXPECT_EQ(api.get(invoice_path("2025-03"), noord.coordinator_token).status, 403);
  EXPECT_EQ(api.get(invoice_path("2025-13"), freelancer.token).status, 400);
  EXPECT_EQ(api.get(invoice_path("March"), freelancer.token).status, 400);
  EXPECT_EQ(api.get(invoice_path("2025-03")).status, 401);
}

TEST_F(InvoiceFixture, OrganisationAdminSeesTotalsPerCaregiverOfTheirOrganisationOnly) {
  const LocalMinute now = simulated_now();
  const auto noord_client = make_client(api, noord.coordinator_token, "Mevrouw Jansen");
  const auto zuid_client = make_client(api, zuid.coordinator_token, "Meneer de Boer");
  const auto noord_task = one_visit(api, noord.coordinator_token, noord_client, now + 20, 60, 15, 2);
  const auto zuid_task = one_visit(api, zuid.coordinator_token, zuid_client, now + 30, 60, 15, 2);
  for (auto id : {noord_task, zuid_task}) ASSERT_EQ(claim(id).status, 200);
  ASSERT_EQ(check(noord_task, "check-in", now - 30).status, 200);
  ASSERT_EQ(check(noord_task, "check-out", now - 10).status, 200);
  ASSERT_EQ(check(zuid_task, "check-in", now - 9).status, 200);
  ASSERT_EQ(check(zuid_task, "check-out", now - 1).status, 200);
  const Json done = task(noord, noord_task);
  const std::string path = "/v1/organisations/" + std::to_string(noord.id) + "/invoices/" + month_of(done["day"]);

  auto r = api.get(path, noord.admin_token);
  ASSERT_EQ(r.status, 200) << r.text;
  ASSERT_EQ(r.body["caregivers"].size(), 1u);
  const Json& row = r.body["caregivers"][0];
  EXPECT_EQ(row["caregiver_id"], freelancer.id);
  EXPECT_EQ(row["name"], "Fenna Freelancer");
  EXPECT_EQ(row["tasks"], 1);
  EXPECT_EQ(row["minutes"], 20);  // the Zuid visit is not Noord's to pay
  EXPECT_EQ(row["amount_cents"], done["pay_cents"]);
  EXPECT_EQ(r.body["totals"]["amount_cents"], done["pay_cents"]);
  auto csv = api.get(path + "?format=csv", noord.admin_token);
  EXPECT_EQ(csv_lines(csv.text).size(), 2u);

  EXPECT_EQ(api.get(path, zuid.admin_token).status, 404);
  EXPECT_EQ(api.get(path, noord.coordinator_token).status, 403);
}

// ---------------------------------------------------------------------------------------------
// Key figures over the demo region, whose past days have done, missed and open tasks.

struct KpiFixture : ::testing::Test {
  TestServer server{{"--demo", "--demo-clients", "120", "--demo-caregivers", "40"}};
  Api api = server.api();
  const DayNumber today = simulated_now() / kMinutesPerDay;
  const std::string from = format_date(today - demo::kDemoHistoryDays);
  const std::string to = format_date(today - 1);  // every task up to yesterday is due

  std::string login(const char* email) { return api.login(email, demo::kDemoPassword); }

  // Every task of the coordinator's organisation in [from, to], page by page.
  std::vector<Json> tasks_of(const std::string& coordinator) {
    std::vector<Json> all;
    std::int64_t after = 0;
    for (;;) {
      auto page = api.get("/v1/tasks?from=" + from + "&to=" + to + "&limit=500&after=" + std::to_string(after),
                          coordinator);
      EXPECT_EQ(page.status, 200) << page.text;
      for (const auto& t : page.body["items"]) all.push_back(t);
      if (!page.body.contains("next_after")) return all;
      after = page.body["next_after"].get<std::int64_t>();
    }
  }
};

TEST_F(KpiFixture, CoverageAndPunctualityAgreeWithTheOrganisationsTasks) {
  const auto analyst = login(demo::kDemoNoordAnalystEmail);
  auto kpis = api.get("/v1/kpis?from=" + from + "&to=" + to, analyst);
  ASSERT_EQ(kpis.status, 200) << kpis.text;

  std::int64_t due = 0, covered = 0, check_ins = 0, in_window = 0, done = 0, pay = 0;
  const int grace = services::kKpiGraceMinutes;
  for (const auto& t : tasks_of(login(demo::kDemoNoordCoordinatorEmail))) {
    if (t["status"] == "cancelled") continue;
    ++due;
    if (t["check_in"].is_null()) continue;
    const auto in = parse_local_time(t["check_in"].get<std::string>(), "check_in").value();
    const auto opens = parse_local_time(t["window"]["start"].get<std::string>(), "start").value();
    const auto closes = parse_local_time(t["window"]["end"].get<std::string>(), "end").value();
    const bool on_time = in >= opens - grace && in <= closes + grace;
    ++check_ins;
    in_window += on_time;
    if (t["status"] == "done") {
      covered += on_time;
      ++done;
      pay += t["pay_cents"].get<std::int64_t>();
    }
  }
  const Json& k = kpis.body;
  ASSERT_GT(due, 0);
  EXPECT_EQ(k["coverage"]["due"], due);
  EXPECT_EQ(k["coverage"]["covered"], covered);
  const double rate = k["coverage"]["rate"].get<double>();
  EXPECT_GE(rate, 0.0);
  EXPECT_LE(rate, 1.0);
  EXPECT_NEAR(rate, static_cast<double>(covered) / static_cast<double>(due), 1e-4);
  EXPECT_LT(covered, due);  // the demo has missed and unfilled visits
  EXPECT_EQ(k["punctuality"]["check_ins"], check_ins);
  EXPECT_EQ(k["punctuality"]["in_window"], in_window);
  EXPECT_EQ(k["cost"]["pay_cents"], pay);
  EXPECT_GT(k["cost"]["cents_per_care_hour"].get<std::int64_t>(), 0);
  const double travel_share = k["travel"]["share"].get<double>();
  EXPECT_GT(travel_share, 0.0);
  EXPECT_LT(travel_share, 0.5);
  EXPECT_GE(k["continuity"]["mean_caregivers_per_client"].get<double>(), 1.0);
  std::int64_t clients = 0;
  for (const auto& bucket : k["continuity"]["distribution"]) clients += bucket["clients"].get<std::int64_t>();
  EXPECT_EQ(k["continuity"]["clients"], clients);
  // The daily series adds up to the range.
  ASSERT_EQ(k["days"].size(), static_cast<std::size_t>(demo::kDemoHistoryDays));
  std::int64_t daily_due = 0, daily_done = 0;
  for (const auto& d : k["days"]) {
    daily_due += d["due"].get<std::int64_t>();
    daily_done += d["done"].get<std::int64_t>();
  }
  EXPECT_EQ(daily_due, due);
  EXPECT_EQ(daily_done, done);
  EXPECT_EQ(k["days"][0]["day"], from);
}

TEST_F(KpiFixture, EachAnalystSeesOnlyTheirOrganisation) {
  const auto noord = login(demo::kDemoNoordAnalystEmail);
  const auto zuid = login(demo::kDemoZuidAnalystEmail);
  auto noord_kpis = api.get("/v1/kpis?from=" + from + "&to=" + to, noord);
  auto zuid_kpis = api.get("/v1/kpis?from=" + from + "&to=" + to, zuid);
  ASSERT_EQ(noord_kpis.status, 200);
  ASSERT_EQ(zuid_kpis.status, 200);
  EXPECT_EQ(noord_kpis.body["organisation_id"], api.get("/v1/me", noord).body["organisation_id"]);
  EXPECT_EQ(zuid_kpis.body["organisation_id"], api.get("/v1/me", zuid).body["organisation_id"]);
  EXPECT_NE(noord_kpis.body["organisation_id"], zuid_kpis.body["organisation_id"]);
  std::int64_t zuid_due = 0;
  for (const auto& t : tasks_of(login(demo::kDemoZuidCoordinatorEmail))) zuid_due += t["status"] != "cancelled";
  EXPECT_EQ(zuid_kpis.body["coverage"]["due"], zuid_due);
  EXPECT_NE(noord_kpis.body["coverage"]["due"], zuid_kpis.body["coverage"]["due"]);
}

TEST_F(KpiFixture, AnalystSeesFiguresButNoClientData) {
  const auto analyst = login(demo::kDemoNoordAnalystEmail);
  auto kpis = api.get("/v1/kpis", analyst);
  ASSERT_EQ(kpis.status, 200) << kpis.text;
  EXPECT_EQ(kpis.body["to"], format_date(today));
  EXPECT_EQ(kpis.body["days"].size(), 14u);
  for (const char* key : {"client_id", "client_name", "caregiver_id"}) {
    EXPECT_EQ(kpis.text.find(key), std::string::npos) << key;
  }
  EXPECT_EQ(api.get("/v1/clients", analyst).status, 403);
  EXPECT_EQ(api.get("/v1/tasks", analyst).status, 403);
  EXPECT_EQ(api.get("/v1/kpis", login(demo::kDemoFreelancerEmail)).status, 403);
  EXPECT_EQ(api.get("/v1/kpis", login(demo::kDemoClientEmail)).status, 403);
  EXPECT_EQ(api.get("/v1/kpis?from=2025-03-10&to=2025-03-01", analyst).status, 400);
  EXPECT_EQ(api.get("/v1/kpis?from=2025-01-01&to=2025-12-31", analyst).status, 400);
  EXPECT_EQ(api.get("/v1/kpis?from=yesterday", analyst).status, 400);
}

TEST_F(KpiFixture, SplitsByCaregiverKindAndAreaAddUpToTheOrganisationsTasks) {
  const auto analyst = login(demo::kDemoNoordAnalystEmail);
  const auto coordinator = login(demo::kDemoNoordCoordinatorEmail);
  auto kpis = api.get("/v1/kpis?from=" + from + "&to=" + to, analyst);
  ASSERT_EQ(kpis.status, 200) << kpis.text;
  const Json& k = kpis.body;

  // What the tasks say, per kind of holder and per area (every task up to yesterday is due).
  const std::string organisation = std::to_string(api.get("/v1/me", coordinator).body["organisation_id"].get<int>());
  std::map<std::int64_t, std::string> kind_of;
  for (std::int64_t after = 0;;) {
    auto page = api.get("/v1/organisations/" + organisation + "/caregivers?limit=500&after=" + std::to_string(after),
                        coordinator);
    ASSERT_EQ(page.status, 200) << page.text;
    for (const auto& c : page.body["items"]) kind_of[c["id"].get<std::int64_t>()] = c["kind"].get<std::string>();
    if (!page.body.contains("next_after")) break;
    after = page.body["next_after"].get<std::int64_t>();
  }
  std::map<std::string, std::int64_t> due_by_kind, done_by_kind, pay_by_kind, due_by_area, done_by_area;
  for (const auto& t : tasks_of(coordinator)) {
    if (t["status"] == "cancelled") continue;
    const std::string kind = t["caregiver_id"].is_null() ? "none" : kind_of.at(t["caregiver_id"].get<std::int64_t>());
    const std::string area = t["area"].get<std::string>();
    ++due_by_kind[kind];
    ++due_by_area[area];
    if (t["status"] == "done") {
      ++done_by_kind[kind];
      ++done_by_area[area];
      pay_by_kind[kind] += t["pay_cents"].get<std::int64_t>();
    }
  }

  // Every kind in the domain's order, then the due tasks nobody held.
  const Json& kinds = k["by_caregiver_kind"];
  ASSERT_EQ(kinds.size(), 4u) << kinds.dump();
  EXPECT_EQ(kinds[0]["kind"], "employee");
  EXPECT_EQ(kinds[1]["kind"], "freelancer");
  EXPECT_EQ(kinds[2]["kind"], "volunteer");
  EXPECT_TRUE(kinds[3]["kind"].is_null());
  std::int64_t due = 0, covered = 0, done = 0, care = 0, pay = 0;
  double travel = 0;
  for (const auto& split : kinds) {
    const std::string kind = split["kind"].is_null() ? "none" : split["kind"].get<std::string>();
    EXPECT_EQ(split["due"], due_by_kind[kind]) << kind;
    EXPECT_EQ(split["done"], done_by_kind[kind]) << kind;
    EXPECT_EQ(split["pay_cents"], pay_by_kind[kind]) << kind;
    due += split["due"].get<std::int64_t>();
    covered += split["covered"].get<std::int64_t>();
    done += split["done"].get<std::int64_t>();
    care += split["care_minutes"].get<std::int64_t>();
    pay += split["pay_cents"].get<std::int64_t>();
    travel += split["travel_minutes"].get<double>();
  }
  EXPECT_GT(kinds[0]["done"].get<int>(), 0);
  EXPECT_GT(kinds[1]["done"].get<int>(), 0);
  // Nobody held them: none was covered, none has a rate of punctuality or a cost.
  EXPECT_EQ(kinds[3]["covered"], 0);
  EXPECT_EQ(kinds[3]["coverage"], 0.0);
  EXPECT_TRUE(kinds[3]["cents_per_care_hour"].is_null());
  EXPECT_EQ(due, k["coverage"]["due"]);
  EXPECT_EQ(covered, k["coverage"]["covered"]);
  EXPECT_EQ(care, k["travel"]["care_minutes"]);
  EXPECT_EQ(pay, k["cost"]["pay_cents"]);
  EXPECT_NEAR(travel, k["travel"]["travel_minutes"].get<double>(), 0.1 * 4);  // each rounded to a tenth

  // Areas: those with tasks, in order, adding up to the organisation's.
  const Json& areas = k["by_area"];
  ASSERT_EQ(areas.size(), due_by_area.size());
  std::int64_t area_due = 0, area_done = 0, area_pay = 0;
  std::string previous;
  for (const auto& split : areas) {
    const std::string area = split["area"].get<std::string>();
    EXPECT_LT(previous, area);
    previous = area;
    EXPECT_EQ(split["due"], due_by_area[area]) << area;
    EXPECT_EQ(split["done"], done_by_area[area]) << area;
    EXPECT_FALSE(split.contains("travel_share")) << "a day's travel crosses areas";
    area_due += split["due"].get<std::int64_t>();
    area_done += split["done"].get<std::int64_t>();
    area_pay += split["pay_cents"].get<std::int64_t>();
  }
  EXPECT_EQ(area_due, k["coverage"]["due"]);
  EXPECT_EQ(area_done, done);
  EXPECT_EQ(area_pay, k["cost"]["pay_cents"]);
}

TEST_F(KpiFixture, TheAnalystSetsTargetsThatCareStaffReadAndTheAuditLogKeeps) {
  const auto analyst = login(demo::kDemoNoordAnalystEmail);
  const auto coordinator = login(demo::kDemoNoordCoordinatorEmail);
  // None set yet: every figure without a target.
  auto none = api.get("/v1/kpi-targets", coordinator);
  ASSERT_EQ(none.status, 200) << none.text;
  for (const char* key : {"coverage", "punctuality", "travel_share", "cents_per_care_hour"}) {
    EXPECT_TRUE(none.body[key].is_null()) << key;
  }

  auto set = api.put("/v1/kpi-targets", {{"coverage", 0.95}, {"punctuality", 0.875}, {"cents_per_care_hour", 2500}},
                     analyst);
  ASSERT_EQ(set.status, 200) << set.text;
  auto read = api.get("/v1/kpi-targets", coordinator);
  ASSERT_EQ(read.status, 200) << read.text;
  EXPECT_EQ(read.body["coverage"], 0.95);
  EXPECT_EQ(read.body["punctuality"], 0.875);
  EXPECT_TRUE(read.body["travel_share"].is_null());
  EXPECT_EQ(read.body["cents_per_care_hour"], 2500);
  EXPECT_EQ(read.body, set.body);
  // The other organisation's are its own.
  EXPECT_TRUE(api.get("/v1/kpi-targets", login(demo::kDemoZuidAnalystEmail)).body["coverage"].is_null());

  // Only the analyst and the admin set them; nobody outside reads them.
  EXPECT_EQ(api.put("/v1/kpi-targets", {{"coverage", 0.5}}, coordinator).status, 403);
  EXPECT_EQ(api.put("/v1/kpi-targets", {{"coverage", 0.9}}, login(demo::kDemoNoordAdminEmail)).status, 200);
  EXPECT_EQ(api.get("/v1/kpi-targets", login(demo::kDemoFreelancerEmail)).status, 403);
  EXPECT_EQ(api.get("/v1/kpi-targets").status, 401);

  // Bad values are refused naming the field, and change nothing.
  for (const auto& [body, field] : std::vector<std::pair<Json, std::string>>{
           {{{"coverage", 1.5}}, "coverage"},
           {{{"travel_share", -0.1}}, "travel_share"},
           {{{"punctuality", "high"}}, "punctuality"},
           {{{"cents_per_care_hour", 2500.5}}, "cents_per_care_hour"},
           {{{"cents_per_care_hour", 200000}}, "cents_per_care_hour"},
           {{{"coverag", 0.9}}, "coverag"}}) {
    auto refused = api.put("/v1/kpi-targets", body, analyst);
    EXPECT_EQ(refused.status, 400) << body.dump();
    EXPECT_EQ(refused.body["field"], field) << refused.text;
  }
  EXPECT_EQ(api.get("/v1/kpi-targets", analyst).body["coverage"], 0.9);

  auto log = api.get("/v1/audit?limit=50", login(demo::kDemoNoordAdminEmail));
  ASSERT_EQ(log.status, 200) << log.text;
  int updates = 0;
  for (const auto& e : log.body["items"]) updates += e["event"] == "kpi_targets.update";
  EXPECT_EQ(updates, 2);
}

}  // namespace
TEST_F(KpiFixture, CsvHasARowPerDayAndATotalRowWithTheSameFigures) {
  const auto analyst = login(demo::kDemoNoordAnalystEmail);
  const std::string range = "/v1/kpis?from=" + from + "&to=" + to;
  auto json = api.get(range, analyst);
  auto csv = api.get(range + "&format=csv", analyst);
  ASSERT_EQ(csv.status, 200) << csv.text;
  EXPECT_EQ(csv.content_type.rfind("text/csv", 0), 0u) << csv.content_type;
  const auto rows = csv_lines(csv.text);
  const auto& days = json.body["days"];
  ASSERT_EQ(rows.size(), days.size() + 2);  // header, a row per day, the total
  EXPECT_EQ(rows[0].rfind("day,due,covered,coverage,", 0), 0u) << rows[0];
  for (std::size_t i = 0; i < days.size(); ++i) {
    const std::string expected = days[i]["day"].get<std::string>() + "," + days[i]["due"].dump() + "," +
                                 days[i]["covered"].dump() + ",";
    EXPECT_EQ(rows[i + 1].rfind(expected, 0), 0u) << rows[i + 1];
  }
  const auto& coverage = json.body["coverage"];
  EXPECT_EQ(rows.back().rfind("total," + coverage["due"].dump() + "," + coverage["covered"].dump() + "," +
                                  coverage["rate"].dump() + ",", 0), 0u)
      << rows.back();
  EXPECT_NE(rows.back().find(json.body["continuity"]["mean_caregivers_per_client"].dump()), std::string::npos);
  EXPECT_EQ(api.get(range + "&format=pdf", analyst).status, 400);
  EXPECT_EQ(api.get(range + "&format=csv", login(demo::kDemoFreelancerEmail)).status, 403);
}

}  // namespace carecrowd::testing
