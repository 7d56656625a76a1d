#include "http/Language.h"

#include <boost/beast/http/rfc7230.hpp>


namespace carecrowd::http {

namespace {

bool is_prefix(std::string_view range, std::string_view language) {
  if (range.size() < language.size()) return false;
  for (std::size_t i = 0; i < language.size(); ++i) {
    const char c = range[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != language[i]) return false;
  }
  return range.size() == language.size() || range[language.size()] == '-';
}

// A weight "q=0.8" as thousandths (RFC 9110 allows three decimals); -1 when malformed.
int weight_of(std::string_view q) {
  if (q.empty() || q.size() > 5) return -1;
  if (q[0] == '1') return q.find_first_not_of("1.0") == std::string_view::npos ? 1000 : -1;
  if (q[0] != '0') return -1;
  if (q.size() == 1) return 0;
  if (q[1] != '.') return -1;
  int out = 0;
  int scale = 100;
  for (std::size_t i = 2; i < q.size(); ++i, scale /= 10) {
    if (q[i] < '0' || q[i] > '9') return -1;
    out += (q[i] - '0') * scale;
  }
  return out;
}

}  // namespace

Language language_of(std::string_view accept_language) {
  // Beast's parser of "token;param=value, ..." lists reads language ranges and their weights.
  Language best = Language::english;
  int best_weight = 0;
  bool chosen = false;
  for (const auto& range : boost::beast::http::ext_list{accept_language}) {
    const std::string_view tag = range.first;
    int weight = 1000;
    for (const auto& param : range.second) {
      if (param.first == "q" || param.first == "Q") weight = weight_of(param.second);
    }
    if (weight <= 0) continue;
    Language language;
    if (is_prefix(tag, "nl")) {
      language = Language::dutch;
    } else if (is_prefix(tag, "en") || tag == "*") {
      language = Language::english;
    } else {
      continue;
    }
    if (!chosen || weight > best_weight) {
      best = language;
      best_weight = weight;
      chosen = true;
    }
  }
  return best;
}

std::string_view language_tag(Language language) { return language == Language::dutch ? "nl" : "en"; }

}  // namespace carecrowd::http
