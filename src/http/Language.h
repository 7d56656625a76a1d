// Language: the reader's language for the server's own words (problem details), chosen per request
// from its Accept-Language header (RFC 9110 §12.5.4). The platform speaks Dutch and English; the web
// app sends the language its user chose. A request that asks for neither (a program without a
// preference) is answered in English, the API's language for developers; field names, codes and
// data are the same in both.
#pragma once

#include <string_view>

namespace carecrowd::http {

enum class Language { english, dutch };

// The language of the highest-weighted range that names Dutch or English ("nl", "nl-NL", "en-GB",
// "*"), the first of equals winning; English when none does. Malformed parts are skipped.
[[nodiscard]] Language language_of(std::string_view accept_language);

// "en" or "nl", for Content-Language.
[[nodiscard]] std::string_view language_tag(Language language);

}  // namespace carecrowd::http
