-- Certificate evidence (issue 12; numbered after main's 0018_client_messages and
-- 0019_proposal_reasons, so that the branches merge in any order): the document a
-- caregiver uploads with a certificate (a PDF or an image, at most 5 MB, its type judged by its
-- first bytes), kept with its SHA-256, so that a verification names exactly what was looked at.
-- Evidence rows are never changed; a new upload adds a row and the certificate points at the
-- newest. Rows a verification names are kept for the record; others go when the certificate is
-- uploaded again.
CREATE TABLE certificate_evidence (
  id @ID@,
  caregiver_id @INT@ NOT NULL REFERENCES caregiver(id),
  code TEXT NOT NULL,
  media_type TEXT NOT NULL,
  file_name TEXT NOT NULL,
  size_bytes @INT@ NOT NULL,
  sha256 TEXT NOT NULL,
  content @BLOB@ NOT NULL,
  uploaded_by @INT@ NOT NULL REFERENCES app_user(id),
  uploaded_at @INT@ NOT NULL
);
CREATE INDEX certificate_evidence_certificate ON certificate_evidence (caregiver_id, code);

-- The certificate's registrations where they apply: the BIG register's number (11 digits, for the
-- professions of the Wet BIG) and the diploma register's (DUO) reference; the evidence it stands on.
ALTER TABLE certificate ADD COLUMN big_number TEXT;
ALTER TABLE certificate ADD COLUMN duo_reference TEXT;
ALTER TABLE certificate ADD COLUMN evidence_id @INT@ REFERENCES certificate_evidence(id);

-- Who verified which certificate against which evidence (its id and hash), when, for which
-- organisation; and, once withdrawn, by whom, when and why. The certificate row's verified_by and
-- verified_at stay what the marketplace reads: set by a verification, cleared by its withdrawal.
CREATE TABLE certificate_verification (
  id @ID@,
  caregiver_id @INT@ NOT NULL REFERENCES caregiver(id),
  code TEXT NOT NULL,
  evidence_id @INT@ NOT NULL REFERENCES certificate_evidence(id),
  evidence_sha256 TEXT NOT NULL,
  organisation_id @INT@ NOT NULL REFERENCES organisation(id),
  verified_by @INT@ NOT NULL REFERENCES app_user(id),
  verified_at @INT@ NOT NULL,
  withdrawn_by @INT@ REFERENCES app_user(id),
  withdrawn_at @INT@,
  withdrawal_reason TEXT
);
CREATE INDEX certificate_verification_certificate ON certificate_verification (caregiver_id, code, id);
