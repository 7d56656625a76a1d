// Live events: GET /v1/events turns its connection into an event stream (EventStreams.h); the
// bell's missed notifications are read after the caller's cursor and the cursor moved
// (services/Notices.h).
#include <algorithm>
#include <charconv>

#include "domain/CivilTime.h"
#include "http/RequestInput.h"
#include "http/Routes.h"
#include "services/Events.h"
#include "services/Notices.h"

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

// ?types=task.urgent,proposal.offered: the event types asked for, split at the commas (their
// shape is the service's rule); absent or empty: none.
std::vector<std::string> event_types(const HttpRequest& r) {
  std::vector<std::string> types;
  auto q = r.query.find("types");
  if (q == r.query.end() || !q->is_string()) return types;
  const std::string text = q->get<std::string>();
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    types.push_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  if (text.empty()) types.clear();
  return types;
}

Json missed_events_json(const services::MissedEvents& missed) {
  Json events = Json::array();
  for (const auto& e : missed.events) {
    events.push_back(
        {{"id", e.id}, {"type", e.type}, {"at", format_local_time(e.created_at)}, {"data", Json::parse(e.data_json)}});
  }
  return {{"seen_up_to", missed.seen_up_to ? Json(*missed.seen_up_to) : Json(nullptr)},
          {"latest_event_id", missed.latest_event_id},
          {"events", std::move(events)},
          {"more", missed.more}};
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
  router.add({"GET", "/v1/my/notifications",
              "The events of the given types published for me since my app last took one in (the bell)", true,
              [](const services::Platform& p, const HttpRequest& r) {
                return respond(as_json(services::missed_events(p, r.who(), event_types(r)), missed_events_json));
              }});
  router.add({"PUT", "/v1/my/notifications/seen", "My app took in every event up to this id (never moves back)", true,
              [](const services::Platform& p, const HttpRequest& r) {
                // Only its shape here; which ids may be given is the service's rule.
                const auto id = body_integer(r.body, "last_event_id", 0, INT64_MAX);
                if (!id) return respond(id.error());
                return respond(as_json(services::mark_events_seen(p, r.who(), id.value()),
                                       [](std::int64_t kept) { return Json{{"seen_up_to", kept}}; }));
              }});
}

}  // namespace carecrowd::http
