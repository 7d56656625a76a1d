// FeedItemJson: the one JSON form of a feed item, as GET /v1/feed lists it (http/MarketJson.h) and
// as a task.urgent event carries it (TaskEvents.h): docs/api.md promises that an urgent task is
// shown as the feed shows it, so both render it here. It sits in services, not in http, because an
// event is rendered when it is written (a row of the event table, sent later as it is).
//
// Privacy: what, when, roughly where, the pay and the fit; never who the client is or their address.
//
// Thread safety: pure function.
#pragma once

#include <nlohmann/json.hpp>

#include "services/Feed.h"

namespace carecrowd::services {

nlohmann::json feed_item_json(const FeedItem& item);

}  // namespace carecrowd::services
