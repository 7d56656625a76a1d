// Server: the HTTP front door of the platform, event-driven on Boost.Beast / Boost.Asio, so that an
// idle keep-alive connection or an open event stream costs memory, not a thread.
//
// Its threads (--threads) share one Asio I/O context: whichever is free reads a connection that is
// ready, runs the request's handler (which may block on the database: that holds up one thread,
// never a connection still sending) and starts the write. Routes that may take long (plan runs,
// reports) are answered on a separate worker pool. For every request it: reads the headers and the body within a
// deadline (a client that trickles bytes is cut off, the others never wait for it), caps the
// connections per source address, decodes and checks the target (RequestTarget), enforces the body
// size limit, finds the route (404/405), parses a JSON body (400 naming line and column),
// authenticates the bearer token for protected routes (401), calls the handler, maps an Error to an
// RFC 9457 problem+json response, records metrics and writes one access-log line. GET paths
// outside the API are answered from the web app's files when the server has them (WebAssets).
// `GET /v1/events` hands the connection to EventStreams, which keeps it open.
// Exceptions from a handler are caught here, once, logged and answered with a 500 problem (503 with
// Retry-After when the database cannot be reached).
#pragma once

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "http/Language.h"
#include "http/Router.h"
#include "http/WebAssets.h"
#include "services/Platform.h"

namespace carecrowd::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  int threads = 16;  // threads that read, answer and write the connections
  std::size_t max_body_bytes = 1 << 20;
  std::size_t max_header_bytes = 16 << 10;
  // From a request's first byte until its last: a slow or stalled client is cut off after this.
  std::chrono::milliseconds request_timeout{10'000};
  // How long a keep-alive connection may wait for its next request.
  std::chrono::milliseconds idle_timeout{75'000};
  // How long writing one response may take (a client that stops reading).
  std::chrono::milliseconds write_timeout{60'000};
  int max_connections = 10'000;            // in all (below the process's file limit)
  int max_connections_per_source = 512;    // 0: no cap (behind a proxy that caps per client)
  std::FILE* access_log = stderr;  // null: no access log
  std::shared_ptr<const WebAssets> web;  // null: the API only
};

// Status code of each error kind (the table in docs/api.md).
int status_of(ErrorKind kind);
// An RFC 9457 problem details document for an error, its words (title, detail, reason) in the
// language asked for where the catalogue has them; `language` is the language they are in.
struct ProblemDocument {
  Json body;
  Language language = Language::english;
};
ProblemDocument problem_document(const Error& error, int status, const std::string& instance, Language asked);

class Server {
 public:
  Server(const services::Platform& platform, Router router, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds; returns the bound port (useful with port 0), or -1 when the address is taken.
  int bind();
  // Serves until stop(), SIGINT or SIGTERM (blocking).
  void listen();
  // Stops accepting and ends the server; callable from any thread (not from a signal handler:
  // listen() handles SIGINT and SIGTERM itself).
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace carecrowd::http
