#include "services/CertificateEvidence.h"

#include <array>

#include <nlohmann/json.hpp>

#include "records/CaregiverProfileRecord.h"
#include "services/AuditLog.h"
#include "services/Events.h"
#include "services/InputRules.h"

namespace carecrowd::services {
namespace {

// The documents a verifier can open in any browser, and the bytes each starts with (its "magic
// number"): a declared type is believed only when the bytes say the same, so that a script or an
// executable cannot be stored and served back as a "PDF".
struct KnownType {
  std::string_view media_type;
  std::string_view magic;
};
constexpr std::array<KnownType, 3> kKnownTypes = {{
    {"application/pdf", "%PDF-"},
    {"image/png", "\x89PNG\r\n\x1a\n"},
    {"image/jpeg", "\xff\xd8\xff"},
}};

// Care staff of an organisation the caregiver works for (403 for other roles, 404 for staff of
// other organisations, as for a caregiver that does not exist).
std::optional<Error> check_verifier(store::Transaction& tx, const Principal& who, std::int64_t caregiver_id,
                                    std::string_view action) {
  // The coordinator who plans with the caregiver has seen the paper as often as the admin has.
  if (!is_care_staff(who)) {
    return forbidden(say("only an organisation's admin or coordinator may {} certificates", action));
  }
  if (!is_staff_of_their_organisation(tx, who, caregiver_id)) return no_such_caregiver(caregiver_id);
  return std::nullopt;
}

std::string certificate_detail(std::int64_t caregiver_id, const std::string& code) {
  return "caregiver " + std::to_string(caregiver_id) + " certificate " + code;
}

}  // namespace

std::string_view sniffed_media_type(std::string_view content) {
  for (const auto& type : kKnownTypes) {
    if (content.starts_with(type.magic)) return type.media_type;
  }
  return "";
}

std::optional<Error> check_evidence_document(const EvidenceDocument& d) {
  bool known = false;
  for (const auto& type : kKnownTypes) known = known || d.media_type == type.media_type;
  if (!known) {
    return bad_input("evidence.media_type", "", "must be application/pdf, image/png or image/jpeg (a PDF or a photo)");
  }
  if (d.content.empty()) return bad_input("evidence.content_base64", "", "is empty: choose the document to upload");
  if (d.content.size() > kMaxEvidenceBytes) {
    return error_saying(ErrorKind::too_large, "evidence.content_base64", "",
                        say("the document is {} bytes; at most {} (5 MB) are accepted", d.content.size(),
                            kMaxEvidenceBytes));
  }
  const std::string_view sniffed = sniffed_media_type(d.content);
  if (sniffed != d.media_type) {
    return bad_input("evidence.content_base64", "",
                     sniffed.empty() ? say("is not a PDF, PNG or JPEG document (its first bytes say otherwise)")
                                     : say("is {}, not {} as declared", sniffed, d.media_type));
  }
  if (auto e = check_text_line(d.file_name, "evidence.file_name", 200)) return *e;
  // A name, not a path: it is offered back as the name to save the file under.
  if (d.file_name.find_first_of("/\\") != std::string::npos) {
    return bad_input("evidence.file_name", "", "must be a file's name without a folder (no / or \\)");
  }
  return std::nullopt;
}

std::optional<Error> check_big_number(std::string_view big_number) {
  bool digits = big_number.size() == 11;
  for (const char c : big_number) digits = digits && c >= '0' && c <= '9';
  if (!digits) return bad_input("big_number", "", "must be the 11 digits of the BIG register's number");
  return std::nullopt;
}

std::optional<Error> check_duo_reference(std::string_view reference) {
  bool ok = reference.size() >= 6 && reference.size() <= 40;
  for (const char c : reference) {
    ok = ok && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-');
  }
  if (!ok) {
    return bad_input("duo_reference", "",
                     "must be the diploma register's (DUO) reference: 6 to 40 letters, digits or hyphens");
  }
  return std::nullopt;
}

Result<EvidenceFile> read_evidence(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                   std::int64_t evidence_id) {
  // A write: staff opening a caregiver's document is an audit event, committed before the bytes go.
  return platform.db().write([&](store::Transaction& tx) -> Result<EvidenceFile> {
    const Error none = not_found("evidence_id", std::to_string(evidence_id), "no such evidence");
    // Who sees the caregiver sees their documents; anyone else is told nothing exists.
    if (!is_the_caregiver(who, caregiver_id) && !is_staff_of_their_organisation(tx, who, caregiver_id)) return none;
    auto evidence = records::read_evidence(tx, evidence_id);
    // Another caregiver's evidence under this caregiver's path is as unknown as none at all.
    if (!evidence || evidence->caregiver_id != caregiver_id) return none;
    auto content = records::evidence_content(tx, evidence_id);
    if (!content) return none;
    if (is_care_staff(who)) {
      record_audit(tx, who, {"certificate.evidence_read", std::nullopt, who.organisation_id, "success",
                             certificate_detail(caregiver_id, evidence->code) + " evidence " +
                                 std::to_string(evidence_id)});
    }
    return EvidenceFile{std::move(*evidence), std::move(*content)};
  });
}

Result<records::VerificationRecord> verify_certificate_in(store::Transaction& tx, const Principal& who,
                                                          std::int64_t caregiver_id, const std::string& code,
                                                          std::int64_t evidence_id, LocalMinute now) {
  if (auto e = check_verifier(tx, who, caregiver_id, "verify")) return *e;
  // One at a time per certificate: an upload that replaces the evidence waits, or goes first.
  if (!records::take_certificate_turn(tx, caregiver_id, code)) {
    return not_found("code", code, "the caregiver has not uploaded this certificate");
  }
  const auto held = records::read_certificate(tx, caregiver_id, code);
  if (!held->evidence) {
    return conflict("code", code, "the certificate has no evidence to verify against; ask the caregiver to upload it");
  }
  if (held->evidence->id != evidence_id) {
    return conflict("evidence_id", std::to_string(evidence_id),
                    say("is not the certificate's evidence: the caregiver uploaded another document (evidence {}); "
                        "open that one first", held->evidence->id));
  }
  if (held->verified_at) return conflict("code", code, "the certificate is verified already");
  records::insert_verification(tx, {caregiver_id, code, evidence_id, held->evidence->sha256, *who.organisation_id,
                                    who.user_id, now});
  return *records::latest_verification(tx, caregiver_id, code);
}

Result<HeldCertificate> verify_certificate(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                           const std::string& code, const Result<VerificationInput>& input) {
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<HeldCertificate> {
    if (auto e = check_verifier(tx, who, caregiver_id, "verify")) return *e;
    if (!input) return input.error();
    auto verified = verify_certificate_in(tx, who, caregiver_id, code, input.value().evidence_id, now);
    if (!verified) return verified.error();
    const auto& v = verified.value();
    record_audit_and_publish(
        tx, platform, who,
        {"certificate.verify", std::nullopt, who.organisation_id, "success",
         certificate_detail(caregiver_id, code) + " evidence " + std::to_string(v.evidence_id) + " sha256 " +
             v.evidence_sha256},
        NewEvent("certificate.verified", {{"code", code}, {"evidence_id", v.evidence_id}}, std::nullopt, caregiver_id));
    return held_certificate(*records::read_certificate(tx, caregiver_id, code), now / kMinutesPerDay);
  });
}

Result<HeldCertificate> withdraw_verification(const Platform& platform, const Principal& who,
                                              std::int64_t caregiver_id, const std::string& code,
                                              const Result<Withdrawal>& withdrawal) {
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<HeldCertificate> {
    if (auto e = check_verifier(tx, who, caregiver_id, "withdraw the verification of")) return *e;
    if (!withdrawal) return withdrawal.error();
    const std::string& reason = withdrawal.value().reason;
    if (auto e = check_text_line(reason, "reason", kMaxWithdrawalReasonBytes)) return *e;
    if (!records::take_certificate_turn(tx, caregiver_id, code)) {
      return not_found("code", code, "the caregiver has not uploaded this certificate");
    }
    const auto held = records::read_certificate(tx, caregiver_id, code);
    if (!held->verified_at) return conflict("code", code, "the certificate is not verified: there is nothing to withdraw");
    // The verification being withdrawn is the one that made the certificate verified; one made
    // before verifications named their evidence has no row, and the certificate is only cleared.
    std::string detail = certificate_detail(caregiver_id, code);
    if (const auto& v = held->last_verification; v && !v->withdrawn_at) {
      records::withdraw_verification(tx, v->id, who.user_id, now, reason);
      detail += " evidence " + std::to_string(v->evidence_id) + " sha256 " + v->evidence_sha256;
    }
    records::clear_certificate_verification(tx, caregiver_id, code);
    // The reason stays out of the audit event's detail (it may describe the person); it is kept
    // with the verification.
    record_audit_and_publish(tx, platform, who,
                             {"certificate.withdraw", std::nullopt, who.organisation_id, "success", detail},
                             NewEvent("certificate.withdrawn", {{"code", code}}, std::nullopt, caregiver_id));
    return held_certificate(*records::read_certificate(tx, caregiver_id, code), now / kMinutesPerDay);
  });
}

}  // namespace carecrowd::services
