#include <gtest/gtest.h>

#include "market/FeedRanking.h"

namespace carecrowd::market {
namespace {

std::vector<std::int64_t> ids(const std::vector<FeedEntry>& entries) {
  std::vector<std::int64_t> out;
  for (const auto& e : entries) out.push_back(e.task_id);
  return out;
}

TEST(FeedRanking, LessExtraTravelComesFirst) {
  std::vector<FeedEntry> feed{{1, 600, 30, true, 5000}, {2, 900, 4, false, 1000}};
  rank_feed(feed);
  EXPECT_EQ(ids(feed), (std::vector<std::int64_t>{2, 1}));
}

TEST(FeedRanking, WithinOneTravelStepAFamiliarClientComesFirst) {
  std::vector<FeedEntry> feed{{1, 600, 6, false, 5000}, {2, 900, 9, true, 1000}};
  rank_feed(feed);
  EXPECT_EQ(ids(feed), (std::vector<std::int64_t>{2, 1}));
}

TEST(FeedRanking, ThenEarlierStartThenBetterPayThenId) {
  std::vector<FeedEntry> feed{{4, 700, 0, false, 1000}, {3, 600, 0, false, 1000}, {2, 600, 0, false, 2000},
                              {1, 600, 0, false, 2000}};
  rank_feed(feed);
  EXPECT_EQ(ids(feed), (std::vector<std::int64_t>{1, 2, 3, 4}));
}

}  // namespace
}  // namespace carecrowd::market
