#include "http/EventStreams.h"

#include <algorithm>
#include <atomic>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/buffer.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http/chunk_encode.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/serializer.hpp>
#include <boost/beast/http/write.hpp>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "http/Metrics.h"
#include "services/Events.h"

namespace carecrowd::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using Clock = std::chrono::steady_clock;
using Batch = std::shared_ptr<const std::vector<services::Event>>;

// How long the dispatcher waits for events before it looks at new streams and heartbeats again:
// a new stream's first events (its catch-up) wait at most this long.
constexpr std::chrono::milliseconds kDispatchSlice{100};
// The newest events kept in memory, so that reconnecting streams resume without the database.
constexpr std::size_t kTailEvents = 20'000;
// Writing to a client that does not read for this long ends its stream.
constexpr std::chrono::seconds kWriteTimeout{30};
// How soon a client should reconnect after its stream ends (the SSE `retry:` field).
constexpr int kRetryMilliseconds = 3000;

// One event in the text/event-stream format. Dumped JSON is one line, but a data field must never
// end the event early, so every line of it is its own `data:` line.
void append_event(std::string& out, const services::Event& event) {
  out += "id: ";
  out += std::to_string(event.id);
  out += "\nevent: ";
  out += event.type;
  out += '\n';
  std::size_t start = 0;
  for (;;) {
    const auto end = event.data_json.find('\n', start);
    out += "data: ";
    out.append(event.data_json, start, end == std::string::npos ? std::string::npos : end - start);
    out += '\n';
    if (end == std::string::npos) break;
    start = end + 1;
  }
  out += '\n';
}

}  // namespace

class EventStream;

struct EventStreams::Impl {
  explicit Impl(const services::Platform& p) : platform(p) {}

  const services::Platform& platform;

  // A stream waiting for the dispatcher to place it.
  struct Opening {
    std::weak_ptr<EventStream> stream;
    std::optional<std::int64_t> last_event_id;
  };

  std::mutex mutex;  // guards openings, streams and the thread's start
  std::vector<Opening> openings;
  std::vector<std::weak_ptr<EventStream>> streams;
  std::thread dispatcher;
  std::atomic<bool> stopping{false};

  // Only the dispatcher thread touches these.
  bool started = false;
  std::int64_t cursor = 0;                  // the last event read from the database
  std::deque<services::Event> tail;         // the newest events read, ascending and gapless
  Clock::time_point next_heartbeat;

  void run();
  void place(const Opening& opening);
  void read_new_events();
  void remember(const std::vector<services::Event>& events);
  std::vector<services::Event> events_between(std::int64_t after, std::int64_t upto);
  void for_each_stream(const std::function<void(const std::shared_ptr<EventStream>&)>& action);
};

// One open stream: owns the connection, sends what its principal may receive, in id order, each
// event once. Everything runs on the connection's strand.
class EventStream : public std::enable_shared_from_this<EventStream> {
 public:
  EventStream(beast::tcp_stream stream, services::Principal principal, unsigned version, std::shared_ptr<void> hold)
      : stream_(std::move(stream)),
        principal_(std::move(principal)),
        version_(version),
        chunked_(version >= 11),
        hold_(std::move(hold)),
        opened_(Clock::now()) {
    Metrics::process().event_stream_opened();
  }
  ~EventStream() { Metrics::process().event_stream_closed(); }
  EventStream(const EventStream&) = delete;
  EventStream& operator=(const EventStream&) = delete;

  // Writes the response head and starts noticing a client that goes away.
  void start() {
    head_.emplace(bhttp::status::ok, version_);
    head_->set(bhttp::field::content_type, "text/event-stream; charset=utf-8");
    head_->set(bhttp::field::cache_control, "no-store");
    head_->set("X-Content-Type-Options", "nosniff");
    head_->set("X-Accel-Buffering", "no");  // nginx: pass each event on at once
    if (chunked_) {
      head_->chunked(true);
    } else {
      head_->keep_alive(false);  // HTTP/1.0: the stream ends with the connection
    }
    serializer_.emplace(*head_);
    writing_ = true;
    stream_.expires_after(kWriteTimeout);
    bhttp::async_write_header(stream_, *serializer_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      self->writing_ = false;
      if (ec) return self->close();
      self->watch_for_close();
      self->write_queued();
    });
  }

  // From the dispatcher: the stream's place in the event sequence. `resync`: the events after the
  // client's Last-Event-ID are gone, it must reload; `catch_up`: what it missed until `sent`.
  void begin(std::int64_t sent, bool resync, std::vector<services::Event> catch_up) {
    std::string text = "retry: " + std::to_string(kRetryMilliseconds) + "\n";
    // An id without data sets the client's last event id, so that a reconnect resumes from here
    // even when nothing was sent.
    text += "id: " + std::to_string(sent) + "\n\n";
    if (resync) text += "event: resync\ndata: {}\n\n";
    for (const auto& event : catch_up) {
      if (services::may_receive(principal_, event)) append_event(text, event);
    }
    sent_ = sent;
    placed_ = true;
    queue(std::move(text));
  }

  void deliver(const Batch& batch) {
    if (!placed_) return;  // its begin() covers these
    std::string text;
    for (const auto& event : *batch) {
      if (event.id <= sent_) continue;
      sent_ = event.id;
      if (services::may_receive(principal_, event)) append_event(text, event);
    }
    if (!text.empty()) queue(std::move(text));
  }

  void heartbeat() {
    if (Clock::now() - opened_ >= kMaxStreamAge) return finish();
    if (queued_.empty() && !writing_) queue(": heartbeat\n\n");
  }

  [[nodiscard]] auto executor() { return stream_.get_executor(); }

  void close() {
    if (closed_) return;
    closed_ = true;
    beast::error_code ignored;
    stream_.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
    stream_.close();
  }

 private:
  // Any byte or end from the client ends the stream: it sends nothing on an event stream.
  void watch_for_close() {
    stream_.expires_never();
    stream_.async_read_some(asio::buffer(scratch_), [self = shared_from_this()](beast::error_code, std::size_t) {
      self->close();
    });
  }

  void queue(std::string text) {
    if (closed_) return;
    queued_bytes_ += text.size();
    if (queued_bytes_ > kMaxQueuedBytes) {
      // A client that does not read: cut off; it reconnects and resumes from its last event.
      return close();
    }
    queued_.push_back(std::move(text));
    write_queued();
  }

  void write_queued() {
    if (writing_ || closed_ || queued_.empty() || !serializer_ || !serializer_->is_header_done()) return;
    out_.clear();
    for (auto& text : queued_) out_ += text;
    queued_.clear();
    queued_bytes_ = 0;
    writing_ = true;
    stream_.expires_after(kWriteTimeout);
    auto done = [self = shared_from_this()](beast::error_code ec, std::size_t) {
      self->writing_ = false;
      if (ec) return self->close();
      if (self->finishing_) return self->close();
      self->write_queued();
    };
    if (chunked_) {
      asio::async_write(stream_, bhttp::make_chunk(asio::buffer(out_)), std::move(done));
    } else {
      asio::async_write(stream_, asio::buffer(out_), std::move(done));
    }
  }

  // Ends the stream cleanly (the last chunk), so the client reconnects at once.
  void finish() {
    if (finishing_ || closed_) return;
    finishing_ = true;
    if (writing_) return;  // the write in flight closes when it is done
    if (!chunked_) return close();
    writing_ = true;
    stream_.expires_after(kWriteTimeout);
    asio::async_write(stream_, bhttp::make_chunk_last(), [self = shared_from_this()](beast::error_code, std::size_t) {
      self->writing_ = false;
      self->close();
    });
  }

  beast::tcp_stream stream_;
  services::Principal principal_;
  unsigned version_;
  bool chunked_;
  std::shared_ptr<void> hold_;
  Clock::time_point opened_;
  std::optional<bhttp::response<bhttp::empty_body>> head_;
  std::optional<bhttp::response_serializer<bhttp::empty_body>> serializer_;
  std::deque<std::string> queued_;
  std::size_t queued_bytes_ = 0;
  std::string out_;
  char scratch_[64];
  std::int64_t sent_ = 0;
  bool placed_ = false;
  bool writing_ = false;
  bool finishing_ = false;
  bool closed_ = false;
};

// --- the dispatcher ------------------------------------------------------------------------------

void EventStreams::Impl::run() {
  for (;;) {
    if (stopping) return;
    try {
      if (!started) {
        cursor = services::latest_event_id(platform);
        started = true;
      }
      std::vector<Opening> now_opening;
      {
        std::lock_guard lock(mutex);
        now_opening.swap(openings);
      }
      for (const auto& opening : now_opening) place(opening);
      const std::int64_t latest = services::wait_for_events(platform, cursor, kDispatchSlice);
      if (latest > cursor) read_new_events();
      if (Clock::now() >= next_heartbeat) {
        next_heartbeat = Clock::now() + kHeartbeat;
        for_each_stream([](const std::shared_ptr<EventStream>& s) {
          asio::post(s->executor(), [s] { s->heartbeat(); });
        });
      }
    } catch (const std::exception& e) {
      // The database is away (PostgreSQL restarting): streams stay open and catch up when it is back.
      const Json line = {{"level", "error"}, {"where", "event streams"}, {"error", std::string(e.what())}};
      const std::string text = safe_dump(line) + "\n";
      std::fwrite(text.data(), 1, text.size(), stderr);
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  }
}

// Gives a new stream its place: from now on, or after its client's Last-Event-ID.
void EventStreams::Impl::place(const Opening& opening) {
  auto stream = opening.stream.lock();
  if (!stream) return;  // gone before it began
  bool resync = false;
  std::vector<services::Event> catch_up;
  if (opening.last_event_id) {
    const std::int64_t last = *opening.last_event_id;
    if (!services::can_resume_after(platform, last)) {
      resync = true;
    } else if (last < cursor) {
      catch_up = events_between(last, cursor);
    }
  }
  // A client that saw more than this process has read yet (another process was ahead) gets what
  // follows its id: the next batches skip what it has.
  const std::int64_t sent = opening.last_event_id && !resync ? std::max(*opening.last_event_id, cursor) : cursor;
  {
    std::lock_guard lock(mutex);
    streams.push_back(stream);
  }
  asio::post(stream->executor(), [stream, sent, resync, catch_up = std::move(catch_up)]() mutable {
    stream->begin(sent, resync, std::move(catch_up));
  });
}

// The events with ids in (after, upto], from the tail when it reaches back that far.
std::vector<services::Event> EventStreams::Impl::events_between(std::int64_t after, std::int64_t upto) {
  std::vector<services::Event> out;
  if (!tail.empty() && tail.front().id <= after + 1) {
    // Ids are gapless, so the first one wanted is at a known place.
    auto it = tail.begin() + (after + 1 - tail.front().id);
    for (; it != tail.end() && it->id <= upto; ++it) out.push_back(*it);
    return out;
  }
  std::int64_t from = after;
  while (from < upto) {
    auto page = services::events_after(platform, from, services::kMaxEventsPerRead);
    if (page.empty()) break;
    for (auto& event : page) {
      if (event.id > upto) return out;
      from = event.id;
      out.push_back(std::move(event));
    }
  }
  return out;
}

void EventStreams::Impl::read_new_events() {
  for (;;) {
    auto events = services::events_after(platform, cursor, services::kMaxEventsPerRead);
    if (events.empty()) return;
    cursor = events.back().id;
    remember(events);
    auto batch = std::make_shared<const std::vector<services::Event>>(std::move(events));
    for_each_stream([&batch](const std::shared_ptr<EventStream>& s) {
      asio::post(s->executor(), [s, batch] { s->deliver(batch); });
    });
    if (batch->size() < static_cast<std::size_t>(services::kMaxEventsPerRead)) return;
  }
}

void EventStreams::Impl::remember(const std::vector<services::Event>& events) {
  // A gap (events read straight after a restart of the tail) starts the tail afresh.
  if (!tail.empty() && !events.empty() && events.front().id != tail.back().id + 1) tail.clear();
  tail.insert(tail.end(), events.begin(), events.end());
  while (tail.size() > kTailEvents) tail.pop_front();
}

void EventStreams::Impl::for_each_stream(const std::function<void(const std::shared_ptr<EventStream>&)>& action) {
  std::vector<std::shared_ptr<EventStream>> live;
  {
    std::lock_guard lock(mutex);
    live.reserve(streams.size());
    std::erase_if(streams, [&live](const std::weak_ptr<EventStream>& weak) {
      auto stream = weak.lock();
      if (!stream) return true;
      live.push_back(std::move(stream));
      return false;
    });
  }
  for (const auto& stream : live) action(stream);
}

// --- the public face -----------------------------------------------------------------------------

EventStreams::EventStreams(const services::Platform& platform) : impl_(std::make_shared<Impl>(platform)) {}

EventStreams::~EventStreams() {
  stop();
  if (impl_->dispatcher.joinable()) impl_->dispatcher.join();
}

void EventStreams::open(beast::tcp_stream stream, EventStreamStart start, unsigned http_version,
                        std::shared_ptr<void> hold) {
  auto event_stream = std::make_shared<EventStream>(std::move(stream), std::move(start.principal),
                                                    http_version, std::move(hold));
  {
    std::lock_guard lock(impl_->mutex);
    if (impl_->stopping) return;
    impl_->openings.push_back({event_stream, start.last_event_id});
    // Started with the first stream: a server nobody follows reads no events.
    if (!impl_->dispatcher.joinable()) {
      impl_->next_heartbeat = Clock::now() + kHeartbeat;
      impl_->dispatcher = std::thread([impl = impl_] { impl->run(); });
    }
  }
  asio::post(event_stream->executor(), [event_stream] { event_stream->start(); });
}

void EventStreams::stop() {
  std::lock_guard lock(impl_->mutex);
  impl_->stopping = true;
}

}  // namespace carecrowd::http
