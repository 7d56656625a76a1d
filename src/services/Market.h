// Market: the crowd marketplace. A caregiver sees a feed of the open tasks they may do, claims
// one (first come, first served, across server processes), releases it while the notice period
// allows, checks in and out, and sees their own tasks; a client or family member sees who is coming.
//
// Privacy: the feed and claim never show who the client is: a task there is its type, window, pay
// and 4-digit postcode area. A caregiver sees the client's name, address and notes only for a task
// they hold, and only from settings().privacy_margin_minutes before its window until that margin
// after it can have ended; each such view is an audit event (client.read), committed before the
// response is sent.
//
// Concurrency: a claim is one write transaction around services::claim_in (Claims.h): one
// caregiver's claims run one at a time, and of several caregivers racing for a task exactly one
// wins. Release, check-in and check-out are conditional writes (records/TaskRecord.h).
//
// Thread safety: stateless functions over the Platform; safe from any number of request threads
// and processes.
#pragma once

#include <cstdint>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "services/Platform.h"
#include "services/Principal.h"
#include "market/Eligibility.h"
#include "store/Database.h"

namespace carecrowd::services {

// The caregiver's feed. Query: from, to (dates; default today and the six days after; at most 31
// days), limit (1..500, default 50), after (the next_after of the previous page: how many ranked
// items were already seen). The feed judges the earliest 150 open tasks that pass the database's
// filters (availability, organisations, level, area, certificates) and ranks those that the
// caregiver may take (market/FeedRanking.h); "total" is how many that is.
Result<nlohmann::json> task_feed(const Platform& platform, const Principal& who, const nlohmann::json& query);

// What each certificate the caregiver lacks (not held verified and valid) would unlock: the open
// tasks from now to the end of the horizon that need it (and no other certificate they lack), in
// their organisations, at their level, within the feed's radius of home or digital, counted once
// per visit, with their minutes and pay in all and per week on average; most hours first, every
// catalog code listed. Never availability, weekly hours or client details: a prospect, not a feed.
Result<nlohmann::json> certificate_prospects(const Platform& platform, const Principal& who);

// The caregivers whose feed now shows an open task that has not started, each with the task as
// their feed shows it (never the client): the claim's rule (eligibility, availability, the other
// slot, weekly hours, the day with travel) and the feed's radius, applied to at most `limit`
// caregivers the database finds around the task (records::caregivers_to_judge), nearest first;
// `except_caregiver` (0: nobody) is left out. In the caller's transaction.
struct FeedOffer {
  std::int64_t caregiver_id = 0;
  nlohmann::json item;  // as an item of task_feed()
};
std::vector<FeedOffer> feed_offers_for_task(store::Transaction& tx, const Platform& platform, std::int64_t task_id,
                                            std::int64_t except_caregiver, std::int64_t limit);

Result<nlohmann::json> claim_task(const Platform& platform, const Principal& who, std::int64_t task_id);
Result<nlohmann::json> release_task(const Platform& platform, const Principal& who, std::int64_t task_id);
// Body (optional): at ("YYYY-MM-DDTHH:MM", default now).
Result<nlohmann::json> check_in(const Platform& platform, const Principal& who, std::int64_t task_id,
                                const nlohmann::json& body);
Result<nlohmann::json> check_out(const Platform& platform, const Principal& who, std::int64_t task_id,
                                 const nlohmann::json& body);

// The caregiver's claimed and done tasks (query: from, to; default today and the 13 days after).
Result<nlohmann::json> my_tasks(const Platform& platform, const Principal& who, const nlohmann::json& query);
// A client's (or family member's) visits of the next 14 days.
Result<nlohmann::json> my_visits(const Platform& platform, const Principal& who);

}  // namespace carecrowd::services
