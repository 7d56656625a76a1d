#include "http/Server.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/http/span_body.hpp>

#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <ctime>
#include <mutex>
#include <optional>
#include <span>
#include <thread>
#include <unordered_map>

#include "domain/CivilTime.h"
#include "http/EventStreams.h"
#include "http/Gzip.h"
#include "http/Language.h"
#include "http/MessageCatalogue.h"
#include "http/Metrics.h"
#include "http/RequestTarget.h"
#include "services/Accounts.h"
#include "store/Database.h"

namespace carecrowd::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

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

Phrase title_of(int status) {
  switch (status) {
    case 400: return say("Bad request");
    case 401: return say("Not authenticated");
    case 403: return say("Forbidden");
    case 404: return say("Not found");
    case 405: return say("Method not allowed");
    case 409: return say("Conflict");
    case 413: return say("Request too large");
    case 422: return say("Cannot be done");
    case 429: return say("Too many requests");
    case 431: return say("Request header fields too large");
    case 503: return say("Service unavailable");
    default: return say("Internal error");
  }
}

// Metrics and logs name a method only when it is one HTTP defines, so that made-up methods cannot
// grow the metrics without bound.
std::string method_name(bhttp::verb verb) {
  return verb == bhttp::verb::unknown ? "OTHER" : std::string(bhttp::to_string(verb));
}

constexpr int kListenBacklog = 1024;
// Fast: a 250 kB page of tasks in about 3 ms, to a tenth of its size.
constexpr int kApiGzipLevel = 4;
// After this the connection's read buffer is given back while it waits for its next request.
constexpr std::size_t kKeptBufferBytes = 4096;
// A body larger than the server's usual limit (a route that reads documents) may take a second
// longer than the request timeout for every this many bytes (32 kB/s: a weak mobile connection).
constexpr std::uint64_t kUploadBytesPerSecond = 32 * 1024;
// A refused request's remaining body is read and dropped for at most this long and this much.
constexpr auto kLingerTime = std::chrono::seconds(2);
constexpr std::size_t kMaxLingerBytes = std::size_t{16} << 20;
constexpr std::size_t kDrainChunkBytes = 16384;

using Request = bhttp::request<bhttp::string_body>;

// What a request is answered with, before it meets the socket.
struct Answer {
  int status = 200;
  std::string content_type;
  std::shared_ptr<const std::string> body;  // null or empty: no body
  std::vector<std::pair<std::string, std::string>> headers;
  std::optional<EventStreamStart> event_stream;  // set: the connection becomes an event stream
  // For the access log and metrics.
  std::string route = "(error)";
  std::string user;
};

// A request's target decoded and its route found: once per request, before it is answered on
// this thread or on a worker (a long-running route).
struct Routing {
  std::string method;
  Result<RequestTarget> target;
  Router::Match match;
  [[nodiscard]] bool runs_long() const { return match.route && match.route->long_running; }
};

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

ProblemDocument problem_document(const Error& error, int status, const std::string& instance, Language asked) {
  SaidIn said = said_in(error, asked);
  const std::string title =
      title_of(status).render([&](const std::string& p) { return translate(p, asked, said.complete); });
  Json out = {{"type", "https://carecrowd.org/problems/" + std::string(kind_slug(error.kind))},
              {"title", title},
              {"status", status},
              {"detail", std::move(said.detail)},
              {"instance", instance}};
  if (!error.field.empty()) out["field"] = error.field;
  if (!error.id.empty()) out["id"] = error.id;
  out["reason"] = std::move(said.reason);
  // A document with an English sentence in it says it is English (see http/MessageCatalogue.h).
  return {std::move(out), said.complete ? asked : Language::english};
}

namespace {

// The server's shared state and the request path up to the socket; Server::Impl is this.
struct FrontDoor {
  const services::Platform& platform;
  Router router;
  ServerOptions options;
  std::mutex log_mutex;

  // Open connections per source address, and in all.
  std::mutex sources_mutex;
  std::unordered_map<std::string, int> per_source;
  int connections = 0;

  // Open event streams; destroyed after the I/O context, which holds the streams themselves.
  EventStreams streams;

  // Declared after what connections refer to: destroyed first (the pool joins its workers, then
  // the I/O context drops the connections it still holds).
  //
  // One I/O context run by all the server's threads: whichever thread is free reads, answers and
  // writes a connection that is ready, so a handler that blocks on the database holds up only
  // its own thread. Each connection's handlers run on its strand, one at a time.
  asio::io_context ioc;
  tcp::acceptor acceptor{ioc};
  asio::signal_set signals{ioc};
  asio::steady_timer accept_retry{ioc};
  asio::thread_pool workers;

  FrontDoor(const services::Platform& p, Router r, ServerOptions o)
      : platform(p),
        router(std::move(r)),
        options(std::move(o)),
        streams(platform),
        ioc(options.threads),
        workers(static_cast<std::size_t>(std::max(2, options.threads / 4))) {
    largest_body = options.max_body_bytes;
    for (const auto& route : router.routes()) largest_body = std::max(largest_body, route.max_body_bytes);
  }

  // The largest body any route reads: the parser's limit until the route is known (Beast judges a
  // declared Content-Length against it as soon as the header is read).
  std::size_t largest_body = 0;
  // The body a request may have: its route's limit, or the server's.
  [[nodiscard]] std::size_t body_limit(const Routing& routing) const {
    const Route* route = routing.match.route;
    return route && route->max_body_bytes > 0 ? route->max_body_bytes : options.max_body_bytes;
  }

  [[nodiscard]] Routing find_route(const Request& req) const {
    Routing out{method_name(req.method()), parse_request_target(req.target()), {}};
    if (out.target) out.match = router.match(out.method, out.target.value().path);
    return out;
  }

  // --- admission -------------------------------------------------------------------------------

  // Takes a connection slot for `source`; false when the source or the server is at its cap.
  bool admit(const std::string& source) {
    std::lock_guard lock(sources_mutex);
    if (connections >= options.max_connections) return false;
    int& count = per_source[source];
    if (options.max_connections_per_source > 0 && count >= options.max_connections_per_source) {
      if (count == 0) per_source.erase(source);
      return false;
    }
    ++count;
    ++connections;
    return true;
  }
  void leave(const std::string& source) {
    std::lock_guard lock(sources_mutex);
    --connections;
    auto it = per_source.find(source);
    if (it != per_source.end() && --it->second <= 0) per_source.erase(it);
  }

  // --- answers ---------------------------------------------------------------------------------

  static void set_problem(Answer& answer, const Error& error, int status, const std::string& instance,
                          Language language = Language::english) {
    ProblemDocument document = problem_document(error, status, instance, language);
    answer.status = status;
    answer.content_type = "application/problem+json";
    answer.headers.emplace_back("Content-Language", std::string(language_tag(document.language)));
    answer.body = std::make_shared<const std::string>(safe_dump(document.body));
  }

  // Gzip where the client takes it and it pays (Gzip.h).
  static void compress(Answer& answer, std::string_view accept_encoding,
                       std::shared_ptr<const std::string> gzipped = nullptr) {
    if (!answer.body || !is_compressible(answer.content_type)) return;
    answer.headers.emplace_back("Vary", "Accept-Encoding");
    if (answer.body->size() < kGzipMinBytes || !accepts_gzip(accept_encoding)) return;
    if (!gzipped) gzipped = std::make_shared<const std::string>(gzip(*answer.body, kApiGzipLevel));
    answer.headers.emplace_back("Content-Encoding", "gzip");
    answer.body = std::move(gzipped);
  }

  void answer_asset(Answer& answer, const WebAsset& asset, std::string_view accept_encoding) {
    answer.status = 200;
    answer.route = "(web)";
    answer.content_type = asset.content_type;
    answer.body = asset.body;
    answer.headers.emplace_back("Cache-Control", asset.cache_control);
    // The app loads nothing from anywhere but this server (no CDN, no tiles, no fonts).
    answer.headers.emplace_back("Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    answer.headers.emplace_back("X-Content-Type-Options", "nosniff");
    answer.headers.emplace_back("Referrer-Policy", "no-referrer");
    compress(answer, accept_encoding, asset.gzipped);
  }

  // Everything between a parsed request and its answer, apart from exceptions.
  void route(const Request& req, Routing& routing, const std::string& source, Answer& answer) {
    const Language language = language_of(req[bhttp::field::accept_language]);
    const std::string& method = routing.method;
    auto& target = routing.target;
    if (!target) {
      // The raw target is not repeated: it is what could not be read.
      set_problem(answer, target.error(), 400, "", language);
      answer.route = "(bad target)";
      return;
    }
    const std::string& path = target.value().path;
    const std::string_view accept_encoding = req[bhttp::field::accept_encoding];
    auto& match = routing.match;
    if (!match.route && !match.path_known && options.web && (method == "GET" || method == "HEAD") && path != "/v1" &&
        path.rfind("/v1/", 0) != 0) {
      if (const WebAsset* asset = options.web->find(path)) {
        answer_asset(answer, *asset, accept_encoding);
        return;
      }
    }
    // API answers carry client data: never stored by a browser or proxy, never sniffed.
    answer.headers.emplace_back("Cache-Control", "no-store");
    answer.headers.emplace_back("X-Content-Type-Options", "nosniff");
    if (!match.route) {
      if (match.path_known) {
        set_problem(answer, bad_input("method", "", say("{} is not allowed on this path",
                                                        method)), 405, path, language);
        answer.route = "(method)";
      } else {
        set_problem(answer, not_found("path", "", say("no such route: {}", path)), 404, path, language);
        answer.route = "(unknown)";
      }
      return;
    }
    const Route& route = *match.route;
    answer.route = route.pattern;
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.params = std::move(match.params);
    request.source = source;
    request.accept = std::string(req[bhttp::field::accept]);
    request.last_event_id = std::string(req["Last-Event-ID"]);
    for (auto& [key, value] : target.value().query) request.query[key] = std::move(value);
    const std::string_view authorization = req[bhttp::field::authorization];
    if (authorization.starts_with("Bearer ")) request.token = std::string(authorization.substr(7));

    auto body = parse_json_body(req.body());
    if (!body) {
      set_problem(answer, body.error(), 400, path, language);
      return;
    }
    request.body = std::move(body.value());
    if (route.authenticated) {
      auto principal = services::authenticate(platform, request.token, request.source);
      if (!principal) {
        answer.headers.emplace_back("WWW-Authenticate", "Bearer");
        set_problem(answer, principal.error(), 401, path, language);
        return;
      }
      answer.user = std::to_string(principal.value().user_id);
      request.principal = std::move(principal.value());
    }
    auto result = route.handler(platform, request);
    if (!result) {
      set_problem(answer, result.error(), status_of(result.error().kind), path, language);
      return;
    }
    auto& response = result.value();
    answer.status = response.status;
    answer.content_type = response.content_type;
    for (auto& header : response.headers) answer.headers.push_back(std::move(header));
    answer.event_stream = std::move(response.event_stream);
    answer.body = std::make_shared<const std::string>(std::move(response.body));
    if (!answer.event_stream) compress(answer, accept_encoding);
  }

  // The answer to a request; never throws. Logs it and records its metrics.
  Answer answer(const Request& req, Routing& routing, const std::string& source,
                std::chrono::steady_clock::time_point started) {
    Answer answer;
    try {
      route(req, routing, source, answer);
    } catch (const store::DatabaseUnavailable& e) {
      answer = Answer{};
      log_error(req, e.what());
      set_problem(answer, error_saying(ErrorKind::io, "", "", say("the database cannot be reached; try again shortly")),
                  503, "", language_of(req[bhttp::field::accept_language]));
      answer.headers.emplace_back("Retry-After", "5");
      answer.headers.emplace_back("Cache-Control", "no-store");
    } catch (const std::exception& e) {
      // The one place a broken invariant of a request ends: logged with the route, answered as 500.
      answer = Answer{};
      log_error(req, e.what());
      set_problem(answer, error_saying(ErrorKind::io, "", "", say("internal error; the request was not completed")),
                  500, "", language_of(req[bhttp::field::accept_language]));
      answer.headers.emplace_back("Cache-Control", "no-store");
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const std::string& method = routing.method;
    Metrics::process().observe(method, answer.route, answer.status, seconds);
    log_access(method, req.target(), answer.route, answer.status, seconds, answer.body ? answer.body->size() : 0,
               answer.user, source);
    return answer;
  }

  // --- logs ------------------------------------------------------------------------------------

  void log_error(const Request& req, const char* what) {
    const Json line = {{"level", "error"}, {"path", std::string(req.target())}, {"error", std::string(what)}};
    const std::string text = safe_dump(line) + "\n";
    std::lock_guard lock(log_mutex);
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
  }

  void log_access(const std::string& method, std::string_view target, const std::string& route, int status,
                  double seconds, std::size_t bytes, const std::string& user, const std::string& source) {
    if (!options.access_log) return;
    const Json line = {{"ts", utc_timestamp_now()},  {"method", method},
                       {"path", std::string(target.substr(0, target.find('?')))},
                       {"route", route},         {"status", status},
                       {"ms", std::round(seconds * 1e5) / 100},
                       {"bytes", bytes},         {"user", user},
                       {"remote", source}};
    const std::string text = safe_dump(line) + "\n";
    std::lock_guard lock(log_mutex);
    std::fwrite(text.data(), 1, text.size(), options.access_log);
    std::fflush(options.access_log);
  }

  void accept();
  void shutdown();
};

// A connection's place under the caps, given back when its last holder is gone.
class ConnectionSlot {
 public:
  ConnectionSlot(FrontDoor& door, std::string source) : door_(door), source_(std::move(source)) {}
  ~ConnectionSlot() { door_.leave(source_); }
  ConnectionSlot(const ConnectionSlot&) = delete;
  ConnectionSlot& operator=(const ConnectionSlot&) = delete;

 private:
  FrontDoor& door_;
  std::string source_;
};

// One client connection: reads a request within its deadline, has a worker answer it, writes the
// answer, and waits for the next one (keep-alive) or closes. All its I/O runs on its strand.
class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(FrontDoor& server, tcp::socket socket, std::string source)
      : server_(server), stream_(std::move(socket)), source_(std::move(source)) {}

  [[nodiscard]] auto executor() { return stream_.get_executor(); }

  void start(std::shared_ptr<ConnectionSlot> slot) {
    slot_ = std::move(slot);
    wait_for_request();
  }

  // At the connection cap: a short 503 and close, without reading the request.
  void refuse(std::string reason) {
    Answer answer;
    FrontDoor::set_problem(answer, Error{ErrorKind::too_many_requests, "", "", std::move(reason)}, 503, "");
    answer.headers.emplace_back("Retry-After", "10");
    keep_alive_ = false;
    write(std::move(answer), 11);
  }

 private:
  // An idle keep-alive connection waits for its next request's first byte under the idle timeout;
  // from there the whole request must arrive within the request timeout.
  void wait_for_request() {
    if (buffer_.size() > 0) return read_header();
    if (buffer_.capacity() > kKeptBufferBytes) buffer_.shrink_to_fit();
    stream_.expires_after(server_.options.idle_timeout);
    stream_.async_read_some(buffer_.prepare(kKeptBufferBytes),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              if (ec) return self->close();
                              self->buffer_.commit(n);
                              self->read_header();
                            });
  }

  void read_header() {
    started_ = std::chrono::steady_clock::now();
    routing_.reset();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.options.max_header_bytes));
    parser_->body_limit(server_.largest_body);
    stream_.expires_after(server_.options.request_timeout);
    bhttp::async_read_header(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) return self->refuse_unreadable(ec);
      self->read_body();
    });
  }

  void read_body() {
    auto& req = parser_->get();
    // The route is known from the header: a route that reads larger bodies (a certificate's
    // document) raises the limit for its own requests only.
    routing_.emplace(server_.find_route(req));
    body_limit_ = server_.body_limit(*routing_);
    parser_->body_limit(body_limit_);  // for a chunked body, judged as it arrives
    if (const auto declared = parser_->content_length(); declared && *declared > body_limit_) {
      return refuse_unreadable(bhttp::error::body_limit);
    } else if (declared && *declared > server_.options.max_body_bytes) {
      // A document from a phone on a weak connection takes longer than a form: beyond the usual
      // limit, a second more for every kUploadBytesPerSecond declared, so that a slow upload
      // finishes while a client that stalls is still cut off.
      stream_.expires_after(server_.options.request_timeout +
                            std::chrono::seconds(*declared / kUploadBytesPerSecond));
    }
    if (parser_->is_done()) return dispatch();
    // A client that asks first (curl for bodies over 1 kB) is told to go on.
    if (beast::iequals(req[bhttp::field::expect], "100-continue")) {
      continue_.emplace(bhttp::status::continue_, req.version());
      return bhttp::async_write(stream_, *continue_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
        if (ec) return self->close();
        self->read_rest();
      });
    }
    read_rest();
  }

  void read_rest() {
    bhttp::async_read(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) return self->refuse_unreadable(ec);
      self->dispatch();
    });
  }

  // A request that cannot be read: a short problem, then close (the stream's framing is lost). A
  // client that went away or ran out of time gets nothing.
  void refuse_unreadable(beast::error_code ec) {
    if (ec == beast::error::timeout || ec == bhttp::error::end_of_stream || ec == asio::error::eof ||
        ec == asio::error::connection_reset || ec == asio::error::operation_aborted) {
      return close();
    }
    int status = 400;
    std::string field;
    Phrase reason = say("the request could not be read ({})", ec.message());
    Language language = Language::english;
    if (ec == bhttp::error::body_limit) {
      // Refused while the header was read (over every route's limit): the limit of its own route.
      if (!routing_) body_limit_ = server_.body_limit(server_.find_route(parser_->get()));
      status = 413, field = "body", reason = say("is larger than {} bytes", body_limit_);
      language = language_of(parser_->get()[bhttp::field::accept_language]);
    } else if (ec == bhttp::error::header_limit) {
      status = 431, field = "headers", reason = say("are larger than {} bytes", server_.options.max_header_bytes);
    }
    Answer answer;
    FrontDoor::set_problem(answer, error_saying(status == 413 ? ErrorKind::too_large : ErrorKind::bad_input, field, "",
                                                std::move(reason)),
                           status, "", language);
    answer.route = "(unreadable)";
    Metrics::process().observe("OTHER", answer.route, status, 0);
    keep_alive_ = false;
    write(std::move(answer), 11);
  }

  // Answered on this thread, or for a long-running route on a worker; either then
  // starts the write, whose first attempt sends the answer at once. No other operation of this
  // connection is pending meanwhile.
  void dispatch() {
    stream_.expires_never();  // the handler's time is not the client's
    keep_alive_ = parser_->get().keep_alive();
    if (!routing_) routing_.emplace(server_.find_route(parser_->get()));
    if (routing_->runs_long()) {
      asio::post(server_.workers, [self = shared_from_this()] { self->answer_and_write(); });
    } else {
      answer_and_write();
    }
  }

  void answer_and_write() {
    Answer answer = server_.answer(parser_->get(), *routing_, source_, started_);
    routing_.reset();
    const bool head = parser_->get().method() == bhttp::verb::head;
    const unsigned version = parser_->get().version();
    parser_.reset();
    if (answer.event_stream && !head) {
      // From here the connection is an event stream, with its place under the caps.
      server_.streams.open(std::move(stream_), std::move(*answer.event_stream), version, std::move(slot_));
      return;
    }
    write(std::move(answer), version, head);
  }

  void write(Answer answer, unsigned version, bool head = false) {
    body_ = answer.body ? std::move(answer.body) : std::make_shared<const std::string>();
    response_.emplace();
    response_->version(version);
    response_->result(static_cast<unsigned>(answer.status));
    for (const auto& [name, value] : answer.headers) response_->insert(name, value);
    if (!answer.content_type.empty()) response_->set(bhttp::field::content_type, answer.content_type);
    response_->set("Accept-Ranges", "none");
    response_->keep_alive(keep_alive_);
    response_->content_length(body_->size());
    // A HEAD answer states the length of the body it does not send.
    response_->body() = head ? std::span<const char>{} : std::span<const char>(body_->data(), body_->size());
    stream_.expires_after(server_.options.write_timeout);
    bhttp::async_write(stream_, *response_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      self->response_.reset();
      self->body_.reset();
      if (ec) return self->close();
      if (!self->keep_alive_) return self->linger();
      self->wait_for_request();
    });
  }

  // After a last answer the client may still be sending (a refused 2 MB body): closing now would
  // reset the connection and could destroy the answer before the client reads it. So stop sending,
  // read and drop what still arrives for a short while, then close.
  void linger() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    if (lingered_bytes_ == 0) stream_.expires_after(kLingerTime);
    drain_.resize(kDrainChunkBytes);
    stream_.async_read_some(asio::buffer(drain_), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
      self->lingered_bytes_ += n + 1;
      if (ec || self->lingered_bytes_ > kMaxLingerBytes) return self->close();
      self->linger();
    });
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.close();
  }

  FrontDoor& server_;
  beast::tcp_stream stream_;
  std::string source_;
  std::shared_ptr<ConnectionSlot> slot_;  // null for a refused connection
  bool keep_alive_ = true;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::optional<Routing> routing_;  // found once the header is read
  std::size_t body_limit_ = 0;       // the current request's (the server's or its route's)
  std::optional<bhttp::response<bhttp::empty_body>> continue_;
  std::optional<bhttp::response<bhttp::span_body<const char>>> response_;
  std::shared_ptr<const std::string> body_;
  std::chrono::steady_clock::time_point started_;
  std::vector<char> drain_;
  std::size_t lingered_bytes_ = 0;
};

void FrontDoor::accept() {
  // Each connection has its strand: its handlers never run at the same time.
  acceptor.async_accept(asio::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    if (!acceptor.is_open()) return;
    if (ec) {
      // Out of file descriptors or the like: try again shortly instead of spinning.
      accept_retry.expires_after(std::chrono::milliseconds(50));
      accept_retry.async_wait([this](beast::error_code) { accept(); });
      return;
    }
    beast::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);  // small answers must not wait for a delayed ACK
    const auto remote = socket.remote_endpoint(ignored);
    std::string source = ignored ? std::string("unknown") : remote.address().to_string();
    auto connection = std::make_shared<Connection>(*this, std::move(socket), source);
    // Started on its strand, where all its handlers run.
    auto executor = connection->executor();
    if (admit(source)) {
      asio::post(executor, [this, connection, source] {
        connection->start(std::make_shared<ConnectionSlot>(*this, source));
      });
    } else {
      asio::post(executor, [connection, source] {
        connection->refuse("too many open connections from " + source + "; close some and try again");
      });
    }
    accept();
  });
}

void FrontDoor::shutdown() {
  beast::error_code ignored;
  acceptor.close(ignored);
  signals.cancel(ignored);
  accept_retry.cancel();
  streams.stop();
  ioc.stop();
}

}  // namespace

struct Server::Impl : FrontDoor {
  using FrontDoor::FrontDoor;
};

Server::Server(const services::Platform& platform, Router router, ServerOptions options)
    : impl_(std::make_unique<Impl>(platform, std::move(router), std::move(options))) {}

Server::~Server() = default;

int Server::bind() {
  auto& impl = *impl_;
  // Taken from here on, so that a SIGTERM that comes before listen() still ends the server cleanly
  // (the signal set keeps it until listen() waits for it).
  beast::error_code ignored;
  impl.signals.add(SIGINT, ignored);
  impl.signals.add(SIGTERM, ignored);
  beast::error_code ec;
  tcp::resolver resolver(impl.ioc);
  const auto results = resolver.resolve(impl.options.host, std::to_string(impl.options.port),
                                        tcp::resolver::passive | tcp::resolver::numeric_service, ec);
  if (ec || results.empty()) return -1;
  const tcp::endpoint endpoint = results.begin()->endpoint();
  impl.acceptor.open(endpoint.protocol(), ec);
  if (ec) return -1;
  // Address reuse only: SO_REUSEPORT would let a second server silently share the port.
  impl.acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  impl.acceptor.bind(endpoint, ec);
  if (ec) {
    impl.acceptor.close(ec);
    return -1;
  }
  // A burst of connections (fifty phones claiming one task, a load test) must not overflow it.
  impl.acceptor.listen(kListenBacklog, ec);
  if (ec) return -1;
  return impl.acceptor.local_endpoint().port();
}

void Server::listen() {
  auto& impl = *impl_;
  impl.signals.async_wait([&impl](beast::error_code ec, int) {
    if (!ec) impl.shutdown();
  });
  impl.accept();
  std::vector<std::thread> threads;
  for (int i = 1; i < impl.options.threads; ++i) threads.emplace_back([&impl] { impl.ioc.run(); });
  impl.ioc.run();
  for (auto& thread : threads) thread.join();
  impl.workers.join();
}

void Server::stop() {
  asio::post(impl_->ioc, [impl = impl_.get()] { impl->shutdown(); });
}

}  // namespace carecrowd::http
