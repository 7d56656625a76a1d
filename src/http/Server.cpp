#include "http/Server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <chrono>
#include <ctime>
#include <mutex>

#include "http/Gzip.h"
#include "http/Metrics.h"
#include "io/JsonInput.h"
#include "services/Accounts.h"

namespace carecrowd::http {
namespace {

std::string_view kind_slug(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::bad_input: return "bad-input";
    case ErrorKind::not_found: return "not-found";
    case ErrorKind::conflict: return "conflict";
    case ErrorKind::infeasible: return "infeasible";
    case ErrorKind::io: return "internal";
    case ErrorKind::unauthenticated: return "unauthenticated";
    case ErrorKind::forbidden: return "forbidden";
    case ErrorKind::too_large: return "too-large";
    case ErrorKind::too_many_requests: return "too-many-requests";
  }
  return "internal";
}

std::string_view title_of(int status) {
  switch (status) {
    case 400: return "Bad request";
    case 401: return "Not authenticated";
    case 403: return "Forbidden";
    case 404: return "Not found";
    case 405: return "Method not allowed";
    case 409: return "Conflict";
    case 413: return "Request too large";
    case 422: return "Cannot be done";
    case 429: return "Too many requests";
    default: return "Internal error";
  }
}

std::string utc_timestamp() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[40];
  const auto n = std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &tm);
  std::snprintf(buffer + n, sizeof buffer - n, ".%03dZ", static_cast<int>(ms));
  return buffer;
}

}  // namespace

int status_of(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::bad_input: return 400;
    case ErrorKind::unauthenticated: return 401;
    case ErrorKind::forbidden: return 403;
    case ErrorKind::not_found: return 404;
    case ErrorKind::conflict: return 409;
    case ErrorKind::too_large: return 413;
    case ErrorKind::infeasible: return 422;
    case ErrorKind::too_many_requests: return 429;
    case ErrorKind::io: return 500;
  }
  return 500;
}

Json problem_json(const Error& error, int status, const std::string& instance) {
  Json out = {{"type", "https://carecrowd.org/problems/" + std::string(kind_slug(error.kind))},
              {"title", std::string(title_of(status))},
              {"status", status},
              {"detail", error.message()},
              {"instance", instance}};
  if (!error.field.empty()) out["field"] = error.field;
  if (!error.id.empty()) out["id"] = error.id;
  out["reason"] = error.reason;
  return out;
}

constexpr int kListenBacklog = 1024;
// Fast: a 250 kB page of tasks in about 3 ms, to a tenth of its size.
constexpr int kApiGzipLevel = 4;

struct Server::Impl {
  const services::Platform& platform;
  Router router;
  ServerOptions options;
  httplib::Server http;
  std::mutex log_mutex;
  int listening_socket = -1;  // set when httplib creates it, to raise its backlog

  Impl(const services::Platform& p, Router r, ServerOptions o)
      : platform(p), router(std::move(r)), options(o) {}

  void write_problem(httplib::Response& res, const Error& error, int status, const std::string& path) {
    res.status = status;
    res.set_content(problem_json(error, status, path).dump(), "application/problem+json");
  }

  // Hands httplib a body of known length through a content provider: httplib then sends it as it
  // is (it compresses only bodies set with set_content, and with Brotli at its slowest setting).
  // Gzip where the client takes it and it pays (Gzip.h). Returns the bytes sent.
  static std::size_t send(const httplib::Request& req, httplib::Response& res,
                          std::shared_ptr<const std::string> body, std::shared_ptr<const std::string> gzipped,
                          const std::string& content_type) {
    if (is_compressible(content_type)) {
      res.set_header("Vary", "Accept-Encoding");
      if (body->size() >= kGzipMinBytes && accepts_gzip(req.get_header_value("Accept-Encoding"))) {
        if (!gzipped) gzipped = std::make_shared<const std::string>(gzip(*body, kApiGzipLevel));
        res.set_header("Content-Encoding", "gzip");
        body = std::move(gzipped);
      }
    }
    res.headers.erase("Content-Type");
    res.body.clear();
    const std::size_t size = body->size();
    if (size == 0) {
      res.set_header("Content-Type", content_type);
      return 0;
    }
    res.set_content_provider(size, content_type,
                             [body](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                               if (offset >= body->size()) return false;
                               return sink.write(body->data() + offset, std::min(length, body->size() - offset));
                             });
    return size;
  }

  // An API answer set by a handler (res.body): sent through `send`.
  static std::size_t send_body(const httplib::Request& req, httplib::Response& res) {
    if (res.body.empty()) return 0;
    const std::string content_type = res.get_header_value("Content-Type");
    return send(req, res, std::make_shared<const std::string>(std::move(res.body)), nullptr, content_type);
  }

  std::size_t write_asset(const httplib::Request& req, httplib::Response& res, const WebAsset& asset) {
    res.status = 200;
    res.set_header("Cache-Control", asset.cache_control);
    // The app loads nothing from anywhere but this server (no CDN, no tiles, no fonts).
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                   "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    return send(req, res, asset.body, asset.gzipped, asset.content_type);
  }

  // Everything between the socket and a handler. Returns the route pattern for metrics and logs.
  std::string serve(const httplib::Request& req, httplib::Response& res, std::string& user, std::size_t& sent_bytes) {
    auto match = router.match(req.method, req.path);
    if (!match.route && !match.path_known && options.web && (req.method == "GET" || req.method == "HEAD") &&
        req.path != "/v1" && req.path.rfind("/v1/", 0) != 0) {
      if (const WebAsset* asset = options.web->find(req.path)) {
        sent_bytes = write_asset(req, res, *asset);
        return "(web)";
      }
    }
    if (!match.route) {
      if (match.path_known) {
        write_problem(res, Error{ErrorKind::bad_input, "method", "", req.method + " is not allowed on this path"},
                      405, req.path);
      } else {
        write_problem(res, not_found("path", "", "no such route: " + req.path), 404, req.path);
      }
      return match.path_known ? "(method)" : "(unknown)";
    }
    const Route& route = *match.route;
    HttpRequest request;
    request.method = req.method;
    request.path = req.path;
    request.params = std::move(match.params);
    request.source = req.remote_addr;
    request.accept = req.get_header_value("Accept");
    for (const auto& [key, value] : req.params) request.query[key] = value;
    const std::string authorization = req.get_header_value("Authorization");
    if (authorization.rfind("Bearer ", 0) == 0) request.token = authorization.substr(7);

    if (!req.body.empty()) {
      if (req.body.size() > options.max_body_bytes) {
        write_problem(res, Error{ErrorKind::too_large, "body", "", "is larger than " +
                                 std::to_string(options.max_body_bytes) + " bytes"}, 413, req.path);
        return route.pattern;
      }
      auto parsed = io::detail::parse_json(req.body);
      if (!parsed) {
        Error e = parsed.error();
        e.field = "body" + (e.field.empty() ? "" : " (" + e.field + ")");
        write_problem(res, e, 400, req.path);
        return route.pattern;
      }
      request.body = std::move(parsed.value());
    }
    if (route.authenticated) {
      auto principal = services::authenticate(platform, request.token, request.source);
      if (!principal) {
        res.set_header("WWW-Authenticate", "Bearer");
        write_problem(res, principal.error(), 401, req.path);
        return route.pattern;
      }
      user = std::to_string(principal.value().user_id);
      request.principal = std::move(principal.value());
    }
    auto result = route.handler(platform, request);
    if (!result) {
      write_problem(res, result.error(), status_of(result.error().kind), req.path);
      return route.pattern;
    }
    auto& response = result.value();
    res.status = response.status;
    for (auto& [name, value] : response.headers) res.set_header(name, value);
    res.set_content(std::move(response.body), response.content_type);
    return route.pattern;
  }

  void handle(const httplib::Request& req, httplib::Response& res) {
    const auto started = std::chrono::steady_clock::now();
    // Byte ranges are not served: the answer is the whole body, which HTTP allows. httplib 0.11
    // cuts ranges out of a provided body without clipping them to its size (a read past the end)
    // and out of error bodies too. The request object is httplib's own, not const underneath.
    const_cast<httplib::Request&>(req).ranges.clear();
    res.set_header("Accept-Ranges", "none");
    std::string user;
    std::string pattern = "(error)";
    std::size_t sent_bytes = 0;
    try {
      pattern = serve(req, res, user, sent_bytes);
      if (pattern != "(web)") sent_bytes = send_body(req, res);
    } catch (const std::exception& e) {
      // The one place a broken invariant of a request ends: logged with the route, answered as 500.
      std::fprintf(stderr, "{\"level\":\"error\",\"path\":\"%s\",\"error\":%s}\n", req.path.c_str(),
                   Json(std::string(e.what())).dump().c_str());
      write_problem(res, Error{ErrorKind::io, "", "", "internal error; the request was not completed"}, 500, req.path);
      sent_bytes = res.body.size();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    Metrics::process().observe(req.method, pattern, res.status, seconds);
    if (options.access_log) {
      Json line = {{"ts", utc_timestamp()}, {"method", req.method}, {"path", req.path}, {"route", pattern},
                   {"status", res.status},  {"ms", std::round(seconds * 1e5) / 100}, {"bytes", sent_bytes},
                   {"user", user},          {"remote", req.remote_addr}};
      const std::string text = line.dump() + "\n";
      std::lock_guard lock(log_mutex);
      std::fwrite(text.data(), 1, text.size(), options.access_log);
      std::fflush(options.access_log);
    }
  }
};

Server::Server(const services::Platform& platform, Router router, ServerOptions options)
    : impl_(std::make_unique<Impl>(platform, std::move(router), options)) {
  auto& http = impl_->http;
  const int threads = options.threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
  // httplib refuses larger bodies itself (413) before reading them into memory.
  http.set_payload_max_length(options.max_body_bytes);
  // Every request goes to one handler, which routes with the API's own table (so 404 and 405 are
  // told apart and the table is the single list of routes). Registered per method, because httplib
  // reads the body only for a matched method handler.
  auto all = [this](const httplib::Request& req, httplib::Response& res) { impl_->handle(req, res); };
  http.Get(".*", all);
  http.Post(".*", all);
  http.Put(".*", all);
  http.Delete(".*", all);
  http.Patch(".*", all);
  http.Options(".*", all);
  http.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
    // httplib calls this for every status >= 400; only a response without a body of ours (one
    // httplib refused before routing: a malformed request line, a body over the limit) needs one.
    if (!res.body.empty() || res.content_length_ > 0) return;
    const int status = res.status;
    ErrorKind kind = status == 413 ? ErrorKind::too_large : status >= 500 ? ErrorKind::io : ErrorKind::bad_input;
    std::string reason = status == 413   ? "the body is larger than " + std::to_string(impl_->options.max_body_bytes) +
                                                 " bytes"
                         : status == 416 ? "the requested byte range is not within the response"
                                         : "the request could not be read";
    impl_->write_problem(res, Error{kind, status == 413 ? "body" : "", "", reason}, status, req.path);
  });
  http.set_keep_alive_max_count(100000);
  http.set_tcp_nodelay(true);  // small responses must not wait for a delayed ACK
  http.set_keep_alive_timeout(2);  // also bounds how long a stop waits for idle connections
  // httplib's default also sets SO_REUSEPORT, which lets a second server silently share the port
  // with a running one (requests then alternate between them). Address reuse only.
  http.set_socket_options([impl = impl_.get()](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<const void*>(&yes), sizeof(yes));
    impl->listening_socket = sock;
  });
}

Server::~Server() = default;

int Server::bind() {
  const int port = impl_->options.port == 0
                       ? impl_->http.bind_to_any_port(impl_->options.host)
                       : (impl_->http.bind_to_port(impl_->options.host, impl_->options.port) ? impl_->options.port : -1);
  // The packaged httplib listens with a backlog of 5: a burst of connections (fifty phones claiming
  // one task, a load test) overflows it, the kernel falls back to SYN cookies and resets some of
  // them. Listening again on the bound socket raises the backlog.
  if (port > 0 && impl_->listening_socket >= 0) ::listen(impl_->listening_socket, kListenBacklog);
  return port;
}

void Server::listen() { impl_->http.listen_after_bind(); }
void Server::stop() { impl_->http.stop(); }

}  // namespace carecrowd::http
