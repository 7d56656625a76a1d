// frontdoor_load: the HTTP front door under hostile and long-lived connections, against a running
// `carecrowd serve --demo` (the benchmark region), from a second process on the same machine.
//
//   frontdoor_load --url http://127.0.0.1:8080 --scenario slow --seconds 20 --trickle 300 --idle 2000
//     Caregivers' feed load (--feed-connections keep-alive clients) and a /healthz probe (one
//     request every 10 ms), first alone and then with --trickle connections that send a request's
//     headers a byte at a time and never finish them (reconnecting when the server cuts them off)
//     and --idle keep-alive connections that sent one request and wait. Prints feed requests/s and
//     the loss under attack, and /healthz latency percentiles in both phases.
//
//   frontdoor_load --url http://127.0.0.1:8080 --scenario streams --streams 2000 --server-pid PID
//     Opens --streams GET /v1/events streams (a tenth for the two demo organisations' coordinators,
//     the rest for caregivers), then claims --claims-per-second tasks from caregivers' feeds for
//     --seconds, and measures how long each claim takes to reach every coordinator stream of its
//     organisation (from sending the claim to reading its task.claimed event). With --server-pid it
//     reports the server's resident memory per open stream.
//
// Connections come from 127.0.0.2..127.0.0.51 (all loopback on Linux), as from many phones, so the
// server's per-source connection cap applies as it would in the field.
#include <arpa/inet.h>
#include <fcntl.h>
#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using Json = nlohmann::json;
using namespace std::chrono_literals;

struct Options {
  std::string url = "http://127.0.0.1:8080";
  std::string scenario = "slow";
  std::string password = "demo-password";
  int caregivers = 400;
  double seconds = 20;
  int trickle = 300;
  int idle = 2000;
  int feed_connections = 16;
  int streams = 2000;
  double claims_per_second = 10;
  int server_pid = 0;
  int sources = 50;
};

std::string host_of(const std::string& url) {
  auto rest = url.substr(url.find("//") + 2);
  return rest.substr(0, rest.find(':'));
}
int port_of(const std::string& url) {
  auto rest = url.substr(url.find("//") + 2);
  return std::stoi(rest.substr(rest.find(':') + 1));
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  const auto k = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1));
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
  return v[k];
}

// A socket to the server from loopback source address number `source`; -1 when it fails.
int open_socket(const Options& o, int source, bool nonblocking_after_connect = true) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in from{};
  from.sin_family = AF_INET;
  from.sin_addr.s_addr = htonl(0x7f000002u + static_cast<std::uint32_t>(source % o.sources));
  if (::bind(fd, reinterpret_cast<sockaddr*>(&from), sizeof from) != 0) {
    ::close(fd);
    return -1;
  }
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(static_cast<std::uint16_t>(port_of(o.url)));
  inet_pton(AF_INET, host_of(o.url).c_str(), &to.sin_addr);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&to), sizeof to) != 0) {
    ::close(fd);
    return -1;
  }
  const int one = 1;
  ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  if (nonblocking_after_connect) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
  return fd;
}

bool send_all(int fd, const std::string& text) {
  return ::send(fd, text.data(), text.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(text.size());
}

std::string login(const Options& o, const std::string& email) {
  httplib::Client client(o.url);
  auto r = client.Post("/v1/auth/login", Json{{"email", email}, {"password", o.password}}.dump(), "application/json");
  if (!r || r->status != 200) return "";
  return Json::parse(r->body).value("token", "");
}

std::vector<std::string> caregiver_tokens(const Options& o) {
  std::vector<std::string> tokens;
  for (int n = 1; n <= o.caregivers; ++n) {
    auto token = login(o, "caregiver" + std::to_string(n) + "@crowd.demo");
    if (!token.empty()) tokens.push_back(token);
  }
  return tokens;
}

long resident_kib(int pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}

void raise_file_limit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
  }
}

// --- slow: trickling and idle connections beside real traffic --------------------------------------

struct PhaseFigures {
  double feed_per_second = 0;
  double feed_p50 = 0, feed_p99 = 0;
  std::int64_t feed_errors = 0;
  double health_p50 = 0, health_p99 = 0, health_max = 0;
  std::int64_t health_failures = 0;
};

// Feed load and the /healthz probe for o.seconds.
PhaseFigures measure(const Options& o, const std::vector<std::string>& tokens) {
  PhaseFigures out;
  const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o.seconds));
  std::mutex mutex;
  std::vector<double> feed_ms, health_ms;
  std::atomic<std::int64_t> feed_errors{0}, health_failures{0};
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> threads;
  for (int c = 0; c < o.feed_connections; ++c) {
    threads.emplace_back([&] {
      httplib::Client client(o.url);
      client.set_keep_alive(true);
      client.set_read_timeout(30);
      std::vector<double> mine;
      while (Clock::now() < deadline) {
        const auto& token = tokens[next++ % tokens.size()];
        const auto t0 = Clock::now();
        auto r = client.Get("/v1/feed?limit=20", httplib::Headers{{"Authorization", "Bearer " + token}});
        if (!r || r->status != 200) {
          ++feed_errors;
          continue;
        }
        mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      }
      std::lock_guard lock(mutex);
      feed_ms.insert(feed_ms.end(), mine.begin(), mine.end());
    });
  }
  threads.emplace_back([&] {
    httplib::Client client(o.url);
    client.set_keep_alive(true);
    client.set_read_timeout(5);
    std::vector<double> mine;
    while (Clock::now() < deadline) {
      const auto t0 = Clock::now();
      auto r = client.Get("/healthz");
      const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
      if (!r || r->status != 200) ++health_failures;
      mine.push_back(ms);
      std::this_thread::sleep_for(10ms);
    }
    std::lock_guard lock(mutex);
    health_ms = std::move(mine);
  });
  for (auto& t : threads) t.join();
  out.feed_per_second = static_cast<double>(feed_ms.size()) / o.seconds;
  out.feed_p50 = percentile(feed_ms, 0.5);
  out.feed_p99 = percentile(feed_ms, 0.99);
  out.feed_errors = feed_errors;
  out.health_p50 = percentile(health_ms, 0.5);
  out.health_p99 = percentile(health_ms, 0.99);
  out.health_max = health_ms.empty() ? 0 : *std::max_element(health_ms.begin(), health_ms.end());
  out.health_failures = health_failures;
  return out;
}

void print_phase(const char* name, const PhaseFigures& f) {
  std::printf("%-18s feed %8.1f req/s  p50 %6.1f ms  p99 %6.1f ms  errors %lld | healthz p50 %6.2f ms  p99 %6.2f ms  "
              "max %7.1f ms  failed %lld\n",
              name, f.feed_per_second, f.feed_p50, f.feed_p99, static_cast<long long>(f.feed_errors), f.health_p50,
              f.health_p99, f.health_max, static_cast<long long>(f.health_failures));
}

// Keeps `trickle` connections sending a request's headers a byte every 500 ms, and `idle`
// keep-alive connections open, until `stop`. Counts what the server did to them.
struct Hostiles {
  std::atomic<bool> stop{false};
  std::atomic<std::int64_t> trickle_cut{0};     // closed by the server (its request deadline)
  std::atomic<std::int64_t> idle_closed{0};     // idle connections the server closed
  std::atomic<std::int64_t> refused{0};         // connections that could not be opened
  std::atomic<int> trickle_open{0}, idle_open{0};

  void run(const Options& o) {
    std::vector<int> trickling(static_cast<std::size_t>(o.trickle), -1);
    std::vector<int> idle(static_cast<std::size_t>(o.idle), -1);
    const std::string start = "GET /v1/feed HTTP/1.1\r\nHost: bench\r\nX-Slow: ";
    auto open_trickle = [&](std::size_t i) {
      trickling[i] = open_socket(o, static_cast<int>(i));
      if (trickling[i] < 0 || !send_all(trickling[i], start)) ++refused;
    };
    auto open_idle = [&](std::size_t i) {
      const int fd = open_socket(o, static_cast<int>(i), false);
      idle[i] = fd;
      if (fd < 0) return void(++refused);
      // One request, answered, then the connection waits as a phone's would between requests.
      send_all(fd, "GET /healthz HTTP/1.1\r\nHost: bench\r\n\r\n");
      char buffer[512];
      pollfd p{fd, POLLIN, 0};
      if (::poll(&p, 1, 5000) <= 0 || ::recv(fd, buffer, sizeof buffer, 0) <= 0) ++refused;
      ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    };
    for (std::size_t i = 0; i < idle.size(); ++i) open_idle(i);
    for (std::size_t i = 0; i < trickling.size(); ++i) open_trickle(i);
    while (!stop) {
      // A byte more of the never-ending header on every trickling connection.
      for (std::size_t i = 0; i < trickling.size(); ++i) {
        if (trickling[i] < 0 || !send_all(trickling[i], "a")) {
          if (trickling[i] >= 0) ::close(trickling[i]);
          ++trickle_cut;
          open_trickle(i);
        }
      }
      // Anything readable on a trickling or idle connection is the server closing it (an idle
      // one after its idle timeout, a trickling one with nothing or an error).
      std::vector<pollfd> polled;
      for (int fd : trickling) polled.push_back({fd, POLLIN, 0});
      for (int fd : idle) polled.push_back({fd, POLLIN, 0});
      ::poll(polled.data(), polled.size(), 500);
      char buffer[4096];
      for (std::size_t k = 0; k < polled.size(); ++k) {
        if (polled[k].fd < 0 || !(polled[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        const ssize_t n = ::recv(polled[k].fd, buffer, sizeof buffer, 0);
        if (n > 0) continue;
        ::close(polled[k].fd);
        if (k < trickling.size()) {
          ++trickle_cut;
          open_trickle(k);
        } else {
          ++idle_closed;
          open_idle(k - trickling.size());
        }
      }
      trickle_open = static_cast<int>(std::count_if(trickling.begin(), trickling.end(), [](int fd) { return fd >= 0; }));
      idle_open = static_cast<int>(std::count_if(idle.begin(), idle.end(), [](int fd) { return fd >= 0; }));
    }
    for (int fd : trickling) if (fd >= 0) ::close(fd);
    for (int fd : idle) if (fd >= 0) ::close(fd);
  }
};

int run_slow(const Options& o) {
  const auto tokens = caregiver_tokens(o);
  if (tokens.empty()) {
    std::fprintf(stderr, "frontdoor_load: no caregiver could log in at %s\n", o.url.c_str());
    return 1;
  }
  std::printf("slow: %zu caregivers, %d feed connections, %.0f s per phase\n", tokens.size(), o.feed_connections,
              o.seconds);
  const auto calm = measure(o, tokens);
  print_phase("alone", calm);
  Hostiles hostiles;
  std::thread attack([&] { hostiles.run(o); });
  std::this_thread::sleep_for(3s);  // all of them open before measuring
  const auto attacked = measure(o, tokens);
  print_phase("under attack", attacked);
  std::printf("attack: %d trickling and %d idle connections open at the end; server cut %lld trickling "
              "connections, closed %lld idle ones; %lld could not be opened\n",
              hostiles.trickle_open.load(), hostiles.idle_open.load(),
              static_cast<long long>(hostiles.trickle_cut.load()), static_cast<long long>(hostiles.idle_closed.load()),
              static_cast<long long>(hostiles.refused.load()));
  hostiles.stop = true;
  attack.join();
  const double loss = calm.feed_per_second > 0 ? 100.0 * (1.0 - attacked.feed_per_second / calm.feed_per_second) : 0;
  std::printf("feed throughput lost under attack: %.1f %%; healthz p99 under attack %.2f ms\n", loss,
              attacked.health_p99);
  return 0;
}

// --- streams: claims reaching coordinators' event streams ----------------------------------------

struct Stream {
  int fd = -1;
  int organisation = -1;  // 0 noord, 1 zuid; -1 a caregiver's stream
  bool head_done = false;
  int status = 0;
  std::string raw;   // chunked bytes not yet undone
  std::string text;  // event-stream text not yet split into blocks
};

int run_streams(const Options& o) {
  const auto tokens = caregiver_tokens(o);
  const std::string coordinator[2] = {login(o, "coordinator@noord.demo"), login(o, "coordinator@zuid.demo")};
  if (tokens.empty() || coordinator[0].empty() || coordinator[1].empty()) {
    std::fprintf(stderr, "frontdoor_load: the demo logins failed at %s\n", o.url.c_str());
    return 1;
  }
  const long rss_before = o.server_pid ? resident_kib(o.server_pid) : 0;
  std::vector<Stream> streams(static_cast<std::size_t>(o.streams));
  int coordinator_streams[2] = {0, 0};
  const auto opening = Clock::now();
  for (std::size_t i = 0; i < streams.size(); ++i) {
    auto& s = streams[i];
    std::string token;
    if (i % 10 == 0) {
      s.organisation = static_cast<int>((i / 10) % 2);
      token = coordinator[s.organisation];
      ++coordinator_streams[s.organisation];
    } else {
      token = tokens[i % tokens.size()];
    }
    s.fd = open_socket(o, static_cast<int>(i));
    if (s.fd < 0 || !send_all(s.fd, "GET /v1/events HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer " + token +
                                        "\r\nAccept: text/event-stream\r\n\r\n")) {
      std::fprintf(stderr, "frontdoor_load: stream %zu could not be opened\n", i);
      return 1;
    }
  }

  std::mutex mutex;
  std::map<std::int64_t, Clock::time_point> claimed_at;  // task id -> when its claim was sent
  std::vector<double> delivery_ms;                       // per claim and coordinator stream
  std::map<std::int64_t, int> deliveries;                // task id -> coordinator streams reached
  std::atomic<bool> stop{false};
  std::atomic<int> heads_ok{0}, heads_bad{0}, closed{0};
  std::atomic<std::int64_t> heartbeats{0}, events_seen{0};

  std::thread reader([&] {
    std::vector<pollfd> polled(streams.size());
    char buffer[16384];
    while (!stop) {
      for (std::size_t i = 0; i < streams.size(); ++i) polled[i] = {streams[i].fd, POLLIN, 0};
      if (::poll(polled.data(), polled.size(), 100) <= 0) continue;
      const auto now = Clock::now();
      for (std::size_t i = 0; i < streams.size(); ++i) {
        if (polled[i].fd < 0 || !polled[i].revents) continue;
        auto& s = streams[i];
        const ssize_t n = ::recv(s.fd, buffer, sizeof buffer, 0);
        if (n <= 0) {
          ::close(s.fd);
          s.fd = -1;
          ++closed;
          continue;
        }
        s.raw.append(buffer, static_cast<std::size_t>(n));
        if (!s.head_done) {
          const auto end = s.raw.find("\r\n\r\n");
          if (end == std::string::npos) continue;
          s.status = std::stoi(s.raw.substr(9, 3));
          (s.status == 200 ? heads_ok : heads_bad)++;
          s.raw.erase(0, end + 4);
          s.head_done = true;
        }
        for (;;) {  // undo the chunked framing
          const auto line_end = s.raw.find("\r\n");
          if (line_end == std::string::npos) break;
          const std::size_t size = std::stoul(s.raw.substr(0, line_end), nullptr, 16);
          if (s.raw.size() < line_end + 2 + size + 2) break;
          s.text.append(s.raw, line_end + 2, size);
          s.raw.erase(0, line_end + 2 + size + 2);
        }
        for (;;) {
          const auto end = s.text.find("\n\n");
          if (end == std::string::npos) break;
          const std::string block = s.text.substr(0, end + 1);
          s.text.erase(0, end + 2);
          if (block.rfind(':', 0) == 0) ++heartbeats;
          if (block.find("event: ") == std::string::npos) continue;
          ++events_seen;
          if (s.organisation < 0 || block.find("event: task.claimed\n") == std::string::npos) continue;
          const auto data = block.find("data: ");
          const Json event = Json::parse(block.substr(data + 6), nullptr, false);
          const auto task = event.is_object() ? event.value("task_id", std::int64_t{0}) : 0;
          std::lock_guard lock(mutex);
          if (auto it = claimed_at.find(task); it != claimed_at.end()) {
            delivery_ms.push_back(std::chrono::duration<double, std::milli>(now - it->second).count());
            ++deliveries[task];
          }
        }
      }
    }
  });

  while (heads_ok + heads_bad < o.streams && Clock::now() - opening < 60s) std::this_thread::sleep_for(50ms);
  const double open_seconds = std::chrono::duration<double>(Clock::now() - opening).count();
  std::this_thread::sleep_for(2s);  // placed by the dispatcher, buffers settled
  const long rss_open = o.server_pid ? resident_kib(o.server_pid) : 0;
  std::printf("streams: %d open (%d refused) in %.2f s; %d for Noord's coordinator, %d for Zuid's\n", heads_ok.load(),
              heads_bad.load(), open_seconds, coordinator_streams[0], coordinator_streams[1]);
  if (o.server_pid) {
    std::printf("server memory: %.1f MiB before, %.1f MiB with the streams open: %.1f KiB per stream\n",
                rss_before / 1024.0, rss_open / 1024.0,
                heads_ok > 0 ? static_cast<double>(rss_open - rss_before) / heads_ok : 0.0);
  }

  // Claims: caregivers in turn claim the best task of their feed.
  httplib::Client client(o.url);
  client.set_keep_alive(true);
  std::int64_t claims = 0, refused_claims = 0;
  const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o.seconds));
  const auto gap = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / o.claims_per_second));
  std::size_t next = 0;
  auto due = Clock::now();
  while (Clock::now() < deadline) {
    std::this_thread::sleep_until(due);
    due += gap;
    const auto& token = tokens[next++ % tokens.size()];
    const httplib::Headers auth{{"Authorization", "Bearer " + token}};
    auto feed = client.Get("/v1/feed?limit=1", auth);
    if (!feed || feed->status != 200) continue;
    const Json page = Json::parse(feed->body, nullptr, false);
    if (!page.is_object() || page["items"].empty()) continue;
    const auto task = page["items"][0]["id"].get<std::int64_t>();
    {
      std::lock_guard lock(mutex);
      claimed_at[task] = Clock::now();
    }
    auto r = client.Post("/v1/tasks/" + std::to_string(task) + "/claim", auth, "{}", "application/json");
    if (r && r->status == 200) {
      ++claims;
    } else {
      ++refused_claims;
      std::lock_guard lock(mutex);
      claimed_at.erase(task);
    }
  }
  std::this_thread::sleep_for(2s);  // the last claims' events
  stop = true;
  reader.join();
  for (auto& s : streams) {
    if (s.fd >= 0) ::close(s.fd);
  }
  std::lock_guard lock(mutex);
  std::int64_t reached = 0;
  for (const auto& [task, count] : deliveries) reached += count > 0;
  std::printf("claims: %lld made (%lld refused) in %.0f s; %lld reached a coordinator stream, %zu deliveries in all\n",
              static_cast<long long>(claims), static_cast<long long>(refused_claims), o.seconds,
              static_cast<long long>(reached), delivery_ms.size());
  std::printf("claim -> coordinator stream: p50 %.1f ms  p99 %.1f ms  max %.1f ms\n", percentile(delivery_ms, 0.5),
              percentile(delivery_ms, 0.99),
              delivery_ms.empty() ? 0.0 : *std::max_element(delivery_ms.begin(), delivery_ms.end()));
  std::printf("other: %lld events and %lld heartbeats read on all streams; %d streams closed by the server\n",
              static_cast<long long>(events_seen.load()), static_cast<long long>(heartbeats.load()), closed.load());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{"The HTTP front door under trickling, idle and streaming connections"};
  app.add_option("--url", o.url)->capture_default_str();
  app.add_option("--scenario", o.scenario)->check(CLI::IsMember({"slow", "streams"}))->capture_default_str();
  app.add_option("--caregivers", o.caregivers, "demo caregivers to log in (caregiver<n>@crowd.demo)")->capture_default_str();
  app.add_option("--seconds", o.seconds, "per measured phase")->capture_default_str();
  app.add_option("--trickle", o.trickle, "slow: connections trickling a request's headers")->capture_default_str();
  app.add_option("--idle", o.idle, "slow: idle keep-alive connections")->capture_default_str();
  app.add_option("--feed-connections", o.feed_connections, "slow: feed load connections")->capture_default_str();
  app.add_option("--streams", o.streams, "streams: open event streams")->capture_default_str();
  app.add_option("--claims-per-second", o.claims_per_second, "streams: claim rate")->capture_default_str();
  app.add_option("--server-pid", o.server_pid, "streams: the server's pid, for its memory per stream");
  app.add_option("--sources", o.sources, "loopback source addresses to spread connections over")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  raise_file_limit();
  return o.scenario == "slow" ? run_slow(o) : run_streams(o);
}
