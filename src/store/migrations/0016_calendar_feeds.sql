-- Calendar feeds (issue 12, RFC 5545): a secret link per account that a calendar program reads
-- without logging in. Only the link's SHA-256 digest is stored, as for sessions; making a new link
-- revokes the earlier ones, and a revoked link answers 404.
CREATE TABLE calendar_link (
  token_hash TEXT PRIMARY KEY,
  user_id @INT@ NOT NULL REFERENCES app_user(id),
  created_at @INT@ NOT NULL,
  revoked_at @INT@
);
CREATE INDEX calendar_link_user ON calendar_link (user_id);

-- A claimed visit that left its caregiver (released, taken back by the coordinator, cancelled):
-- their calendar keeps it as cancelled (STATUS:CANCELLED) instead of letting it vanish, with the
-- task's version after the change as its SEQUENCE.
CREATE TABLE task_left (
  task_id @INT@ NOT NULL REFERENCES task(id),
  caregiver_id @INT@ NOT NULL REFERENCES caregiver(id),
  version @INT@ NOT NULL
);
CREATE INDEX task_left_caregiver ON task_left (caregiver_id, task_id);
