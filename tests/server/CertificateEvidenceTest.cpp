// Certificate evidence over HTTP: a document uploaded with a certificate is judged by its bytes and
// size, served only to the caregiver and their organisations' staff, verified against exactly that
// document and withdrawn with a reason, each step in the organisation's audit log.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

#include "MarketWorld.h"
#include "RawConnection.h"
#include "services/Credentials.h"
#include "store/Database.h"

namespace carecrowd::testing {
namespace {

struct CertificateEvidence : ::testing::Test {
  TestServer server;
  Api api = server.api();
  std::string admin = api.login(kAdminEmail, kAdminPassword);
  Organisation org = make_organisation(api, admin, "Thuiszorg Bewijs");
  Organisation other = make_organisation(api, admin, "Thuiszorg Elders");
  Caregiver hanna = make_caregiver(api, "hanna@example.test", "Hanna", 4, {org.id});

  std::string certificates(const Caregiver& c) { return "/v1/caregivers/" + std::to_string(c.id) + "/certificates"; }
  std::string evidence_path(const Caregiver& c, std::int64_t id) {
    return "/v1/caregivers/" + std::to_string(c.id) + "/evidence/" + std::to_string(id);
  }
  std::int64_t rows(const std::string& table) {
    auto db = store::Database::open(server.database(), 1);
    return db->read([&](store::Transaction& tx) { return *tx.query_i64("SELECT COUNT(*) FROM " + table); });
  }
  // The organisation's audit events of one kind, newest first.
  std::vector<Json> audit_events(const std::string& event) {
    std::vector<Json> out;
    const auto page = api.get("/v1/audit?limit=1000", org.admin_token);
    EXPECT_EQ(page.status, 200) << page.text;
    for (const auto& e : page.body["items"]) {
      if (e["event"] == event) out.push_back(e);
    }
    return out;
  }
};

// A PNG's signature and a little more: an image as a phone sends it.
const std::string kTinyPng = std::string("\x89PNG\r\n\x1a\n", 8) + std::string("\0\0\0\rIHDR", 8) + "rest-of-image";

TEST_F(CertificateEvidence, AnUploadedDocumentIsStoredWithItsHashAndServedToTheCaregiverAndTheirOrganisationOnly) {
  Json body = certificate_upload("injection", "2099-12-31");
  body["big_number"] = "19012345601";
  body["duo_reference"] = "DUO-2019-4471";
  auto up = api.post(certificates(hanna), body, hanna.token);
  ASSERT_EQ(up.status, 201) << up.text;
  const Json& evidence = up.body["evidence"];
  ASSERT_TRUE(evidence.is_object()) << up.text;
  EXPECT_EQ(evidence["media_type"], "application/pdf");
  EXPECT_EQ(evidence["file_name"], "injection.pdf");
  EXPECT_EQ(evidence["size_bytes"], kTinyPdf.size());
  EXPECT_EQ(evidence["sha256"], services::sha256_hex(kTinyPdf));
  EXPECT_EQ(up.body["big_number"], "19012345601");
  EXPECT_EQ(up.body["duo_reference"], "DUO-2019-4471");
  EXPECT_EQ(up.body["verified"], false);
  const auto id = evidence["id"].get<std::int64_t>();

  for (const auto& token : {hanna.token, org.coordinator_token, org.admin_token}) {
    auto file = api.get(evidence_path(hanna, id), token);
    ASSERT_EQ(file.status, 200) << file.text;
    EXPECT_EQ(file.content_type, "application/pdf");
    EXPECT_EQ(file.text, kTinyPdf) << "the bytes come back unchanged";
  }
  // Staff of another organisation, another caregiver, an analyst: as if there were no such document.
  auto gijs = make_caregiver(api, "gijs@example.test", "Gijs", 3, {other.id});
  EXPECT_EQ(api.get(evidence_path(hanna, id), other.coordinator_token).status, 404);
  EXPECT_EQ(api.get(evidence_path(hanna, id), other.admin_token).status, 404);
  EXPECT_EQ(api.get(evidence_path(hanna, id), gijs.token).status, 404);
  // Someone else's evidence under one's own path is not one's own.
  EXPECT_EQ(api.get(evidence_path(gijs, id), gijs.token).status, 404);
  EXPECT_EQ(api.get(evidence_path(hanna, id), "").status, 401);
  // Staff opening it is in the organisation's access log.
  EXPECT_EQ(audit_events("certificate.evidence_read").size(), 2U);
}

TEST_F(CertificateEvidence, BadDocumentsAndRegistrationsAreRefusedNamingTheFieldAndStoreNothing) {
  struct Case {
    const char* what;
    Json body;
    int status;
    const char* field;
  };
  Json bad_big = certificate_upload("injection", "2099-12-31");
  bad_big["big_number"] = "1901234560";  // ten digits
  Json letters_big = certificate_upload("injection", "2099-12-31");
  letters_big["big_number"] = "1901234560X";
  Json bad_duo = certificate_upload("wound-care", "2099-12-31");
  bad_duo["duo_reference"] = "a b";
  Json not_base64 = certificate_upload("injection", "2099-12-31");
  not_base64["evidence"]["content_base64"] = "%%% not base64 %%%";
  Json path_name = certificate_upload("injection", "2099-12-31");
  path_name["evidence"]["file_name"] = "../../etc/passwd.pdf";
  Json missing_type = certificate_upload("injection", "2099-12-31");
  missing_type["evidence"].erase("media_type");
  const std::vector<Case> cases{
      {"a web page declared as a PDF", certificate_upload("injection", "2099-12-31", "<html><script>x</script></html>"),
       400, "evidence.content_base64"},
      {"a PNG declared as a PDF", certificate_upload("injection", "2099-12-31", kTinyPng), 400,
       "evidence.content_base64"},
      {"a type nobody can open here", certificate_upload("injection", "2099-12-31", "GIF89a....", "image/gif"), 400,
       "evidence.media_type"},
      {"an empty document", certificate_upload("injection", "2099-12-31", ""), 400, "evidence.content_base64"},
      {"a document over 5 MB", certificate_upload("injection", "2099-12-31", "%PDF-" + std::string(5 << 20, 'x')), 413,
       "evidence.content_base64"},
      {"a BIG number of ten digits", bad_big, 400, "big_number"},
      {"a BIG number with a letter", letters_big, 400, "big_number"},
      {"a DUO reference with spaces", bad_duo, 400, "duo_reference"},
      {"content that is not base64", not_base64, 400, "evidence.content_base64"},
      {"a file name with a path", path_name, 400, "evidence.file_name"},
      {"no media type", missing_type, 400, "evidence.media_type"},
  };
  for (const auto& c : cases) {
    auto r = api.post(certificates(hanna), c.body, hanna.token);
    EXPECT_EQ(r.status, c.status) << c.what << ": " << r.text.substr(0, 300);
    EXPECT_EQ(r.content_type, "application/problem+json") << c.what;
    EXPECT_EQ(r.body.value("field", ""), c.field) << c.what << ": " << r.text.substr(0, 300);
  }
  // A body beyond even the upload's own limit is refused by the server before it is read.
  auto huge = api.post(certificates(hanna), certificate_upload("injection", "2099-12-31", std::string(7 << 20, 'x')),
                       hanna.token);
  EXPECT_EQ(huge.status, 413) << huge.text.substr(0, 300);
  EXPECT_EQ(huge.body.value("field", ""), "body");
  EXPECT_EQ(rows("certificate"), 0);
  EXPECT_EQ(rows("certificate_evidence"), 0);

  // A PNG declared as one is an image the server accepts; at exactly 5 MB a PDF is too.
  EXPECT_EQ(api.post(certificates(hanna), certificate_upload("wound-care", "2099-12-31", kTinyPng, "image/png"),
                     hanna.token).status, 201);
  EXPECT_EQ(api.post(certificates(hanna),
                     certificate_upload("catheter", "2099-12-31", "%PDF-" + std::string((5 << 20) - 5, 'x')),
                     hanna.token).status, 201);
}

TEST_F(CertificateEvidence, AVerificationNamesTheEvidenceAndCanBeWithdrawnWithAReasonBothAudited) {
  auto up = api.post(certificates(hanna), certificate_upload("injection", "2099-12-31"), hanna.token);
  ASSERT_EQ(up.status, 201) << up.text;
  const auto first = up.body["evidence"]["id"].get<std::int64_t>();
  const std::string verify = certificates(hanna) + "/injection/verify";
  const std::string withdraw = certificates(hanna) + "/injection/withdraw";

  EXPECT_EQ(api.post(verify, Json::object(), org.coordinator_token).status, 400) << "the evidence must be named";
  EXPECT_EQ(api.post(verify, {{"evidence_id", "one"}}, org.coordinator_token).status, 400);
  EXPECT_EQ(api.post(verify, {{"evidence_id", first}}, hanna.token).status, 403);
  EXPECT_EQ(api.post(verify, {{"evidence_id", first}}, other.coordinator_token).status, 404);
  EXPECT_EQ(api.post(withdraw, {{"reason", "nothing to withdraw"}}, org.coordinator_token).status, 409);

  // The caregiver uploads a better scan while the coordinator looks at the first: verifying the
  // first is refused, since it is no longer what the certificate stands on.
  auto again = api.post(certificates(hanna), certificate_upload("injection", "2099-12-31", kTinyPdf + "%better scan\n"),
                        hanna.token);
  ASSERT_EQ(again.status, 201);
  const auto second = again.body["evidence"]["id"].get<std::int64_t>();
  auto stale = api.post(verify, {{"evidence_id", first}}, org.coordinator_token);
  EXPECT_EQ(stale.status, 409) << stale.text;
  EXPECT_EQ(stale.body.value("field", ""), "evidence_id");
  EXPECT_EQ(api.get(evidence_path(hanna, first), hanna.token).status, 404) << "a replaced, unverified document is gone";

  auto verified = api.post(verify, {{"evidence_id", second}}, org.coordinator_token);
  ASSERT_EQ(verified.status, 200) << verified.text;
  EXPECT_EQ(verified.body["valid"], true);
  const Json& v = verified.body["verification"];
  EXPECT_EQ(v["evidence_id"], second);
  EXPECT_EQ(v["evidence_sha256"], again.body["evidence"]["sha256"]);
  EXPECT_EQ(v["organisation_id"], org.id);
  EXPECT_FALSE(v["verified_by_name"].get<std::string>().empty());
  EXPECT_TRUE(v["withdrawn_at"].is_null());
  EXPECT_EQ(api.post(verify, {{"evidence_id", second}}, org.admin_token).status, 409) << "verified already";

  EXPECT_EQ(api.post(withdraw, Json::object(), org.admin_token).status, 400) << "a withdrawal says why";
  auto no_reason = api.post(withdraw, {{"reason", ""}}, org.admin_token);
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_EQ(no_reason.body.value("field", ""), "reason");
  EXPECT_EQ(api.post(withdraw, {{"reason", "intruder"}}, other.admin_token).status, 404);
  auto withdrawn = api.post(withdraw, {{"reason", "Diploma niet gevonden in het DUO-register"}}, org.admin_token);
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.text;
  EXPECT_EQ(withdrawn.body["verified"], false);
  EXPECT_EQ(withdrawn.body["valid"], false);
  EXPECT_EQ(withdrawn.body["verification"]["withdrawal_reason"], "Diploma niet gevonden in het DUO-register");
  EXPECT_FALSE(withdrawn.body["verification"]["withdrawn_at"].is_null());
  EXPECT_EQ(api.post(withdraw, {{"reason", "twice"}}, org.admin_token).status, 409);
  // The caregiver sees it unverified, with the reason; the verified document stays on record.
  const Json mine = certificate_of(api, hanna.token, hanna.id, "injection");
  EXPECT_EQ(mine["verified"], false);
  EXPECT_EQ(mine["verification"]["withdrawal_reason"], "Diploma niet gevonden in het DUO-register");
  EXPECT_EQ(api.get(evidence_path(hanna, second), org.coordinator_token).status, 200);

  const auto verifications = audit_events("certificate.verify");
  ASSERT_EQ(verifications.size(), 1U);
  EXPECT_NE(verifications[0]["detail"].get<std::string>().find(again.body["evidence"]["sha256"].get<std::string>()),
            std::string::npos)
      << verifications[0];
  const auto withdrawals = audit_events("certificate.withdraw");
  ASSERT_EQ(withdrawals.size(), 1U);
  EXPECT_NE(withdrawals[0]["detail"].get<std::string>().find("evidence " + std::to_string(second)), std::string::npos);
  // It can be verified again, against the same document.
  EXPECT_EQ(api.post(verify, {{"evidence_id", second}}, org.coordinator_token).status, 200);
}

// A document from a phone on a weak connection arrives slowly: a body over the usual 1 MiB has time
// in proportion to its declared size, while a small body that trickles is still cut off.
TEST(CertificateUpload, ALargeUploadOverASlowConnectionHasTimeForItsSizeAndASmallTrickleDoesNot) {
  TestServer server({"--request-timeout-ms", "1000"});
  Api api = server.api();
  const auto admin = api.login(kAdminEmail, kAdminPassword);
  const auto org = make_organisation(api, admin, "Thuiszorg Traag");
  const auto anna = make_caregiver(api, "anna@example.test", "Anna", 3, {org.id});
  const std::string path = "/v1/caregivers/" + std::to_string(anna.id) + "/certificates";
  auto request = [&](const std::string& body) {
    return "POST " + path + " HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + anna.token +
           "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  };
  // Sends `bytes` in eight parts over two seconds: twice the request timeout.
  auto trickle = [](RawConnection& c, const std::string& bytes) {
    const std::size_t part = bytes.size() / 8 + 1;
    for (std::size_t at = 0; at < bytes.size(); at += part) {
      if (!c.send(bytes.substr(at, part))) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
  };

  const std::string document = "%PDF-1.4\n" + std::string(2 << 20, 'x');
  RawConnection slow_upload(server.port());
  ASSERT_TRUE(slow_upload.connected());
  trickle(slow_upload, request(certificate_upload("injection", "2099-12-31", document).dump()));
  const auto answer = slow_upload.read_response();
  EXPECT_EQ(answer.rfind("HTTP/1.1 201", 0), 0u) << answer.substr(0, 300);

  RawConnection slow_form(server.port());
  ASSERT_TRUE(slow_form.connected());
  trickle(slow_form, request(Json({{"code", "catheter"}, {"expires", "2099-12-31"}, {"note", std::string(900, 'x')}}).dump()));
  EXPECT_EQ(slow_form.read_until_closed(std::chrono::milliseconds(3000)), "");
  EXPECT_TRUE(slow_form.closed());
  EXPECT_EQ(certificate_of(api, anna.token, anna.id, "catheter"), nullptr);
}

}  // namespace
}  // namespace carecrowd::testing
