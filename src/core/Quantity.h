// Quantity: an integer amount of one unit (time, distance or cost) that cannot be mixed with
// another unit by accident.
//
// The engine works in integer "ticks" so that feasibility is exact and reproducible; the scale of a
// tick (a second for native problems, 1/1000 or 1/10 of a unit for benchmarks) is carried by
// domain::Scale and applied only when reading and writing. Arithmetic between two quantities of one
// unit gives that unit; multiplying by a plain integer scales it. Converting to another unit is
// always explicit (`.get()`), which is where a reader should look for unit bugs.
//
// Thread safety: a value type; no shared state.
#pragma once

#include <compare>
#include <cstdint>
#include <limits>

namespace carecrowd {

template <class Tag>
class Quantity {
 public:
  using Rep = std::int64_t;

  constexpr Quantity() = default;
  constexpr explicit Quantity(Rep value) : value_(value) {}

  [[nodiscard]] constexpr Rep get() const { return value_; }

  static constexpr Quantity max() { return Quantity(std::numeric_limits<Rep>::max() / 4); }
  static constexpr Quantity zero() { return Quantity(0); }

  constexpr Quantity& operator+=(Quantity o) { value_ += o.value_; return *this; }
  constexpr Quantity& operator-=(Quantity o) { value_ -= o.value_; return *this; }
  constexpr Quantity& operator*=(Rep k) { value_ *= k; return *this; }

  friend constexpr Quantity operator+(Quantity a, Quantity b) { return Quantity(a.value_ + b.value_); }
  friend constexpr Quantity operator-(Quantity a, Quantity b) { return Quantity(a.value_ - b.value_); }
  friend constexpr Quantity operator-(Quantity a) { return Quantity(-a.value_); }
  friend constexpr Quantity operator*(Quantity a, Rep k) { return Quantity(a.value_ * k); }
  friend constexpr Quantity operator*(Rep k, Quantity a) { return Quantity(a.value_ * k); }
  friend constexpr auto operator<=>(Quantity, Quantity) = default;

 private:
  Rep value_ = 0;
};

struct DurationTag {};
struct DistanceTag {};
struct CostTag {};

// Time in ticks: durations, and points in time counted from the start of the planning horizon.
using Duration = Quantity<DurationTag>;
// Travel distance in ticks (metres for native problems).
using Distance = Quantity<DistanceTag>;
// Objective value in ticks (1/1000 cent for native problems).
using Cost = Quantity<CostTag>;

template <class Tag>
constexpr Quantity<Tag> max(Quantity<Tag> a, Quantity<Tag> b) { return a < b ? b : a; }
template <class Tag>
constexpr Quantity<Tag> min(Quantity<Tag> a, Quantity<Tag> b) { return a < b ? a : b; }

}  // namespace carecrowd
