// Metrics: request counters and latency histograms per route, in the Prometheus text format.
// Process-wide (each server process is scraped on its own, as Prometheus expects).
// Thread safety: all members are safe to call from any thread.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace carecrowd::http {

class Metrics {
 public:
  static Metrics& process();

  void observe(const std::string& method, const std::string& route, int status, double seconds);
  [[nodiscard]] std::string prometheus_text() const;
  // Open event streams (GET /v1/events), a gauge.
  void event_stream_opened() { ++event_streams_; }
  void event_stream_closed() { --event_streams_; }

 private:
  static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0};
  struct Series {
    std::uint64_t count = 0;
    double sum = 0;
    std::array<std::uint64_t, kBuckets.size()> buckets{};
  };
  mutable std::mutex mutex_;
  std::map<std::string, Series> latency_;          // key: method|route
  std::map<std::string, std::uint64_t> requests_;  // key: method|route|status
  std::atomic<std::int64_t> event_streams_{0};
};

}  // namespace carecrowd::http
