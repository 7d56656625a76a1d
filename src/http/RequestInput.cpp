#include "http/RequestInput.h"

#include <charconv>
#include <limits>

#include "core/Utf8.h"
#include "services/InputRules.h"

namespace carecrowd::http {

Result<std::optional<std::int64_t>> query_int(const Json& query, std::string_view key, std::int64_t min,
                                              std::int64_t max) {
  auto it = query.find(key);
  if (it == query.end()) return std::optional<std::int64_t>();
  const std::string text = it->is_string() ? it->get<std::string>() : it->dump();
  std::int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) {
    return bad_input(std::string(key), "", say("must be a whole number, got \"{}\"", printable(text)));
  }
  if (value < min || value > max) {
    return bad_input(std::string(key), "",
                     say("must be between {} and {}", min, max));
  }
  return std::optional<std::int64_t>(value);
}

Result<std::optional<DayNumber>> query_date(const Json& query, std::string_view key) {
  auto it = query.find(key);
  if (it == query.end()) return std::optional<DayNumber>();
  if (!it->is_string()) return bad_input(std::string(key), "", "must be a date YYYY-MM-DD");
  auto day = parse_date(it->get<std::string>(), key);
  if (!day) return day.error();
  return std::optional<DayNumber>(day.value());
}

Result<const Json*> body_object(const Json& body) {
  if (!body.is_object()) return bad_input("body", "", "must be a JSON object");
  return &body;
}

Result<std::int64_t> body_integer(const Json& body, std::string_view key, std::int64_t min, std::int64_t max) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {key});
  std::int64_t value = 0;
  if (const Json* v = in.require(body, key, Where{})) value = in.integer(*v, Where{std::string(key), ""}, min, max);
  if (!in.ok()) return in.error();
  return value;
}

namespace {

// A string field parsed by `parse` (a CivilTime parser naming the field): its value, or a zero value
// after recording the first error in `in`.
template <class T>
T read_parsed(JsonInput& in, const Json& value, const Where& where,
              Result<T> (*parse)(std::string_view, std::string_view)) {
  const std::string text = in.string(value, where);
  if (!in.ok()) return T{};
  auto parsed = parse(text, where.path);
  if (!parsed) {
    in.fail(where, parsed.error().said());
    return T{};
  }
  return parsed.value();
}

}  // namespace

DayNumber read_date(JsonInput& in, const Json& value, const Where& where) {
  return read_parsed<DayNumber>(in, value, where, parse_date);
}

LocalMinute read_local_time(JsonInput& in, const Json& value, const Where& where) {
  return read_parsed<LocalMinute>(in, value, where, parse_local_time);
}

int read_clock(JsonInput& in, const Json& value, const Where& where) {
  return read_parsed<int>(in, value, where, parse_clock);
}

int read_weekday(JsonInput& in, const Json& value, const Where& where) {
  const std::string name = in.string(value, where);
  if (!in.ok()) return -1;
  if (const auto day = services::weekday_of_name(name)) return *day;
  in.fail(where, std::string(services::kNotAWeekday));
  return -1;
}

std::int64_t read_whole_number(JsonInput& in, const Json& value, const Where& where) {
  return in.integer(value, where, std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max());
}

Result<services::Page> read_page(const Json& query, std::int64_t fallback) {
  services::Page page;
  page.limit = fallback;
  auto limit = query_int(query, "limit", 1, 500);
  if (!limit) return limit.error();
  if (limit.value()) page.limit = *limit.value();
  auto after = query_int(query, "after", 0, INT64_MAX);
  if (!after) return after.error();
  if (after.value()) page.after = *after.value();
  return page;
}

}  // namespace carecrowd::http
