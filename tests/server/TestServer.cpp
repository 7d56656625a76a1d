#include "TestServer.h"

#include "domain/CivilTime.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <pqxx/pqxx>
#include <stdexcept>
#include <thread>

namespace carecrowd::testing {
namespace {

Reply to_reply(const httplib::Result& result) {
  Reply out;
  if (!result) {
    out.status = 0;
    return out;
  }
  out.status = result->status;
  out.text = result->body;
  out.content_type = result->get_header_value("Content-Type");
  out.content_language = result->get_header_value("Content-Language");
  if (out.content_type.find("json") != std::string::npos && !out.text.empty()) {
    out.body = Json::parse(out.text, nullptr, false);
  }
  return out;
}

httplib::Headers auth(const std::string& token) {
  httplib::Headers h;
  if (!token.empty()) h.emplace("Authorization", "Bearer " + token);
  return h;
}

}  // namespace

std::int64_t simulated_now() {
  static const auto process_start = std::chrono::steady_clock::now();
  static const std::int64_t start = (local_now() / kMinutesPerDay + 1) * kMinutesPerDay + 10 * 60;
  return start +
         std::chrono::duration_cast<std::chrono::minutes>(std::chrono::steady_clock::now() - process_start).count();
}

std::string simulated_date(int offset_days) { return format_date(simulated_now() / kMinutesPerDay + offset_days); }

Api::Api(int port) : port_(port), client_(std::make_unique<httplib::Client>("127.0.0.1", port)) {
  client_->set_connection_timeout(5);
  client_->set_read_timeout(120);
  client_->set_keep_alive(true);
  client_->set_tcp_nodelay(true);
}

Api::~Api() = default;
Api::Api(Api&&) noexcept = default;
Api& Api::operator=(Api&&) noexcept = default;

void Api::speak(const std::string& language) { client_->set_default_headers({{"Accept-Language", language}}); }

Reply Api::get(const std::string& path, const std::string& token) { return to_reply(client_->Get(path, auth(token))); }
Reply Api::post(const std::string& path, const Json& body, const std::string& token) {
  return to_reply(client_->Post(path, auth(token), body.dump(), "application/json"));
}
Reply Api::put(const std::string& path, const Json& body, const std::string& token) {
  return to_reply(client_->Put(path, auth(token), body.dump(), "application/json"));
}
Reply Api::del(const std::string& path, const std::string& token) { return to_reply(client_->Delete(path, auth(token))); }

Reply Api::raw(const std::string& method, const std::string& path, const std::string& body, const std::string& token,
               const std::string& content_type) {
  if (method == "GET") return to_reply(client_->Get(path, auth(token)));
  if (method == "POST") return to_reply(client_->Post(path, auth(token), body, content_type));
  if (method == "PUT") return to_reply(client_->Put(path, auth(token), body, content_type));
  if (method == "DELETE") return to_reply(client_->Delete(path, auth(token), body, content_type));
  throw std::invalid_argument("Api::raw: method " + method);
}

std::string Api::login(const std::string& email, const std::string& password) {
  auto r = post("/v1/auth/login", {{"email", email}, {"password", password}});
  if (r.status != 200 || !r.body.contains("token")) {
    ADD_FAILURE() << "login " << email << " failed: " << r.status << " " << r.text;
    return "";
  }
  return r.body["token"].get<std::string>();
}

std::string TestServer::binary() { return CARECROWD_BINARY; }

TestServer::TestServer(std::vector<std::string> extra_args)
    : fresh_(std::make_unique<FreshDatabase>("server")), database_(fresh_->url()), extra_args_(std::move(extra_args)) {
  start();
}

TestServer::TestServer(SameDatabase, const TestServer& first, std::vector<std::string> extra_args)
    : database_(first.database_), extra_args_(std::move(extra_args)) {
  start();
}

TestServer::~TestServer() { stop(); }  // before fresh_ deletes the database

void TestServer::start(std::int64_t clock_ahead) {
  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("pipe");
  std::vector<std::string> args = {binary(), "serve", "--listen", "127.0.0.1:0", "--database", database_,
                                   "--bootstrap-admin", kAdminEmail, "--fast-password-hashing",
                                   "--clock", format_local_time(simulated_now() + clock_ahead)};
  // No access log unless the test asks for one.
  if (std::find(extra_args_.begin(), extra_args_.end(), "--access-log") == extra_args_.end()) {
    args.insert(args.end(), {"--access-log", "off"});
  }
  args.insert(args.end(), extra_args_.begin(), extra_args_.end());
  pid_ = fork();
  if (pid_ == 0) {
    // A test that dies must not leave its server running (it would also hold the test runner's
    // output pipe open, so ctest would wait for it).
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    close(out[1]);
    setenv("CARECROWD_ADMIN_PASSWORD", kAdminPassword, 1);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(out[1]);
  // The first line names the port: "carecrowd listening on http://127.0.0.1:PORT ...".
  std::string line;
  char c;
  while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
  // Keep reading (and dropping) the rest so the server never blocks on a full pipe.
  std::thread([fd = out[0]] {
    char buffer[4096];
    while (read(fd, buffer, sizeof buffer) > 0) {
    }
    close(fd);
  }).detach();
  const auto colon = line.find("127.0.0.1:");
  if (colon == std::string::npos) {
    throw std::runtime_error("carecrowd serve did not start: \"" + line + "\"");
  }
  port_ = std::atoi(line.c_str() + colon + 10);
}

void TestServer::kill_hard() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
}

void TestServer::stop() {
  if (pid_ > 0) {
    ::kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
}

int TestServer::run_cli(const std::vector<std::string>& args, std::string* output) {
  std::string command = binary();
  for (const auto& a : args) command += " '" + a + "'";
  command += " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return -1;
  std::string text;
  char buffer[4096];
  while (auto n = fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
  const int status = pclose(pipe);
  if (output) *output = text;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

Organisation make_organisation(Api& api, const std::string& admin_token, const std::string& name) {
  Organisation org;
  auto r = api.post("/v1/organisations", {{"name", name}}, admin_token);
  EXPECT_EQ(r.status, 201) << r.text;
  org.id = r.body.value("id", std::int64_t{0});
  std::string slug;
  for (char ch : name) slug += std::isalnum(static_cast<unsigned char>(ch)) ? static_cast<char>(std::tolower(ch)) : '-';
  org.admin_email = "admin@" + slug + ".test";
  org.coordinator_email = "coordinator@" + slug + ".test";
  auto path = "/v1/organisations/" + std::to_string(org.id) + "/users";
  EXPECT_EQ(api.post(path, {{"email", org.admin_email}, {"name", "Admin " + name}, {"password", "org-admin-pass"},
                            {"role", "org_admin"}},
                     admin_token).status, 201);
  EXPECT_EQ(api.post(path, {{"email", org.coordinator_email}, {"name", "Coordinator " + name},
                            {"password", "coordinator-pass"}, {"role", "coordinator"}},
                     admin_token).status, 201);
  org.admin_token = api.login(org.admin_email, "org-admin-pass");
  org.coordinator_token = api.login(org.coordinator_email, "coordinator-pass");
  return org;
}

std::int64_t make_client(Api& api, const std::string& coordinator_token, const std::string& name, double lat,
                         double lon, const std::string& postcode) {
  auto r = api.post("/v1/clients", {{"name", name}, {"address", "Teststraat 1"}, {"postcode", postcode}, {"lat", lat},
                                    {"lon", lon}, {"notes", "notes of " + name}},
                    coordinator_token);
  EXPECT_EQ(r.status, 201) << r.text;
  return r.body.value("id", std::int64_t{0});
}

}  // namespace carecrowd::testing
