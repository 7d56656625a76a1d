// TextLines: a benchmark text file as its non-empty lines split into words, each line keeping its
// 1-based number so that a reader can say where a bad value is ("C101.txt:12").
//
// Line endings may be "\n" or "\r\n" (Solomon files use CRLF); '\r', tabs and spaces all separate
// words. The words are views into the text given to split_lines, which must outlive the result.
// Numbers are parsed with the C locale rules of std::from_chars, never with the global locale.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carecrowd::io {

struct TextLine {
  int number = 0;  // 1-based line number in the text
  std::vector<std::string_view> words;
};

// Drops lines that hold only whitespace.
std::vector<TextLine> split_lines(std::string_view text);

// The largest magnitude a benchmark number may have. Far above any real instance, and small
// enough that scaling to ticks (x1000) and summing many of them stays within 64 bits.
inline constexpr double max_benchmark_number = 1e9;

// The whole word as a finite decimal number of magnitude <= max_benchmark_number; nullopt for
// anything else ("12a", "nan", "inf", "", "1e300").
std::optional<double> parse_number(std::string_view word);

// "'12a' is not a number (or is beyond 1e9)": the reason to give when parse_number fails.
std::string not_a_number(std::string_view word);

// `value` if it is a whole number (e.g. "25" or "25.0"), nullopt otherwise.
std::optional<std::int64_t> as_whole(double value);

}  // namespace carecrowd::io
