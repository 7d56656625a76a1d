// Ticks: the fixed-point conversions from benchmark numbers (units, possibly fractional) to the
// integer ticks the engine works in (see domain::Scale and docs/model.md).
//
// Which rounding applies where is part of each format's documented convention:
//  - times, durations and windows read from a file are rounded to the nearest tick;
//  - an arc's travel *duration* is rounded up, so that a plan feasible in ticks is feasible in
//    exact arithmetic; its *distance* is rounded to the nearest tick, so that sums stay unbiased;
//  - the DIMACS "trunc1" convention truncates each arc to one decimal (see SolomonReader.h).
// REQUIRES for all: |units * ticks_per_unit| well inside 2^62 (readers bound every number by
// max_benchmark_number, and scales are at most 1000).
#pragma once

#include <cmath>
#include <cstdint>

namespace carecrowd::io {

inline std::int64_t round_ticks(double units, std::int64_t ticks_per_unit) {
  return std::llround(units * static_cast<double>(ticks_per_unit));
}

// For numbers computed in floating point (a square root): an exact integer stays itself, because
// the product of an exactly representable integer is exact; anything above it rounds up.
inline std::int64_t ceil_ticks(double units, std::int64_t ticks_per_unit) {
  return static_cast<std::int64_t>(std::ceil(units * static_cast<double>(ticks_per_unit)));
}

// For numbers read as decimal text ("38.470768"): 38.470768 * 1000 may come out a hair above its
// true value 38470.768, and 34.0 * 1000 must stay 34000. Decimal inputs with at most six decimals
// are multiples of 1e-3 ticks at scale 1000, so forgiving a millionth of a tick never rounds a
// genuinely larger value down.
inline std::int64_t ceil_decimal_ticks(double units, std::int64_t ticks_per_unit) {
  return static_cast<std::int64_t>(std::ceil(units * static_cast<double>(ticks_per_unit) - 1e-6));
}

// floor, robust to a product that should be whole coming out a hair below it (0.29 * 100 is
// 28.999999999999996 in binary floating point).
inline std::int64_t floor_ticks(double units, std::int64_t ticks_per_unit) {
  return static_cast<std::int64_t>(std::floor(units * static_cast<double>(ticks_per_unit) + 1e-9));
}

}  // namespace carecrowd::io
