// JsonInput: the one way JSON input is read: the file readers in src/io (native, VROOM, the HHC
// benchmark JSON and plans), request bodies in services and http. A document is read field by
// field, and every bad value is reported as an Error whose field is the path to it
// ("visits[3].windows[0]", "patients[1].required_caregivers[0].duration"), whose id is that of the
// nearest enclosing object that has one ("p3"), and whose reason says what is wrong in words
// ("is required", "must be a number, not a string", "must be between 1 and 500, not 0"). No
// nlohmann exception ever leaves a reader. A reader of a file adds the file's name in front of the
// path (SourceRef.h: from_source); a request's errors name the body's fields as they are.
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

namespace carecrowd::io {

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
  void fail(const Where& where, Phrase reason);  // a reason with values: say("...{}...", v)
  void fail(const Where& where, const char* reason);

  // The member `key` of `object`, or nullptr when it is absent or null (null means "use the
  // default" everywhere in our formats). `object` must be an object.
  [[nodiscard]] static const Json* find(const Json& object, std::string_view key);
  // As find, but records "is required" when the member is absent or null.
  const Json* require(const Json& object, std::string_view key, const Where& where);
  // For formats that are not ours (the benchmark files), where null has no meaning of its own: the
  // member `key` of `object`, recording "must be an object" when `object` is not one and "is
  // missing" when the member is absent. A null member is returned, for the type check that
  // follows to refuse.
  const Json* member(const Json& object, std::string_view key, const Where& where);

  // Type checks that record "must be an object/array" and return false on failure.
  bool expect_object(const Json& value, const Where& where);
  bool expect_array(const Json& value, const Where& where);
  // An array of exactly `size` elements; records "must have N elements, has M" otherwise.
  bool expect_array(const Json& value, const Where& where, std::size_t size);
  // Records an error naming the first member of `object` that is not among `known` (a typo such as
  // "windos" would otherwise silently fall back to a default).
  void only_known(const Json& object, const Where& where, std::initializer_list<std::string_view> known);

  // A whole number in [min, max]. A float with no fractional part (3.0) is accepted.
  std::int64_t integer(const Json& value, const Where& where, std::int64_t min, std::int64_t max);
  // A finite number.
  double number(const Json& value, const Where& where);
  // A finite number of magnitude at most `max_magnitude`; records "is out of range" beyond it.
  double number(const Json& value, const Where& where, double max_magnitude);
  std::string string(const Json& value, const Where& where);
  // A string that is not empty.
  std::string nonempty_string(const Json& value, const Where& where);
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

}  // namespace carecrowd::io
