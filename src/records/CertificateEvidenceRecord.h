// CertificateEvidenceRecord: the tables of store migration 0020. certificate_evidence holds the
// documents caregivers upload with a certificate (bytes, media type, SHA-256, who and when), never
// changed once written; certificate_verification holds who verified which certificate against
// which evidence, and its withdrawal. Who may read or write them is decided in services
// (services/CertificateEvidence.h).
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

// A document's description, without its bytes (what a list shows).
struct EvidenceRecord {
  std::int64_t id = 0;
  std::int64_t caregiver_id = 0;
  std::string code;
  std::string media_type;
  std::string file_name;
  std::int64_t size_bytes = 0;
  std::string sha256;  // hex, of the bytes as stored
  std::int64_t uploaded_by = 0;  // the user
  LocalMinute uploaded_at = 0;
};

struct NewEvidence {
  std::int64_t caregiver_id = 0;
  std::string code;
  std::string media_type;
  std::string file_name;
  std::string sha256;
  std::string content;
  std::int64_t uploaded_by = 0;
  LocalMinute uploaded_at = 0;
};
// Returns the new evidence's id.
std::int64_t insert_evidence(store::Transaction& tx, const NewEvidence& evidence);
std::optional<EvidenceRecord> read_evidence(store::Transaction& tx, std::int64_t evidence_id);
// The document's bytes; nullopt when there is no such evidence.
std::optional<std::string> evidence_content(store::Transaction& tx, std::int64_t evidence_id);
// Deletes the caregiver's evidence for `code` that neither a certificate nor a verification names
// (an upload replaced it before anyone verified it): documents are large, and nobody can ask for
// them any more.
void drop_unnamed_evidence(store::Transaction& tx, std::int64_t caregiver_id, const std::string& code);

// A verification, and its withdrawal once withdrawn.
struct VerificationRecord {
  std::int64_t id = 0;
  std::int64_t evidence_id = 0;
  std::string evidence_sha256;
  std::int64_t organisation_id = 0;
  std::int64_t verified_by = 0;  // the user
  std::string verifier_name;
  LocalMinute verified_at = 0;
  std::optional<std::int64_t> withdrawn_by;
  std::optional<LocalMinute> withdrawn_at;
  std::string withdrawal_reason;  // "" while not withdrawn
};
struct NewVerification {
  std::int64_t caregiver_id = 0;
  std::string code;
  std::int64_t evidence_id = 0;
  std::string evidence_sha256;
  std::int64_t organisation_id = 0;
  std::int64_t verified_by = 0;
  LocalMinute verified_at = 0;
};
// Records the verification and marks the certificate verified (by the organisation, at the time),
// as the marketplace reads it. Returns the verification's id.
std::int64_t insert_verification(store::Transaction& tx, const NewVerification& verification);
// The certificate's latest verification, withdrawn or not.
std::optional<VerificationRecord> latest_verification(store::Transaction& tx, std::int64_t caregiver_id,
                                                      const std::string& code);
// Withdraws the verification if it is not withdrawn yet. False when it was (someone was first).
bool withdraw_verification(store::Transaction& tx, std::int64_t verification_id, std::int64_t withdrawn_by,
                           LocalMinute at, const std::string& reason);
// Makes the certificate unverified again, so the marketplace stops counting it. False when it was
// not verified.
bool clear_certificate_verification(store::Transaction& tx, std::int64_t caregiver_id, const std::string& code);
// Takes the certificate's row lock until the transaction ends (PostgreSQL; SQLite has one writer),
// so that verifications, withdrawals and uploads of one certificate happen one after the other.
// False when the caregiver holds no such certificate.
bool take_certificate_turn(store::Transaction& tx, std::int64_t caregiver_id, const std::string& code);

}  // namespace carecrowd::records
