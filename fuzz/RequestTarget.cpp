// Fuzzes the decoding of a request's target (http::parse_request_target, src/http/RequestTarget.h):
// any bytes give a decoded path and query or an Error naming `path` or a query parameter, never an
// exception; an Error can be sent back in a problem document; and what it lets through holds only
// one line of UTF-8 text in every part (what handlers, logs and problem documents rely on).
#include "Invariants.h"
#include "core/Utf8.h"
#include "http/RequestTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace carecrowd;
  const auto target = http::parse_request_target(fuzz::as_text(data, size));
  if (!target) {
    fuzz::expect_presentable(target.error());
    const auto& field = target.error().field;
    if (field != "path" && field.rfind("query", 0) != 0) fuzz::broken("a target error names path or query", field);
    return 0;
  }
  const auto& t = target.value();
  if (t.path.empty() || t.path.front() != '/') fuzz::broken("a decoded path starts with '/'", t.path);
  if (!is_single_line_text(t.path)) fuzz::broken("a decoded path is one line of UTF-8", "");
  for (const auto& [name, value] : t.query) {
    if (!is_single_line_text(name) || !is_single_line_text(value)) {
      fuzz::broken("decoded query names and values are one line of UTF-8", "");
    }
  }
  return 0;
}
