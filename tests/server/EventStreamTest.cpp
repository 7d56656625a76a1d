// GET /v1/events: a coordinator's stream gets their organisation's board changes as they commit and
// nobody else's; a reconnect with Last-Event-ID resumes without loss or repeats; an id whose events
// are gone asks the client to reload (resync); bad ids and missing tokens are refused; an idle
// stream gets heartbeats. Read over a raw socket, chunk by chunk, as a phone would.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "MarketWorld.h"
#include "RawConnection.h"
#include "TestServer.h"

namespace carecrowd::testing {
namespace {

using namespace std::chrono_literals;

// One block of a text/event-stream: an event, or a comment (heartbeat), or an id on its own.
struct SseBlock {
  std::string id;
  std::string event;
  std::string data;
  bool comment = false;
};

// An open event stream: sends the request, then reads the chunked body block by block.
class StreamReader {
 public:
  StreamReader(int port, const std::string& token, const std::string& last_event_id = "") : c_(port) {
    std::string text = "GET /v1/events HTTP/1.1\r\nHost: test\r\nAccept: text/event-stream\r\n";
    if (!token.empty()) text += "Authorization: Bearer " + token + "\r\n";
    if (!last_event_id.empty()) text += "Last-Event-ID: " + last_event_id + "\r\n";
    c_.send(text + "\r\n");
    // The head arrives at once; its body (if any) follows in chunks.
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (raw_.find("\r\n\r\n") == std::string::npos && std::chrono::steady_clock::now() < deadline) {
      raw_ += c_.read_some(200ms);
    }
    const auto end = raw_.find("\r\n\r\n");
    head_ = raw_.substr(0, end == std::string::npos ? raw_.size() : end + 4);
    raw_.erase(0, head_.size());
  }

  [[nodiscard]] const std::string& head() const { return head_; }
  [[nodiscard]] int status() const { return status_of(head_); }
  [[nodiscard]] bool closed() const { return c_.closed(); }

  // The blocks that arrive within `timeout` (stops early once `until` says so).
  std::vector<SseBlock> read(std::chrono::milliseconds timeout,
                             const std::function<bool(const std::vector<SseBlock>&)>& until = nullptr) {
    std::vector<SseBlock> out;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
      take_blocks(out);
      if (until && until(out)) return out;
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0 || c_.closed()) return out;
      raw_ += c_.read_some(left);
    }
  }

 private:
  // Undoes the chunked framing into text_, then splits complete blocks off it.
  void take_blocks(std::vector<SseBlock>& out) {
    for (;;) {
      const auto line_end = raw_.find("\r\n");
      if (line_end == std::string::npos) break;
      const std::size_t size = std::stoul(raw_.substr(0, line_end), nullptr, 16);
      if (raw_.size() < line_end + 2 + size + 2) break;
      text_ += raw_.substr(line_end + 2, size);
      raw_.erase(0, line_end + 2 + size + 2);
    }
    for (;;) {
      const auto end = text_.find("\n\n");
      if (end == std::string::npos) return;
      SseBlock block;
      std::size_t start = 0;
      const std::string body = text_.substr(0, end + 1);
      text_.erase(0, end + 2);
      while (start < body.size()) {
        const auto nl = body.find('\n', start);
        const std::string line = body.substr(start, nl - start);
        start = nl + 1;
        if (line.rfind(':', 0) == 0) block.comment = true;
        else if (line.rfind("id: ", 0) == 0) block.id = line.substr(4);
        else if (line.rfind("event: ", 0) == 0) block.event = line.substr(7);
        else if (line.rfind("data: ", 0) == 0) block.data += line.substr(6);
      }
      out.push_back(std::move(block));
    }
  }

  RawConnection c_;
  std::string head_;
  std::string raw_;
  std::string text_;
};

std::vector<SseBlock> events_of(const std::vector<SseBlock>& blocks, const std::string& type = "") {
  std::vector<SseBlock> out;
  for (const auto& b : blocks) {
    if (!b.event.empty() && (type.empty() || b.event == type)) out.push_back(b);
  }
  return out;
}

bool has_task_event(const std::vector<SseBlock>& blocks, const std::string& type, std::int64_t task) {
  for (const auto& b : events_of(blocks, type)) {
    const Json data = Json::parse(b.data, nullptr, false);
    if (data.is_object() && data.value("task_id", std::int64_t{0}) == task) return true;
  }
  return false;
}

struct EventStreams : ::testing::Test {
  TestServer server;
  Api api = server.api();
  std::string admin = api.login(kAdminEmail, kAdminPassword);
  Organisation org = make_organisation(api, admin, "Zorg Live");
  Organisation other = make_organisation(api, admin, "Zorg Anders");
  std::int64_t client = make_client(api, org.coordinator_token, "Mevrouw Live");
  Caregiver nurse = make_caregiver(api, "live@example.test", "Lieke Live", 3, {org.id});

  Reply claim(std::int64_t task) { return api.post("/v1/tasks/" + std::to_string(task) + "/claim", Json::object(), nurse.token); }
  Reply release(std::int64_t task) {
    return api.post("/v1/tasks/" + std::to_string(task) + "/release", Json::object(), nurse.token);
  }
};

TEST_F(EventStreams, AClaimReachesItsOrganisationsCoordinatorAndNoOtherOrganisation) {
  const auto task = one_visit(api, org.coordinator_token, client, tomorrow_at(10), 60, 30, 1);
  StreamReader mine(server.port(), org.coordinator_token);
  StreamReader theirs(server.port(), other.coordinator_token);
  ASSERT_EQ(mine.status(), 200) << mine.head();
  EXPECT_NE(mine.head().find("Content-Type: text/event-stream"), std::string::npos) << mine.head();
  EXPECT_NE(mine.head().find("Cache-Control: no-store"), std::string::npos);
  // Both streams are placed (their first block names where they start) before the claim.
  ASSERT_FALSE(mine.read(3s, [](const auto& b) { return !b.empty(); }).empty());
  ASSERT_FALSE(theirs.read(3s, [](const auto& b) { return !b.empty(); }).empty());

  ASSERT_EQ(claim(task).status, 200);
  const auto got = mine.read(5s, [&](const auto& b) { return has_task_event(b, "task.claimed", task); });
  ASSERT_TRUE(has_task_event(got, "task.claimed", task));
  for (const auto& b : events_of(got)) {
    EXPECT_EQ(b.data.find("Mevrouw Live"), std::string::npos) << "board events carry no client data: " << b.data;
    EXPECT_FALSE(b.id.empty());
  }
  EXPECT_TRUE(events_of(theirs.read(1s)).empty());
}

TEST_F(EventStreams, AReconnectWithLastEventIdResumesWithoutLossOrRepeats) {
  const auto tasks = arrange(api, org.coordinator_token, client, tomorrow_at(9),
                             {visit_at("a", tomorrow_at(9), 60, 30, 1), visit_at("b", tomorrow_at(13), 60, 30, 1),
                              visit_at("c", tomorrow_at(17), 60, 30, 1)});
  ASSERT_EQ(tasks.size(), 3u);
  std::string last_id;
  {
    StreamReader first(server.port(), org.coordinator_token);
    ASSERT_EQ(first.status(), 200);
    ASSERT_EQ(claim(tasks[0]).status, 200);
    const auto got = first.read(5s, [&](const auto& b) { return has_task_event(b, "task.claimed", tasks[0]); });
    ASSERT_TRUE(has_task_event(got, "task.claimed", tasks[0]));
    last_id = events_of(got).back().id;
  }
  // While nobody listens: two more claims and a release.
  ASSERT_EQ(claim(tasks[1]).status, 200);
  ASSERT_EQ(claim(tasks[2]).status, 200);
  ASSERT_EQ(release(tasks[1]).status, 200);

  StreamReader again(server.port(), org.coordinator_token, last_id);
  ASSERT_EQ(again.status(), 200);
  const auto got = again.read(5s, [&](const auto& b) { return has_task_event(b, "task.released", tasks[1]); });
  const auto events = events_of(got);
  std::string seen;
  for (const auto& b : got) seen += b.id + " " + b.event + " " + b.data + (b.comment ? " (comment)" : "") + "\n";
  ASSERT_TRUE(has_task_event(got, "task.claimed", tasks[1])) << "after " << last_id << ":\n" << seen;
  ASSERT_TRUE(has_task_event(got, "task.claimed", tasks[2]));
  ASSERT_TRUE(has_task_event(got, "task.released", tasks[1]));
  EXPECT_FALSE(has_task_event(got, "task.claimed", tasks[0])) << "sent before the client's Last-Event-ID";
  for (std::size_t i = 1; i < events.size(); ++i) {
    EXPECT_LT(std::stoll(events[i - 1].id), std::stoll(events[i].id)) << "ids ascend, each event once";
  }
  EXPECT_GT(std::stoll(events.front().id), std::stoll(last_id));
}

TEST_F(EventStreams, AnIdWhoseEventsAreGoneAsksTheClientToReload) {
  StreamReader stream(server.port(), org.coordinator_token, "999999");
  ASSERT_EQ(stream.status(), 200);
  const auto got = stream.read(3s, [](const auto& b) { return !events_of(b, "resync").empty(); });
  EXPECT_EQ(events_of(got, "resync").size(), 1u);
}

TEST_F(EventStreams, BadIdsAndMissingTokensAreRefused) {
  StreamReader no_token(server.port(), "");
  EXPECT_EQ(no_token.status(), 401) << no_token.head();
  for (const char* id : {"abc", "-1", "12x", "99999999999999999999"}) {
    StreamReader bad(server.port(), org.coordinator_token, id);
    EXPECT_EQ(bad.status(), 400) << id << ": " << bad.head();
  }
  const auto query = request(server.port(), "GET", "/v1/events?last_event_id=%FF", org.coordinator_token);
  EXPECT_EQ(status_of(query), 400);
}

TEST_F(EventStreams, AnIdleStreamGetsAHeartbeat) {
  StreamReader stream(server.port(), org.coordinator_token);
  ASSERT_EQ(stream.status(), 200);
  const auto got = stream.read(20s, [](const auto& b) {
    for (const auto& block : b) {
      if (block.comment) return true;
    }
    return false;
  });
  bool heartbeat = false;
  for (const auto& b : got) heartbeat = heartbeat || b.comment;
  EXPECT_TRUE(heartbeat);
  EXPECT_FALSE(stream.closed());
}

TEST_F(EventStreams, OpenStreamsAreCountedAndDoNotHoldUpRequests) {
  std::vector<std::unique_ptr<StreamReader>> streams;
  for (int i = 0; i < 50; ++i) {
    streams.push_back(std::make_unique<StreamReader>(server.port(), i % 2 ? org.coordinator_token : nurse.token));
    ASSERT_EQ(streams.back()->status(), 200);
  }
  EXPECT_EQ(api.get("/healthz").status, 200);
  const auto metrics = api.get("/metrics");
  EXPECT_NE(metrics.text.find("carecrowd_event_streams_open 50"), std::string::npos) << metrics.text.substr(0, 400);
  streams.clear();
  // Closed by their clients: the server notices and stops counting them.
  bool counted_down = false;
  for (int i = 0; i < 50 && !counted_down; ++i) {
    counted_down = api.get("/metrics").text.find("carecrowd_event_streams_open 0") != std::string::npos;
    if (!counted_down) std::this_thread::sleep_for(50ms);
  }
  EXPECT_TRUE(counted_down);
}

}  // namespace
}  // namespace carecrowd::testing
