// RequestTarget: decoding a request's path and query, and refusing what handlers, logs and problem
// documents must never hold (invalid UTF-8, control characters, broken escapes).
#include "http/RequestTarget.h"

#include <gtest/gtest.h>

namespace carecrowd::http {
namespace {

TEST(RequestTarget, DecodesPathAndQueryInOrder) {
  auto t = parse_request_target("/v1/clients/12%2F3?from=2026-12-07&name=Mevrouw+de+Vries&x=%C3%A9&flag");
  ASSERT_TRUE(t) << t.error().message();
  EXPECT_EQ(t.value().path, "/v1/clients/12/3");
  ASSERT_EQ(t.value().query.size(), 4u);
  EXPECT_EQ(t.value().query[0], (std::pair<std::string, std::string>{"from", "2026-12-07"}));
  EXPECT_EQ(t.value().query[1].second, "Mevrouw de Vries");
  EXPECT_EQ(t.value().query[2].second, "\xC3\xA9");
  EXPECT_EQ(t.value().query[3], (std::pair<std::string, std::string>{"flag", ""}));
}

TEST(RequestTarget, APlusInThePathIsItself) {
  auto t = parse_request_target("/v1/a+b");
  ASSERT_TRUE(t);
  EXPECT_EQ(t.value().path, "/v1/a+b");
}

TEST(RequestTarget, InvalidUtf8InThePathIsRefusedNamingThePath) {
  for (const char* target : {"/v1/%FF", "/%FF", "/healthz%FF", "/v1/%C0%AF", "/v1/%E2%82", "/v1/%ED%A0%80",
                             "/v1/%F4%90%80%80", "/v1/\xff"}) {
    auto t = parse_request_target(target);
    ASSERT_FALSE(t) << target;
    EXPECT_EQ(t.error().field, "path") << target;
    EXPECT_EQ(t.error().kind, ErrorKind::bad_input) << target;
  }
}

TEST(RequestTarget, BrokenEscapesAndControlCharactersAreRefused) {
  for (const char* target : {"/v1/%", "/v1/%4", "/v1/%zz", "/v1/a%0Ab", "/v1/a%00", "/v1/%7F"}) {
    auto t = parse_request_target(target);
    ASSERT_FALSE(t) << target;
    EXPECT_EQ(t.error().field, "path") << target;
  }
  EXPECT_FALSE(parse_request_target(""));
  EXPECT_FALSE(parse_request_target("v1/tasks"));
  EXPECT_FALSE(parse_request_target("http://example.org/v1/tasks"));
}

TEST(RequestTarget, ABadQueryValueIsRefusedNamingItsParameter) {
  auto t = parse_request_target("/v1/tasks?from=%FF");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().field, "query (from)");
  auto u = parse_request_target("/v1/kpis?format=csv&limit=%0D%0A");
  ASSERT_FALSE(u);
  EXPECT_EQ(u.error().field, "query (limit)");
  // A bad name cannot be echoed in the field.
  auto v = parse_request_target("/v1/kpis?%FF=1");
  ASSERT_FALSE(v);
  EXPECT_EQ(v.error().field, "query");
}

TEST(RequestTarget, C1ControlCharactersAreRefusedToo) {
  auto t = parse_request_target("/v1/a%C2%85b");  // U+0085, NEXT LINE
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().field, "path");
}

}  // namespace
}  // namespace carecrowd::http
