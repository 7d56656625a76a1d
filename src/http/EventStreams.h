// EventStreams: the open `GET /v1/events` connections (Server-Sent Events) of one server process.
//
// One dispatcher thread per process waits for new events (services::wait_for_events: woken by a
// local commit or a PostgreSQL NOTIFY), reads them once (events_after) into a tail kept in memory,
// and hands each batch to every open stream, which sends the events its principal may receive
// (services::may_receive, the one rule) on its connection's strand. So 2,000 open streams cost
// 2,000 sockets and small buffers, one database read per batch of events, and no thread each.
//
// A stream resumes from its client's Last-Event-ID: from the in-memory tail when it reaches back
// far enough, else from the database; when the events after that id are no longer kept (or the id
// was never given out) the client is told `event: resync` and should reload what it shows. Every
// stream gets a `:` comment every kHeartbeat so that proxies and phones keep it open and a client
// notices a dead one. A client that stops reading is cut off once kMaxQueuedBytes wait for it (it
// reconnects and resumes), and every stream ends after kMaxStreamAge, so a client re-authenticates
// now and then and a revoked session stops receiving.
//
// Open streams are counted in /metrics (carecrowd_event_streams_open).
//
// Thread safety: open() from any thread; the dispatcher and each stream's strand do the rest.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <chrono>
#include <memory>

#include "http/Router.h"
#include "services/Platform.h"

namespace carecrowd::http {

inline constexpr std::chrono::seconds kHeartbeat{15};
inline constexpr std::chrono::minutes kMaxStreamAge{10};
inline constexpr std::size_t kMaxQueuedBytes = std::size_t{1} << 20;

class EventStreams {
 public:
  explicit EventStreams(const services::Platform& platform);
  ~EventStreams();  // stops the dispatcher; open streams end with their I/O context
  EventStreams(const EventStreams&) = delete;
  EventStreams& operator=(const EventStreams&) = delete;

  // Turns an accepted request's connection into an event stream: writes the response head and
  // the events since `start.last_event_id`, then follows new ones. `hold` lives as long as the
  // stream (the connection's place under the server's caps). `http_version` is the request's.
  void open(boost::beast::tcp_stream stream, EventStreamStart start, unsigned http_version,
            std::shared_ptr<void> hold);

  // Ends the dispatcher (streams are closed by stopping the I/O context that runs them).
  void stop();

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace carecrowd::http
