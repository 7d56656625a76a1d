// Bad input on every route of the router: malformed JSON, a body of the wrong shape, fields of the
// wrong types, ids that are not ids or do not exist, and oversized bodies. Each must get a clear
// 4xx problem document, from every role, and must leave every stored record as it was.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "MarketWorld.h"
#include "TestServer.h"
#include "http/Router.h"
#include "store/Database.h"

namespace carecrowd::testing {
namespace {

// Every record a request could create or change (sessions, login failures and the access log are
// expected to grow: they record the attempts themselves).
std::string fingerprint(const std::string& database) {
  auto db = store::Database::open(database, 1);
  std::string out;
  db->read([&](store::Transaction& tx) {
    for (const char* table : {"organisation", "caregiver", "client", "app_user", "caregiver_organisation", "certificate",
                              "availability", "arrangement", "care_task", "task", "plan_run", "proposal", "device",
                              "client_access", "alarm_policy", "alarm_policy_step", "alarm", "alarm_offer", "alarm_step",
                              "task_release", "certificate_evidence", "certificate_verification", "notice_cursor"}) {
      out += std::string(table) + ":";
      for (const auto& row : tx.query(std::string("SELECT * FROM ") + table)) {
        for (std::size_t i = 0; i < row.size(); ++i) out += row.text(i) + "|";
        out += "\n";
      }
    }
  });
  return out;
}

std::string with_ids(const std::string& pattern, const std::string& value) {
  return std::regex_replace(pattern, std::regex("\\{[a-z_]+\\}"), value);
}

struct BadInput : ::testing::Test {
  TestServer server;
  Api api = server.api();
  std::string admin = api.login(kAdminEmail, kAdminPassword);
  Organisation org = make_organisation(api, admin, "Zorg Bad Input");
  std::int64_t client = make_client(api, org.coordinator_token, "Mevrouw Fout");
  std::vector<std::string> tokens{"", admin, org.admin_token, org.coordinator_token};

  void expect_refused(const Reply& r, const std::string& what) {
    EXPECT_GE(r.status, 400) << what << ": " << r.text;
    EXPECT_LT(r.status, 500) << what << ": " << r.text;
    EXPECT_EQ(r.content_type, "application/problem+json") << what;
    EXPECT_TRUE(r.body.is_object() && r.body.contains("detail")) << what << ": " << r.text;
  }
};

TEST_F(BadInput, MalformedJsonIsA400NamingTheBodyOnEveryRouteThatTakesOne) {
  const auto before = fingerprint(server.database());
  const auto router = http::api_router();
  for (const auto& route : router.routes()) {
    if (route.method != "POST" && route.method != "PUT") continue;
    const std::string path = with_ids(route.pattern, std::to_string(client));
    for (const auto& token : tokens) {
      auto r = api.raw(route.method, path, "{\"name\": \"unterminated", token);
      const std::string what = route.method + " " + route.pattern;
      expect_refused(r, what);
      EXPECT_EQ(r.status, 400) << what;
      EXPECT_EQ(r.body.value("field", "").rfind("body", 0), 0u) << what << ": " << r.text;
    }
  }
  EXPECT_EQ(fingerprint(server.database()), before);
}

// Regression (issue 9): a body with invalid UTF-8 answered 500. nlohmann's parse error quoted the
// bytes it had read, and the problem document holding that message could not be serialised.
TEST_F(BadInput, InvalidUtf8InABodyIsA400NamingTheBodyOnEveryRouteThatTakesOneAndStoresNothing) {
  const auto before = fingerprint(server.database());
  const std::vector<std::string> bodies = {
      "{\"name\":\"\xff\xfe\"}",             // bytes that never occur in UTF-8
      "{\"email\":\"a\xc0\xaf@x.test\"}",   // an overlong '/'
      "{\"name\":\"\xed\xa0\x80\"}",         // a surrogate encoded as UTF-8
      "{\"na\xe2\x82\":1}",                   // a sequence cut short, in a key
      "{\"name\":\"x\"}\xff",                // after the document
  };
  const auto router = http::api_router();
  int routes = 0;
  for (const auto& route : router.routes()) {
    if (route.method != "POST" && route.method != "PUT") continue;
    ++routes;
    const std::string path = with_ids(route.pattern, std::to_string(client));
    for (const auto& token : tokens) {
      for (const auto& body : bodies) {
        auto r = api.raw(route.method, path, body, token);
        const std::string what = route.method + " " + route.pattern;
        expect_refused(r, what);
        EXPECT_EQ(r.status, 400) << what << ": " << r.text;
        EXPECT_EQ(r.body.value("field", "").rfind("body (line 1, column ", 0), 0u) << what << ": " << r.text;
        EXPECT_NE(r.body.value("reason", "").find("not valid JSON"), std::string::npos) << what << ": " << r.text;
        // The problem document does not quote the bad bytes back.
        EXPECT_EQ(r.text.find('\xff'), std::string::npos) << what;
        EXPECT_EQ(r.text.find('\xc0'), std::string::npos) << what;
      }
    }
  }
  EXPECT_GE(routes, 12);
  auto login = api.raw("POST", "/v1/auth/login", "{\"name\":\"\xff\xfe\"}");
  EXPECT_EQ(login.body.value("reason", ""), "not valid JSON: a string is not valid UTF-8") << login.text;
  EXPECT_EQ(fingerprint(server.database()), before);
  EXPECT_EQ(api.get("/healthz").status, 200);
}

// Regression (issue 9): invalid UTF-8 in a query value answered 500: the readers quoted the value
// in their error as it was, and the problem document could not be written. The front door now
// refuses such a value as it decodes the target, and the readers quote through printable()
// (core/Utf8.h) whatever reaches them.
TEST_F(BadInput, InvalidUtf8InAQueryValueIsA400ThatNamesItsParameterWithoutQuotingIt) {
  for (const std::string path : {"/v1/tasks?from=%FF", "/v1/tasks?limit=%FF", "/v1/kpis?format=%FF",
                                 "/v1/tasks?to=%C0%AF", "/v1/board?from=%E2%82", "/v1/clients?limit=%00"}) {
    auto r = api.get(path, org.coordinator_token);
    expect_refused(r, path);
    EXPECT_EQ(r.status, 400) << path << ": " << r.text;
    EXPECT_EQ(r.text.find('\xff'), std::string::npos) << path;
  }
  // Refused as the target is decoded, before any route reads it (http/RequestTarget.h).
  auto r = api.get("/v1/tasks?limit=%FF%FE", org.coordinator_token);
  EXPECT_EQ(r.body.value("field", ""), "query (limit)") << r.text;
  EXPECT_EQ(r.body.value("reason", ""), "is not valid UTF-8 once %-decoded") << r.text;
  EXPECT_EQ(api.get("/healthz").status, 200);
}

// Regression (issue 9): registration took an email with an embedded NUL. Every name and email a
// person enters is one line of text: no control characters (core/Utf8.h, services::check_text_line).
TEST_F(BadInput, ControlCharactersInEmailsAndNamesAreRefusedNamingTheFieldAndStoreNothing) {
  const auto before = fingerprint(server.database());
  const std::vector<std::string> bad = {std::string("nul\0byte", 8), "new\nline", "tab\there", "esc\x1b[31m",
                                        "del\x7f", "c1\xc2\x85next"};
  const std::string users = "/v1/organisations/" + std::to_string(org.id) + "/users";
  for (const auto& text : bad) {
    const std::string email = "x" + text + "@example.test";
    struct Attempt {
      std::string path, token, field;
      Json body;
    };
    Json caregiver = caregiver_body(email, "Anna", 3);
    Json caregiver_named = caregiver_body("anna@example.test", "Anna" + text, 3);
    Json user = {{"email", email}, {"name", "Bea"}, {"password", "user-password"}, {"role", "coordinator"}};
    Json user_named = {{"email", "bea@example.test"}, {"name", "Bea" + text}, {"password", "user-password"},
                       {"role", "coordinator"}};
    Json client_named = {{"name", "Mevrouw" + text}, {"address", "Teststraat 1"}, {"postcode", "3511 AB"},
                         {"lat", 52.09}, {"lon", 5.12}};
    Json client_address = client_named;
    client_address["name"] = "Mevrouw Jansen";
    client_address["address"] = "Teststraat" + text + "1";
    const std::vector<Attempt> attempts = {
        {"/v1/caregivers", "", "email", caregiver},
        {"/v1/caregivers", "", "name", caregiver_named},
        {users, org.admin_token, "email", user},
        {users, org.admin_token, "name", user_named},
        {"/v1/organisations", admin, "name", {{"name", "Zorg" + text}}},
        {"/v1/clients", org.coordinator_token, "name", client_named},
        {"/v1/clients", org.coordinator_token, "address", client_address},
    };
    for (const auto& a : attempts) {
      auto r = api.post(a.path, a.body, a.token);
      const std::string what = a.path + " " + a.field + " " + Json(text).dump(-1, ' ', true);
      expect_refused(r, what);
      EXPECT_EQ(r.status, 400) << what << ": " << r.text;
      EXPECT_EQ(r.body.value("field", ""), a.field) << what << ": " << r.text;
    }
  }
  EXPECT_EQ(fingerprint(server.database()), before);
  // Letters beyond ASCII are text like any other.
  auto zoe = api.post("/v1/caregivers", caregiver_body("zoe@example.test", "Zoë Çelik-Ørsted 林", 3));
  EXPECT_EQ(zoe.status, 201) << zoe.text;
  EXPECT_EQ(zoe.body.value("name", ""), "Zoë Çelik-Ørsted 林");
}

TEST_F(BadInput, WrongShapesAndTypesAreRefusedAndStoreNothing) {
  const auto before = fingerprint(server.database());
  const std::vector<std::string> bodies = {
      "[]", "42", "\"text\"", "null",
      R"({"name": 12, "email": [], "password": {}, "tasks": "daily", "lat": "north", "lon": null, "level": "high",
          "from": 20261124, "to": true, "organisation_id": "one", "code": 7, "expires": 1, "mode": 3,
          "recurring": "mo", "one_off": 5, "home": [], "travel_mode": 9, "kind": false, "role": 1,
          "valid_from": 5, "postcode": 3511, "address": [], "at": 12, "time_limit_seconds": "long",
          "caregiver_id": "one", "caregiver_ids": 5, "start": 1030, "last_event_id": "one"})"};
  const auto router = http::api_router();
  for (const auto& route : router.routes()) {
    if (route.method != "POST" && route.method != "PUT") continue;
    if (route.pattern == "/v1/auth/logout") continue;  // takes no body: any body is ignored
    const std::string path = with_ids(route.pattern, std::to_string(client));
    for (const auto& token : tokens) {
      for (const auto& body : bodies) {
        auto r = api.raw(route.method, path, body, token);
        expect_refused(r, route.method + " " + route.pattern + " " + body.substr(0, 20));
      }
    }
  }
  EXPECT_EQ(fingerprint(server.database()), before);
}

TEST_F(BadInput, IdsThatAreNotIdsAre400AndUnknownIdsAre404) {
  const auto router = http::api_router();
  for (const auto& route : router.routes()) {
    if (route.pattern.find('{') == std::string::npos) continue;
    // A calendar link's secret is not an id: any text is a link that may exist (unknown: 404).
    if (route.pattern.find("{token}") != std::string::npos) continue;
    for (const auto& token : {org.coordinator_token, org.admin_token}) {
      auto not_an_id = api.raw(route.method, with_ids(route.pattern, "abc"), "{}", token);
      expect_refused(not_an_id, route.method + " " + route.pattern + " abc");
      EXPECT_EQ(not_an_id.status, 400) << route.method << " " << route.pattern;
      auto unknown = api.raw(route.method, with_ids(route.pattern, "987654"), "{}", token);
      expect_refused(unknown, route.method + " " + route.pattern + " 987654");
      // An empty body may be refused first (400 naming a body field); an id is never "bad" here.
      EXPECT_TRUE(unknown.status != 400 || unknown.body.value("field", "").find("id") == std::string::npos)
          << route.method << " " << route.pattern << ": " << unknown.text;
    }
  }
}

TEST_F(BadInput, OversizedBodiesAre413) {
  const auto before = fingerprint(server.database());
  const auto router = http::api_router();
  for (const auto& route : router.routes()) {
    if (route.method != "POST" && route.method != "PUT") continue;
    // Over the server's limit (1 MB), or over the route's own when it reads larger bodies.
    const std::size_t over = (route.max_body_bytes > 0 ? route.max_body_bytes : std::size_t{1} << 20) + (1 << 20);
    const std::string huge = "{\"name\": \"" + std::string(over, 'x') + "\"}";
    auto r = api.raw(route.method, with_ids(route.pattern, std::to_string(client)), huge, org.coordinator_token);
    EXPECT_EQ(r.status, 413) << route.method << " " << route.pattern << ": " << r.text.substr(0, 200);
  }
  EXPECT_EQ(fingerprint(server.database()), before);
}

// A Dutch user reads every refusal in Dutch: each problem document of a bad body, a bad id or an
// unknown one, on every route, says Content-Language nl (the server says "en" when a sentence had no
// translation) and its words are not the English ones.
TEST_F(BadInput, EveryRefusalIsInDutchWhenAskedInDutch) {
  Api dutch = server.api();
  dutch.speak("nl-NL,nl;q=0.9,en;q=0.5");
  std::set<std::string> english_only;
  const auto check = [&](const Reply& r, const std::string& what) {
    expect_refused(r, what);
    if (r.content_language != "nl") english_only.insert(r.body.value("reason", r.text));
    EXPECT_NE(r.body.value("title", ""), "Bad request") << what;
  };
  const auto router = http::api_router();
  for (const auto& route : router.routes()) {
    const std::string what = route.method + " " + route.pattern;
    if ((route.method == "POST" || route.method == "PUT") && route.pattern != "/v1/auth/logout") {
      const std::string path = with_ids(route.pattern, std::to_string(client));
      for (const auto& token : tokens) {
        for (const std::string body :
             {"[]", "{\"name\": \"unterminated", R"({"name": 12, "level": "high", "from": 5})", "{}"}) {
          const Reply r = dutch.raw(route.method, path, body, token);
          if (r.status >= 400) check(r, what + " " + body);
        }
      }
    }
    if (route.pattern.find('{') != std::string::npos && route.pattern.find("{token}") == std::string::npos) {
      check(dutch.raw(route.method, with_ids(route.pattern, "abc"), "{}", org.coordinator_token), what + " abc");
      const Reply unknown = dutch.raw(route.method, with_ids(route.pattern, "987654"), "{}", org.coordinator_token);
      if (unknown.status >= 400) check(unknown, what + " 987654");
    }
  }
  EXPECT_TRUE(english_only.empty()) << "without a Dutch translation: " << ::testing::PrintToString(english_only);
  // English stays the language of a request that asks for none.
  const Reply plain = api.raw("POST", "/v1/auth/login", "[]");
  EXPECT_EQ(plain.content_language, "en");
  EXPECT_EQ(plain.body.value("title", ""), "Bad request");
}

}  // namespace
}  // namespace carecrowd::testing
