-- carecrowd platform schema, version 11: live repair (issue 11 item 7).
--
-- A visit taken from its caregiver while the day runs (they reported sick or absent, or did not
-- arrive) is one row here, written with the release itself: what the repair's key figures count
-- (released by cause; taken again in time, late, or missed) and what a repair plan re-plans (the
-- released visits still open). A task released twice has two rows.
CREATE TABLE task_release (
  id @ID@,
  task_id @INT@ NOT NULL REFERENCES task(id),
  organisation_id @INT@ NOT NULL REFERENCES organisation(id),
  caregiver_id @INT@ NOT NULL REFERENCES caregiver(id),
  cause TEXT NOT NULL,
  day @INT@ NOT NULL,
  window_start @INT@ NOT NULL,
  released_at @INT@ NOT NULL,
  released_by @INT@ REFERENCES app_user(id)
);
CREATE INDEX task_release_by_day ON task_release(organisation_id, day);
