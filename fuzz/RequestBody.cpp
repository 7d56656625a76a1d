// Fuzzes the reading of a request body (http::parse_json_body, src/http/Router.h) and the
// http edge's readers of its members (JsonInput in src/io, dates and times in http/RequestInput.h):
// any bytes give a JSON value or an Error naming the body, never an exception; an Error can be
// sent back in a problem document (UTF-8, the bad bytes not quoted); a parsed body can be written
// back out (nlohmann refuses to write strings that are not UTF-8, so this checks the parse let
// none in).
#include "Invariants.h"
#include "http/Router.h"
#include "http/RequestInput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace carecrowd;
  using http::JsonInput;
  using http::Where;
  const auto body = http::parse_json_body(fuzz::as_text(data, size));
  if (!body) {
    fuzz::expect_presentable(body.error());
    if (body.error().field.rfind("body", 0) != 0) fuzz::broken("a body error names the body", body.error().message());
    return 0;
  }
  (void)http::json_response(body.value());
  (void)body.value().dump();
  if (!body.value().is_object()) {
    fuzz::expect_presentable_if_error(http::body_object(body.value()));
    return 0;
  }
  // Each member through each reader a service applies to a member; each reader on its own, since
  // the first error stops a JsonInput.
  for (const auto& [key, value] : body.value().items()) {
    const Where where{key, ""};
    const auto check = [](const JsonInput& in) {
      if (!in.ok()) fuzz::expect_presentable(in.error());
    };
    JsonInput date, local_time, clock, integer, ticks, time, id;
    (void)http::read_date(date, value, where);
    (void)http::read_local_time(local_time, value, where);
    (void)http::read_clock(clock, value, where);
    (void)integer.integer(value, where, 0, 1'000'000);
    (void)ticks.ticks(value, where, 60);
    (void)time.time(value, where, 60);
    (void)id.id(value, where);
    for (const JsonInput* in : {&date, &local_time, &clock, &integer, &ticks, &time, &id}) check(*in);
  }
  return 0;
}
