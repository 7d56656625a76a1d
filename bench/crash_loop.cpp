// crash_loop: the platform's durability under crashes, as a benchmark (scripts/crash-test runs it;
// it is not part of CI). Two modes:
//
//  kill (default): each cycle starts `carecrowd serve --demo` (the demo region is seeded once),
//    lets a crowd of caregivers' phones claim tasks from their feeds, kills the server with SIGKILL
//    at a random moment of the burst and starts it again. Then every claim that was acknowledged
//    (200) in any cycle must be held by the caregiver who got the 200, with exactly one claim event
//    in the audit log, and `carecrowd audit verify` must pass on the chain and its anchor (the
//    server runs with --audit-anchor).
//  --restart-postgres: one server stays up while PostgreSQL itself is restarted under the same
//    load (the command given, e.g. pg_ctl restart). Requests in that window must fail cleanly;
//    counts of 2xx, 4xx, 503, 500 and unanswered requests are printed, with how long the server
//    took to answer 2xx again once PostgreSQL was back (no restart of the server).
//
// Prints one line per cycle and a summary (cycles, acknowledged and lost writes); exits 1 when a
// write was lost or doubled or the audit log did not verify.
//
//   crash_loop --binary build/carecrowd --database sqlite:/tmp/x.db --work /tmp/crash --cycles 100
//   crash_loop --binary build/carecrowd --database postgresql://... --work /tmp/crash --cycles 20
//              --restart-postgres "pg_ctl -D ... -w -m fast restart"   (one command line)
#include <fcntl.h>
#include <httplib.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "store/Database.h"

namespace {

using Clock = std::chrono::steady_clock;
using Json = nlohmann::json;

struct Options {
  std::string binary = "build/carecrowd";
  std::string database;
  std::string work;
  int cycles = 100;
  int phones = 16;
  int caregivers = 400;  // of the demo region; each cycle's phones are the next ones in turn
  int clients = 2000;
  int port = 18190;
  int kill_min_ms = 50;
  int kill_max_ms = 1500;
  std::string restart_postgres;  // a command; empty: kill mode
  unsigned seed = 1;
};

// The server as a child process; its output goes to WORK/server.log.
class ServerProcess {
 public:
  ServerProcess(const Options& o, std::vector<std::string> args) : o_(o), args_(std::move(args)) {}
  ~ServerProcess() { stop(); }

  void start() {
    pid_ = fork();
    if (pid_ == 0) {
      prctl(PR_SET_PDEATHSIG, SIGKILL);  // never outlive the benchmark
      const int log = open((o_.work + "/server.log").c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
      dup2(log, STDOUT_FILENO);
      dup2(log, STDERR_FILENO);
      std::vector<char*> argv;
      for (auto& a : args_) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
  }
  // Waits until /healthz answers; false when the process died or `limit` passed.
  bool wait_ready(std::chrono::seconds limit) {
    httplib::Client client("127.0.0.1", o_.port);
    client.set_connection_timeout(1);
    const auto deadline = Clock::now() + limit;
    while (Clock::now() < deadline) {
      if (auto r = client.Get("/healthz"); r && r->status == 200) return true;
      if (!alive()) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
  }
  // False once the process has ended; how it ended is then in ended().
  bool alive() {
    if (pid_ <= 0) return false;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) != pid_) return true;
    pid_ = -1;
    ended_ = WIFEXITED(status) ? "exited with status " + std::to_string(WEXITSTATUS(status))
                               : "ended by signal " + std::to_string(WTERMSIG(status));
    return false;
  }
  [[nodiscard]] const std::string& ended() const { return ended_; }

  void kill_hard() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
  void stop() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    for (int i = 0; i < 200; ++i) {
      if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
        pid_ = -1;
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    kill_hard();
  }

 private:
  const Options& o_;
  std::vector<std::string> args_;
  pid_t pid_ = -1;
  std::string ended_;
};

// What the phones got back, by kind.
struct Answers {
  std::atomic<long> sent{0}, ok{0}, refused{0}, unavailable{0}, internal_error{0}, unanswered{0}, other{0};
  void count(const httplib::Result& r) {
    ++sent;
    if (!r) ++unanswered;
    else if (r->status >= 200 && r->status < 300) ++ok;
    else if (r->status == 503) ++unavailable;
    else if (r->status == 500) ++internal_error;
    else if (r->status >= 400 && r->status < 500) ++refused;
    else ++other;
  }
  void add(const Answers& a) {
    sent += a.sent; ok += a.ok; refused += a.refused; unavailable += a.unavailable;
    internal_error += a.internal_error; unanswered += a.unanswered; other += a.other;
  }
  [[nodiscard]] std::string summary() const {
    return std::to_string(sent) + " requests: " + std::to_string(ok) + " 2xx, " + std::to_string(refused) + " 4xx, " +
           std::to_string(unavailable) + " 503, " + std::to_string(internal_error) + " 500, " +
           std::to_string(unanswered) + " unanswered" + (other ? ", " + std::to_string(other) + " other" : "");
  }
};

struct Phone {
  std::string token;
  std::int64_t caregiver = 0;
};

struct Crowd {
  std::mutex mutex;
  std::map<std::int64_t, std::int64_t> acknowledged;  // task -> caregiver, every cycle's
  std::vector<std::int64_t> unchecked;                // tasks acknowledged since the last check
};

httplib::Headers bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }

// The cycle's phones: caregivers first..first+n-1 of the demo crowd (wrapping), logged in.
std::vector<Phone> log_in(const Options& o, int first) {
  httplib::Client client("127.0.0.1", o.port);
  client.set_read_timeout(30);
  std::vector<Phone> phones;
  for (int i = 0; i < o.phones; ++i) {
    const int n = (first + i) % o.caregivers + 1;
    const Json login = {{"email", "caregiver" + std::to_string(n) + "@crowd.demo"}, {"password", "demo-password"}};
    auto r = client.Post("/v1/auth/login", login.dump(), "application/json");
    if (!r || r->status != 200) continue;
    const std::string token = Json::parse(r->body)["token"];
    auto me = client.Get("/v1/me", bearer(token));
    if (!me || me->status != 200) continue;
    const auto body = Json::parse(me->body);
    if (!body.contains("caregiver_id") || body["caregiver_id"].is_null()) continue;
    phones.push_back({token, body["caregiver_id"].get<std::int64_t>()});
  }
  return phones;
}

// One phone: reads its feed and claims down it until `stop`, the feed is empty or (kill mode) the
// server is gone.
void claim_until_stopped(const Options& o, const Phone& phone, Crowd& crowd, Answers& answers,
                         const std::atomic<bool>& stop, bool end_when_unanswered,
                         const std::function<void(Clock::time_point)>& on_success) {
  httplib::Client client("127.0.0.1", o.port);
  client.set_connection_timeout(2);
  client.set_read_timeout(15);
  client.set_keep_alive(true);
  while (!stop) {
    const auto asked = Clock::now();
    auto feed = client.Get("/v1/feed?limit=10", bearer(phone.token));
    answers.count(feed);
    if (!feed) {
      if (end_when_unanswered) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      continue;
    }
    if (feed->status != 200) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      continue;
    }
    on_success(asked);
    const auto items = Json::parse(feed->body, nullptr, false);
    if (!items.is_object() || !items.contains("items") || items["items"].empty()) return;
    for (const auto& item : items["items"]) {
      if (stop) return;
      const std::int64_t task = item["id"];
      const auto claimed_at = Clock::now();
      auto r = client.Post("/v1/tasks/" + std::to_string(task) + "/claim", bearer(phone.token), "{}",
                           "application/json");
      answers.count(r);
      if (!r) {
        if (end_when_unanswered) return;
        break;
      }
      if (r->status == 200) {
        on_success(claimed_at);
        std::lock_guard lock(crowd.mutex);
        crowd.acknowledged[task] = phone.caregiver;
        crowd.unchecked.push_back(task);
      }
    }
  }
}

struct Check {
  long checked = 0, lost = 0, doubled = 0;
};

// Every task acknowledged since the last check is held by the caregiver who got the 200, with
// exactly one successful claim event in the audit log.
Check check_acknowledged(const Options& o, Crowd& crowd, bool all) {
  std::vector<std::int64_t> tasks;
  {
    std::lock_guard lock(crowd.mutex);
    if (all) {
      for (const auto& [task, caregiver] : crowd.acknowledged) tasks.push_back(task);
    } else {
      tasks.swap(crowd.unchecked);
    }
    crowd.unchecked.clear();
  }
  Check out;
  auto db = carecrowd::store::Database::open(o.database, 1);
  db->read([&](carecrowd::store::Transaction& tx) {
    std::map<std::string, std::int64_t> claim_events;
    for (const auto& r : tx.query("SELECT detail, COUNT(*) FROM audit_event WHERE event = 'task.claim' AND "
                                  "outcome = 'success' GROUP BY detail")) {
      claim_events[r.text(0)] = r.i64(1);
    }
    for (const auto task : tasks) {
      ++out.checked;
      const auto rows = tx.query("SELECT status, caregiver_id FROM task WHERE id = ?", {task});
      const std::int64_t expected = crowd.acknowledged.at(task);
      if (rows.size() != 1 || rows[0].text(0) != "claimed" || rows[0].opt_i64(1) != expected) {
        ++out.lost;
        std::printf("  LOST: task %lld acknowledged to caregiver %lld is %s\n", static_cast<long long>(task),
                    static_cast<long long>(expected),
                    rows.empty() ? "gone" : (rows[0].text(0) + " by " + rows[0].text(1)).c_str());
      }
      const auto events = claim_events["task " + std::to_string(task)];
      if (events != 1) {
        ++out.doubled;
        std::printf("  task %lld has %lld claim events in the audit log\n", static_cast<long long>(task),
                    static_cast<long long>(events));
      }
    }
  });
  return out;
}

// `carecrowd audit verify` on the chain and the anchor: its first line, and whether it passed.
std::pair<bool, std::string> verify_audit(const Options& o) {
  const std::string command = o.binary + " audit verify --database '" + o.database + "' --anchor '" + o.work +
                              "/audit.anchor' --audit-key-file '" + o.work + "/audit.key' 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string text;
  char buffer[4096];
  while (auto n = fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
  const int status = pclose(pipe);
  const bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  for (auto& c : text) {
    if (c == '\n') c = ' ';
  }
  // The anchor's path says nothing the reader does not know.
  const std::string path = "anchor " + o.work + "/audit.anchor: ";
  if (const auto at = text.find(path); at != std::string::npos) text.replace(at, path.size(), "anchor: ");
  return {ok, text};
}

std::vector<std::string> serve_args(const Options& o) {
  return {o.binary, "serve", "--demo", "--demo-clients", std::to_string(o.clients), "--demo-caregivers",
          std::to_string(o.caregivers), "--database", o.database, "--listen", "127.0.0.1:" + std::to_string(o.port),
          "--access-log", "off", "--audit-anchor", o.work + "/audit.anchor", "--audit-key-file", o.work + "/audit.key",
          "--audit-anchor-interval-ms", "100"};
}

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

int run_kill_mode(const Options& o) {
  std::mt19937 random(o.seed);
  std::uniform_int_distribution<int> kill_after(o.kill_min_ms, o.kill_max_ms);
  ServerProcess server(o, serve_args(o));
  Crowd crowd;
  Answers total;
  Check checks;
  long verify_failures = 0;
  double restart_seconds = 0;
  const auto begun = Clock::now();
  for (int cycle = 1; cycle <= o.cycles + 1; ++cycle) {
    const auto started = Clock::now();
    server.start();
    if (!server.wait_ready(std::chrono::seconds(cycle == 1 ? 600 : 120))) {
      std::printf("cycle %d: the server did not come back (%s; see %s/server.log)\n", cycle,
                  server.ended().empty() ? "no answer in time" : server.ended().c_str(), o.work.c_str());
      return 1;
    }
    const double restart = seconds_since(started);
    if (cycle > 1) restart_seconds += restart;
    // What the previous cycle's kill may have lost, and the audit log after the crash.
    const auto check = check_acknowledged(o, crowd, cycle == o.cycles + 1);
    checks.checked += check.checked;
    checks.lost += check.lost;
    checks.doubled += check.doubled;
    const auto [verified, verdict] = verify_audit(o);
    if (!verified) ++verify_failures;
    if (cycle > 1) {
      std::printf("  restarted in %.2f s; %ld acknowledged claims checked, %ld lost, %ld doubled; %s%s\n", restart,
                  check.checked, check.lost, check.doubled, verified ? "" : "AUDIT VERIFY FAILED: ",
                  verdict.c_str());
    }
    if (cycle == o.cycles + 1) break;

    const auto phones = log_in(o, (cycle - 1) * o.phones);
    Answers answers;
    std::atomic<bool> stop{false};
    std::vector<std::thread> threads;
    for (const auto& phone : phones) {
      threads.emplace_back([&, phone] { claim_until_stopped(o, phone, crowd, answers, stop, true, [](auto) {}); });
    }
    const int after = kill_after(random);
    std::this_thread::sleep_for(std::chrono::milliseconds(after));
    server.kill_hard();
    stop = true;
    for (auto& t : threads) t.join();
    long acknowledged;
    {
      std::lock_guard lock(crowd.mutex);
      acknowledged = static_cast<long>(crowd.unchecked.size());
    }
    std::printf("cycle %d: %zu phones, killed after %d ms: %ld claims acknowledged; %s\n", cycle, phones.size(), after,
                acknowledged, answers.summary().c_str());
    std::fflush(stdout);
    total.add(answers);
  }
  server.stop();
  std::printf(
      "summary (kill -9): %d cycles in %.0f s, %zu claims acknowledged, %ld lost, %ld doubled, audit verify failed "
      "%ld times; mean restart %.2f s; %s\n",
      o.cycles, seconds_since(begun), crowd.acknowledged.size(), checks.lost, checks.doubled, verify_failures,
      o.cycles > 0 ? restart_seconds / o.cycles : 0.0, total.summary().c_str());
  return checks.lost == 0 && checks.doubled == 0 && verify_failures == 0 ? 0 : 1;
}

int run_restart_postgres_mode(const Options& o) {
  std::mt19937 random(o.seed);
  std::uniform_int_distribution<int> restart_after(200, 1000);
  ServerProcess server(o, serve_args(o));
  server.start();
  if (!server.wait_ready(std::chrono::seconds(600))) {
    std::printf("the server did not start (see %s/server.log)\n", o.work.c_str());
    return 1;
  }
  Crowd crowd;
  Answers total;
  Check checks;
  long verify_failures = 0, not_recovered = 0;
  double recovery_total = 0, restart_total = 0;
  for (int cycle = 1; cycle <= o.cycles; ++cycle) {
    const auto phones = log_in(o, (cycle - 1) * o.phones);
    Answers answers;
    std::atomic<bool> stop{false};
    // Nanoseconds since the epoch of steady_clock: when PostgreSQL was back, and the first 2xx of
    // a request sent after that.
    std::atomic<long long> back{0}, recovered{0};
    auto on_success = [&](Clock::time_point asked) {
      const long long b = back.load();
      const long long t = asked.time_since_epoch().count();
      long long none = 0;
      if (b != 0 && t >= b) recovered.compare_exchange_strong(none, Clock::now().time_since_epoch().count());
    };
    std::vector<std::thread> threads;
    for (const auto& phone : phones) {
      threads.emplace_back([&, phone] {
        // A phone whose feed ran dry starts over; the load must last through the restart.
        while (!stop) claim_until_stopped(o, phone, crowd, answers, stop, false, on_success);
      });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(restart_after(random)));
    const auto restart_began = Clock::now();
    const int rc = std::system(("(" + o.restart_postgres + ") >/dev/null 2>&1").c_str());
    const double restart = seconds_since(restart_began);
    back = Clock::now().time_since_epoch().count();
    const auto deadline = Clock::now() + std::chrono::seconds(30);
    while (recovered == 0 && Clock::now() < deadline) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::this_thread::sleep_for(std::chrono::milliseconds(500));  // some load after recovery
    stop = true;
    for (auto& t : threads) t.join();
    const double recovery = recovered ? static_cast<double>(recovered - back) / 1e9 : -1;
    if (recovered) recovery_total += recovery; else ++not_recovered;
    restart_total += restart;
    if (!server.alive()) {
      // The server is meant to ride out the database's absence; it ending is a failure of its own.
      std::printf("cycle %d: the server process %s during the cycle (see %s/server.log)\n", cycle,
                  server.ended().c_str(), o.work.c_str());
      return 1;
    }
    const auto check = check_acknowledged(o, crowd, false);
    checks.checked += check.checked;
    checks.lost += check.lost;
    checks.doubled += check.doubled;
    const auto [verified, verdict] = verify_audit(o);
    if (!verified) ++verify_failures;
    std::printf("cycle %d: PostgreSQL restarted in %.2f s%s; %s; 2xx again %s; %ld acknowledged claims checked, %ld "
                "lost; %s%s\n",
                cycle, restart, rc == 0 ? "" : " (restart command FAILED)", answers.summary().c_str(),
                recovered ? (std::to_string(static_cast<int>(recovery * 1000)) + " ms after it was back").c_str()
                          : "NEVER (30 s)",
                check.checked, check.lost, verified ? "" : "AUDIT VERIFY FAILED: ", verdict.c_str());
    std::fflush(stdout);
    total.add(answers);
  }
  server.stop();
  std::printf("summary (PostgreSQL restarts): %d cycles, %zu claims acknowledged, %ld lost, %ld doubled, audit verify "
              "failed %ld times, not recovered %ld times; mean PostgreSQL restart %.2f s, mean time to 2xx after it "
              "was back %.0f ms; %s\n",
              o.cycles, crowd.acknowledged.size(), checks.lost, checks.doubled, verify_failures, not_recovered,
              o.cycles > 0 ? restart_total / o.cycles : 0.0,
              o.cycles - not_recovered > 0 ? 1000 * recovery_total / (o.cycles - not_recovered) : 0.0,
              total.summary().c_str());
  return checks.lost == 0 && checks.doubled == 0 && verify_failures == 0 && not_recovered == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"crash_loop: acknowledged claims and the audit log across kill -9 and PostgreSQL restarts"};
  Options o;
  app.add_option("--binary", o.binary, "the carecrowd binary")->capture_default_str();
  app.add_option("--database", o.database, "sqlite:PATH or postgresql://... (a database of its own)")->required();
  app.add_option("--work", o.work, "folder for the anchor, its key and the server's log")->required();
  app.add_option("--cycles", o.cycles, "cycles")->capture_default_str()->check(CLI::Range(1, 100000));
  app.add_option("--phones", o.phones, "caregivers claiming at once")->capture_default_str()->check(CLI::Range(1, 256));
  app.add_option("--demo-caregivers", o.caregivers, "caregivers in the demo region")->capture_default_str();
  app.add_option("--demo-clients", o.clients, "clients in the demo region")->capture_default_str();
  app.add_option("--port", o.port, "port for the server")->capture_default_str();
  app.add_option("--kill-min-ms", o.kill_min_ms, "earliest kill after the burst starts")->capture_default_str();
  app.add_option("--kill-max-ms", o.kill_max_ms, "latest kill after the burst starts")->capture_default_str();
  app.add_option("--restart-postgres", o.restart_postgres,
                 "instead of killing the server, run this command (restarts PostgreSQL) under load");
  app.add_option("--seed", o.seed, "random seed for the kill moments")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  std::filesystem::create_directories(o.work);
  if (!std::filesystem::exists(o.work + "/audit.key")) {
    std::random_device device;
    std::string key;
    for (int i = 0; i < 48; ++i) key += "abcdefghijklmnopqrstuvwxyz0123456789"[device() % 36];
    std::ofstream(o.work + "/audit.key") << key << "\n";
  }
  std::printf("crash loop: %s, %d cycles, %d phones, %s\n", o.database.c_str(), o.cycles, o.phones,
              o.restart_postgres.empty() ? "kill -9 of the server" : "PostgreSQL restarts under load");
  std::fflush(stdout);
  try {
    return o.restart_postgres.empty() ? run_kill_mode(o) : run_restart_postgres_mode(o);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "crash_loop: %s\n", e.what());
    return 1;
  }
}
