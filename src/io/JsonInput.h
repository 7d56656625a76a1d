// JsonInput: reads a parsed JSON document field by field for the JSON readers in src/io, so that
// every bad value is reported with the path to it ("visits[3].windows[0]") and the id of the object
// that holds it, and so that no nlohmann exception ever leaves a reader.
//
// The first error wins. Once a read has failed, later reads record nothing and return neutral
// values (0, "", false), so a reader can go on without testing after every field; it must test
// `ok()` only before a neutral value could do harm (indexing with it, building the Problem).
//
// Thread safety: one instance per document being read; not shared.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/Error.h"

namespace carecrowd::io::detail {

using Json = nlohmann::json;

// Where a value sits: the path from the document root, and the id of the nearest enclosing object
// that has one (empty at the top level).
struct Where {
  std::string path;
  std::string id;

  // "visits[3]" / "windows" is "visits[3].windows"; at the root, just "windows".
  [[nodiscard]] Where operator/(std::string_view key) const;
  // "visits[3].windows"[0] is "visits[3].windows[0]".
  [[nodiscard]] Where operator[](std::size_t index) const;
  [[nodiscard]] Where with_id(std::string new_id) const { return Where{path, std::move(new_id)}; }
};

// Parses `text`: the one JSON parse of every reader in src/io and of request bodies. A syntax error
// (invalid UTF-8 included) is reported at "line L, column C" of the text, and its reason never
// quotes the text, so the Error can be shown as it is even when the text is not UTF-8.
Result<Json> parse_json(std::string_view text);

class JsonInput {
 public:
  // Largest magnitude of a value in ticks: about 300,000 years of seconds, far beyond any horizon,
  // and small enough that the engine can add thousands of them without overflow.
  static constexpr std::int64_t max_ticks = 10'000'000'000'000;

  [[nodiscard]] bool ok() const { return !error_.has_value(); }
  // REQUIRES: !ok()
  [[nodiscard]] const Error& error() const { return *error_; }
  // Records an error unless one is already recorded.
  void fail(const Where& where, std::string reason);

  // The member `key` of `object`, or nullptr when it is absent or null (null means "use the
  // default" everywhere in our formats). `object` must be an object.
  [[nodiscard]] static const Json* find(const Json& object, std::string_view key);
  // As find, but records "is required" when the member is absent or null.
  const Json* require(const Json& object, std::string_view key, const Where& where);

  // Type checks that record "must be an object/array" and return false on failure.
  bool expect_object(const Json& value, const Where& where);
  bool expect_array(const Json& value, const Where& where);
  // Records an error naming the first member of `object` that is not among `known` (a typo such as
  // "windos" would otherwise silently fall back to a default).
  void only_known(const Json& object, const Where& where, std::initializer_list<std::string_view> known);

  // A whole number in [min, max]. A float with no fractional part (3.0) is accepted.
  std::int64_t integer(const Json& value, const Where& where, std::int64_t min, std::int64_t max);
  // A finite number.
  double number(const Json& value, const Where& where);
  std::string string(const Json& value, const Where& where);
  bool boolean(const Json& value, const Where& where);
  // An id or a reference to one: a non-empty string, or a non-negative integer kept as its decimal
  // text (VROOM and hand-written files use numbers).
  std::string id(const Json& value, const Where& where);

  // A quantity in file units (a number, possibly fractional) as ticks, rounded to the nearest tick;
  // at most max_ticks in magnitude, and not negative unless `allow_negative`.
  std::int64_t ticks(const Json& value, const Where& where, std::int64_t ticks_per_unit,
                     bool allow_negative = false);
  // A point in time: a number as for ticks(), or, when the file unit is a minute (ticks_per_unit
  // 60, ticks are seconds), "HH:MM" text with HH from 0 to 999 ("26:30" is 02:30 the next day).
  std::int64_t time(const Json& value, const Where& where, std::int64_t ticks_per_unit);

 private:
  std::optional<Error> error_;
};

// The id `object` has, as id() would read it, or "" when it has none that reads; records nothing.
// For naming an object in an error before its fields are read.
std::string peek_id(const Json& object);

// "HH:MM" as minutes, or nullopt when `text` is not of that form (minutes 00..59).
std::optional<std::int64_t> parse_clock_minutes(std::string_view text);

}  // namespace carecrowd::io::detail
