// Fuzzes the readers that turn a query value or a path segment into a number, a date or a time:
// http::query_int, query_date and read_page (src/http/RequestInput.h, called by the routes in
// src/http), HttpRequest::id (src/http/Router.h) and the civil-time parsers under them
// (src/domain/CivilTime.h). The input is "key=value" (no '=': the whole input is the value of an
// empty key), so the corpus stays readable.
//
// Promises checked: an Error can be sent back in a problem document (UTF-8, whatever bytes the
// URL held); a number read is within its bounds; a date or time read writes back as the same text.
#include <string>

#include "Invariants.h"
#include "domain/CivilTime.h"
#include "http/Router.h"
#include "http/RequestInput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace carecrowd;
  const std::string_view input = fuzz::as_text(data, size);
  const std::size_t eq = input.find('=');
  const std::string key(eq == std::string_view::npos ? std::string_view() : input.substr(0, eq));
  const std::string value(eq == std::string_view::npos ? input : input.substr(eq + 1));
  http::HttpRequest request;
  request.query[key] = value;
  request.params[key] = value;

  // The readers look up the keys the routes use; the input's key decides which of them finds it.
  const auto number = http::query_int(request.query, "limit", 1, 500);
  fuzz::expect_presentable_if_error(number);
  if (number && number.value() && (*number.value() < 1 || *number.value() > 500))
    fuzz::broken("query_int stays within its bounds", value);
  fuzz::expect_presentable_if_error(http::query_date(request.query, "from"));
  const auto page = http::read_page(request.query);
  fuzz::expect_presentable_if_error(page);
  if (page && (page.value().limit < 1 || page.value().limit > 500 || page.value().after < 0))
    fuzz::broken("read_page stays within its bounds", value);
  const auto id = request.id("id");
  fuzz::expect_presentable_if_error(id);
  if (id && id.value() <= 0) fuzz::broken("an id is positive", value);

  if (const auto day = parse_date(value, "from"); day) {
    if (format_date(day.value()) != value) fuzz::broken("a date read writes back as the same text", value);
  } else {
    fuzz::expect_presentable(day.error());
  }
  if (const auto minute = parse_local_time(value, "at"); minute) {
    if (format_local_time(minute.value()) != value.substr(0, 16))
      fuzz::broken("a local time read writes back as the same text (seconds dropped)", value);
  } else {
    fuzz::expect_presentable(minute.error());
  }
  if (const auto clock = parse_clock(value, "from"); clock) {
    if (format_clock(clock.value()) != value) fuzz::broken("a clock time read writes back as the same text", value);
  } else {
    fuzz::expect_presentable(clock.error());
  }
  return 0;
}
