-- carecrowd platform schema, version 1.
-- Written once for both databases: @ID@ is an auto-generated 64-bit key, @INT@ a 64-bit integer,
-- @REAL@ a double (see src/store/Migrations.cpp). Times are local civil minutes since
-- 1970-01-01T00:00 (src/domain/CivilTime.h), days are day numbers since then; audit times are UTC text.

CREATE TABLE organisation (
  id @ID@,
  name TEXT NOT NULL UNIQUE,
  created_at @INT@ NOT NULL
);

CREATE TABLE caregiver (
  id @ID@,
  name TEXT NOT NULL,
  level @INT@ NOT NULL,
  kind TEXT NOT NULL,
  home_lat @REAL@ NOT NULL,
  home_lon @REAL@ NOT NULL,
  travel_mode TEXT NOT NULL,
  max_minutes_week @INT@ NOT NULL,
  hourly_rate_cents @INT@ NOT NULL,
  claim_seq @INT@ NOT NULL DEFAULT 0
);

CREATE TABLE client (
  id @ID@,
  organisation_id @INT@ NOT NULL REFERENCES organisation(id),
  name TEXT NOT NULL,
  address TEXT NOT NULL,
  postcode TEXT NOT NULL,
  lat @REAL@ NOT NULL,
  lon @REAL@ NOT NULL,
  notes TEXT NOT NULL,
  created_at @INT@ NOT NULL
);
CREATE INDEX client_by_organisation ON client(organisation_id);

CREATE TABLE app_user (
  id @ID@,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL,
  organisation_id @INT@ REFERENCES organisation(id),
  caregiver_id @INT@ REFERENCES caregiver(id),
  client_id @INT@ REFERENCES client(id),
  created_at @INT@ NOT NULL
);

CREATE TABLE session (
  token_hash TEXT PRIMARY KEY,
  user_id @INT@ NOT NULL REFERENCES app_user(id),
  expires_at @INT@ NOT NULL,
  revoked @INT@ NOT NULL DEFAULT 0
);

CREATE TABLE login_failure (
  id @ID@,
  email TEXT NOT NULL,
  at @INT@ NOT NULL
);
CREATE INDEX login_failure_by_email ON login_failure(email, at);

CREATE TABLE caregiver_organisation (
  caregiver_id @INT@ NOT NULL REFERENCES caregiver(id),
  organisation_id @INT@ NOT NULL REFERENCES organisation(id),
  employed @INT@ NOT NULL DEFAULT 0,
  PRIMARY KEY (caregiver_id, organisation_id)
);

CREATE TABLE certificate (
  caregiver_id @INT@ NOT NULL REFERENCES caregiver(id),
  code TEXT NOT NULL,
  expires_day @INT@ NOT NULL,
  verified_by @INT@ REFERENCES organisation(id),
  verified_at @INT@,
  PRIMARY KEY (caregiver_id, code)
);

-- Recurring availability has a weekday (0 = Monday); a one-off entry has a day and says whether
-- the caregiver is available (1) or not (0) in that interval, overriding the recurring pattern.
CREATE TABLE availability (
  id @ID@,
  caregiver_id @INT@ NOT NULL REFERENCES caregiver(id),
  weekday @INT@,
  day @INT@,
  from_minute @INT@ NOT NULL,
  to_minute @INT@ NOT NULL,
  available @INT@ NOT NULL
);
CREATE INDEX availability_by_caregiver ON availability(caregiver_id);

CREATE TABLE arrangement (
  id @ID@,
  organisation_id @INT@ NOT NULL REFERENCES organisation(id),
  client_id @INT@ NOT NULL REFERENCES client(id),
  valid_from @INT@ NOT NULL,
  valid_to @INT@,
  version @INT@ NOT NULL DEFAULT 1,
  created_at @INT@ NOT NULL
);
CREATE INDEX arrangement_by_client ON arrangement(client_id);

-- One recurring care task of an arrangement. `key` names it within the arrangement so that an
-- edited arrangement keeps the identity of unchanged tasks; `after_key` is a precedence.
CREATE TABLE care_task (
  id @ID@,
  arrangement_id @INT@ NOT NULL REFERENCES arrangement(id),
  key TEXT NOT NULL,
  task_type TEXT NOT NULL,
  rrule TEXT NOT NULL,
  window_start @INT@ NOT NULL,
  window_end @INT@ NOT NULL,
  duration @INT@ NOT NULL,
  level @INT@ NOT NULL,
  certificates TEXT NOT NULL,
  mode TEXT NOT NULL,
  staff @INT@ NOT NULL,
  after_key TEXT,
  pay_cents @INT@ NOT NULL,
  active @INT@ NOT NULL DEFAULT 1
);
CREATE INDEX care_task_by_arrangement ON care_task(arrangement_id);

-- A concrete task on one day; a double-staffed task is one row per slot, sharing `visit_key`.
CREATE TABLE task (
  id @ID@,
  organisation_id @INT@ NOT NULL REFERENCES organisation(id),
  client_id @INT@ NOT NULL REFERENCES client(id),
  care_task_id @INT@ NOT NULL REFERENCES care_task(id),
  day @INT@ NOT NULL,
  slot @INT@ NOT NULL,
  window_start @INT@ NOT NULL,
  window_end @INT@ NOT NULL,
  duration @INT@ NOT NULL,
  task_type TEXT NOT NULL,
  level @INT@ NOT NULL,
  certificates TEXT NOT NULL,
  mode TEXT NOT NULL,
  pay_cents @INT@ NOT NULL,
  lat @REAL@ NOT NULL,
  lon @REAL@ NOT NULL,
  area TEXT NOT NULL,
  status TEXT NOT NULL,
  caregiver_id @INT@ REFERENCES caregiver(id),
  claimed_at @INT@,
  urgent @INT@ NOT NULL DEFAULT 0,
  check_in @INT@,
  check_out @INT@,
  version @INT@ NOT NULL DEFAULT 1,
  UNIQUE (care_task_id, day, slot)
);
CREATE INDEX task_open_by_start ON task(status, window_start);
CREATE INDEX task_by_caregiver ON task(caregiver_id, window_start);
CREATE INDEX task_by_organisation ON task(organisation_id, window_start);
CREATE INDEX task_by_client ON task(client_id, window_start);

CREATE TABLE plan_run (
  id @ID@,
  organisation_id @INT@ NOT NULL REFERENCES organisation(id),
  from_day @INT@ NOT NULL,
  to_day @INT@ NOT NULL,
  mode TEXT NOT NULL,
  created_by @INT@ NOT NULL REFERENCES app_user(id),
  created_at @INT@ NOT NULL,
  summary TEXT NOT NULL
);

CREATE TABLE proposal (
  id @ID@,
  plan_id @INT@ NOT NULL REFERENCES plan_run(id),
  task_id @INT@ NOT NULL REFERENCES task(id),
  caregiver_id @INT@ NOT NULL REFERENCES caregiver(id),
  planned_start @INT@ NOT NULL,
  deadline @INT@ NOT NULL,
  status TEXT NOT NULL
);
CREATE INDEX proposal_by_caregiver ON proposal(caregiver_id, status);

-- NEN 7513 access log. Append-only; each entry's hash covers its fields and the previous hash, and
-- audit_head (one row) holds the chain's end so that appends serialise across processes.
CREATE TABLE audit_event (
  seq @INT@ PRIMARY KEY,
  at TEXT NOT NULL,
  event TEXT NOT NULL,
  client_id @INT@,
  user_id @INT@,
  role TEXT NOT NULL,
  acting_for TEXT NOT NULL,
  source TEXT NOT NULL,
  outcome TEXT NOT NULL,
  detail TEXT NOT NULL,
  organisation_id @INT@,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_by_client ON audit_event(client_id, seq);
CREATE INDEX audit_by_organisation ON audit_event(organisation_id, seq);

CREATE TABLE audit_head (
  id @INT@ PRIMARY KEY,
  seq @INT@ NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
