#include <gtest/gtest.h>

#include <algorithm>

#include "MarketWorld.h"

namespace carecrowd::testing {
namespace {

struct CaregiverFixture : ::testing::Test {
  TestServer server;
  Api api = server.api();
  std::string admin = api.login(kAdminEmail, kAdminPassword);
  Organisation org = make_organisation(api, admin, "Thuiszorg Zuid");

  std::string path(const Caregiver& c, const std::string& rest = "") { return "/v1/caregivers/" + std::to_string(c.id) + rest; }
};

TEST_F(CaregiverFixture, RegistrationCreatesACaregiverWhoCanLogIn) {
  auto r = api.post("/v1/caregivers", caregiver_body("Anna@Example.test", "Anna de Vries", 3));
  ASSERT_EQ(r.status, 201) << r.text;
  EXPECT_EQ(r.body["email"], "anna@example.test");
  EXPECT_EQ(r.body["level"], 3);
  EXPECT_EQ(r.body["kind"], "freelancer");
  EXPECT_EQ(r.body["max_hours_week"], 40);
  const auto token = api.login("anna@example.test", "caregiver-pass");
  auto me = api.get("/v1/me", token);
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.body["role"], "caregiver");
  EXPECT_EQ(me.body["caregiver_id"], r.body["id"]);
  auto own = api.get("/v1/caregivers/" + std::to_string(r.body["id"].get<std::int64_t>()), token);
  ASSERT_EQ(own.status, 200);
  EXPECT_DOUBLE_EQ(own.body["home"]["lat"].get<double>(), kHomeLat);
}

TEST_F(CaregiverFixture, RegistrationRefusesBadInputNamingTheField) {
  struct Case {
    const char* field;
    Json value;
  };
  const std::vector<Case> cases{{"email", "not-an-email"},     {"password", "short"},   {"kind", "intern"},
                                {"level", 7},                  {"travel_mode", "horse"}, {"max_hours_week", 0},
                                {"hourly_rate_cents", -1},     {"name", ""},             {"home", {{"lat", 48.8}, {"lon", 2.3}}}};
  for (const auto& c : cases) {
    Json body = caregiver_body("x@example.test", "X", 3);
    body[c.field] = c.value;
    auto r = api.post("/v1/caregivers", body);
    EXPECT_EQ(r.status, 400) << c.field << ": " << r.text;
    EXPECT_EQ(r.content_type, "application/problem+json");
    EXPECT_NE(r.body.value("detail", "").find(c.field), std::string::npos) << r.text;
  }
  Json missing = caregiver_body("y@example.test", "Y", 3);
  missing.erase("home");
  EXPECT_EQ(api.post("/v1/caregivers", missing).status, 400);
  Json unknown = caregiver_body("z@example.test", "Z", 3);
  unknown["role"] = "org_admin";
  EXPECT_EQ(api.post("/v1/caregivers", unknown).status, 400);
}

TEST_F(CaregiverFixture, VolunteersAreLevelZeroAndOnlyThey) {
  EXPECT_EQ(api.post("/v1/caregivers", caregiver_body("v1@example.test", "Vera", 2, "volunteer")).status, 400);
  EXPECT_EQ(api.post("/v1/caregivers", caregiver_body("e1@example.test", "Eva", 0, "employee")).status, 400);
  EXPECT_EQ(api.post("/v1/caregivers", caregiver_body("v2@example.test", "Vera", 0, "volunteer")).status, 201);
}

TEST_F(CaregiverFixture, ATakenEmailIsAConflict) {
  ASSERT_EQ(api.post("/v1/caregivers", caregiver_body("bob@example.test", "Bob", 2)).status, 201);
  EXPECT_EQ(api.post("/v1/caregivers", caregiver_body("bob@example.test", "Bob Two", 2)).status, 409);
  EXPECT_EQ(api.post("/v1/caregivers", caregiver_body(org.coordinator_email, "Coordinator", 2)).status, 409);
}

TEST_F(CaregiverFixture, ACaregiverChangesOnlyTheFieldsGiven) {
  auto c = make_caregiver(api, "carla@example.test", "Carla", 2);
  auto r = api.put(path(c), {{"travel_mode", "car"}, {"max_hours_week", 24}}, c.token);
  ASSERT_EQ(r.status, 200) << r.text;
  EXPECT_EQ(r.body["travel_mode"], "car");
  EXPECT_EQ(r.body["max_hours_week"], 24);
  EXPECT_EQ(r.body["name"], "Carla");
  EXPECT_EQ(api.put(path(c), {{"kind", "volunteer"}}, c.token).status, 400);  // still level 2
  auto other = make_caregiver(api, "dirk@example.test", "Dirk", 2);
  EXPECT_EQ(api.put(path(c), {{"name", "Hacked"}}, other.token).status, 404);
}

// docs/api.md: null is taken as absent, for an optional member (here: the value stays) and for a
// required one (missing).
TEST_F(CaregiverFixture, NullIsTakenAsAbsent) {
  auto c = make_caregiver(api, "nora@example.test", "Nora", 2);
  auto r = api.put(path(c), {{"name", nullptr}, {"travel_mode", nullptr}, {"max_hours_week", 20}}, c.token);
  ASSERT_EQ(r.status, 200) << r.text;
  EXPECT_EQ(r.body["name"], "Nora");
  EXPECT_EQ(r.body["travel_mode"], "bike");
  EXPECT_EQ(r.body["max_hours_week"], 20);
  Json body = caregiver_body("olga@example.test", "Olga", 2);
  body["name"] = nullptr;
  auto missing = api.post("/v1/caregivers", body);
  EXPECT_EQ(missing.status, 400) << missing.text;
  EXPECT_EQ(missing.body["field"], "name");
  EXPECT_EQ(missing.body["reason"], "is required");
}

TEST_F(CaregiverFixture, OrganisationsSeeALimitedProfileOthersSeeNothing) {
  auto c = make_caregiver(api, "femke@example.test", "Femke", 3, {org.id});
  auto other_org = make_organisation(api, admin, "Zorg Elders");
  auto limited = api.get(path(c), org.coordinator_token);
  ASSERT_EQ(limited.status, 200) << limited.text;
  EXPECT_EQ(limited.body["name"], "Femke");
  EXPECT_EQ(limited.body["level"], 3);
  EXPECT_FALSE(limited.body.contains("home"));
  EXPECT_EQ(limited.text.find(std::to_string(kHomeLat).substr(0, 6)), std::string::npos);
  EXPECT_EQ(api.get(path(c), other_org.coordinator_token).status, 404);
  auto stranger = make_caregiver(api, "gijs@example.test", "Gijs", 3);
  EXPECT_EQ(api.get(path(c), stranger.token).status, 404);
}

TEST_F(CaregiverFixture, CertificatesAreVerifiedOnlyByAnAdminOrCoordinatorOfTheirOrganisation) {
  auto c = make_caregiver(api, "hanna@example.test", "Hanna", 3, {org.id});
  auto other_org = make_organisation(api, admin, "Zorg Anders");
  auto up = api.post(path(c, "/certificates"), certificate_upload("injection", "2099-12-31"), c.token);
  ASSERT_EQ(up.status, 201) << up.text;
  const Json evidence = {{"evidence_id", up.body["evidence"]["id"]}};
  EXPECT_EQ(up.body["verified"], false);
  EXPECT_EQ(up.body["valid"], false);
  EXPECT_EQ(api.post(path(c, "/certificates"), {{"code", "juggling"}, {"expires", "2099-12-31"}}, c.token).status, 400);
  EXPECT_EQ(api.post(path(c, "/certificates"), {{"code", "catheter"}, {"expires", "2001-01-01"}}, c.token).status, 400);

  EXPECT_EQ(api.post(path(c, "/certificates/injection/verify"), evidence, c.token).status, 403);
  EXPECT_EQ(api.post(path(c, "/certificates/injection/verify"), evidence, other_org.admin_token).status, 404);
  EXPECT_EQ(api.post(path(c, "/certificates/injection/verify"), evidence, other_org.coordinator_token).status, 404);
  EXPECT_EQ(api.post(path(c, "/certificates/catheter/verify"), evidence, org.admin_token).status, 404);
  auto verified = api.post(path(c, "/certificates/injection/verify"), evidence, org.admin_token);
  ASSERT_EQ(verified.status, 200) << verified.text;
  EXPECT_EQ(verified.body["verified"], true);
  EXPECT_EQ(verified.body["verified_by"], org.id);
  EXPECT_EQ(verified.body["valid"], true);

  // Uploading it again (a renewed paper) needs a new verification.
  auto renewed = api.post(path(c, "/certificates"), {{"code", "injection"}, {"expires", "2100-06-30"}}, c.token);
  EXPECT_EQ(renewed.body["verified"], false);
}

TEST_F(CaregiverFixture, ACoordinatorSeesTheCrowdsCertificatesAndVerifiesThem) {
  auto c = make_caregiver(api, "joke@example.test", "Joke", 3, {org.id});
  ASSERT_EQ(api.post(path(c, "/certificates"), certificate_upload("wound-care", "2099-12-31"), c.token).status, 201);
  const std::string crowd = "/v1/organisations/" + std::to_string(org.id) + "/caregivers";
  auto certificate_in_list = [&]() -> Json {
    auto list = api.get(crowd, org.coordinator_token);
    EXPECT_EQ(list.status, 200) << list.text;
    for (const auto& item : list.body["items"]) {
      if (item["id"] == c.id) return item["certificates"].at(0);
    }
    return Json();
  };
  const Json before = certificate_in_list();
  EXPECT_EQ(before["code"], "wound-care");
  EXPECT_EQ(before["verified"], false);
  EXPECT_EQ(before["valid"], false);

  auto verified = verify_certificate(api, org.coordinator_token, c.id, "wound-care");
  ASSERT_EQ(verified.status, 200) << verified.text;
  EXPECT_EQ(verified.body["verified_by"], org.id);
  const Json after = certificate_in_list();
  EXPECT_EQ(after["verified"], true);
  EXPECT_EQ(after["valid"], true);
  EXPECT_EQ(after["verified_by"], org.id);
}

TEST_F(CaregiverFixture, TheCertificateCatalogueIsServedAsDataAndIsWhatUploadsAreJudgedBy) {
  const auto c = make_caregiver(api, "cat@example.test", "Cato", 3);
  EXPECT_EQ(api.get("/v1/certificates").status, 401);  // a login is needed
  for (const auto& token : {c.token, org.coordinator_token, admin}) {
    auto r = api.get("/v1/certificates", token);
    ASSERT_EQ(r.status, 200) << r.text;
    std::vector<std::string> codes;
    for (const auto& item : r.body["items"]) codes.push_back(item["code"].get<std::string>());
    EXPECT_EQ(codes, (std::vector<std::string>{"catheter", "injection", "medication", "tube-feeding", "wound-care"}));
  }
  const auto items = api.get("/v1/certificates", c.token).body["items"];
  const auto injection = std::find_if(items.begin(), items.end(), [](const Json& i) { return i["code"] == "injection"; });
  ASSERT_NE(injection, items.end());
  EXPECT_EQ((*injection)["name"], "Injecteren");
  EXPECT_EQ((*injection)["reserved"], true);  // a reserved procedure under the Wet BIG
  EXPECT_GT((*injection)["valid_months"].get<int>(), 0);
  // Every code of the catalogue can be uploaded; nothing else can.
  for (const auto& item : items) {
    EXPECT_EQ(api.post(path(c, "/certificates"), {{"code", item["code"]}, {"expires", "2099-12-31"}}, c.token).status, 201);
  }
  auto unknown = api.post(path(c, "/certificates"), {{"code", "juggling"}, {"expires", "2099-12-31"}}, c.token);
  EXPECT_EQ(unknown.status, 400);
  EXPECT_NE(unknown.text.find("tube-feeding"), std::string::npos) << unknown.text;  // the known codes are named
}

TEST_F(CaregiverFixture, AvailabilityIsReplacedAsAWhole) {
  auto c = make_caregiver(api, "ingrid@example.test", "Ingrid", 2);
  Json first = {{"recurring", {{{"weekday", "mo"}, {"from", "08:00"}, {"to", "12:30"}}}},
                {"one_off", {{{"date", "2099-05-01"}, {"from", "09:00"}, {"to", "17:00"}, {"available", false}}}}};
  auto r = api.put(path(c, "/availability"), first, c.token);
  ASSERT_EQ(r.status, 200) << r.text;
  EXPECT_EQ(r.body, first);
  Json second = {{"recurring", {{{"weekday", "tu"}, {"from", "13:00"}, {"to", "24:00"}}}}};
  ASSERT_EQ(api.put(path(c, "/availability"), second, c.token).status, 200);
  auto now = api.get(path(c, "/availability"), c.token);
  ASSERT_EQ(now.status, 200);
  EXPECT_EQ(now.body["recurring"], second["recurring"]);
  EXPECT_TRUE(now.body["one_off"].empty());

  EXPECT_EQ(api.put(path(c, "/availability"), {{"recurring", {{{"weekday", "xx"}, {"from", "08:00"}, {"to", "09:00"}}}}},
                    c.token).status, 400);
  auto backwards = api.put(path(c, "/availability"),
                           {{"recurring", {{{"weekday", "mo"}, {"from", "12:00"}, {"to", "08:00"}}}}}, c.token);
  EXPECT_EQ(backwards.status, 400);
  EXPECT_NE(backwards.body.value("detail", "").find("recurring[0].to"), std::string::npos) << backwards.text;
}

TEST_F(CaregiverFixture, OrganisationAdminMarksEmployeesAndListsItsCaregivers) {
  auto joined = make_caregiver(api, "jan@example.test", "Jan", 4, {org.id});
  make_caregiver(api, "kees@example.test", "Kees", 4);  // works for no organisation
  const std::string list = "/v1/organisations/" + std::to_string(org.id) + "/caregivers";
  auto r = api.get(list, org.coordinator_token);
  ASSERT_EQ(r.status, 200) << r.text;
  ASSERT_EQ(r.body["items"].size(), 1u);
  EXPECT_EQ(r.body["items"][0]["name"], "Jan");
  EXPECT_EQ(r.body["items"][0]["employed"], false);

  const std::string one = list + "/" + std::to_string(joined.id);
  EXPECT_EQ(api.put(one, {{"employed", true}}, org.coordinator_token).status, 403);
  auto employed = api.put(one, {{"employed", true}}, org.admin_token);
  ASSERT_EQ(employed.status, 200) << employed.text;
  EXPECT_EQ(employed.body["employed"], true);
  auto own = api.get(path(joined), joined.token);
  EXPECT_EQ(own.body["organisations"][0]["employed"], true);

  auto other_org = make_organisation(api, admin, "Zorg Verweg");
  EXPECT_EQ(api.get(list, other_org.admin_token).status, 403);
}

TEST_F(CaregiverFixture, AFreelancerWorksForSeveralOrganisationsAndLeavesOne) {
  auto second = make_organisation(api, admin, "Zorg Twee");
  auto c = make_caregiver(api, "lotte@example.test", "Lotte", 3, {org.id, second.id});
  auto own = api.get(path(c), c.token);
  ASSERT_EQ(own.body["organisations"].size(), 2u);
  auto left = api.del(path(c, "/organisations/" + std::to_string(second.id)), c.token);
  ASSERT_EQ(left.status, 200) << left.text;
  ASSERT_EQ(left.body["organisations"].size(), 1u);
  EXPECT_EQ(left.body["organisations"][0]["id"], org.id);
  EXPECT_EQ(api.del(path(c, "/organisations/" + std::to_string(second.id)), c.token).status, 404);
  EXPECT_EQ(api.post(path(c, "/organisations"), {{"organisation_id", 99999}}, c.token).status, 404);
}

TEST_F(CaregiverFixture, ACalendarFileIsReadForTheCaregiverToCheckAndNothingIsStoredUntilTheySave) {
  auto c = make_caregiver(api, "fatima@example.test", "Fatima", 3);
  auto other = make_caregiver(api, "greet@example.test", "Greet", 3);
  const std::string tomorrow = simulated_date(1);
  std::string compact = tomorrow;
  compact.erase(std::remove(compact.begin(), compact.end(), '-'), compact.end());
  const std::string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//NL\r\n"
                          "BEGIN:VEVENT\r\nUID:w\r\nDTSTAMP:20300101T000000Z\r\nDTSTART:20300104T080000\r\n"
                          "DTEND:20300104T120000\r\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH\r\nEND:VEVENT\r\n"
                          "BEGIN:VEVENT\r\nUID:o\r\nDTSTAMP:20300101T000000Z\r\nDTSTART:" + compact +
                          "T130000\r\nDTEND:" + compact + "T170000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  auto r = api.post(path(c, "/availability/import"), {{"ics", ics}}, c.token);
  ASSERT_EQ(r.status, 200) << r.text;
  EXPECT_EQ(r.body["events"], 2);
  EXPECT_EQ(r.body["skipped"], 0);
  EXPECT_EQ(r.body["recurring"], Json::parse(R"([{"weekday":"tu","from":"08:00","to":"12:00"},
                                                 {"weekday":"th","from":"08:00","to":"12:00"}])"));
  ASSERT_EQ(r.body["one_off"].size(), 1u);
  EXPECT_EQ(r.body["one_off"][0]["date"], tomorrow);
  EXPECT_EQ(r.body["one_off"][0]["from"], "13:00");
  // Nothing stored: what was read is saved by the caregiver with PUT, as any change.
  EXPECT_TRUE(api.get(path(c, "/availability"), c.token).body["recurring"].empty());

  EXPECT_EQ(api.post(path(other, "/availability/import"), {{"ics", ics}}, c.token).status, 404);
  auto bad = api.post(path(c, "/availability/import"), {{"ics", "BEGIN:nothing"}}, c.token);
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.value("detail", "").find("ics"), std::string::npos) << bad.text;
  EXPECT_EQ(api.post(path(c, "/availability/import"), {{"calendar", ics}}, c.token).status, 400);
}

}  // namespace
}  // namespace carecrowd::testing
