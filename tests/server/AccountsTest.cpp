#include <gtest/gtest.h>

#include "TestServer.h"
#include "domain/CivilTime.h"

namespace carecrowd::testing {
namespace {

TEST(Accounts, PlatformAdminCreatesOrganisationWhoseAdminAddsACoordinator) {
  TestServer server;
  Api api = server.api();
  const auto admin = api.login(kAdminEmail, kAdminPassword);
  auto org = make_organisation(api, admin, "Thuiszorg West");
  ASSERT_GT(org.id, 0);
  auto me = api.get("/v1/me", org.coordinator_token);
  EXPECT_EQ(me.status, 200);
  EXPECT_EQ(me.body["role"], "coordinator");
  EXPECT_EQ(me.body["organisation_id"], org.id);
  // The platform's clock (here the simulated one), so an app counts days as the server does.
  const auto now = parse_local_time(me.body["now"].get<std::string>(), "now");
  ASSERT_TRUE(now);
  EXPECT_NEAR(static_cast<double>(now.value()), static_cast<double>(simulated_now()), 2.0);
}

TEST(Accounts, WrongPasswordIsRefusedAndRepeatedFailuresAreRateLimited) {
  TestServer server;
  Api api = server.api();
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(api.post("/v1/auth/login", {{"email", kAdminEmail}, {"password", "wrong-password"}}).status, 401);
  }
  auto limited = api.post("/v1/auth/login", {{"email", kAdminEmail}, {"password", kAdminPassword}});
  EXPECT_EQ(limited.status, 429);
  EXPECT_EQ(limited.content_type, "application/problem+json");
}

// docs/api.md: a body is read as JSON whatever its Content-Type says.
TEST(Accounts, ABodyIsReadAsJsonWhateverItsContentType) {
  TestServer server;
  Api api = server.api();
  const std::string body = Json{{"email", kAdminEmail}, {"password", kAdminPassword}}.dump();
  for (const char* type : {"application/json", "text/plain", "application/octet-stream", "application/x-www-form-urlencoded"}) {
    auto r = api.raw("POST", "/v1/auth/login", body, "", type);
    EXPECT_EQ(r.status, 200) << type << ": " << r.text;
    EXPECT_TRUE(r.body.contains("token")) << type;
  }
  auto not_json = api.raw("POST", "/v1/auth/login", "email=a@b.test&password=x", "", "application/x-www-form-urlencoded");
  EXPECT_EQ(not_json.status, 400);
  EXPECT_EQ(not_json.body.value("field", "").rfind("body", 0), 0u) << not_json.text;
}

TEST(Accounts, LoggedOutTokenNoLongerWorks) {
  TestServer server;
  Api api = server.api();
  const auto token = api.login(kAdminEmail, kAdminPassword);
  EXPECT_EQ(api.get("/v1/me", token).status, 200);
  EXPECT_EQ(api.post("/v1/auth/logout", Json::object(), token).status, 200);
  EXPECT_EQ(api.get("/v1/me", token).status, 401);
}

TEST(Accounts, OnlyThePlatformAdminCreatesOrganisations) {
  TestServer server;
  Api api = server.api();
  const auto admin = api.login(kAdminEmail, kAdminPassword);
  auto org = make_organisation(api, admin, "Zorg Oost");
  auto r = api.post("/v1/organisations", {{"name", "Sneaky"}}, org.admin_token);
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.body["status"], 403);
}

TEST(Accounts, UnknownRouteAndWrongMethodAreProblemDetails) {
  TestServer server;
  Api api = server.api();
  auto missing = api.get("/v1/nothing-here");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.content_type, "application/problem+json");
  auto wrong = api.del("/v1/auth/login");
  EXPECT_EQ(wrong.status, 405);
}

TEST(Accounts, HealthAndMetricsAreServed) {
  TestServer server;
  Api api = server.api();
  auto health = api.get("/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.body["status"], "ok");
  EXPECT_EQ(health.body["database"], server.postgres() ? "postgresql" : "sqlite");
  auto metrics = api.get("/metrics");
  EXPECT_EQ(metrics.status, 200);
  EXPECT_NE(metrics.text.find("carecrowd_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1"),
            std::string::npos)
      << metrics.text;
}

}  // namespace
}  // namespace carecrowd::testing
