#include "io/JsonFields.h"

#include <cmath>

#include "io/JsonInput.h"
#include "io/SourceRef.h"
#include "io/TextLines.h"

namespace carecrowd::io {

Result<Json> parse_json(std::string_view text, std::string_view source) {
  auto parsed = detail::parse_json(text);
  if (!parsed) return from_source(parsed.error(), source);
  return parsed;
}

std::string key_path(std::string_view path, std::string_view key) {
  if (path.empty()) return std::string(key);
  return std::string(path) + "." + std::string(key);
}

std::string index_path(std::string_view path, std::size_t index) {
  return std::string(path) + "[" + std::to_string(index) + "]";
}

Error json_error(std::string_view source, std::string_view path, std::string id, std::string reason) {
  return bad_input(path_ref(source, path.empty() ? "(top level)" : path), std::move(id), std::move(reason));
}

Result<const Json*> member(const Json& object, std::string_view key, std::string_view path, std::string_view source) {
  if (!object.is_object()) return json_error(source, path, "", "must be a JSON object");
  const auto it = object.find(key);
  if (it == object.end()) return json_error(source, key_path(path, key), "", "is missing");
  return &*it;
}

Result<const Json*> array_member(const Json& object, std::string_view key, std::string_view path,
                                 std::string_view source, long size) {
  auto m = member(object, key, path, source);
  if (!m) return m;
  const Json& a = *m.value();
  if (!a.is_array()) return json_error(source, key_path(path, key), "", "must be an array");
  if (size >= 0 && a.size() != static_cast<std::size_t>(size))
    return json_error(source, key_path(path, key), "",
                      "must have " + std::to_string(size) + " elements, has " + std::to_string(a.size()));
  return m;
}

Result<double> number_value(const Json& value, std::string_view path, std::string_view source) {
  if (!value.is_number()) return json_error(source, path, "", "must be a number");
  const double v = value.get<double>();
  if (!std::isfinite(v) || std::abs(v) > max_benchmark_number)
    return json_error(source, path, "", "is out of range");
  return v;
}

Result<std::string> string_value(const Json& value, std::string_view path, std::string_view source) {
  if (!value.is_string()) return json_error(source, path, "", "must be a string");
  const auto& s = value.get_ref<const Json::string_t&>();
  if (s.empty()) return json_error(source, path, "", "must not be empty");
  return s;
}

}  // namespace carecrowd::io
