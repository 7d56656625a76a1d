// JsonOutput: how the JSON writers in src/io turn ticks and ids back into file values.
//
// Invariant: every value written here is read back to the same ticks (or id) by JsonInput, so
// writers and readers invert each other exactly.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace carecrowd::io::detail {

// `ticks` in file units: a whole number when it divides evenly (the common case, and easier to
// read), otherwise the nearest double. Rounding ticks_per_unit * (ticks / ticks_per_unit) to the
// nearest integer gives `ticks` back for any |ticks| below 2^50.
inline nlohmann::json in_units(std::int64_t ticks, std::int64_t ticks_per_unit) {
  if (ticks % ticks_per_unit == 0) return ticks / ticks_per_unit;
  return static_cast<double>(ticks) / static_cast<double>(ticks_per_unit);
}

// Whether `id` is the decimal text of a number that VROOM could have given (no sign, no leading
// zero, fits 64 bits), so that writing it as a number and reading it back gives the same text.
inline bool is_integer_id(const std::string& id) {
  if (id.empty() || id.size() > 19 || (id.size() > 1 && id[0] == '0')) return false;
  for (char ch : id)
    if (ch < '0' || ch > '9') return false;
  return true;
}

// An id as VROOM writes it: a number when it is one, the text otherwise.
inline nlohmann::json id_value(const std::string& id) {
  if (is_integer_id(id)) return std::stoull(id);
  return id;
}

}  // namespace carecrowd::io::detail
