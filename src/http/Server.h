// Server: the HTTP front of the platform (cpp-httplib). For every request it: enforces the body
// size limit, finds the route (404/405), parses a JSON body (400 naming line and column),
// authenticates the bearer token for protected routes (401), calls the handler, maps an Error to
// an RFC 9457 problem+json response, records metrics and writes one access-log line. GET paths
// outside the API are answered from the web app's files when the server has them (WebAssets).
// Exceptions from a handler are caught here, once, logged and answered with a 500 problem.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "http/Router.h"
#include "http/WebAssets.h"
#include "services/Platform.h"

namespace carecrowd::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  int threads = 16;
  std::size_t max_body_bytes = 1 << 20;
  std::FILE* access_log = stderr;  // null: no access log
  std::shared_ptr<const WebAssets> web;  // null: the API only
};

// Status code of each error kind (the table in docs/api.md).
int status_of(ErrorKind kind);
// An RFC 9457 problem details document for an error.
Json problem_json(const Error& error, int status, const std::string& instance);

class Server {
 public:
  Server(const services::Platform& platform, Router router, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds; returns the bound port (useful with port 0), or -1 when the address is taken.
  int bind();
  // Serves until stop() (blocking).
  void listen();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace carecrowd::http
