#include "io/TextLines.h"

#include <gtest/gtest.h>

#include "io/SourceRef.h"
#include "io/Ticks.h"

namespace carecrowd::io {
namespace {

TEST(TextLines, SplitsCrlfTextIntoNumberedLinesOfWordsAndDropsBlankLines) {
  const auto lines = split_lines("C101\r\n\r\n  25\t 200 \r\n \r\nlast");
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0].number, 1);
  EXPECT_EQ(lines[0].words, std::vector<std::string_view>{"C101"});
  EXPECT_EQ(lines[1].number, 3);
  EXPECT_EQ(lines[1].words, (std::vector<std::string_view>{"25", "200"}));
  EXPECT_EQ(lines[2].number, 5);
}

TEST(TextLines, ParsesOnlyWholeFiniteNumbersOfSensibleSize) {
  EXPECT_EQ(parse_number("14.0"), 14.0);
  EXPECT_EQ(parse_number("-3"), -3.0);
  EXPECT_EQ(parse_number("+2.5"), 2.5);
  EXPECT_EQ(parse_number("1e3"), 1000.0);
  for (const char* bad : {"", "nan", "inf", "-inf", "12a", "1e300", "+-1", "1,5", "+"})
    EXPECT_FALSE(parse_number(bad).has_value()) << bad;
  EXPECT_EQ(as_whole(25.0), 25);
  EXPECT_FALSE(as_whole(2.5).has_value());
}

TEST(Ticks, RoundsEachWayAsDocumented) {
  EXPECT_EQ(round_ticks(38.470768, 1000), 38471);
  EXPECT_EQ(ceil_decimal_ticks(7.28011, 1000), 7281);
  EXPECT_EQ(ceil_decimal_ticks(34.0, 1000), 34000);
  EXPECT_EQ(ceil_decimal_ticks(2.007, 1000), 2007);  // 2.007 * 1000 is 2007.0000000000002 in binary
  EXPECT_EQ(floor_ticks(0.29, 100), 29);          // 0.29 * 100 is 28.999999999999996 in binary
  EXPECT_EQ(floor_ticks(16.76305, 10), 167);
}

TEST(SourceRef, NamesLinesPathsAndStems) {
  EXPECT_EQ(line_ref("C101.txt", 12), "C101.txt:12");
  EXPECT_EQ(line_ref("", 12), "line 12");
  EXPECT_EQ(path_ref("a.json", "patients[0]"), "a.json: patients[0]");
  EXPECT_EQ(path_ref("", "patients[0]"), "patients[0]");
  EXPECT_EQ(file_stem("dir/sub/InstanzCPLEX_HCSRP_10_1.txt"), "InstanzCPLEX_HCSRP_10_1");
  EXPECT_EQ(file_stem("HHCRSP_25_5_21_1.6_R_RC.json"), "HHCRSP_25_5_21_1.6_R_RC");
  EXPECT_EQ(file_stem(""), "");
}

}  // namespace
}  // namespace carecrowd::io
