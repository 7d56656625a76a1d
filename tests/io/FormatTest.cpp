#include "io/Format.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "BenchmarkFiles.h"
#include "TinyHhc.h"
#include "io/HhcReader.h"

namespace carecrowd::io {
namespace {

using testing::benchmark_text;

TEST(Format, ParsesEveryFormatNameAndRejectsOthersListingTheValidOnes) {
  for (auto f : {InputFormat::automatic, InputFormat::native, InputFormat::vroom, InputFormat::solomon,
                 InputFormat::hhc}) {
    const auto parsed = parse_input_format(to_string(f));
    ASSERT_TRUE(parsed.ok()) << to_string(f);
    EXPECT_EQ(parsed.value(), f);
  }
  EXPECT_EQ(parse_input_format("automatic").value(), InputFormat::automatic);
  const auto bad = parse_input_format("csv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().id, "csv");
  EXPECT_NE(bad.error().reason.find("auto, native, vroom, solomon, hhc"), std::string::npos);
}

TEST(Format, DetectsJsonLayoutsByTheirTopLevelMembers) {
  EXPECT_EQ(detect_format(testing::tiny_hhc_json), InputFormat::hhc);
  EXPECT_EQ(detect_format(R"({"jobs": [], "vehicles": []})"), InputFormat::vroom);
  EXPECT_EQ(detect_format(R"(  {"shipments": [], "vehicles": []})"), InputFormat::vroom);
  EXPECT_EQ(detect_format(R"({"visits": [], "caregivers": []})"), InputFormat::native);
  EXPECT_EQ(detect_format("\xEF\xBB\xBF\r\n{\"patients\": []}"), InputFormat::hhc);
  // Broken JSON goes to the native reader, which reports the syntax error.
  EXPECT_EQ(detect_format(R"({"patients": [)"), InputFormat::native);
}

TEST(Format, DetectsTextLayouts) {
  EXPECT_EQ(detect_format(testing::tiny_mankowska()), InputFormat::hhc);
  EXPECT_EQ(detect_format("R101\r\n\r\nVEHICLE\r\nNUMBER CAPACITY\r\n 25 200\r\nCUSTOMER\r\n"), InputFormat::solomon);
  EXPECT_EQ(detect_format("hello world"), InputFormat::automatic);
  EXPECT_EQ(detect_format(""), InputFormat::automatic);
}

TEST(Format, DetectsTheRealBenchmarkFiles) {
  const auto solomon = benchmark_text("solomon/C101.txt");
  const auto mankowska = benchmark_text("hhc_mankowska2014/InstanzCPLEX_HCSRP_10_1.txt");
  if (!solomon || !mankowska) GTEST_SKIP() << "benchmark files absent";
  EXPECT_EQ(detect_format(*solomon), InputFormat::solomon);
  EXPECT_EQ(detect_format(*mankowska), InputFormat::hhc);
}

TEST(Format, ReadHhcPicksTheReaderByShape) {
  const auto json = read_hhc(testing::tiny_hhc_json, "tiny.json");
  const auto text = read_hhc(testing::tiny_mankowska(), "tiny.txt");
  ASSERT_TRUE(json.ok()) << json.error().message();
  ASSERT_TRUE(text.ok()) << text.error().message();
  EXPECT_EQ(json.value().visits().size(), text.value().visits().size());
}

TEST(Format, ReadTextFileReturnsTheBytesOrAnIoErrorNamingThePath) {
  const auto dir = std::filesystem::temp_directory_path() / "carecrowd_io_format_test";
  std::filesystem::create_directories(dir);
  const auto file = dir / "crlf.txt";
  { std::ofstream(file, std::ios::binary) << "a\r\nb\r\n"; }
  const auto ok = read_text_file(file.string());
  ASSERT_TRUE(ok.ok()) << ok.error().message();
  EXPECT_EQ(ok.value(), "a\r\nb\r\n");

  const auto missing = read_text_file((dir / "absent.txt").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind, ErrorKind::io);
  EXPECT_EQ(missing.error().field, (dir / "absent.txt").string());
  EXPECT_NE(missing.error().reason.find("cannot be opened"), std::string::npos);

  const auto directory = read_text_file(dir.string());
  ASSERT_FALSE(directory.ok());
  EXPECT_NE(directory.error().reason.find("directory"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace carecrowd::io
