// Invariants: what the harnesses check beyond "no crash, no hang, no leak, no sanitizer report":
// promises the readers make in their headers that arbitrary input can test.
//
// A broken promise ends the run through std::abort, so that libFuzzer keeps the input as a crash
// reproducer like any other finding, after a line on stderr saying which promise broke.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/Error.h"
#include "core/Utf8.h"
#include "domain/Problem.h"
#include "io/NativeProblemJson.h"

namespace carecrowd::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

[[noreturn]] inline void broken(std::string_view promise, std::string_view detail) {
  std::fprintf(stderr, "\nbroken promise: %.*s\n  %s\n", static_cast<int>(promise.size()), promise.data(),
               printable(detail).c_str());
  std::abort();
}

// Every Error is shown to a person and, from the server, sent inside a JSON problem document,
// which must be UTF-8: so its message is UTF-8 whatever bytes the input held, and it says why.
inline void expect_presentable(const Error& error) {
  if (!is_valid_utf8(error.message())) broken("an error message is UTF-8", error.message());
  if (error.reason.empty()) broken("an error gives its reason", error.message());
}

template <class T>
void expect_presentable_if_error(const Result<T>& result) {
  if (!result) expect_presentable(result.error());
}

// NativeProblemJson.h: read_native_problem(write_native_problem(p).dump()) gives a problem that
// writes to the same JSON, for any problem a reader accepted. Checked for problems of up to 50
// locations: a benchmark seed's 200 x 200 matrix written and read again costs as much as
// thousands of small inputs, and small problems take the same paths through writer and reader.
inline void expect_native_round_trip(const domain::Problem& problem) {
  if (problem.travel().size() > 50) return;
  const auto written = io::write_native_problem(problem);
  const auto again = io::read_native_problem(written.dump());
  if (!again) broken("a problem written as native JSON reads back", again.error().message());
  const auto rewritten = io::write_native_problem(again.value());
  if (rewritten != written) broken("a problem read back writes the same JSON", written.dump() + "\n  " + rewritten.dump());
}

}  // namespace carecrowd::fuzz
