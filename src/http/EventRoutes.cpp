// Live events: GET /v1/events turns its connection into an event stream (EventStreams.h).
#include <charconv>

#include "http/Routes.h"
#include "services/Events.h"

namespace carecrowd::http {
namespace {

// The last event the client has seen: the Last-Event-ID header (what a reconnecting EventSource
// sends), or ?last_event_id= for clients that cannot set headers; none: from now on.
Result<std::optional<std::int64_t>> last_seen(const HttpRequest& r) {
  std::string text = r.last_event_id;
  std::string field = "Last-Event-ID";
  if (text.empty()) {
    auto q = r.query.find("last_event_id");
    if (q == r.query.end()) return std::optional<std::int64_t>{};
    text = q->is_string() ? q->get<std::string>() : "";
    field = "last_event_id";
  }
  std::int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || value < 0) {
    return bad_input(field, "", "must be the id of an event (a whole number, 0 or more)");
  }
  return std::optional<std::int64_t>{value};
}

}  // namespace

void add_event_routes(Router& router) {
  router.add({"GET", "/v1/events", "Live events for the caller (Server-Sent Events)", true,
              [](const services::Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto last = last_seen(r);
                if (!last) return last.error();
                HttpResponse out;
                out.content_type = "text/event-stream; charset=utf-8";
                // "From now" is from this request: an event committed while the stream is being
                // set up is still sent.
                out.event_stream = EventStreamStart{r.who(), last.value() ? *last.value() : services::latest_event_id(p)};
                return out;
              }});
}

}  // namespace carecrowd::http
