// Every reader, given any prefix of a valid file, returns a Problem or an Error: it never crashes,
// throws or loops. (A prefix cut inside the last number can still be a valid, smaller instance.)
#include <gtest/gtest.h>

#include <string>

#include "BenchmarkFiles.h"
#include "TinyHhc.h"
#include "io/HhcJsonReader.h"
#include "io/MankowskaReader.h"
#include "io/SolomonReader.h"

namespace carecrowd::io {
namespace {

template <class Read>
void read_every_prefix(const std::string& text, std::size_t step, Read read) {
  for (std::size_t n = 0; n < text.size(); n += step) {
    const auto p = read(text.substr(0, n));
    if (!p.ok()) {
      EXPECT_FALSE(p.error().reason.empty()) << "prefix of " << n << " bytes";
    }
  }
}

TEST(Truncation, SolomonPrefixesNeverCrash) {
  const auto text = testing::benchmark_text("solomon/R101.txt");
  if (!text) GTEST_SKIP() << "benchmark file absent";
  read_every_prefix(*text, 7, [](const std::string& t) { return read_solomon(t, "R101.txt", SolomonRounding::exact); });
}

TEST(Truncation, MankowskaPrefixesNeverCrashAndCutBlocksAreErrors) {
  const auto text = testing::benchmark_text("hhc_mankowska2014/InstanzCPLEX_HCSRP_10_1.txt");
  if (!text) GTEST_SKIP() << "benchmark file absent";
  read_every_prefix(*text, 3, [](const std::string& t) { return read_mankowska(t, "A1.txt"); });
  // Cut anywhere before the last block, some block is incomplete or missing.
  for (std::size_t n = 0; n < text->rfind("\nl\n"); n += 11)
    EXPECT_FALSE(read_mankowska(text->substr(0, n), "A1.txt").ok()) << n;
}

TEST(Truncation, HhcJsonPrefixesAreAllErrors) {
  const std::string& text = testing::tiny_hhc_json;
  for (std::size_t n = 0; n + 1 < text.size(); ++n) EXPECT_FALSE(read_hhc_json(text.substr(0, n), "t.json").ok()) << n;
}

}  // namespace
}  // namespace carecrowd::io
