// The Bice-Boxerman continuity of care index on small cases worked out by hand.
#include <gtest/gtest.h>

#include "domain/Continuity.h"

namespace carecrowd::domain {
namespace {

TEST(Continuity, OneCaregiverForEveryVisitIsOne) {
  const auto c = continuity_of({7, 7, 7, 7});
  EXPECT_EQ(c.visits, 4);
  EXPECT_EQ(c.caregivers, 1);
  ASSERT_TRUE(c.index.has_value());
  EXPECT_DOUBLE_EQ(*c.index, 1.0);
}

TEST(Continuity, AnotherCaregiverForEveryVisitIsZero) {
  const auto c = continuity_of({1, 2, 3, 4, 5});
  EXPECT_EQ(c.caregivers, 5);
  EXPECT_DOUBLE_EQ(*c.index, 0.0);
}

TEST(Continuity, AMixIsBetweenByTheFormula) {
  // Six visits: three by one caregiver, two by another, one by a third: (9 + 4 + 1 - 6) / (6 * 5).
  const auto c = continuity_of({1, 2, 1, 3, 2, 1});
  EXPECT_EQ(c.visits, 6);
  EXPECT_EQ(c.caregivers, 3);
  EXPECT_DOUBLE_EQ(*c.index, 8.0 / 30.0);
}

TEST(Continuity, FewerThanTwoVisitsHaveNoIndex) {
  EXPECT_FALSE(continuity_of({}).index.has_value());
  EXPECT_FALSE(continuity_of({3}).index.has_value());
  EXPECT_EQ(continuity_of({3}).caregivers, 1);
}

}  // namespace
}  // namespace carecrowd::domain
