// RequestTarget: the path and query of a request line (RFC 9112 origin-form, `/v1/tasks?from=...`),
// percent-decoded and checked before anything else sees them. Handlers, logs and problem documents
// then only ever hold valid UTF-8 without control characters, so echoing a path or a query value
// back can neither fail to serialise nor forge a log line.
//
// Thread safety: free functions without shared state.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/Error.h"

namespace carecrowd::http {

struct RequestTarget {
  std::string path;                                         // decoded, starts with '/'
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order; '+' is a space
};

// Parses an origin-form target. A bad_input error names `path` or `query (<name>)` and says why:
// not starting with '/', a broken %-escape, invalid UTF-8, or a control character (core/Utf8.h's
// rules for one line of text).
Result<RequestTarget> parse_request_target(std::string_view target);

}  // namespace carecrowd::http
