// CertificateEvidence: what a certificate stands on. A caregiver uploads a document with a
// certificate (a PDF or an image of the diploma or register extract; its type judged by its first
// bytes, not by what the sender declares; at most kMaxEvidenceBytes), kept with its SHA-256, and
// the registrations where they apply (the BIG register's number, the diploma register's (DUO)
// reference). An admin or coordinator of an organisation the caregiver works for opens the
// document, then verifies the certificate against exactly that document (its id and hash are
// recorded with who verified it, when and for which organisation), or withdraws a verification
// with a reason, which makes the certificate unverified again: the marketplace's one admission rule
// (market/Admission.h) counts only verified certificates, so it stops counting it at once.
//
// Who sees what: the document only to the caregiver themselves and to the care staff of the
// organisations they work for; to anyone else it does not exist (404, as for an unknown id).
// Verifying and withdrawing are for care staff (403 for other roles). Staff opening a document,
// verifying and withdrawing are audit events of their organisation (/v1/audit); a verification and
// a withdrawal are also live events addressed to the caregiver (certificate.verified,
// certificate.withdrawn), recorded after the audit event as everywhere.
//
// Thread safety: stateless functions over the Platform (or the caller's transaction); safe from
// any number of request threads and processes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/Error.h"
#include "records/CertificateEvidenceRecord.h"
#include "services/Caregivers.h"
#include "services/Platform.h"
#include "services/Principal.h"
#include "store/Database.h"

namespace carecrowd::services {

// A document is at most 5 MB (MiB): a phone's photo of a diploma or a scanned PDF fits.
inline constexpr std::size_t kMaxEvidenceBytes = 5 * 1024 * 1024;
// A withdrawal's reason, one line.
inline constexpr std::size_t kMaxWithdrawalReasonBytes = 500;

// The media type a document's first bytes say it is: "application/pdf", "image/png" or
// "image/jpeg"; "" for anything else.
std::string_view sniffed_media_type(std::string_view content);

// The rules an uploaded document keeps, with errors naming the field under "evidence": its
// media_type one of the three above and what its bytes are (400), its content not empty (400) and
// at most kMaxEvidenceBytes (413), its file_name one line of 1 to 200 bytes without a path.
std::optional<Error> check_evidence_document(const EvidenceDocument& document);
// "big_number": the BIG register's number is 11 digits.
std::optional<Error> check_big_number(std::string_view big_number);
// "duo_reference": the diploma register's reference, 6 to 40 letters, digits or hyphens.
std::optional<Error> check_duo_reference(std::string_view duo_reference);

// A document with its bytes, for the caregiver or care staff of an organisation they work for.
struct EvidenceFile {
  records::EvidenceRecord evidence;
  std::string content;
};
Result<EvidenceFile> read_evidence(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                   std::int64_t evidence_id);

// A verification names the evidence looked at: refused (409) when the certificate has no evidence
// or the caregiver has uploaded another document since the verifier opened this one.
struct VerificationInput {
  std::int64_t evidence_id = 0;
};
Result<HeldCertificate> verify_certificate(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                           const std::string& code, const Result<VerificationInput>& input);
// A withdrawal says why (one line, 1 to 500 bytes); refused (409) when the certificate is not
// verified.
struct Withdrawal {
  std::string reason;
};
Result<HeldCertificate> withdraw_verification(const Platform& platform, const Principal& who,
                                              std::int64_t caregiver_id, const std::string& code,
                                              const Result<Withdrawal>& withdrawal);

// The verification in the caller's transaction (the demo region), with the same checks; records
// neither audit nor live event (the caller's history has no audience). Returns the verification.
Result<records::VerificationRecord> verify_certificate_in(store::Transaction& tx, const Principal& who,
                                                          std::int64_t caregiver_id, const std::string& code,
                                                          std::int64_t evidence_id, LocalMinute now);

}  // namespace carecrowd::services
