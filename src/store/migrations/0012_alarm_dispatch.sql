-- Alarm dispatch (issue 11): on-call shifts and caregivers' last known positions.
--
-- On-call shifts: a caregiver on call to answer alarms for a period, scheduled by care staff or
-- signed up for by the caregiver, or a coordinator on call for the alarms that are escalated. A
-- caregiver on call is on duty for alarm dispatch as if their published availability covered the
-- shift; an escalated alarm names the coordinator on call. Times are local civil minutes, as
-- everywhere (0001).
CREATE TABLE on_call_shift (
  id @ID@,
  organisation_id @INT@ NOT NULL REFERENCES organisation(id),
  caregiver_id @INT@ REFERENCES caregiver(id),
  coordinator_id @INT@ REFERENCES app_user(id),
  starts_at @INT@ NOT NULL,
  ends_at @INT@ NOT NULL,
  created_by @INT@ NOT NULL REFERENCES app_user(id),
  created_at @INT@ NOT NULL,
  CHECK ((caregiver_id IS NULL) <> (coordinator_id IS NULL)),
  CHECK (starts_at < ends_at)
);
CREATE INDEX on_call_by_caregiver ON on_call_shift(caregiver_id, ends_at);
CREATE INDEX on_call_by_organisation ON on_call_shift(organisation_id, ends_at);

-- A caregiver's last known position, as their phone reported it (one row per caregiver, replaced by
-- each report): used only to rank who answers an alarm soonest, while fresh (30 minutes), then
-- deleted by the servers' minute sweep; never shown to anyone.
CREATE TABLE caregiver_position (
  caregiver_id @INT@ PRIMARY KEY REFERENCES caregiver(id),
  lat @REAL@ NOT NULL,
  lon @REAL@ NOT NULL,
  reported_at @INT@ NOT NULL
);
CREATE INDEX caregiver_position_by_time ON caregiver_position(reported_at);

-- What closes an alarm: a policy may require an outcome code on every resolve
-- (src/dispatch/AlarmOutcome.h); the policies stored before did not.
ALTER TABLE alarm_policy ADD COLUMN outcome_required @INT@ NOT NULL DEFAULT 0;
