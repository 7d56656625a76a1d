#include "http/MessageCatalogue.h"

#include <boost/locale/gnu_gettext.hpp>
#include <boost/locale/message.hpp>

#include <locale>
#include <string_view>
#include <vector>

namespace carecrowd::http {

// generated/DutchCatalogue.cpp (cmake/Embed.cmake): po/nl.po as msgfmt compiled it.
std::string_view dutch_catalogue_mo();

namespace {

using Messages = boost::locale::message_format<char>;

// A locale holding only the Dutch messages facet (the locale owns the facet).
// GCC 12 at -O3 sees Boost's messages_info default-constructed strings as maybe uninitialised when
// they are assigned (a false positive in libstdc++'s small-string copy).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
std::locale dutch_messages() {
  boost::locale::gnu_gettext::messages_info info;
  info.language = "nl";
  info.encoding = "UTF-8";
  info.domains.emplace_back("carecrowd");
  info.paths.emplace_back("/embedded");
  // Boost.Locale asks for ".../nl/LC_MESSAGES/carecrowd.mo"; the embedded bytes are that file.
  info.callback = [](const std::string& file_name, const std::string&) {
    const std::string_view mo = dutch_catalogue_mo();
    if (!file_name.ends_with("/nl/LC_MESSAGES/carecrowd.mo")) return std::vector<char>{};
    return std::vector<char>(mo.begin(), mo.end());
  };
  return std::locale(std::locale::classic(), boost::locale::gnu_gettext::create_messages_facet<char>(info));
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

const Messages& dutch() {
  static const std::locale locale = dutch_messages();
  return std::use_facet<Messages>(locale);
}

}  // namespace

std::string translate(const std::string& pattern, Language language, bool& complete) {
  if (language == Language::english || pattern.empty()) return pattern;
  if (const char* found = dutch().get(0, nullptr, pattern.c_str())) return found;
  complete = false;
  return pattern;
}

SaidIn said_in(const Error& error, Language language) {
  SaidIn out;
  out.reason = error.reason_in([&](const std::string& pattern) { return translate(pattern, language, out.complete); });
  out.detail = error.message_with(out.reason);
  return out;
}

}  // namespace carecrowd::http
