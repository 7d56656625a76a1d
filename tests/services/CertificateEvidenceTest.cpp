// Certificate evidence in the services: a verification names the document and its hash, and a
// withdrawal makes the certificate unverified, so the marketplace's one admission rule stops
// counting it; both are audit events of the organisation, recorded before the live event to the
// caregiver.
#include <gtest/gtest.h>

#include "EventWorld.h"
#include "market/Eligibility.h"
#include "services/Caregivers.h"
#include "services/CertificateEvidence.h"
#include "services/Credentials.h"

namespace carecrowd::services {
namespace {

const std::string kPdf = "%PDF-1.4\n% a scanned diploma\n%%EOF\n";

class CertificateEvidenceTest : public EventWorld {
 protected:
  void SetUp() override {
    EventWorld::SetUp();
    noord_ = make_organisation("Noord");
    zuid_ = make_organisation("Zuid");
    anna_ = make_caregiver("Anna Bakker", noord_);
  }

  Result<HeldCertificate> upload(const std::string& code, const std::string& content = kPdf,
                                 const std::string& media_type = "application/pdf") {
    CertificateUpload u{code, today_ + 365, std::nullopt, std::nullopt,
                        EvidenceDocument{media_type, code + ".pdf", content}};
    return add_certificate(*platform_, anna_, *anna_.caregiver_id, u);
  }

  // Whether the one admission rule's eligibility counts Anna's `code` for a task of Noord today.
  bool counts(const std::string& code) {
    const auto facts = db_->read([&](store::Transaction& tx) { return load_caregiver_facts(tx, *anna_.caregiver_id); });
    market::TaskDemand demand{*noord_.organisation_id, today_, 1, {code}};
    return !market::why_not_eligible(facts->profile, demand).has_value();
  }

  // The audit events' names in the order recorded.
  std::vector<std::string> audit_trail() {
    return db_->read([&](store::Transaction& tx) {
      std::vector<std::string> out;
      for (const auto& r : tx.query("SELECT event FROM audit_event ORDER BY seq")) out.push_back(r.text(0));
      return out;
    });
  }

  Principal noord_, zuid_, anna_;
};

TEST_F(CertificateEvidenceTest, AVerifiedCertificateCountsAndAWithdrawnOneNoLonger) {
  auto held = upload("injection");
  ASSERT_TRUE(held.ok()) << held.error().message();
  ASSERT_TRUE(held.value().record.evidence.has_value());
  const auto evidence = *held.value().record.evidence;
  EXPECT_EQ(evidence.sha256, sha256_hex(kPdf));
  EXPECT_EQ(evidence.size_bytes, static_cast<std::int64_t>(kPdf.size()));
  EXPECT_EQ(evidence.uploaded_by, anna_.user_id);
  EXPECT_FALSE(counts("injection")) << "an unverified certificate does not count";

  auto verified = verify_certificate(*platform_, noord_, *anna_.caregiver_id, "injection", VerificationInput{evidence.id});
  ASSERT_TRUE(verified.ok()) << verified.error().message();
  EXPECT_TRUE(verified.value().valid);
  ASSERT_TRUE(verified.value().record.last_verification.has_value());
  EXPECT_EQ(verified.value().record.last_verification->evidence_sha256, evidence.sha256);
  EXPECT_EQ(verified.value().record.last_verification->verified_by, noord_.user_id);
  EXPECT_TRUE(counts("injection"));

  auto withdrawn = withdraw_verification(*platform_, noord_, *anna_.caregiver_id, "injection",
                                         Withdrawal{"Het BIG-register noemt geen bevoegdheid"});
  ASSERT_TRUE(withdrawn.ok()) << withdrawn.error().message();
  EXPECT_FALSE(withdrawn.value().valid);
  EXPECT_FALSE(withdrawn.value().record.verified_at.has_value());
  EXPECT_EQ(withdrawn.value().record.last_verification->withdrawal_reason, "Het BIG-register noemt geen bevoegdheid");
  EXPECT_EQ(withdrawn.value().record.last_verification->withdrawn_by, noord_.user_id);
  EXPECT_FALSE(counts("injection")) << "the admission rule stops counting a withdrawn verification";

  // Audited before published, and the caregiver hears of both.
  const auto trail = audit_trail();
  const auto verify_at = std::find(trail.begin(), trail.end(), "certificate.verify");
  const auto withdraw_at = std::find(trail.begin(), trail.end(), "certificate.withdraw");
  ASSERT_NE(verify_at, trail.end());
  ASSERT_NE(withdraw_at, trail.end());
  EXPECT_LT(verify_at, withdraw_at);
  const auto verified_events = events_of_type("certificate.verified");
  const auto withdrawn_events = events_of_type("certificate.withdrawn");
  ASSERT_EQ(verified_events.size(), 1U);
  ASSERT_EQ(withdrawn_events.size(), 1U);
  EXPECT_EQ(verified_events[0].first.caregiver_id, anna_.caregiver_id);
  EXPECT_EQ(verified_events[0].second["code"], "injection");
  EXPECT_EQ(verified_events[0].second["evidence_id"], evidence.id);
  EXPECT_FALSE(verified_events[0].first.organisation_id.has_value()) << "addressed to the caregiver alone";
}

TEST_F(CertificateEvidenceTest, OnlyCareStaffOfTheCaregiversOrganisationsVerifyWithdrawOrOpenTheDocument) {
  auto held = upload("catheter");
  ASSERT_TRUE(held.ok());
  const auto evidence = held.value().record.evidence->id;
  const auto id = *anna_.caregiver_id;
  EXPECT_EQ(verify_certificate(*platform_, zuid_, id, "catheter", VerificationInput{evidence}).error().kind,
            ErrorKind::not_found);
  EXPECT_EQ(verify_certificate(*platform_, anna_, id, "catheter", VerificationInput{evidence}).error().kind,
            ErrorKind::forbidden);
  EXPECT_EQ(read_evidence(*platform_, zuid_, id, evidence).error().kind, ErrorKind::not_found);
  const auto bert = make_caregiver("Bert Smit", noord_);
  EXPECT_EQ(read_evidence(*platform_, bert, id, evidence).error().kind, ErrorKind::not_found);
  EXPECT_EQ(read_evidence(*platform_, bert, *bert.caregiver_id, evidence).error().kind, ErrorKind::not_found)
      << "another caregiver's document under one's own id";

  auto own = read_evidence(*platform_, anna_, id, evidence);
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(own.value().content, kPdf);
  auto staff = read_evidence(*platform_, noord_, id, evidence);
  ASSERT_TRUE(staff.ok());
  EXPECT_EQ(staff.value().evidence.media_type, "application/pdf");
  ASSERT_TRUE(verify_certificate(*platform_, noord_, id, "catheter", VerificationInput{evidence}).ok());
  EXPECT_EQ(withdraw_verification(*platform_, zuid_, id, "catheter", Withdrawal{"not ours"}).error().kind,
            ErrorKind::not_found);
  EXPECT_TRUE(counts("catheter")) << "a refused withdrawal changes nothing";
}

TEST_F(CertificateEvidenceTest, DocumentsAreJudgedByTheirFirstBytesNotByWhatTheSenderDeclares) {
  EXPECT_EQ(sniffed_media_type("%PDF-1.7"), "application/pdf");
  EXPECT_EQ(sniffed_media_type(std::string("\x89PNG\r\n\x1a\n....", 12)), "image/png");
  EXPECT_EQ(sniffed_media_type("\xff\xd8\xff\xe0 JFIF"), "image/jpeg");
  EXPECT_EQ(sniffed_media_type("<!doctype html>"), "");
  EXPECT_EQ(sniffed_media_type("%PD"), "");

  auto disguised = upload("injection", "MZ\x90\x00 an executable", "application/pdf");
  ASSERT_FALSE(disguised.ok());
  EXPECT_EQ(disguised.error().field, "evidence.content_base64");
  auto too_large = upload("injection", "%PDF-" + std::string(kMaxEvidenceBytes, ' '));
  ASSERT_FALSE(too_large.ok());
  EXPECT_EQ(too_large.error().kind, ErrorKind::too_large);
  EXPECT_FALSE(check_big_number("19012345601").has_value());
  EXPECT_TRUE(check_big_number("190123456").has_value());
  EXPECT_TRUE(check_big_number("1901234560a").has_value());
  EXPECT_FALSE(check_duo_reference("DUO-2019-4471").has_value());
  EXPECT_TRUE(check_duo_reference("abc").has_value());
  // Nothing of a refused upload is stored.
  const auto stored = db_->read(
      [&](store::Transaction& tx) { return *tx.query_i64("SELECT COUNT(*) FROM certificate_evidence"); });
  EXPECT_EQ(stored, 0);
}

}  // namespace
}  // namespace carecrowd::services
