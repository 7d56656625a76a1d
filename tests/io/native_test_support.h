// Helpers shared by the native and VROOM JSON tests: reading a repository file, and asserting that
// a reader failed at a given field for a given id.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "core/Error.h"

namespace carecrowd::io::testing {

inline std::string read_source_file(const std::string& relative) {
  std::ifstream in(std::string(CARECROWD_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Passes when `result` is an error at exactly `field` naming `id`, with `reason_part` in its reason.
template <class T>
::testing::AssertionResult FailsAt(const Result<T>& result, const std::string& field, const std::string& id,
                                   const std::string& reason_part = "") {
  if (result.ok()) return ::testing::AssertionFailure() << "read succeeded; expected an error at " << field;
  const Error& e = result.error();
  if (e.field != field || e.id != id || e.reason.find(reason_part) == std::string::npos)
    return ::testing::AssertionFailure() << "got \"" << e.message() << "\" (field \"" << e.field << "\", id \"" << e.id
                                         << "\"); expected field \"" << field << "\", id \"" << id << "\", reason with \""
                                         << reason_part << "\"";
  return ::testing::AssertionSuccess();
}

}  // namespace carecrowd::io::testing
