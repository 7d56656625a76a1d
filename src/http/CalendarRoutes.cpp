// Calendar feeds (RFC 5545): an account's secret link, and the feed a calendar program reads with
// the link alone (services/CalendarFeeds.h, rendered by CalendarIcs.h).
#include <ctime>

#include "http/CalendarIcs.h"
#include "http/Routes.h"
#include "services/CalendarFeeds.h"

namespace carecrowd::http {

using services::Platform;

namespace {

constexpr std::string_view kIcsSuffix = ".ics";

Json calendar_link_json(const services::CalendarLink& link) {
  return {{"token", link.token}, {"path", "/v1/calendar/" + link.token + std::string(kIcsSuffix)}};
}

}  // namespace

void add_calendar_routes(Router& router) {
  router.add({"POST", "/v1/my/calendar-link",
              "A new secret calendar feed link of my visits (caregiver, client or family); revokes the earlier one",
              true, [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::make_calendar_link(p, r.who()), calendar_link_json), 201);
              }});
  router.add({"DELETE", "/v1/my/calendar-link", "Revoke my calendar feed link", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::revoke_calendar_link(p, r.who()),
                                       [](const Done&) { return Json{{"revoked", true}}; }));
              }});
  router.add({"GET", "/v1/calendar/{token}", "A calendar feed (text/calendar) read with its secret link alone", false,
              [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                std::string token = r.params.at("token");
                if (token.size() > kIcsSuffix.size() && token.ends_with(kIcsSuffix)) {
                  token.resize(token.size() - kIcsSuffix.size());
                }
                const auto calendar = services::calendar_of_link(p, token);
                if (!calendar) return calendar.error();
                HttpResponse response;
                response.content_type = "text/calendar; charset=utf-8";
                response.body = calendar_ics(calendar.value(), static_cast<std::int64_t>(std::time(nullptr)));
                // The feed names clients: no shared cache may keep it.
                response.headers.emplace_back("Cache-Control", "private, no-store");
                return response;
              }});
}

}  // namespace carecrowd::http
