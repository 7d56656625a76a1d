-- Alarms (issue 11): home-monitoring devices, triage policies, alarms, their offers to caregivers
-- and their timelines. Times are local civil minutes, as everywhere (0001).
--
-- A client's monitoring devices (fall detector, alarm button, sensors, vital-sign meters); an alarm
-- may name the device that raised it.
CREATE TABLE device (
  id @ID@,
  organisation_id @INT@ NOT NULL REFERENCES organisation(id),
  client_id @INT@ NOT NULL REFERENCES client(id),
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  created_at @INT@ NOT NULL
);
CREATE INDEX device_by_client ON device(client_id);

-- How a responder gets in (a key-safe code): seen only by the care staff and by the caregiver who
-- accepted an open alarm of the client.
CREATE TABLE client_access (
  client_id @INT@ PRIMARY KEY REFERENCES client(id),
  instructions TEXT NOT NULL,
  updated_at @INT@ NOT NULL
);

-- An organisation's triage policy, one row per version (an edit adds a version; an alarm keeps the
-- version it was triaged by), and its first step per alarm kind and priority. No row: the
-- platform's default (src/dispatch/TriagePolicy.h), version 0.
CREATE TABLE alarm_policy (
  organisation_id @INT@ NOT NULL REFERENCES organisation(id),
  version @INT@ NOT NULL,
  remote_check_minutes @INT@ NOT NULL,
  offers_per_round @INT@ NOT NULL,
  offer_minutes @INT@ NOT NULL,
  max_rounds @INT@ NOT NULL,
  coordinator_minutes @INT@ NOT NULL,
  arrival_minutes @INT@ NOT NULL,
  response_level @INT@ NOT NULL,
  on_site_minutes @INT@ NOT NULL,
  radius_metres @INT@ NOT NULL,
  created_by @INT@ REFERENCES app_user(id),
  created_at @INT@ NOT NULL,
  PRIMARY KEY (organisation_id, version)
);
CREATE TABLE alarm_policy_step (
  organisation_id @INT@ NOT NULL,
  version @INT@ NOT NULL,
  kind TEXT NOT NULL,
  priority TEXT NOT NULL,
  first_step TEXT NOT NULL,
  PRIMARY KEY (organisation_id, version, kind, priority)
);

-- A client's own first steps, overriding their organisation's policy for the kinds and priorities
-- listed (a client who cannot answer a phone: dispatch at once); set by care staff.
CREATE TABLE alarm_client_step (
  client_id @INT@ NOT NULL REFERENCES client(id),
  kind TEXT NOT NULL,
  priority TEXT NOT NULL,
  first_step TEXT NOT NULL,
  PRIMARY KEY (client_id, kind, priority)
);

-- An alarm. `source_id` makes receiving it idempotent per organisation; `task_id` names the visit
-- a carer-non-arrival alarm the platform raised itself is about (its source id is "visit:<task id>"). Its running timer is
-- `due_at` (null: none): any server process sweeping finds it, and a change of the alarm first
-- bumps `version` (the row lock on PostgreSQL), so a timer fires once and the first acceptance wins.
CREATE TABLE alarm (
  id @ID@,
  organisation_id @INT@ NOT NULL REFERENCES organisation(id),
  client_id @INT@ NOT NULL REFERENCES client(id),
  device_id @INT@ REFERENCES device(id),
  kind TEXT NOT NULL,
  priority TEXT NOT NULL,
  observed_at @INT@ NOT NULL,
  observations TEXT NOT NULL,
  source_id TEXT NOT NULL,
  policy_version @INT@ NOT NULL,
  status TEXT NOT NULL,
  escalation TEXT,
  round @INT@ NOT NULL DEFAULT 0,
  due_at @INT@,
  caregiver_id @INT@ REFERENCES caregiver(id),
  task_id @INT@ REFERENCES task(id),
  created_by @INT@ REFERENCES app_user(id),
  created_at @INT@ NOT NULL,
  version @INT@ NOT NULL DEFAULT 1,
  UNIQUE (organisation_id, source_id)
);
CREATE INDEX alarm_by_due ON alarm(due_at);
CREATE INDEX alarm_by_status ON alarm(status);
CREATE INDEX alarm_by_caregiver ON alarm(caregiver_id, status);
CREATE INDEX alarm_by_organisation ON alarm(organisation_id, id);
CREATE INDEX alarm_by_task ON alarm(task_id);
CREATE INDEX alarm_by_client ON alarm(client_id, id);

-- An alarm offered to one caregiver, with their predicted minutes to arrive.
CREATE TABLE alarm_offer (
  alarm_id @INT@ NOT NULL REFERENCES alarm(id),
  caregiver_id @INT@ NOT NULL REFERENCES caregiver(id),
  round @INT@ NOT NULL,
  status TEXT NOT NULL,
  predicted_minutes @INT@ NOT NULL,
  distance_metres @INT@ NOT NULL,
  offered_at @INT@ NOT NULL,
  answered_at @INT@,
  PRIMARY KEY (alarm_id, caregiver_id)
);
CREATE INDEX alarm_offer_by_caregiver ON alarm_offer(caregiver_id, status);

-- An alarm's timeline: every transition with its time, actor and reason (the audit log has each
-- too; this is what the alarm's readers see).
CREATE TABLE alarm_step (
  id @ID@,
  alarm_id @INT@ NOT NULL REFERENCES alarm(id),
  at @INT@ NOT NULL,
  event TEXT NOT NULL,
  status TEXT NOT NULL,
  actor TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX alarm_step_by_alarm ON alarm_step(alarm_id, id);
