#include "http/RequestTarget.h"

#include "core/Utf8.h"

namespace carecrowd::http {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decodes `text`; in a query '+' stands for a space (HTML forms), in a path it is itself.
Result<std::string> decode(std::string_view text, bool plus_is_space, const std::string& field) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%') {
      const int high = i + 2 < text.size() ? hex_value(text[i + 1]) : -1;
      const int low = i + 2 < text.size() ? hex_value(text[i + 2]) : -1;
      if (high < 0 || low < 0) return bad_input(field, "", "has a '%' that is not followed by two hex digits");
      out.push_back(static_cast<char>(high * 16 + low));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (!is_valid_utf8(out)) return bad_input(field, "", "is not valid UTF-8 once %-decoded");
  if (!is_single_line_text(out)) return bad_input(field, "", "holds a control character");
  return out;
}

}  // namespace

Result<RequestTarget> parse_request_target(std::string_view target) {
  if (target.empty() || target.front() != '/') {
    return bad_input("path", "", "must start with '/' (origin form)");
  }
  RequestTarget out;
  const auto question = target.find('?');
  const std::string_view raw_path = target.substr(0, question);
  auto path = decode(raw_path, false, "path");
  if (!path) return path.error();
  out.path = std::move(path.value());
  if (question == std::string_view::npos) return out;
  std::string_view rest = target.substr(question + 1);
  while (!rest.empty()) {
    const auto amp = rest.find('&');
    const std::string_view pair = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
    if (pair.empty()) continue;
    const auto eq = pair.find('=');
    auto name = decode(pair.substr(0, eq), true, "query");
    if (!name) return name.error();
    const std::string field = "query (" + name.value() + ")";
    auto value = decode(eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1), true, field);
    if (!value) return value.error();
    out.query.emplace_back(std::move(name.value()), std::move(value.value()));
  }
  return out;
}

}  // namespace carecrowd::http
