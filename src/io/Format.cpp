#include "io/Format.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/Utf8.h"
#include "io/TextLines.h"

namespace carecrowd::io {
namespace {

std::string_view skip_blank_and_bom(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const std::size_t first = text.find_first_not_of(" \t\r\n\f\v");
  return first == std::string_view::npos ? std::string_view() : text.substr(first);
}

InputFormat detect_json(std::string_view text) {
  // The native reader will report the syntax error of text that only looks like JSON.
  const nlohmann::json root = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (!root.is_object()) return InputFormat::native;
  if (root.contains("patients")) return InputFormat::hhc;
  if (root.contains("jobs") || root.contains("shipments")) return InputFormat::vroom;
  return InputFormat::native;
}

bool has_word(const std::vector<TextLine>& lines, std::string_view word) {
  for (const TextLine& l : lines)
    for (std::string_view w : l.words)
      if (w == word) return true;
  return false;
}

}  // namespace

Result<InputFormat> parse_input_format(std::string_view text) {
  if (text == "auto" || text == "automatic") return InputFormat::automatic;
  if (text == "native") return InputFormat::native;
  if (text == "vroom") return InputFormat::vroom;
  if (text == "solomon") return InputFormat::solomon;
  if (text == "hhc") return InputFormat::hhc;
  return bad_input("format", printable(text), "must be one of auto, native, vroom, solomon, hhc");
}

std::string_view to_string(InputFormat format) {
  switch (format) {
    case InputFormat::automatic: return "auto";
    case InputFormat::native: return "native";
    case InputFormat::vroom: return "vroom";
    case InputFormat::solomon: return "solomon";
    case InputFormat::hhc: return "hhc";
  }
  return "auto";
}

bool looks_like_json(std::string_view text) {
  const std::string_view rest = skip_blank_and_bom(text);
  return !rest.empty() && (rest.front() == '{' || rest.front() == '[');
}

InputFormat detect_format(std::string_view text) {
  if (looks_like_json(text)) return detect_json(text);
  const std::vector<TextLine> lines = split_lines(skip_blank_and_bom(text));
  if (lines.empty()) return InputFormat::automatic;
  if (lines.front().words.front() == "nbNodes") return InputFormat::hhc;
  if (has_word(lines, "VEHICLE") && has_word(lines, "CUSTOMER")) return InputFormat::solomon;
  return InputFormat::automatic;
}

Result<std::string> read_text_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return Error{ErrorKind::io, path, "", "is a directory, not a file"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorKind::io, path, "", std::string("cannot be opened: ") + std::strerror(errno)};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Error{ErrorKind::io, path, "", "could not be read to the end"};
  return buffer.str();
}

}  // namespace carecrowd::io
