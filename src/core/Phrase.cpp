#include "core/Phrase.h"

#include <fmt/args.h>
#include <fmt/format.h>

namespace carecrowd {

std::string Phrase::render(const Translate& translate) const {
  if (verbatim_) return pattern_;
  const std::string pattern = translate(pattern_);
  if (values_.empty()) return pattern;
  fmt::dynamic_format_arg_store<fmt::format_context> args;
  for (const Phrase& v : values_) args.push_back(v.render(translate));
  try {
    return fmt::vformat(pattern, args);
  } catch (const fmt::format_error&) {
    return pattern == pattern_ ? pattern_ : fmt::vformat(pattern_, args);
  }
}

std::string Phrase::english() const {
  return render([](const std::string& pattern) { return pattern; });
}

}  // namespace carecrowd
