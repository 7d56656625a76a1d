#include "core/Utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace carecrowd {
namespace {

TEST(Utf8, WellFormedTextOfEveryLengthIsValid) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("Anna de Vries"));
  EXPECT_TRUE(is_valid_utf8("Zo\xc3\xab"));                // ë, two bytes
  EXPECT_TRUE(is_valid_utf8("\xe2\x82\xac"));              // €, three bytes
  EXPECT_TRUE(is_valid_utf8("\xf0\x9f\x98\x80"));          // U+1F600, four bytes
  EXPECT_TRUE(is_valid_utf8("\xf4\x8f\xbf\xbf"));          // U+10FFFF, the last code point
  EXPECT_TRUE(is_valid_utf8(std::string("a\0b", 3)));      // NUL is UTF-8; it is not a line of text
}

TEST(Utf8, MalformedSequencesAreInvalid) {
  EXPECT_FALSE(is_valid_utf8("\xff"));
  EXPECT_FALSE(is_valid_utf8("\xfe\xff"));
  EXPECT_FALSE(is_valid_utf8("\x80"));                     // a continuation byte alone
  EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));                 // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xe0\x80\xaf"));             // overlong '/' in three bytes
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));             // a surrogate, U+D800
  EXPECT_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));         // beyond U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xe2\x82"));                 // cut short
  EXPECT_FALSE(is_valid_utf8("ok\xe2\x82"));
  EXPECT_FALSE(is_valid_utf8("\xc3" "a"));                 // the continuation is not one
}

TEST(Utf8, ASingleLineHasNoControlCharacters) {
  EXPECT_TRUE(is_single_line_text("Mevrouw Jansen-\xc3\x96zt\xc3\xbcrk"));
  EXPECT_TRUE(is_single_line_text(""));
  for (const std::string& bad : {std::string("a\0b", 3), std::string("a\nb"), std::string("a\tb"), std::string("a\rb"),
                                std::string("\x1b[31m"), std::string("a\x7f"), std::string("a\xc2\x85" "b"),
                                std::string("a\xc2\x9f"), std::string("\xff")}) {
    EXPECT_FALSE(is_single_line_text(bad)) << printable(bad);
  }
  EXPECT_TRUE(is_single_line_text("\xc2\xa0"));  // U+00A0, a no-break space, is text
}

TEST(Utf8, PrintableEscapesEachBadByteAndKeepsGoodText) {
  EXPECT_EQ(printable("Zo\xc3\xab"), "Zo\xc3\xab");
  EXPECT_EQ(printable("\xff\xfe"), "\\xFF\\xFE");
  EXPECT_EQ(printable("a\nb"), "a\\x0Ab");
  EXPECT_EQ(printable(std::string("\0", 1)), "\\x00");
  EXPECT_EQ(printable("\xe2\x82" "x"), "\\xE2\\x82x");
  EXPECT_EQ(printable("c1\xc2\x85"), "c1\\xC2\\x85");
  EXPECT_TRUE(is_single_line_text(printable("\xc0\xaf\x1b\x7f\xed\xa0\x80")));
}

}  // namespace
}  // namespace carecrowd
