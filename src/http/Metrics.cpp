#include "http/Metrics.h"

#include <fmt/format.h>

namespace carecrowd::http {
namespace {

std::pair<std::string, std::string> split_key(const std::string& key) {
  auto bar = key.find('|');
  return {key.substr(0, bar), key.substr(bar + 1)};
}

}  // namespace

Metrics& Metrics::process() {
  static Metrics metrics;
  return metrics;
}

void Metrics::observe(const std::string& method, const std::string& route, int status, double seconds) {
  const std::string key = method + "|" + route;
  std::lock_guard lock(mutex_);
  auto& series = latency_[key];
  ++series.count;
  series.sum += seconds;
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++series.buckets[i];
  }
  ++requests_[key + "|" + std::to_string(status)];
}

std::string Metrics::prometheus_text() const {
  std::lock_guard lock(mutex_);
  std::string out;
  out += "# HELP carecrowd_http_requests_total HTTP requests by route and status.\n";
  out += "# TYPE carecrowd_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    auto [method, rest] = split_key(key);
    auto [route, status] = split_key(rest);
    out += fmt::format("carecrowd_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{}\"}} {}\n", method,
                       route, status, count);
  }
  out += "# HELP carecrowd_http_request_seconds Request latency by route.\n";
  out += "# TYPE carecrowd_http_request_seconds histogram\n";
  for (const auto& [key, series] : latency_) {
    auto [method, route] = split_key(key);
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      out += fmt::format("carecrowd_http_request_seconds_bucket{{method=\"{}\",route=\"{}\",le=\"{}\"}} {}\n", method,
                         route, kBuckets[i], series.buckets[i]);
    }
    out += fmt::format("carecrowd_http_request_seconds_bucket{{method=\"{}\",route=\"{}\",le=\"+Inf\"}} {}\n", method,
                       route, series.count);
    out += fmt::format("carecrowd_http_request_seconds_sum{{method=\"{}\",route=\"{}\"}} {}\n", method, route,
                       series.sum);
    out += fmt::format("carecrowd_http_request_seconds_count{{method=\"{}\",route=\"{}\"}} {}\n", method, route,
                       series.count);
  }
  out += "# HELP carecrowd_event_streams_open Open event streams (GET /v1/events).\n";
  out += "# TYPE carecrowd_event_streams_open gauge\n";
  out += fmt::format("carecrowd_event_streams_open {}\n", event_streams_.load());
  return out;
}

}  // namespace carecrowd::http
