// The HTTP front door under hostile clients: request targets that are not valid UTF-8, slow and
// stalled clients, too many connections from one address, oversized headers, and what every API
// answer must carry. Requests go over raw sockets so that nothing between the test and the server
// tidies them up first.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <thread>

#include "RawConnection.h"
#include "TestServer.h"

namespace carecrowd::testing {
namespace {

bool healthy(int port) { return status_of(request(port, "GET", "/healthz")) == 200; }

TEST(FrontDoor, TargetsThatAreNotValidUtf8Are400AndTheServerStaysUp) {
  TestServer server;
  for (const std::string target : {"/v1/%FF", "/%FF", "/healthz%FF", "/v1/%C0%AF", "/v1/%E2%82", "/v1/a%0Ab"}) {
    const auto response = request(server.port(), "GET", target);
    EXPECT_EQ(status_of(response), 400) << target << ":\n" << response;
    const Json problem = body_of(response);
    ASSERT_TRUE(problem.is_object()) << target;
    EXPECT_EQ(problem.value("field", ""), "path") << target;
    EXPECT_EQ(header(response, "Content-Type"), "application/problem+json");
    ASSERT_TRUE(healthy(server.port())) << "after " << target;
  }
  const auto claim = request(server.port(), "POST", "/v1/tasks/%FF/claim", "", "{}");
  EXPECT_EQ(status_of(claim), 400) << claim;
  EXPECT_TRUE(healthy(server.port()));
}

TEST(FrontDoor, QueryValuesThatAreNotValidUtf8Are400NamingTheParameter) {
  TestServer server;
  Api api = server.api();
  const auto admin = api.login(kAdminEmail, kAdminPassword);
  const auto org = make_organisation(api, admin, "Zorg Querytest");
  for (const auto& [target, field] : std::vector<std::pair<std::string, std::string>>{
           {"/v1/tasks?from=%FF", "query (from)"},
           {"/v1/tasks?limit=%FF", "query (limit)"},
           {"/v1/kpis?format=%FF", "query (format)"},
           {"/v1/kpis?from=2026-01-01&to=%E2%82", "query (to)"}}) {
    const auto response = request(server.port(), "GET", target, org.coordinator_token);
    EXPECT_EQ(status_of(response), 400) << target << ":\n" << response;
    EXPECT_EQ(body_of(response).value("field", ""), field) << target;
  }
  EXPECT_TRUE(healthy(server.port()));
}

TEST(FrontDoor, ApiAnswersAreNeitherStoredNorSniffed) {
  TestServer server;
  Api api = server.api();
  const auto admin = api.login(kAdminEmail, kAdminPassword);
  const auto org = make_organisation(api, admin, "Zorg Headers");
  make_client(api, org.coordinator_token, "Mevrouw Koppen");
  for (const auto& [target, status] : std::vector<std::pair<std::string, int>>{
           {"/v1/clients", 200}, {"/v1/nothing-here", 404}, {"/v1/clients/999999", 404}}) {
    const auto response = request(server.port(), "GET", target, org.coordinator_token);
    EXPECT_EQ(status_of(response), status) << target;
    EXPECT_EQ(header(response, "Cache-Control"), "no-store") << target;
    EXPECT_EQ(header(response, "X-Content-Type-Options"), "nosniff") << target;
  }
  const auto unauthenticated = request(server.port(), "GET", "/v1/clients");
  EXPECT_EQ(status_of(unauthenticated), 401);
  EXPECT_EQ(header(unauthenticated, "Cache-Control"), "no-store");
}

TEST(FrontDoor, TheAccessLogCannotBeForgedThroughThePath) {
  const auto log = std::filesystem::temp_directory_path() / ("carecrowd-access-" + std::to_string(::getpid()) + ".log");
  std::filesystem::remove(log);
  {
    TestServer server({"--access-log", log.string()});
    // A raw quote and backslash in the target, and escaped quotes, newlines and braces.
    request(server.port(), "GET", "/v1/x\"y\\z");
    request(server.port(), "GET", "/v1/a%22%7D%0A%7B%22level%22:%22error");
    request(server.port(), "GET", "/v1/a%22b%5C");
    ASSERT_TRUE(healthy(server.port()));
  }
  std::ifstream in(log);
  std::string line;
  int lines = 0;
  int forged = 0;
  while (std::getline(in, line)) {
    const Json entry = Json::parse(line, nullptr, false);
    ASSERT_TRUE(entry.is_object()) << "not one JSON object per line: " << line;
    ++lines;
    if (entry.contains("level")) ++forged;
  }
  EXPECT_GE(lines, 4);
  EXPECT_EQ(forged, 0);
  std::filesystem::remove(log);
}

TEST(FrontDoor, ClientsThatTrickleOrStallDoNotHoldUpOthers) {
  TestServer server({"--request-timeout-ms", "1500"});
  // Sixty clients start a request and never finish its headers; forty more open a connection and
  // send nothing at all (the old thread-per-connection server stopped answering at 40).
  std::vector<std::unique_ptr<RawConnection>> stalled;
  for (int i = 0; i < 60; ++i) {
    stalled.push_back(std::make_unique<RawConnection>(server.port()));
    ASSERT_TRUE(stalled.back()->connected());
    stalled.back()->send("GET /healthz HTTP/1.1\r\nHost: test\r\nX-Slow: ");
  }
  for (int i = 0; i < 40; ++i) stalled.push_back(std::make_unique<RawConnection>(server.port()));
  // Trickling a byte now and then does not buy more time than the request deadline.
  for (int i = 0; i < 3; ++i) {
    for (int k = 0; k < 60; ++k) stalled[k]->send("a");
    ASSERT_TRUE(healthy(server.port()));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  Api api = server.api();
  EXPECT_EQ(api.get("/healthz").status, 200);
  EXPECT_FALSE(api.login(kAdminEmail, kAdminPassword).empty());
  // Past the deadline the server closes the trickling connections without an answer.
  const auto response = stalled.front()->read_until_closed(std::chrono::milliseconds(5000));
  EXPECT_TRUE(stalled.front()->closed());
  EXPECT_EQ(response, "");
}

TEST(FrontDoor, IdleKeepAliveConnectionsStayOpenAndServeTheirNextRequest) {
  TestServer server;
  RawConnection c(server.port());
  for (int i = 0; i < 3; ++i) {
    c.send("GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n");
    EXPECT_EQ(status_of(c.read_response()), 200) << "request " << i;
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
  }
  // Two requests in one write (pipelining) get two answers in order.
  c.send("GET /healthz HTTP/1.1\r\nHost: test\r\n\r\nGET /v1/nothing HTTP/1.1\r\nHost: test\r\n\r\n");
  EXPECT_EQ(status_of(c.read_response()), 200);
  EXPECT_EQ(status_of(c.read_response()), 404);
}

TEST(FrontDoor, ConnectionsFromOneAddressAreCapped) {
  TestServer server({"--max-connections-per-source", "8"});
  std::vector<std::unique_ptr<RawConnection>> open;
  for (int i = 0; i < 7; ++i) open.push_back(std::make_unique<RawConnection>(server.port()));
  // The eighth proves the first seven were admitted (the server accepts in order).
  open.push_back(std::make_unique<RawConnection>(server.port()));
  open.back()->send("GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n");
  ASSERT_EQ(status_of(open.back()->read_response()), 200);
  RawConnection ninth(server.port());
  const auto refused = ninth.read_until_closed();
  EXPECT_EQ(status_of(refused), 503) << refused;
  EXPECT_FALSE(header(refused, "Retry-After").empty());
  // Closing one makes room again.
  open.pop_back();
  bool admitted = false;
  for (int attempt = 0; attempt < 50 && !admitted; ++attempt) {
    admitted = healthy(server.port());
    if (!admitted) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_TRUE(admitted);
}

TEST(FrontDoor, OversizedHeadersAre431) {
  TestServer server;
  ASSERT_TRUE(healthy(server.port()));
  RawConnection c(server.port());
  c.send("GET /healthz HTTP/1.1\r\nHost: test\r\nX-Big: " + std::string(64 << 10, 'x') + "\r\n\r\n");
  const auto refused = c.read_until_closed();
  EXPECT_EQ(status_of(refused), 431) << refused.substr(0, 200);
  EXPECT_TRUE(healthy(server.port()));
}

TEST(FrontDoor, GarbageInsteadOfHttpIsRefusedAndTheServerStaysUp) {
  TestServer server;
  for (const std::string& garbage : {std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11),
                                    std::string("GET / HTTP/9.9\r\n\r\n"), std::string("\r\n\r\n\r\n"),
                                    std::string("GET /healthz HTTP/1.1\r\nContent-Length: -5\r\n\r\n")}) {
    RawConnection c(server.port());
    c.send(garbage);
    const auto answer = c.read_until_closed();
    EXPECT_TRUE(answer.empty() || status_of(answer) == 400) << answer;
    EXPECT_TRUE(healthy(server.port()));
  }
}

}  // namespace
}  // namespace carecrowd::testing
