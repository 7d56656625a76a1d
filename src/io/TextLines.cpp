#include "io/TextLines.h"

#include <charconv>
#include <cmath>

#include "core/Utf8.h"

namespace carecrowd::io {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::vector<std::string_view> split_words(std::string_view line) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && is_space(line[i])) ++i;
    const std::size_t begin = i;
    while (i < line.size() && !is_space(line[i])) ++i;
    if (i > begin) words.push_back(line.substr(begin, i - begin));
  }
  return words;
}

}  // namespace

std::vector<TextLine> split_lines(std::string_view text) {
  std::vector<TextLine> lines;
  int number = 0;
  while (!text.empty()) {
    ++number;
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    auto words = split_words(line);
    if (!words.empty()) lines.push_back(TextLine{number, std::move(words)});
  }
  return lines;
}

std::optional<double> parse_number(std::string_view word) {
  // from_chars rejects a leading '+', which some writers emit; accept it, but not "+-1".
  if (word.size() > 1 && word.front() == '+' && word[1] != '-') word.remove_prefix(1);
  double value = 0;
  const char* end = word.data() + word.size();
  const auto [ptr, ec] = std::from_chars(word.data(), end, value);
  if (ec != std::errc() || ptr != end || word.empty()) return std::nullopt;
  if (!std::isfinite(value) || std::abs(value) > max_benchmark_number) return std::nullopt;
  return value;
}

std::string not_a_number(std::string_view word) {
  return "'" + printable(word) + "' is not a number (or is beyond 1e9)";
}

std::optional<std::int64_t> as_whole(double value) {
  if (!std::isfinite(value) || std::abs(value) > max_benchmark_number) return std::nullopt;
  if (value != std::floor(value)) return std::nullopt;
  return static_cast<std::int64_t>(value);
}

}  // namespace carecrowd::io
