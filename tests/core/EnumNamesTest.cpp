#include <gtest/gtest.h>

#include "core/EnumNames.h"
#include "domain/CaregiverKind.h"
#include "domain/TaskStatus.h"

namespace carecrowd {
namespace {

enum class Colour { red, green, blue };
constexpr EnumNames<Colour, 2> kColours{{{Colour::red, "red"}, {Colour::green, "green"}}};

TEST(EnumNames, NamesAndValuesRoundTripAndUnknownsAreAnswered) {
  EXPECT_EQ(name_of(kColours, Colour::green), "green");
  EXPECT_EQ(value_named(kColours, "red"), Colour::red);
  EXPECT_EQ(value_named(kColours, "Red"), std::nullopt);  // exact names only
  EXPECT_EQ(value_named(kColours, ""), std::nullopt);
  EXPECT_EQ(name_of(kColours, Colour::blue), "unknown");  // not in the table
  EXPECT_EQ(name_of(kColours, Colour::blue, "none"), "none");
}

TEST(EnumNames, EveryTaskStatusAndCaregiverKindReadsBackAsItself) {
  using domain::TaskStatus;
  for (const auto s : {TaskStatus::open, TaskStatus::claimed, TaskStatus::done, TaskStatus::cancelled}) {
    EXPECT_EQ(domain::parse_task_status(domain::to_string(s)), s);
  }
  EXPECT_EQ(domain::parse_task_status("expired"), std::nullopt);
  using domain::CaregiverKind;
  for (const auto k : {CaregiverKind::employee, CaregiverKind::freelancer, CaregiverKind::volunteer}) {
    EXPECT_EQ(domain::parse_caregiver_kind(domain::to_string(k)), k);
  }
  EXPECT_EQ(domain::parse_caregiver_kind("zzp"), std::nullopt);
}

}  // namespace
}  // namespace carecrowd
