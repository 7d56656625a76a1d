// Router: the table of every route of the API. One place lists method, path pattern, summary and
// handler, so that the OpenAPI document can be checked against it (tests/http) and the server can
// answer 404/405 precisely. Patterns are literal segments and `{name}` parameters.
//
// Handlers speak HTTP only: they take path/query/body from the HttpRequest, call one service and
// wrap its result. Permissions and the rules live in the services. Where a service takes typed
// input and returns a typed result, reading the query or body into that input and rendering the
// result as JSON are the edge's (MarketJson.h, CareJson.h, CaregiverJson.h, AccountJson.h).
// Thread safety: built once before the server starts, then read-only.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::http {

using Json = nlohmann::json;

struct HttpRequest {
  std::string method;
  std::string path;
  std::unordered_map<std::string, std::string> params;  // from `{name}` segments
  Json query = Json::object();                           // every query parameter, as a string
  Json body;                                             // parsed JSON body; null when there is none
  std::string token;                                     // the bearer token, if any
  std::string source;                                    // remote address
  std::optional<services::Principal> principal;          // set for authenticated routes
  std::string accept;                                    // Accept header
  std::string last_event_id;                             // Last-Event-ID header (event streams)

  // REQUIRES: the route is authenticated.
  [[nodiscard]] const services::Principal& who() const { return *principal; }
  // A `{name}` segment as a positive id, or bad_input naming it.
  [[nodiscard]] Result<std::int64_t> id(std::string_view name) const;
};

// What an event stream starts from: whose it is and the last event its client has seen.
struct EventStreamStart {
  services::Principal principal;
  std::optional<std::int64_t> last_event_id;  // none: from now on
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // Set: the server keeps the connection open as this event stream (Server-Sent Events).
  std::optional<EventStreamStart> event_stream;
};

// A request's body as JSON, read the same way whatever its Content-Type says: the one reading of
// the body of every route. An empty body is null, and so is a body "null"; services take null as
// absent, as they take a null member. A syntax error (invalid UTF-8 included) is bad_input with the
// field "body (line L, column C)" and a reason that never quotes the body, so it can be sent back
// as it is. REQUIRES: the transport has already refused a body over its size limit.
Result<Json> parse_json_body(std::string_view body);

HttpResponse json_response(const Json& body, int status = 200);
// JSON text that never throws: bytes that are not UTF-8 become U+FFFD, and quotes and newlines are
// escaped, so no input can break a document or forge a log line.
std::string safe_dump(const Json& json);
// A service result as a response: the JSON on success, the error (mapped by the server) otherwise.
Result<HttpResponse> respond(Result<Json> result, int status = 200);
// A typed service result as JSON (`render(value)`), or its error: what a handler passes to respond.
template <class T, class Render>
Result<Json> as_json(const Result<T>& result, Render render) {
  if (!result) return result.error();
  return render(result.value());
}

using Handler = std::function<Result<HttpResponse>(const services::Platform&, const HttpRequest&)>;

// A handler for a route with one `{id}`: checks the id, then calls
// `service(platform, request, id)`, which returns a Result<Json>.
template <class F>
Handler with_id(F service, int status = 200) {
  return [service, status](const services::Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
    auto id = r.id("id");
    if (!id) return id.error();
    return respond(service(p, r, id.value()), status);
  };
}

struct Route {
  std::string method;   // GET, POST, PUT, DELETE
  std::string pattern;  // "/v1/clients/{id}"
  std::string summary;  // one line, also the OpenAPI summary
  bool authenticated = true;
  Handler handler;
  // Runs the planning engine or reads months of records: answered on the server's worker pool, so
  // that it never holds up the I/O thread it arrived on (and that thread's other connections).
  bool long_running = false;
  // The largest body this route reads, when it is not the server's limit (ServerOptions): a
  // certificate's upload carries a document. 0: the server's limit.
  std::size_t max_body_bytes = 0;
};

class Router {
 public:
  void add(Route route);
  [[nodiscard]] const std::vector<Route>& routes() const { return routes_; }

  struct Match {
    const Route* route = nullptr;  // null: no route for this method
    bool path_known = false;       // some method matches the path (405 rather than 404)
    std::unordered_map<std::string, std::string> params;
  };
  [[nodiscard]] Match match(std::string_view method, std::string_view path) const;

 private:
  std::vector<Route> routes_;
  std::vector<std::vector<std::string>> segments_;
};

// Every route of the API (handlers in src/http/*Routes.cpp).
Router api_router();

}  // namespace carecrowd::http
