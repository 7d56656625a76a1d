#include "io/SourceRef.h"

namespace carecrowd::io {

std::string line_ref(std::string_view source, int line) {
  if (source.empty()) return "line " + std::to_string(line);
  return std::string(source) + ":" + std::to_string(line);
}

std::string path_ref(std::string_view source, std::string_view path) {
  if (source.empty()) return std::string(path);
  if (path.empty()) return std::string(source);
  return std::string(source) + ": " + std::string(path);
}

Error from_source(Error error, std::string_view source) {
  error.field = path_ref(source, error.field);
  return error;
}

std::string file_stem(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  const std::size_t dot = path.rfind('.');
  if (dot != std::string_view::npos && dot > 0) path = path.substr(0, dot);
  return std::string(path);
}

}  // namespace carecrowd::io
