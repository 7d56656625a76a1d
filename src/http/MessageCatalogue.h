// MessageCatalogue: the server's own sentences (error reasons, problem titles) in the reader's
// language. The Dutch catalogue is po/nl.po, a gettext catalogue keyed by the English sentence or
// pattern; CMake compiles it with msgfmt and embeds it, Boost.Locale reads it. `scripts/messages`
// extracts every sentence the code says (xgettext) and checks that nl.po translates each one, with
// the same placeholders (msgfmt --check); a ctest runs that check.
//
// A sentence the catalogue lacks stays English, and the answer says so: its Content-Language is
// "en" (the tests ask every refusal in Dutch and check that it is "nl").
//
// Thread safety: the catalogue is built once, before the first request, and only read after.
#pragma once

#include <string>

#include "core/Error.h"
#include "http/Language.h"

namespace carecrowd::http {

// An Error's words in one language.
struct SaidIn {
  std::string reason;
  std::string detail;   // "field (id X): reason"
  bool complete = true; // every sentence in it had a translation
};

// `pattern` (an English sentence or Phrase pattern) in `language`; itself when English or when the
// catalogue lacks it (then `complete` turns false).
[[nodiscard]] std::string translate(const std::string& pattern, Language language, bool& complete);

[[nodiscard]] SaidIn said_in(const Error& error, Language language);

}  // namespace carecrowd::http
