#include "core/Phrase.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "core/Error.h"

namespace carecrowd {
namespace {

// A tiny catalogue for the tests: English pattern -> another language's.
std::string pig(const std::string& pattern) {
  static const std::map<std::string, std::string> table = {
      {"must be between {} and {}, not {}", "moet liggen tussen {0} en {1}, niet {2}"},
      {"must be an object, not {}", "moet een object zijn, geen {}"},
      {"an array", "een lijst"},
      {"{} cannot take it (they would be told: {})", "{1}: zegt men tegen {0}"},
      {"is required", "is verplicht"},
  };
  const auto it = table.find(pattern);
  return it == table.end() ? pattern : it->second;
}

TEST(Phrase, SaysItsValuesInEnglishAndInATranslationThatReordersThem) {
  const Phrase p = say("must be between {} and {}, not {}", 1, 6, 9);
  EXPECT_EQ(p.english(), "must be between 1 and 6, not 9");
  EXPECT_EQ(p.render(pig), "moet liggen tussen 1 en 6, niet 9");
  const Phrase told = say("{} cannot take it (they would be told: {})", "Anna", say("is required"));
  EXPECT_EQ(told.english(), "Anna cannot take it (they would be told: is required)");
  EXPECT_EQ(told.render(pig), "is verplicht: zegt men tegen Anna");
}

TEST(Phrase, TranslatesWordsInsideASentenceButNeverData) {
  const Phrase p = say("must be an object, not {}", say("an array"));
  EXPECT_EQ(p.render(pig), "moet een object zijn, geen een lijst");
  // A value that happens to equal a pattern is data: shown as it is.
  EXPECT_EQ(say("must be an object, not {}", "an array").render(pig), "moet een object zijn, geen an array");
  // Braces in data are not placeholders.
  EXPECT_EQ(say("must be an object, not {}", "{}").english(), "must be an object, not {}");
}

TEST(Phrase, AMismatchedTranslationFallsBackToEnglishInsteadOfFailing) {
  const auto broken = [](const std::string& p) { return p == "is {} and {}" ? std::string("is {5}") : p; };
  EXPECT_EQ(say("is {} and {}", 1, 2).render(broken), "is 1 and 2");
}

TEST(Phrase, AnErrorKeepsItsPhraseAndAFixedReasonIsItsOwnKey) {
  const Error said = bad_input("level", "t1", say("must be between {} and {}, not {}", 1, 6, 9));
  EXPECT_EQ(said.reason, "must be between 1 and 6, not 9");
  EXPECT_EQ(said.message(), "level (id t1): must be between 1 and 6, not 9");
  EXPECT_EQ(said.reason_in(pig), "moet liggen tussen 1 en 6, niet 9");
  const Error fixed = bad_input("email", "", "is required");
  EXPECT_TRUE(fixed.phrase.empty());
  EXPECT_EQ(fixed.reason_in(pig), "is verplicht");
  EXPECT_EQ(fixed.said().render(pig), "is verplicht");
}

}  // namespace
}  // namespace carecrowd
