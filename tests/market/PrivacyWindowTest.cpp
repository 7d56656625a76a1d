#include <gtest/gtest.h>

#include "market/PrivacyWindow.h"

namespace carecrowd::market {
namespace {

TEST(PrivacyWindow, OpensAMarginBeforeTheWindowAndClosesAMarginAfterTheLatestEnd) {
  const LocalMinute start = 1000 * kMinutesPerDay + 9 * 60;  // 09:00
  const auto w = privacy_window(start, start + 60, 30, 120);  // window 09:00-10:00, 30 minutes
  EXPECT_FALSE(w.contains(start - 121));
  EXPECT_TRUE(w.contains(start - 120));
  EXPECT_TRUE(w.contains(start + 90 + 120));   // 10:30 + 2 hours
  EXPECT_FALSE(w.contains(start + 90 + 121));
}

}  // namespace
}  // namespace carecrowd::market
