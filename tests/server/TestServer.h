// TestServer: a real `carecrowd serve` process on loopback with a fresh database, and Api, a small
// HTTP client for it. Tests talk to the server only over HTTP, as a user's app would.
//
// The database is chosen by the environment: CARECROWD_TEST_DATABASE unset or "sqlite" gives a
// fresh SQLite file per server; a postgresql:// URL (an admin connection, e.g. what
// scripts/test-postgres prints) gives a fresh PostgreSQL database per server, created in it.
#pragma once

#include <sys/types.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/FreshDatabase.h"

// cpp-httplib is a large header: only TestServer.cpp and the tests that make their own connections
// include it, so that the other server tests compile faster.
namespace httplib {
class Client;
}

namespace carecrowd::testing {

using Json = nlohmann::json;

inline constexpr const char* kAdminEmail = "admin@platform.test";
inline constexpr const char* kAdminPassword = "admin-password";

struct Reply {
  int status = 0;
  Json body;          // parsed when the response is JSON, else null
  std::string text;   // raw body
  std::string content_type;
  std::string content_language;  // of a problem document: the language its words are in
};

// The platform's clock in tests: every server a test starts runs its clock from this simulated
// time (tomorrow 10:00 when the test process began, then real speed), so that tests do not depend
// on the time of day they run at. Use it wherever a test needs "now".
std::int64_t simulated_now();           // LocalMinute
std::string simulated_date(int offset_days = 0);  // "YYYY-MM-DD" of simulated_now() + offset

class Api {
 public:
  explicit Api(int port);
  ~Api();
  Api(Api&&) noexcept;
  Api& operator=(Api&&) noexcept;
  // Asks for answers in `language` (Accept-Language) from now on, as the web app does.
  void speak(const std::string& language);
  Reply get(const std::string& path, const std::string& token = "");
  Reply post(const std::string& path, const Json& body, const std::string& token = "");
  Reply put(const std::string& path, const Json& body, const std::string& token = "");
  Reply del(const std::string& path, const std::string& token = "");
  // Any method with a raw body (malformed JSON, wrong content types).
  Reply raw(const std::string& method, const std::string& path, const std::string& body, const std::string& token = "",
            const std::string& content_type = "application/json");
  // Logs in and returns the token; fails the test (ADD_FAILURE) and returns "" when it cannot.
  std::string login(const std::string& email, const std::string& password);

 private:
  int port_;
  std::unique_ptr<httplib::Client> client_;
};

class TestServer {
 public:
  // Starts a server on a fresh database with a platform admin (kAdminEmail / kAdminPassword).
  explicit TestServer(std::vector<std::string> extra_args = {});
  // A second server process on `first`'s database (which `first` owns and deletes), as behind a
  // load balancer.
  struct SameDatabase {};
  TestServer(SameDatabase, const TestServer& first, std::vector<std::string> extra_args = {});
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  [[nodiscard]] int port() const { return port_; }
  [[nodiscard]] const std::string& database() const { return database_; }
  [[nodiscard]] bool postgres() const { return database_.rfind("postgresql://", 0) == 0; }
  Api api() const { return Api(port_); }

  void kill_hard();   // SIGKILL, as a crash
  void stop();        // SIGTERM and wait
  // (Re)starts on the same database; with `clock_ahead` minutes, its clock runs that far ahead of
  // simulated_now() (a server that was down while time passed, without waiting for it).
  void start(std::int64_t clock_ahead = 0);
  // Runs the carecrowd binary with these arguments; returns exit code, output in `output`.
  static int run_cli(const std::vector<std::string>& args, std::string* output);

  static std::string binary();

 private:
  std::unique_ptr<FreshDatabase> fresh_;  // null for a second server on another's database
  std::string database_;
  std::vector<std::string> extra_args_;
  pid_t pid_ = -1;
  int port_ = 0;
};

// A second organisation's worth of fixtures, made over the API: organisation, its admin and
// coordinator. Returns ids and tokens.
struct Organisation {
  std::int64_t id = 0;
  std::string admin_token;
  std::string coordinator_token;
  std::string admin_email;
  std::string coordinator_email;
};
Organisation make_organisation(Api& api, const std::string& admin_token, const std::string& name);

// A client of the organisation, via the coordinator.
std::int64_t make_client(Api& api, const std::string& coordinator_token, const std::string& name,
                         double lat = 52.0907, double lon = 5.1214, const std::string& postcode = "3511 AB");

}  // namespace carecrowd::testing
