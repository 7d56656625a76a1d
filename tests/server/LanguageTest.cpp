#include "http/Language.h"

#include <gtest/gtest.h>

#include "http/MessageCatalogue.h"

namespace carecrowd::http {
namespace {

TEST(Language, TheHighestWeightedOfDutchAndEnglishWins) {
  EXPECT_EQ(language_of("nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7"), Language::dutch);
  EXPECT_EQ(language_of("en-GB,en;q=0.9,nl;q=0.8"), Language::english);
  EXPECT_EQ(language_of("de-DE, nl;q=0.5, en;q=0.4"), Language::dutch);
  EXPECT_EQ(language_of("en;q=0.3, NL;q=0.6"), Language::dutch);
  EXPECT_EQ(language_of("nl;q=0, en"), Language::english);
  EXPECT_EQ(language_of("nl-BE"), Language::dutch);
}

TEST(Language, NoOrAnUnreadablePreferenceIsEnglish) {
  EXPECT_EQ(language_of(""), Language::english);
  EXPECT_EQ(language_of("fr, de"), Language::english);
  EXPECT_EQ(language_of("nld"), Language::english);  // not the tag "nl"
  EXPECT_EQ(language_of(";;;,,,q=="), Language::english);
  EXPECT_EQ(language_of("nl;q=abc"), Language::english);
  EXPECT_EQ(language_tag(Language::dutch), "nl");
}

TEST(MessageCatalogue, TranslatesAnErrorsWordsAndSaysWhenASentenceHasNoTranslation) {
  const SaidIn said = said_in(bad_input("level", "t1", say("must be between {} and {}, not {}",
                                                           1, 6, 9)), Language::dutch);
  EXPECT_TRUE(said.complete);
  EXPECT_EQ(said.reason, "moet tussen 1 en 6 liggen, niet 9");
  EXPECT_EQ(said.detail, "level (id t1): moet tussen 1 en 6 liggen, niet 9");
  EXPECT_EQ(said_in(bad_input("email", "", "is required"), Language::dutch).reason, "is verplicht");
  const SaidIn unknown = said_in(bad_input("x", "", "a sentence nobody translated"), Language::dutch);
  EXPECT_FALSE(unknown.complete);
  EXPECT_EQ(unknown.reason, "a sentence nobody translated");
  const SaidIn english = said_in(bad_input("email", "", "is required"), Language::english);
  EXPECT_TRUE(english.complete);
  EXPECT_EQ(english.reason, "is required");
}

}  // namespace
}  // namespace carecrowd::http
