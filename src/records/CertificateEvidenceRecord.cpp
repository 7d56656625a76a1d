#include "records/CertificateEvidenceRecord.h"

namespace carecrowd::records {
namespace {

constexpr const char* kEvidenceColumns =
    "id, caregiver_id, code, media_type, file_name, size_bytes, sha256, uploaded_by, uploaded_at";

EvidenceRecord evidence_of(const store::Row& r) {
  return {r.i64(0), r.i64(1), r.text(2), r.text(3), r.text(4), r.i64(5), r.text(6), r.i64(7), r.i64(8)};
}

}  // namespace

std::int64_t insert_evidence(store::Transaction& tx, const NewEvidence& e) {
  return *tx.query_i64(
      "INSERT INTO certificate_evidence (caregiver_id, code, media_type, file_name, size_bytes, sha256, content, "
      "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {e.caregiver_id, e.code, e.media_type, e.file_name, static_cast<std::int64_t>(e.content.size()), e.sha256,
       store::Bytes{e.content}, e.uploaded_by, e.uploaded_at});
}

std::optional<EvidenceRecord> read_evidence(store::Transaction& tx, std::int64_t evidence_id) {
  const auto rows =
      tx.query(std::string("SELECT ") + kEvidenceColumns + " FROM certificate_evidence WHERE id = ?", {evidence_id});
  if (rows.empty()) return std::nullopt;
  return evidence_of(rows[0]);
}

std::optional<std::string> evidence_content(store::Transaction& tx, std::int64_t evidence_id) {
  auto rows = tx.query("SELECT content FROM certificate_evidence WHERE id = ?", {evidence_id});
  if (rows.empty()) return std::nullopt;
  return rows[0].text(0);
}

void drop_unnamed_evidence(store::Transaction& tx, std::int64_t caregiver_id, const std::string& code) {
  tx.exec("DELETE FROM certificate_evidence WHERE caregiver_id = ? AND code = ? "
          "AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.evidence_id = certificate_evidence.id) "
          "AND NOT EXISTS (SELECT 1 FROM certificate_verification v WHERE v.evidence_id = certificate_evidence.id)",
          {caregiver_id, code});
}

std::int64_t insert_verification(store::Transaction& tx, const NewVerification& v) {
  const auto id = *tx.query_i64(
      "INSERT INTO certificate_verification (caregiver_id, code, evidence_id, evidence_sha256, organisation_id, "
      "verified_by, verified_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {v.caregiver_id, v.code, v.evidence_id, v.evidence_sha256, v.organisation_id, v.verified_by, v.verified_at});
  tx.exec("UPDATE certificate SET verified_by = ?, verified_at = ? WHERE caregiver_id = ? AND code = ?",
          {v.organisation_id, v.verified_at, v.caregiver_id, v.code});
  return id;
}

std::optional<VerificationRecord> latest_verification(store::Transaction& tx, std::int64_t caregiver_id,
                                                      const std::string& code) {
  const auto rows = tx.query(
      "SELECT v.id, v.evidence_id, v.evidence_sha256, v.organisation_id, v.verified_by, u.name, v.verified_at, "
      "v.withdrawn_by, v.withdrawn_at, v.withdrawal_reason FROM certificate_verification v "
      "JOIN app_user u ON u.id = v.verified_by WHERE v.caregiver_id = ? AND v.code = ? ORDER BY v.id DESC LIMIT 1",
      {caregiver_id, code});
  if (rows.empty()) return std::nullopt;
  const auto& r = rows[0];
  return VerificationRecord{r.i64(0), r.i64(1),     r.text(2),     r.i64(3),     r.i64(4),
                            r.text(5), r.i64(6), r.opt_i64(7), r.opt_i64(8), r.text(9)};
}

bool withdraw_verification(store::Transaction& tx, std::int64_t verification_id, std::int64_t withdrawn_by,
                           LocalMinute at, const std::string& reason) {
  return tx.exec("UPDATE certificate_verification SET withdrawn_by = ?, withdrawn_at = ?, withdrawal_reason = ? "
                 "WHERE id = ? AND withdrawn_at IS NULL",
                 {withdrawn_by, at, reason, verification_id}) > 0;
}

bool clear_certificate_verification(store::Transaction& tx, std::int64_t caregiver_id, const std::string& code) {
  return tx.exec("UPDATE certificate SET verified_by = NULL, verified_at = NULL "
                 "WHERE caregiver_id = ? AND code = ? AND verified_at IS NOT NULL",
                 {caregiver_id, code}) > 0;
}

bool take_certificate_turn(store::Transaction& tx, std::int64_t caregiver_id, const std::string& code) {
  return tx.exec("UPDATE certificate SET expires_day = expires_day WHERE caregiver_id = ? AND code = ?",
                 {caregiver_id, code}) > 0;
}

}  // namespace carecrowd::records
