// What a certificate would unlock, over HTTP: a caregiver sees, for each certificate they lack,
// how many open tasks near them (in their organisations, at their level) need it and nothing else
// they lack, with hours and pay; never who the clients are.
#include <gtest/gtest.h>

#include "MarketWorld.h"

namespace carecrowd::testing {
namespace {

constexpr double kAmsterdamLat = 52.3702, kAmsterdamLon = 4.8952;  // some 35 km away

Json paid(Json visit, int pay_cents) {
  visit["pay_cents"] = pay_cents;
  return visit;
}

const Json* item_for(const Reply& r, const std::string& code) {
  for (const auto& item : r.body["items"]) {
    if (item["code"] == code) return &item;
  }
  return nullptr;
}

struct Prospects : ::testing::Test {
  TestServer server;
  Api api = server.api();
  std::string admin = api.login(kAdminEmail, kAdminPassword);
  Organisation org = make_organisation(api, admin, "Zorg Dichtbij");
  Organisation elsewhere = make_organisation(api, admin, "Zorg Elders");
};

TEST_F(Prospects, EachMissingCertificateCountsTheNearbyOpenTasksItAloneWouldUnlock) {
  const auto near = make_client(api, org.coordinator_token, "Mevrouw Dichtbij");
  const auto far = make_client(api, org.coordinator_token, "Meneer Veraf", kAmsterdamLat, kAmsterdamLon);
  const auto foreign = make_client(api, elsewhere.coordinator_token, "Mevrouw Anders");
  const LocalMinute at = tomorrow_at(9);
  const auto near_tasks = arrange(api, org.coordinator_token, near, at,
                                  {paid(visit_at("injection", at, 60, 30, 2, {"injection"}), 2000),
                                   paid(visit_at("senior", at, 60, 60, 5, {"injection"}), 9000),  // above level 3
                                   paid(visit_at("with-catheter", at, 60, 45, 2, {"injection", "catheter"}), 3000),
                                   paid(visit_at("two-lacking", at, 60, 40, 2, {"wound-care", "medication"}), 2500),
                                   paid(visit_at("wound", at, 60, 20, 2, {"wound-care"}), 1500),
                                   paid(visit_at("double", at, 60, 30, 2, {"injection"}, 2), 1800),
                                   paid(visit_at("plain", at, 60, 30, 1), 1000)});
  ASSERT_EQ(near_tasks.size(), 8U);
  one_visit(api, org.coordinator_token, far, at, 60, 30, 2, {"injection"});
  one_visit(api, elsewhere.coordinator_token, foreign, at, 60, 30, 2, {"injection"});

  auto carer = make_caregiver(api, "marit@example.test", "Marit", 3, {org.id});
  const std::string me = "/v1/caregivers/" + std::to_string(carer.id);
  ASSERT_EQ(api.post(me + "/certificates", certificate_upload("catheter", "2099-12-31"), carer.token).status, 201);
  ASSERT_EQ(verify_certificate(api, org.admin_token, carer.id, "catheter").status, 200);
  ASSERT_EQ(api.post(me + "/certificates", {{"code", "wound-care"}, {"expires", "2099-12-31"}}, carer.token).status, 201);

  auto r = api.get("/v1/my/certificate-prospects", carer.token);
  ASSERT_EQ(r.status, 200) << r.text;
  EXPECT_EQ(r.body["from"], simulated_date(0));
  EXPECT_EQ(r.body["days"], 14);
  EXPECT_EQ(r.body["to"], simulated_date(13));
  for (const char* secret : {"Dichtbij", "Veraf", "Anders", "client"}) {
    EXPECT_EQ(r.text.find(secret), std::string::npos) << secret;
  }
  // Every certificate but the one held, most hours first; nothing needs tube feeding here.
  std::vector<std::string> codes;
  for (const auto& item : r.body["items"]) codes.push_back(item["code"]);
  EXPECT_EQ(codes, (std::vector<std::string>{"injection", "wound-care", "medication", "tube-feeding"}));

  // Injection: the plain one, the one with the catheter they hold, and the double-staffed visit
  // once; not the senior, far or other organisation's ones.
  const Json& injection = *item_for(r, "injection");
  EXPECT_EQ(injection["held"], "none");
  EXPECT_EQ(injection["tasks"], 3);
  EXPECT_EQ(injection["minutes"], 105);
  EXPECT_EQ(injection["hours"], 1.8);
  EXPECT_EQ(injection["pay_cents"], 2000 + 3000 + 1800);
  EXPECT_EQ(injection["per_week"]["tasks"], 1.5);
  EXPECT_EQ(injection["per_week"]["hours"], 0.9);
  EXPECT_EQ(injection["per_week"]["pay_cents"], 3400);
  // Wound care: uploaded but not verified, so still lacking; the task needing medication too
  // is unlocked by neither.
  const Json& wound = *item_for(r, "wound-care");
  EXPECT_EQ(wound["held"], "unverified");
  EXPECT_EQ(wound["tasks"], 1);
  EXPECT_EQ(wound["pay_cents"], 1500);
  EXPECT_EQ((*item_for(r, "medication"))["tasks"], 0);
  EXPECT_EQ((*item_for(r, "tube-feeding"))["minutes"], 0);
  EXPECT_EQ(item_for(r, "catheter"), nullptr);

  // Only open tasks count: one claimed by a qualified colleague is gone.
  auto colleague = make_caregiver(api, "nina@example.test", "Nina", 3, {org.id});
  const std::string her = "/v1/caregivers/" + std::to_string(colleague.id);
  ASSERT_EQ(api.post(her + "/certificates", certificate_upload("injection", "2099-12-31"), colleague.token).status, 201);
  ASSERT_EQ(verify_certificate(api, org.coordinator_token, colleague.id, "injection").status, 200);
  ASSERT_EQ(api.post("/v1/tasks/" + std::to_string(near_tasks[0]) + "/claim", Json::object(), colleague.token).status, 200);
  auto after = api.get("/v1/my/certificate-prospects", carer.token);
  EXPECT_EQ((*item_for(after, "injection"))["tasks"], 2);
  // Her injection is verified: it is not among her prospects.
  auto hers = api.get("/v1/my/certificate-prospects", colleague.token);
  ASSERT_EQ(hers.status, 200) << hers.text;
  EXPECT_EQ(item_for(hers, "injection"), nullptr);
}

TEST_F(Prospects, OnlyACaregiverHasProspectsAndOneWithoutOrganisationsHasNothingToUnlock) {
  EXPECT_EQ(api.get("/v1/my/certificate-prospects", org.coordinator_token).status, 403);
  auto loner = make_caregiver(api, "solo@example.test", "Solo", 3);
  auto r = api.get("/v1/my/certificate-prospects", loner.token);
  ASSERT_EQ(r.status, 200) << r.text;
  EXPECT_EQ(r.body["items"].size(), 5U);
  for (const auto& item : r.body["items"]) EXPECT_EQ(item["tasks"], 0);
}

}  // namespace
}  // namespace carecrowd::testing
