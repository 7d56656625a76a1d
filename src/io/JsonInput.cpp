#include "io/JsonInput.h"

#include <cmath>
#include <limits>

#include "core/Utf8.h"

namespace carecrowd::io {
namespace {

Phrase type_name(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return say("null");
    case Json::value_t::object: return say("an object");
    case Json::value_t::array: return say("an array");
    case Json::value_t::string: return say("a string");
    case Json::value_t::boolean: return say("a boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return say("an integer");
    case Json::value_t::number_float: return say("a fractional number");
    default: return say("an unsupported value");
  }
}

// "line L, column C" (both 1-based) of the byte at `offset`.
std::string text_position(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// nlohmann's message without its "[json.exception.parse_error.101] parse error at line 1, column
// 2: " prefix, which would repeat the position we already give in the field, and without its
// "; last read: '...'" suffix: those are the sender's bytes, possibly not UTF-8, and the reason is
// sent back inside a JSON problem document, which must be UTF-8 (a body with invalid UTF-8 once
// made the server answer 500 for that reason). The position says where to look.
Phrase parse_reason(const std::string& what) {
  const std::size_t colon = what.find(": ");
  std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
  if (const std::size_t last_read = reason.find("; last read:"); last_read != std::string::npos)
    reason.erase(last_read);
  // nlohmann's wording for it ("ill-formed UTF-8 byte") is fine for a programmer; say it plainly.
  if (reason.find("ill-formed UTF-8") != std::string::npos) return say("not valid JSON: {}",
                                                                       say("a string is not valid UTF-8"));
  // Belt and braces: whatever else nlohmann puts in a message stays printable. Its words are
  // nlohmann's, in English.
  return say("not valid JSON: {}", printable(reason));
}

}  // namespace

Where Where::operator/(std::string_view key) const {
  return Where{path.empty() ? std::string(key) : path + "." + std::string(key), id};
}

Where Where::operator[](std::size_t index) const {
  return Where{path + "[" + std::to_string(index) + "]", id};
}

Result<Json> parse_json(std::string_view text) {
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    // e.byte is one past the offending character.
    return bad_input(text_position(text, e.byte == 0 ? 0 : e.byte - 1), "", parse_reason(e.what()));
  } catch (const Json::exception& e) {
    return bad_input("", "", parse_reason(e.what()));
  }
}

void JsonInput::fail(const Where& where, std::string reason) {
  if (!error_) error_ = bad_input(where.path, where.id, std::move(reason));
}
void JsonInput::fail(const Where& where, Phrase reason) {
  if (!error_) error_ = bad_input(where.path, where.id, std::move(reason));
}
void JsonInput::fail(const Where& where, const char* reason) { fail(where, std::string(reason)); }

const Json* JsonInput::find(const Json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return nullptr;
  return &*it;
}

const Json* JsonInput::require(const Json& object, std::string_view key, const Where& where) {
  const Json* value = find(object, key);
  if (value == nullptr) fail(where / key, "is required");
  return value;
}

const Json* JsonInput::member(const Json& object, std::string_view key, const Where& where) {
  if (!expect_object(object, where)) return nullptr;
  const auto it = object.find(key);
  if (it == object.end()) {
    fail(where / key, "is missing");
    return nullptr;
  }
  return &*it;
}

bool JsonInput::expect_object(const Json& value, const Where& where) {
  if (value.is_object()) return true;
  fail(where, say("must be an object, not {}", type_name(value)));
  return false;
}

bool JsonInput::expect_array(const Json& value, const Where& where) {
  if (value.is_array()) return true;
  fail(where, say("must be an array, not {}", type_name(value)));
  return false;
}

bool JsonInput::expect_array(const Json& value, const Where& where, std::size_t size) {
  if (!expect_array(value, where)) return false;
  if (value.size() == size) return true;
  fail(where, say("must have {} elements, has {}", size, value.size()));
  return false;
}

void JsonInput::only_known(const Json& object, const Where& where, std::initializer_list<std::string_view> known) {
  if (!object.is_object()) return;
  for (const auto& [key, value] : object.items()) {
    bool found = false;
    for (std::string_view k : known) found = found || k == key;
    if (!found) {
      fail(where / key, "is not a known field");
      return;
    }
  }
}

std::int64_t JsonInput::integer(const Json& value, const Where& where, std::int64_t min, std::int64_t max) {
  if (!ok()) return 0;
  std::int64_t result = 0;
  if (value.is_number_unsigned()) {
    const auto u = value.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      fail(where, "is out of range");
      return 0;
    }
    result = static_cast<std::int64_t>(u);
  } else if (value.is_number_integer()) {
    result = value.get<std::int64_t>();
  } else if (value.is_number_float()) {
    const double d = value.get<double>();
    // 2^62 keeps the conversion below defined; real limits are checked just after.
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 4.6e18) {
      fail(where, "must be a whole number");
      return 0;
    }
    result = static_cast<std::int64_t>(d);
  } else {
    fail(where, say("must be a whole number, not {}", type_name(value)));
    return 0;
  }
  if (result < min || result > max) {
    fail(where, say("must be between {} and {}, not {}", min, max, result));
    return 0;
  }
  return result;
}

double JsonInput::number(const Json& value, const Where& where) {
  if (!ok()) return 0;
  if (!value.is_number()) {
    fail(where, say("must be a number, not {}", type_name(value)));
    return 0;
  }
  const double d = value.get<double>();
  if (!std::isfinite(d)) {
    fail(where, "must be a finite number");
    return 0;
  }
  return d;
}

double JsonInput::number(const Json& value, const Where& where, double max_magnitude) {
  const double d = number(value, where);
  if (!ok()) return 0;
  if (std::fabs(d) > max_magnitude) {
    fail(where, "is out of range");
    return 0;
  }
  return d;
}

std::string JsonInput::string(const Json& value, const Where& where) {
  if (!ok()) return {};
  if (!value.is_string()) {
    fail(where, say("must be a string, not {}", type_name(value)));
    return {};
  }
  return value.get<std::string>();
}

std::string JsonInput::nonempty_string(const Json& value, const Where& where) {
  std::string text = string(value, where);
  if (ok() && text.empty()) fail(where, "must not be empty");
  return text;
}

bool JsonInput::boolean(const Json& value, const Where& where) {
  if (!ok()) return false;
  if (!value.is_boolean()) {
    fail(where, say("must be true or false, not {}", type_name(value)));
    return false;
  }
  return value.get<bool>();
}

std::string JsonInput::id(const Json& value, const Where& where) {
  if (!ok()) return {};
  if (value.is_number_unsigned() || (value.is_number_integer() && value.get<std::int64_t>() >= 0))
    return std::to_string(value.get<std::uint64_t>());
  if (!value.is_string()) {
    fail(where, say("must be a string or a non-negative integer, not {}", type_name(value)));
    return {};
  }
  std::string text = value.get<std::string>();
  if (text.empty()) fail(where, "must not be empty");
  return text;
}

std::int64_t JsonInput::ticks(const Json& value, const Where& where, std::int64_t ticks_per_unit,
                              bool allow_negative) {
  const double units = number(value, where);
  if (!ok()) return 0;
  const double scaled = units * static_cast<double>(ticks_per_unit);
  if (std::fabs(scaled) > static_cast<double>(max_ticks)) {
    fail(where, "is out of range");
    return 0;
  }
  const std::int64_t result = std::llround(scaled);
  if (result < 0 && !allow_negative) {
    fail(where, "must not be negative");
    return 0;
  }
  return result;
}

std::int64_t JsonInput::time(const Json& value, const Where& where, std::int64_t ticks_per_unit) {
  if (!ok()) return 0;
  if (!value.is_string()) return ticks(value, where, ticks_per_unit);
  if (ticks_per_unit != 60) {
    fail(where, "\"HH:MM\" times are only allowed when the file's time unit is a minute; give a number");
    return 0;
  }
  const auto minutes = parse_clock_minutes(value.get<std::string>());
  if (!minutes) {
    fail(where, say("must be a number of minutes or \"HH:MM\", not \"{}\"", value.get<std::string>()));
    return 0;
  }
  return *minutes * ticks_per_unit;
}

std::string peek_id(const Json& object) {
  const Json* id = JsonInput::find(object, "id");
  if (id == nullptr) return {};
  JsonInput quiet;
  std::string text = quiet.id(*id, Where{});
  return quiet.ok() ? text : std::string();
}

std::optional<std::int64_t> parse_clock_minutes(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 3 || text.size() != colon + 3) return std::nullopt;
  std::int64_t hours = 0;
  for (std::size_t i = 0; i < colon; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    hours = hours * 10 + (text[i] - '0');
  }
  const char m1 = text[colon + 1];
  const char m2 = text[colon + 2];
  if (m1 < '0' || m1 > '5' || m2 < '0' || m2 > '9') return std::nullopt;
  return hours * 60 + (m1 - '0') * 10 + (m2 - '0');
}

}  // namespace carecrowd::io
