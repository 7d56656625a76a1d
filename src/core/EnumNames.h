// EnumNames: an enum's stored and shown names as one table, and the two lookups over it, so that
// every enum the platform stores as text (task and proposal status, caregiver kind, role) keeps its
// names in one place and reads them back the same way.
//
// Thread safety: constexpr tables and pure functions.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace carecrowd {

template <class E, std::size_t N>
using EnumNames = std::array<std::pair<E, std::string_view>, N>;

// The name of `value`; `fallback` when the table lacks it (a value cast from outside the enum).
template <class E, std::size_t N>
constexpr std::string_view name_of(const EnumNames<E, N>& names, E value, std::string_view fallback = "unknown") {
  for (const auto& [v, name] : names) {
    if (v == value) return name;
  }
  return fallback;
}

// The value named `text` exactly; nullopt when no entry has that name.
template <class E, std::size_t N>
constexpr std::optional<E> value_named(const EnumNames<E, N>& names, std::string_view text) {
  for (const auto& [v, name] : names) {
    if (name == text) return v;
  }
  return std::nullopt;
}

}  // namespace carecrowd
