#include "services/FeedItemJson.h"

#include "market/Eligibility.h"
#include "market/ShownArea.h"

namespace carecrowd::services {

namespace {

nlohmann::json area_bounds_json(const market::ShownArea& a) {
  return {{"south", a.south}, {"west", a.west}, {"north", a.north}, {"east", a.east}};
}

}  // namespace

nlohmann::json feed_item_json(const FeedItem& item) {
  using Json = nlohmann::json;
  const records::TaskRecord& t = item.task;
  const records::ShownTask& more = item.shown;
  return {{"id", t.id},
          {"type", more.type},
          {"mode", t.mode},
          {"window", {{"start", format_local_time(t.window_start)}, {"end", format_local_time(t.window_end)}}},
          {"duration_minutes", t.duration},
          {"level", t.level},
          {"certificates", market::split_certificates(t.certificates)},
          {"pay_cents", t.pay_cents},
          {"area", more.area},
          {"area_bounds", area_bounds_json(market::shown_area({t.lon, t.lat}))},
          {"distance_metres", item.distance_metres ? Json(*item.distance_metres) : Json()},
          {"extra_travel_minutes", item.extra_travel_minutes},
          {"urgent", t.urgent},
          {"continuity", item.continuity},
          {"double_staffed", more.staff > 1},
          {"organisation", {{"id", more.organisation_id}, {"name", more.organisation}}}};
}

}  // namespace carecrowd::services
