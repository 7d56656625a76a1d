// Phrase: a sentence for a person, kept as its English pattern and its values until the edge
// writes it in the reader's language (src/http/MessageCatalogue.h translates the pattern, then
// fills in the values). A reason built as `fmt::format("must be at most {} hours", n)` can only be
// shown in English; `say("must be at most {} hours", n)` can be shown in Dutch too.
//
// A pattern is a string literal with `{}` for each value, in order; a translation may reorder them
// with `{0}`, `{1}`. A value is data shown as it is (a number, an id, a name) or itself a Phrase
// (words such as "an array" inside "must be an object, not an array"), translated in its turn.
// The patterns are what `scripts/messages` extracts for the catalogue (its keyword list names
// `say`), so a pattern must be a literal at the call.
//
// Light on purpose: every file includes it through core/Error.h, so the formatting (fmt) lives in
// Phrase.cpp.
#pragma once

#include <concepts>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace carecrowd {

class Phrase {
 public:
  // An English pattern in the reader's language (itself when there is no translation).
  using Translate = std::function<std::string(const std::string&)>;

  Phrase() = default;
  // Shown as it is in every language: data, or a sentence that has no translation.
  static Phrase verbatim(std::string text) {
    Phrase p;
    p.pattern_ = std::move(text);
    p.verbatim_ = true;
    return p;
  }
  // A sentence with no values; its pattern is the catalogue's key.
  static Phrase words(std::string_view pattern) {
    Phrase p;
    p.pattern_ = std::string(pattern);
    return p;
  }

  [[nodiscard]] const std::string& pattern() const { return pattern_; }
  [[nodiscard]] const std::vector<Phrase>& values() const { return values_; }
  [[nodiscard]] bool is_verbatim() const { return verbatim_; }
  [[nodiscard]] bool empty() const { return pattern_.empty(); }

  // The phrase with each pattern passed through `translate`. A translation whose placeholders do
  // not match its pattern (scripts/messages --check catches these) falls back to the English one.
  [[nodiscard]] std::string render(const Translate& translate) const;
  [[nodiscard]] std::string english() const;

  template <class... Values>
  friend Phrase say(std::string_view pattern, Values&&... values);

 private:
  static Phrase value_of(Phrase p) { return p; }
  static Phrase value_of(std::string text) { return verbatim(std::move(text)); }
  static Phrase value_of(const char* text) { return verbatim(text); }
  static Phrase value_of(std::string_view text) { return verbatim(std::string(text)); }
  // Whole numbers as digits; other types are said by the caller as text or a Phrase.
  template <std::integral T>
    requires(!std::same_as<T, bool> && !std::same_as<T, char>)
  static Phrase value_of(T value) {
    return verbatim(std::to_string(value));
  }

  std::string pattern_;
  std::vector<Phrase> values_;
  bool verbatim_ = false;
};

// A translatable sentence: `say("is {} minutes longer than its window", excess)`.
template <class... Values>
Phrase say(std::string_view pattern, Values&&... values) {
  Phrase p = Phrase::words(pattern);
  (p.values_.push_back(Phrase::value_of(std::forward<Values>(values))), ...);
  return p;
}

// A fixed sentence defined apart from where it is said (a constant), marked so that
// `scripts/messages` finds it for the catalogue; the edge looks it up by its English text.
constexpr const char* sentence(const char* english) { return english; }

}  // namespace carecrowd
