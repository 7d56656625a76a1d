// Test helpers to read files of the shared benchmark set (CARECROWD_BENCHMARKS_DIR). A test that
// needs one skips when it is absent, so the suite still runs on a machine without the data.
#pragma once

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "io/Format.h"

namespace carecrowd::io::testing {

inline std::string benchmark_path(const std::string& relative) {
  return std::string(CARECROWD_BENCHMARKS_DIR) + "/" + relative;
}

inline std::optional<std::string> benchmark_text(const std::string& relative) {
  auto text = read_text_file(benchmark_path(relative));
  if (!text) return std::nullopt;
  return std::move(text).value();
}

// Every file of `folder` whose name ends in `extension`, sorted; empty if the folder is absent.
inline std::vector<std::filesystem::path> benchmark_files(const std::string& folder, const std::string& extension) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(benchmark_path(folder), ec))
    if (entry.path().extension() == extension) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace carecrowd::io::testing
