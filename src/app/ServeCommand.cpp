#include "app/ServeCommand.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <thread>

#include "app/AuditCommands.h"
#include "domain/CivilTime.h"
#include "http/Router.h"
#include "http/Server.h"
#include "services/Accounts.h"
#include "services/AlarmDispatch.h"
#include "demo/DemoRegion.h"
#include "services/Events.h"
#include "services/LastKnownPosition.h"
#include "services/Materialiser.h"
#include "services/Journeys.h"
#include "services/NonArrivals.h"
#include "services/Notices.h"
#include "services/TaskEvents.h"
#include "store/Database.h"

namespace carecrowd::app {
namespace {

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  std::string database = "sqlite:carecrowd.db";
  bool demo = false;
  int threads = 16;
  std::string access_log = "stderr";
  int release_notice_hours = 24;
  int privacy_margin_hours = 2;
  int horizon_days = 14;
  bool fast_password_hashing = false;
  int demo_clients = 300;
  int demo_caregivers = 80;
  std::string bootstrap_admin;
  std::string clock;
  std::string web;
  int max_connections = 10'000;
  int max_connections_per_source = 512;
  int request_timeout_ms = 10'000;
  int idle_timeout_seconds = 75;
};
ServeOptions serve_options;

// Idle keep-alive connections and event streams each hold a file descriptor: raise the soft limit
// to the hard one, and keep the connection cap below it (files, the database and logs need some).
int connection_cap(int wanted) {
  constexpr int kReservedDescriptors = 128;
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return wanted;
  if (limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    getrlimit(RLIMIT_NOFILE, &limit);
  }
  if (limit.rlim_cur == RLIM_INFINITY) return wanted;
  const auto available = static_cast<long long>(limit.rlim_cur) - kReservedDescriptors;
  return static_cast<int>(std::max(16LL, std::min<long long>(wanted, available)));
}

struct AuditOptions {
  std::string database = "sqlite:carecrowd.db";
};
AuditOptions audit_options;

int run_serve() {
  const auto& o = serve_options;
  const auto colon = o.listen.rfind(':');
  if (colon == std::string::npos) {
    std::fprintf(stderr, "carecrowd: --listen: expected HOST:PORT, got \"%s\"\n", o.listen.c_str());
    return 2;
  }
  http::ServerOptions server;
  server.host = o.listen.substr(0, colon);
  try {
    server.port = std::stoi(o.listen.substr(colon + 1));
  } catch (const std::exception&) {
    std::fprintf(stderr, "carecrowd: --listen: the port must be a number, got \"%s\"\n", o.listen.c_str());
    return 2;
  }
  server.threads = o.threads;
  server.max_connections = connection_cap(o.max_connections);
  server.max_connections_per_source = o.max_connections_per_source;
  server.request_timeout = std::chrono::milliseconds(o.request_timeout_ms);
  server.idle_timeout = std::chrono::seconds(o.idle_timeout_seconds);
  std::FILE* log_file = nullptr;
  if (o.access_log == "off") {
    server.access_log = nullptr;
  } else if (o.access_log != "stderr") {
    log_file = std::fopen(o.access_log.c_str(), "a");
    if (!log_file) {
      std::fprintf(stderr, "carecrowd: --access-log: cannot open %s\n", o.access_log.c_str());
      return 2;
    }
    server.access_log = log_file;
  }

  if (!o.web.empty()) {
    auto web = http::WebAssets::load(o.web);
    if (!web) {
      std::fprintf(stderr, "carecrowd: %s\n", web.error().message().c_str());
      return 2;
    }
    server.web = std::make_shared<const http::WebAssets>(std::move(web.value()));
  }

  std::unique_ptr<store::Database> db;
  try {
    db = store::Database::open(o.database, o.threads);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "carecrowd: --database: %s\n", e.what());
    return 2;
  }
  services::Settings settings;
  settings.release_notice_minutes = o.release_notice_hours * 60;
  settings.privacy_margin_minutes = o.privacy_margin_hours * 60;
  settings.horizon_days = o.horizon_days;
  settings.fast_password_hashing = o.fast_password_hashing || o.demo;
  std::function<LocalMinute()> clock;
  if (!o.clock.empty()) {
    auto start = parse_local_time(o.clock, "--clock");
    if (!start) {
      std::fprintf(stderr, "carecrowd: %s\n", start.error().message().c_str());
      return 2;
    }
    // The platform's wall clock starts at --clock and runs at real speed from here.
    clock = [start = start.value(), t0 = std::chrono::steady_clock::now()] {
      return start + std::chrono::duration_cast<std::chrono::minutes>(std::chrono::steady_clock::now() - t0).count();
    };
  }
  services::Platform platform(*db, settings, clock);
  // Declared after the database: stopped (with a last checkpoint) before it closes.
  auto audit_anchor = start_audit_anchor(*db);
  if (!audit_anchor) {
    std::fprintf(stderr, "carecrowd: %s\n", audit_anchor.error().message().c_str());
    return 2;
  }

  if (!o.bootstrap_admin.empty()) {
    const char* password = std::getenv("CARECROWD_ADMIN_PASSWORD");
    auto made = services::ensure_platform_admin(platform, o.bootstrap_admin, password ? password : "");
    if (!made) {
      std::fprintf(stderr, "carecrowd: --bootstrap-admin: %s\n", made.error().message().c_str());
      return 2;
    }
  }
  std::string demo_text;
  if (o.demo) {
    auto demo = demo::seed_demo_region(platform, {o.demo_clients, o.demo_caregivers});
    demo_text = demo.summary;
  }
  // Tasks for the rolling horizon; each server does this at start (idempotent), so a restart or a
  // second process never duplicates a task.
  const auto materialised = services::materialise_all(platform);

  http::Server http_server(platform, http::api_router(), server);
  const int port = http_server.bind();
  if (port < 0) {
    std::fprintf(stderr, "carecrowd: --listen: cannot listen on %s (in use?)\n", o.listen.c_str());
    return 2;
  }
  std::printf("carecrowd listening on http://%s:%d (database %s, %lld tasks materialised)\n", server.host.c_str(),
              port, db->describe().c_str(), static_cast<long long>(materialised));
  if (server.web) {
    std::printf("Web app: open http://%s:%d/ in a browser (%zu files from %s)\n", server.host.c_str(), port,
                server.web->file_count(), o.web.c_str());
  }
  if (!demo_text.empty()) std::printf("%s", demo_text.c_str());
  std::fflush(stdout);
  // The ticker: every few seconds each server fires the alarm timers that ran out; every minute it
  // announces newly at-risk tasks, raises carer-non-arrival alarms, prunes old events and forgets stale positions; every hour it materialises the days that
  // came into the horizon. All of it is safe with several processes doing it at once (a timer fires
  // once, an at-risk task is announced once, a visit raises one alarm, a task never duplicated).
  std::mutex ticker_mutex;
  std::condition_variable ticker_wake;
  bool stopping = false;
  const auto run_job = [](const char* name, const std::function<void()>& job) {
    try {
      job();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "{\"level\":\"error\",\"task\":\"%s\",\"error\":\"%s\"}\n", name, e.what());
    }
  };
  std::thread ticker([&] {
    auto last_materialised = std::chrono::steady_clock::now();
    auto last_minute = std::chrono::steady_clock::now();
    std::unique_lock lock(ticker_mutex);
    // Alarm timers count in minutes on the platform's clock; a sweep every 5 s fires one within
    // seconds of its minute, and finds nothing to do (one indexed read) otherwise.
    while (!ticker_wake.wait_for(lock, std::chrono::seconds(5), [&] { return stopping; })) {
      lock.unlock();
      run_job("alarms", [&] { services::sweep_alarms(platform); });
      if (std::chrono::steady_clock::now() - last_minute < std::chrono::minutes(1)) {
        lock.lock();
        continue;
      }
      last_minute = std::chrono::steady_clock::now();
      run_job("at_risk", [&] { services::sweep_at_risk(platform); });
      run_job("non_arrival", [&] { services::raise_non_arrivals(platform); });
      run_job("missed_steps", [&] { services::sweep_missed_steps(platform); });
      // Kept a week for the bell's missed notifications (services/Notices.h).
      run_job("prune_events", [&] { services::prune_events(platform, services::kNoticeRetention); });
      run_job("positions", [&] { services::forget_stale_positions(platform); });
      if (std::chrono::steady_clock::now() - last_materialised >= std::chrono::hours(1)) {
        last_materialised = std::chrono::steady_clock::now();
        run_job("materialise", [&] { services::materialise_all(platform); });
      }
      lock.lock();
    }
  });
  http_server.listen();
  {
    std::lock_guard lock(ticker_mutex);
    stopping = true;
  }
  ticker_wake.notify_all();
  ticker.join();
  if (log_file) std::fclose(log_file);
  return 0;
}

int run_audit_verify() {
  std::unique_ptr<store::Database> db;
  try {
    db = store::Database::open(audit_options.database, 1);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "carecrowd: --database: %s\n", e.what());
    return 2;
  }
  return report_audit_verification(*db);
}

}  // namespace

void add_serve_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("serve", "Run the platform's HTTP API server");
  auto& o = serve_options;
  cmd->add_option("--listen", o.listen, "HOST:PORT to listen on (port 0: any free port)")->capture_default_str();
  cmd->add_option("--database", o.database, "sqlite:PATH (embedded, default) or postgresql://...")
      ->capture_default_str();
  cmd->add_flag("--demo", o.demo, "Seed a demo region (two organisations, clients, caregivers) if the database is empty");
  cmd->add_option("--demo-clients", o.demo_clients, "Clients in the demo region")->capture_default_str()->check(CLI::Range(10, 20000));
  cmd->add_option("--demo-caregivers", o.demo_caregivers, "Caregivers in the demo region")->capture_default_str()->check(CLI::Range(4, 5000));
  cmd->add_option("--web", o.web, "Serve the web app from this folder (the front end's build, web/dist)");
  cmd->add_option("--threads", o.threads, "Request threads")->capture_default_str()->check(CLI::Range(1, 256));
  cmd->add_option("--max-connections", o.max_connections,
                  "Open connections in all (capped below the process's file limit)")
      ->capture_default_str()
      ->check(CLI::Range(16, 1'000'000));
  cmd->add_option("--max-connections-per-source", o.max_connections_per_source,
                  "Open connections per client address; 0: no cap (behind a proxy that caps per client)")
      ->capture_default_str()
      ->check(CLI::Range(0, 1'000'000));
  cmd->add_option("--request-timeout-ms", o.request_timeout_ms,
                  "A request's headers and body must arrive within this time")
      ->capture_default_str()
      ->check(CLI::Range(100, 600'000));
  cmd->add_option("--idle-timeout-seconds", o.idle_timeout_seconds,
                  "How long a keep-alive connection may wait for its next request")
      ->capture_default_str()
      ->check(CLI::Range(1, 3600));
  cmd->add_option("--access-log", o.access_log, "stderr, off, or a file to append to")->capture_default_str();
  cmd->add_option("--release-notice-hours", o.release_notice_hours,
                  "Caregivers may release a claimed task until this long before it")
      ->capture_default_str()->check(CLI::Range(0, 24 * 14));
  cmd->add_option("--privacy-margin-hours", o.privacy_margin_hours,
                  "A caregiver sees a client's details from this long before to this long after a visit they hold")
      ->capture_default_str()->check(CLI::Range(0, 72));
  cmd->add_option("--horizon-days", o.horizon_days, "Days ahead for which tasks are materialised")
      ->capture_default_str()->check(CLI::Range(1, 120));
  cmd->add_option("--bootstrap-admin", o.bootstrap_admin,
                  "Create this platform admin if absent (password from $CARECROWD_ADMIN_PASSWORD)");
  cmd->add_option("--clock", o.clock,
                  "Start the platform's clock at this local time YYYY-MM-DDTHH:MM (tests and demos; runs at real speed)");
  cmd->add_flag("--fast-password-hashing", o.fast_password_hashing,
                "argon2id at its minimum cost (tests only; never in production)");
  add_audit_anchor_options(*cmd);
}

void add_audit_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("audit", "Access log tools");
  cmd->require_subcommand(1);
  auto* verify = cmd->add_subcommand("verify", "Verify the hash chain of the access log (exit 3 if tampered)");
  verify->add_option("--database", audit_options.database, "sqlite:PATH or postgresql://...")->capture_default_str();
  add_audit_verify_options(*verify);
}

int run_platform_command(CLI::App& app) {
  if (app.got_subcommand("serve")) return run_serve();
  if (auto* audit = app.get_subcommand("audit"); audit->parsed()) return run_audit_verify();
  return -1;
}

}  // namespace carecrowd::app
