#include "http/Router.h"

#include <charconv>
#include <stdexcept>

#include "core/Utf8.h"
#include "io/JsonInput.h"

namespace carecrowd::http {
namespace {

std::vector<std::string> split(std::string_view path) {
  std::vector<std::string> out;
  std::size_t start = 1;
  if (path.empty() || path[0] != '/') return out;
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    out.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool is_param(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

}  // namespace

Result<std::int64_t> HttpRequest::id(std::string_view name) const {
  auto it = params.find(std::string(name));
  const std::string text = it == params.end() ? "" : it->second;
  std::int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || value <= 0) {
    return bad_input(std::string(name), "", say("must be a positive whole number, got \"{}\"", printable(text)));
  }
  return value;
}

Result<Json> parse_json_body(std::string_view body) {
  if (body.empty()) return Json();
  auto parsed = io::parse_json(body);
  if (!parsed) {
    Error e = parsed.error();
    e.field = "body" + (e.field.empty() ? "" : " (" + e.field + ")");
    return e;
  }
  return parsed;
}

std::string safe_dump(const Json& json) { return json.dump(-1, ' ', false, Json::error_handler_t::replace); }

HttpResponse json_response(const Json& body, int status) {
  HttpResponse out;
  out.status = status;
  out.body = safe_dump(body);
  return out;
}

Result<HttpResponse> respond(Result<Json> result, int status) {
  if (!result) return result.error();
  return json_response(result.value(), status);
}

void Router::add(Route route) {
  auto segments = split(route.pattern);
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    if (routes_[i].method == route.method && routes_[i].pattern == route.pattern) {
      throw std::logic_error("route defined twice: " + route.method + " " + route.pattern);
    }
  }
  routes_.push_back(std::move(route));
  segments_.push_back(std::move(segments));
}

Router::Match Router::match(std::string_view method, std::string_view path) const {
  Match out;
  const auto parts = split(path);
  for (std::size_t r = 0; r < routes_.size(); ++r) {
    const auto& pattern = segments_[r];
    if (pattern.size() != parts.size()) continue;
    std::unordered_map<std::string, std::string> params;
    bool ok = true;
    for (std::size_t i = 0; i < parts.size() && ok; ++i) {
      if (is_param(pattern[i])) {
        if (parts[i].empty()) ok = false;
        else params[pattern[i].substr(1, pattern[i].size() - 2)] = parts[i];
      } else {
        ok = pattern[i] == parts[i];
      }
    }
    if (!ok) continue;
    out.path_known = true;
    // A literal route wins over a parameterised one for the same path ("/v1/tasks/open" vs "{id}").
    if (routes_[r].method == method) {
      if (!out.route || params.size() < out.params.size()) {
        out.route = &routes_[r];
        out.params = std::move(params);
      }
    }
  }
  return out;
}

}  // namespace carecrowd::http
