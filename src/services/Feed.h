// Feed: what the crowd marketplace shows a caregiver before any claim: the ranked feed of open
// tasks they may take, the same judgement for one task across caregivers (who hears of an urgent
// task), and what each certificate they lack would unlock nearby. Results are typed; the http edge
// renders them (http/MarketJson.h, services/FeedItemJson.h for a feed item).
//
// Privacy: nothing here says who the client is: a task is its type, window, pay, 4-digit postcode
// area and a distance rounded to 100 m.
//
// Thread safety: stateless functions over the Platform (or the caller's transaction); safe from
// any number of request threads and processes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/Error.h"
#include "records/TaskDetails.h"
#include "records/TaskRecord.h"
#include "services/DayRange.h"
#include "services/Platform.h"
#include "services/Principal.h"
#include "store/Database.h"

namespace carecrowd::services {

// A task as a caregiver's feed shows it: what, when, roughly where (distance from home, none for a
// digital visit), the pay and how it fits their day.
struct FeedItem {
  records::TaskRecord task;  // its id is the lowest open slot of the visit
  records::ShownTask shown;  // type, area, staff, organisation
  std::optional<std::int64_t> distance_metres;
  int extra_travel_minutes = 0;
  bool continuity = false;  // a client they cared for lately or hold a visit with
};

// The feed's query: the days (default today and the six days after; at most 31 days), the page
// size (1..500) and how many ranked items the previous pages showed.
struct FeedQuery {
  DaysAsked days;
  std::int64_t limit = 50;
  std::int64_t after = 0;
};

struct Feed {
  DayRange days;
  std::vector<FeedItem> items;                // this page, best first
  std::int64_t total = 0;                     // ranked items in all pages
  std::optional<std::int64_t> next_after;     // the `after` of the next page, if there is one
};

// The caregiver's feed. It judges the earliest 150 open tasks that pass the database's filters
// (availability, organisations, level, area, certificates) and ranks those that the caregiver may
// take (market/FeedRanking.h); `total` is how many that is. `query` is as the http edge read it:
// its error is answered after the permission check, so that someone who has no feed hears 403
// whatever they sent (a caller in the process passes a FeedQuery).
Result<Feed> task_feed(const Platform& platform, const Principal& who, const Result<FeedQuery>& query);

// The caregivers whose feed now shows an open task that has not started, each with the task as
// their feed shows it (never the client): the claim's rule (eligibility, availability, the other
// slot, weekly hours, the day with travel) and the feed's radius, applied to at most `limit`
// caregivers the database finds around the task (records::caregivers_to_judge), nearest first;
// `except_caregiver` (0: nobody) is left out. In the caller's transaction.
struct FeedOffer {
  std::int64_t caregiver_id = 0;
  FeedItem item;
};
std::vector<FeedOffer> feed_offers_for_task(store::Transaction& tx, const Platform& platform, std::int64_t task_id,
                                            std::int64_t except_caregiver, std::int64_t limit);

// What the caregiver has now of a certificate they lack.
enum class HeldState { none, unverified, expired };

// What one certificate the caregiver lacks would unlock: the open tasks that need it (and no other
// certificate they lack), counted once per visit, in all and per week on average.
struct CertificateProspect {
  std::string code;
  HeldState held = HeldState::none;
  int tasks = 0;
  std::int64_t minutes = 0;
  std::int64_t pay_cents = 0;
  double tasks_per_week = 0;
  double hours_per_week = 0;
  std::int64_t pay_cents_per_week = 0;  // rounded to the cent
};

struct CertificateProspects {
  DayRange days;  // today to the end of the horizon
  int radius_metres = 0;
  std::vector<CertificateProspect> items;  // most hours first, every catalogue code listed
};

// Open tasks from now to the end of the horizon, in their organisations, at their level, within
// the feed's radius of home or digital. Never availability, weekly hours or client details: a
// prospect, not a feed.
Result<CertificateProspects> certificate_prospects(const Platform& platform, const Principal& who);

}  // namespace carecrowd::services
