// Utf8: the checks on text that one person types and others read (names, email addresses) or that
// an error message shows back to its sender.
//
// Text the platform stores is shown in browsers, written into CSV and JSON, and into logs. A
// control character in a name (a NUL, a newline, an escape sequence) or bytes that are not UTF-8
// break those renderings or forge lines in them, so such text is refused where it comes in, and
// input echoed in an error message is escaped first (a problem document must itself be valid JSON,
// which is UTF-8).
//
// Well-formed UTF-8 is RFC 3629's: no overlong forms, no surrogates (U+D800..U+DFFF), nothing above
// U+10FFFF.
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace carecrowd {

namespace utf8_detail {

// The length of the well-formed UTF-8 sequence at the start of `text`, and its code point; length 0
// when the bytes there are not one.
struct Decoded {
  std::size_t length = 0;
  char32_t code_point = 0;
};

inline Decoded decode_one(std::string_view text) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char b0 = byte(0);
  if (b0 < 0x80) return {1, b0};
  // The lead byte gives the length and the smallest code point of that length (to refuse overlong
  // forms); C0, C1 and F5..FF never start a sequence.
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t smallest = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2, cp = b0 & 0x1F, smallest = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3, cp = b0 & 0x0F, smallest = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4, cp = b0 & 0x07, smallest = 0x10000;
  } else {
    return {};
  }
  if (text.size() < length) return {};
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (byte(i) & 0x3F);
  }
  if (cp < smallest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
  return {length, cp};
}

// C0 controls (tab and newline included), DEL and the C1 controls.
inline bool is_control(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

}  // namespace utf8_detail

// True if `text` is well-formed UTF-8.
inline bool is_valid_utf8(std::string_view text) {
  while (!text.empty()) {
    const auto d = utf8_detail::decode_one(text);
    if (d.length == 0) return false;
    text.remove_prefix(d.length);
  }
  return true;
}

// True if `text` is well-formed UTF-8 holding one line of text: no control character at all (no
// NUL, tab, newline, carriage return, escape, DEL, nor U+0080..U+009F). The rule for every name and
// email address a person enters.
inline bool is_single_line_text(std::string_view text) {
  while (!text.empty()) {
    const auto d = utf8_detail::decode_one(text);
    if (d.length == 0 || utf8_detail::is_control(d.code_point)) return false;
    text.remove_prefix(d.length);
  }
  return true;
}

// True if `text` is well-formed UTF-8 holding lines of text: no control character but the line
// breaks and tab a person types (LF, CR, TAB). The rule for a message a person writes.
inline bool is_multi_line_text(std::string_view text) {
  while (!text.empty()) {
    const auto d = utf8_detail::decode_one(text);
    if (d.length == 0) return false;
    const bool typed = d.code_point == U'\n' || d.code_point == U'\r' || d.code_point == U'\t';
    if (!typed && utf8_detail::is_control(d.code_point)) return false;
    text.remove_prefix(d.length);
  }
  return true;
}

// `text` as an error message may show it: well-formed UTF-8 without control characters, each
// byte that is not part of such text written as \xHH (so "\xff" arrives as the four characters
// \xFF, and a newline as \x0A). Text that is already printable comes back unchanged.
inline std::string printable(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const auto d = utf8_detail::decode_one(text);
    if (d.length != 0 && !utf8_detail::is_control(d.code_point)) {
      out.append(text.substr(0, d.length));
      text.remove_prefix(d.length);
      continue;
    }
    // A control character that is valid UTF-8 (C1: two bytes) is escaped byte by byte too.
    const std::size_t bad = d.length == 0 ? 1 : d.length;
    for (std::size_t i = 0; i < bad; ++i) {
      const auto b = static_cast<unsigned char>(text[i]);
      out += "\\x";
      out += hex[b >> 4];
      out += hex[b & 0xF];
    }
    text.remove_prefix(bad);
  }
  return out;
}

}  // namespace carecrowd
