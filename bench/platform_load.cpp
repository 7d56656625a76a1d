// platform_load: load on a running `carecrowd serve` from a second process, as caregivers' phones
// would put it: the open-task feed and claims. Prints requests per second and latency percentiles.
//
//   platform_load --url http://127.0.0.1:8080 --scenario feed --seconds 10 --connections 32
//   platform_load --url http://127.0.0.1:8080 --scenario claims --seconds 10 --connections 32
//   platform_load --url http://127.0.0.1:8080 --url http://127.0.0.1:8081 ...   # several processes
//
// With several --url (server processes on one database), connection c goes to url c mod n, and
// the requests each process answered are printed beside the total.
//
// Caregivers log in as --email (with {n} replaced by 1..--caregivers) and --password: the demo
// region's caregiver accounts (see src/demo/DemoRegion.h). Feed: each connection asks the feed
// of the next caregiver in turn. Claims: every caregiver's feed is read first (not timed); then
// each connection takes caregivers in turn and claims their next feed task, best first; a 409
// (another caregiver was first, or it now overlaps one of their claims) is a served request and
// counted apart. Latency is measured per request on the client, over
// keep-alive connections.
#include <httplib.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using Json = nlohmann::json;

struct Options {
  std::vector<std::string> urls;  // none given: http://127.0.0.1:8080
  std::string scenario = "feed";
  std::string email = "caregiver{n}@crowd.demo";
  std::string password = "demo-password";
  int caregivers = 400;
  int connections = 32;
  double seconds = 10;
  int feed_limit = 20;
  int claims_each = 50;  // claims scenario: how many of their feed's tasks each caregiver tries
};

struct Tally {
  std::vector<double> latencies_ms;
  std::int64_t ok = 0, conflicts = 0, errors = 0;
};

std::unique_ptr<httplib::Client> connect(const std::string& url) {
  auto client = std::make_unique<httplib::Client>(url);
  client->set_keep_alive(true);
  client->set_tcp_nodelay(true);
  client->set_read_timeout(30);
  return client;
}

double percentile(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  const auto k = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1));
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
  return v[k];
}

std::vector<std::string> log_in_all(const Options& o) {
  std::vector<std::string> tokens(static_cast<std::size_t>(o.caregivers));
  std::atomic<int> next{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      auto client = connect(o.urls.front());
      for (int i = next++; i < o.caregivers; i = next++) {
        std::string email = o.email;
        if (auto at = email.find("{n}"); at != std::string::npos) email.replace(at, 3, std::to_string(i + 1));
        auto r = client->Post("/v1/auth/login", Json{{"email", email}, {"password", o.password}}.dump(), "application/json");
        if (r && r->status == 200) tokens[static_cast<std::size_t>(i)] = Json::parse(r->body)["token"];
      }
    });
  }
  for (auto& t : threads) t.join();
  tokens.erase(std::remove(tokens.begin(), tokens.end(), std::string()), tokens.end());
  return tokens;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{"Load a running carecrowd server with caregivers' feed requests or claims"};
  app.add_option("--url", o.urls, "a server; repeat for several processes sharing one database");
  app.add_option("--scenario", o.scenario)->check(CLI::IsMember({"feed", "claims"}))->capture_default_str();
  app.add_option("--email", o.email, "caregiver login, {n} = 1..caregivers")->capture_default_str();
  app.add_option("--password", o.password)->capture_default_str();
  app.add_option("--caregivers", o.caregivers)->capture_default_str();
  app.add_option("--connections", o.connections)->capture_default_str();
  app.add_option("--seconds", o.seconds)->capture_default_str();
  app.add_option("--feed-limit", o.feed_limit)->capture_default_str();
  app.add_option("--claims-each", o.claims_each, "claims: feed tasks each caregiver tries, best first")
      ->capture_default_str()
      ->check(CLI::Range(1, 500));
  CLI11_PARSE(app, argc, argv);
  if (o.urls.empty()) o.urls.push_back("http://127.0.0.1:8080");

  const auto tokens = log_in_all(o);
  if (tokens.empty()) {
    std::fprintf(stderr, "platform_load: no caregiver could log in as %s\n", o.email.c_str());
    return 1;
  }
  // Claims: every caregiver's feed, read before the timed run, gives the tasks they will claim (best
  // first). Later ones may overlap earlier claims by then: those 409s are served requests too.
  std::mutex candidates_mutex;
  std::atomic<std::size_t> claims_left{0};  // claims not yet sent; the run ends when none are left
  std::vector<std::vector<std::int64_t>> candidates(tokens.size());
  if (o.scenario == "claims") {
    auto client = connect(o.urls.front());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      auto feed = client->Get("/v1/feed?limit=" + std::to_string(o.claims_each),
                              httplib::Headers{{"Authorization", "Bearer " + tokens[i]}});
      if (!feed || feed->status != 200) continue;
      const Json page = Json::parse(feed->body);
      for (const auto& item : page["items"]) candidates[i].push_back(item["id"].get<std::int64_t>());
      std::reverse(candidates[i].begin(), candidates[i].end());
    }
    std::size_t total = 0;
    for (const auto& c : candidates) total += c.size();
    claims_left = total;
    std::printf("claims: %zu tasks offered in %zu caregivers' feeds before the run\n", total, candidates.size());
  }
  std::atomic<std::size_t> next_caregiver{0};
  std::vector<Tally> tallies(static_cast<std::size_t>(o.connections));
  const auto deadline = Clock::now() + std::chrono::duration<double>(o.seconds);
  const std::string feed_path = "/v1/feed?limit=" + std::to_string(o.feed_limit);
  const auto started = Clock::now();
  std::vector<std::thread> threads;
  for (int c = 0; c < o.connections; ++c) {
    threads.emplace_back([&, c] {
      auto client = connect(o.urls[static_cast<std::size_t>(c) % o.urls.size()]);
      Tally& tally = tallies[static_cast<std::size_t>(c)];
      auto timed = [&](auto&& request) {
        const auto t0 = Clock::now();
        auto r = request();
        tally.latencies_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (!r) ++tally.errors;
        else if (r->status == 200) ++tally.ok;
        else if (r->status == 409) ++tally.conflicts;
        else ++tally.errors;
        return r;
      };
      while (Clock::now() < deadline && !(o.scenario == "claims" && claims_left == 0)) {
        const std::size_t turn = next_caregiver++;
        const auto& token = tokens[turn % tokens.size()];
        httplib::Headers auth{{"Authorization", "Bearer " + token}};
        if (o.scenario == "feed") {
          timed([&] { return client->Get(feed_path, auth); });
          continue;
        }
        // Claims: the next task this caregiver's feed offered before the run.
        const std::size_t who = turn % tokens.size();
        std::int64_t task = 0;
        {
          std::lock_guard lock(candidates_mutex);
          auto& mine = candidates[who];
          if (mine.empty()) continue;
          task = mine.back();
          mine.pop_back();
          --claims_left;
        }
        const std::string path = "/v1/tasks/" + std::to_string(task) + "/claim";
        timed([&] { return client->Post(path, auth, "{}", "application/json"); });
      }
    });
  }
  for (auto& t : threads) t.join();
  const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
  Tally all;
  for (auto& t : tallies) {
    all.latencies_ms.insert(all.latencies_ms.end(), t.latencies_ms.begin(), t.latencies_ms.end());
    all.ok += t.ok;
    all.conflicts += t.conflicts;
    all.errors += t.errors;
  }
  const auto n = static_cast<double>(all.latencies_ms.size());
  const double p50 = percentile(all.latencies_ms, 0.50), p99 = percentile(all.latencies_ms, 0.99);
  std::printf("%s: %zu caregivers, %d connections, %.1f s: %.0f requests = %.0f req/s (%lld ok, %lld conflict, %lld error), "
              "p50 %.2f ms, p99 %.2f ms\n",
              o.scenario.c_str(), tokens.size(), o.connections, elapsed, n, n / elapsed, static_cast<long long>(all.ok),
              static_cast<long long>(all.conflicts), static_cast<long long>(all.errors), p50, p99);
  if (o.urls.size() > 1) {
    for (std::size_t u = 0; u < o.urls.size(); ++u) {
      std::size_t served = 0;
      for (std::size_t c = u; c < tallies.size(); c += o.urls.size()) served += tallies[c].latencies_ms.size();
      std::printf("  %s: %zu requests = %.0f req/s\n", o.urls[u].c_str(), served, static_cast<double>(served) / elapsed);
    }
  }
  return all.errors > 0 ? 2 : 0;
}
