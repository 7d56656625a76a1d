// The OpenAPI document served at /openapi.json describes exactly the router's routes: every route
// is documented with its parameters, and the document names no route that does not exist.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "TestServer.h"
#include "http/Router.h"

namespace carecrowd::testing {
namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

TEST(OpenApi, DocumentCoversEveryRouteAndNothingElse) {
  TestServer server;
  Api api = server.api();
  auto doc = api.get("/openapi.json");
  ASSERT_EQ(doc.status, 200);
  ASSERT_TRUE(doc.body.is_object()) << "not JSON";
  EXPECT_EQ(doc.body["openapi"].get<std::string>().substr(0, 2), "3.");

  std::set<std::string> documented;
  for (const auto& [path, item] : doc.body["paths"].items()) {
    for (const auto& [method, operation] : item.items()) {
      if (method == "parameters") continue;
      documented.insert(lower(method) + " " + path);
    }
  }
  std::set<std::string> routed;
  const auto router = http::api_router();
  for (const auto& route : router.routes()) routed.insert(lower(route.method) + " " + route.pattern);

  for (const auto& r : routed) EXPECT_TRUE(documented.count(r)) << "route not in /openapi.json: " << r;
  for (const auto& d : documented) EXPECT_TRUE(routed.count(d)) << "documented but no such route: " << d;
}

TEST(OpenApi, EveryOperationHasASummaryResponsesItsPathParametersAndSecurityWhenAuthenticated) {
  TestServer server;
  Api api = server.api();
  const Json doc = api.get("/openapi.json").body;
  const auto router = http::api_router();
  for (const auto& route : router.routes()) {
    const std::string what = route.method + " " + route.pattern;
    const auto path_it = doc["paths"].find(route.pattern);
    if (path_it == doc["paths"].end()) continue;  // reported by the test above
    const auto op_it = path_it->find(lower(route.method));
    if (op_it == path_it->end()) continue;
    const Json& op = *op_it;
    EXPECT_FALSE(op.value("summary", "").empty()) << what;
    EXPECT_TRUE(op.contains("responses") && !op["responses"].empty()) << what;
    std::set<std::string> declared;
    for (const auto* list : {&op, &*path_it}) {
      if (list->contains("parameters")) {
        for (const auto& p : (*list)["parameters"]) {
          if (p.value("in", "") == "path") declared.insert(p.value("name", ""));
        }
      }
    }
    std::regex param("\\{([a-z_]+)\\}");
    for (auto it = std::sregex_iterator(route.pattern.begin(), route.pattern.end(), param); it != std::sregex_iterator();
         ++it) {
      EXPECT_TRUE(declared.count((*it)[1])) << what << " does not declare path parameter " << (*it)[1];
    }
    const bool has_security = op.contains("security") ? !op["security"].empty() : doc.contains("security");
    EXPECT_EQ(has_security, route.authenticated) << what;
  }
}

}  // namespace
}  // namespace carecrowd::testing
