#include "market/FeedRanking.h"

#include <algorithm>
#include <tuple>

namespace carecrowd::market {
namespace {
int travel_step(int minutes) { return (std::max(minutes, 0) + kTravelStepMinutes - 1) / kTravelStepMinutes; }
}  // namespace

bool ranks_before(const FeedEntry& a, const FeedEntry& b) {
  return std::make_tuple(travel_step(a.extra_travel_minutes), !a.continuity, a.window_start, -a.pay_cents, a.task_id) <
         std::make_tuple(travel_step(b.extra_travel_minutes), !b.continuity, b.window_start, -b.pay_cents, b.task_id);
}

void rank_feed(std::vector<FeedEntry>& entries) { std::sort(entries.begin(), entries.end(), ranks_before); }

}  // namespace carecrowd::market
