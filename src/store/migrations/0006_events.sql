-- Live events (GET /v1/events): one row per event, addressed to an organisation's board or to one
-- caregiver (src/services/Events.h says who receives which). Events are rows so that they reach
-- every server process sharing the database and survive a restart.
--
-- Ids are gapless and in commit order, also with several PostgreSQL writers: a publishing
-- transaction takes its id from event_head (one row, row-locked until that transaction ends), so
-- publishers commit one after another and a reader that has seen id N never later finds a smaller
-- id committed. "Everything after N" is therefore a complete resume point. Old rows are pruned from
-- the low end only, so the rows kept are always one unbroken range of ids.
CREATE TABLE event (
  id @INT@ PRIMARY KEY,
  type TEXT NOT NULL,
  data TEXT NOT NULL,
  organisation_id @INT@,
  caregiver_id @INT@,
  created_at @INT@ NOT NULL
);

CREATE TABLE event_head (
  id @INT@ PRIMARY KEY,
  last_id @INT@ NOT NULL
);
INSERT INTO event_head (id, last_id) VALUES (1, 0);

-- Tasks announced as at risk: the sweep announces each task once, whichever process sweeps.
-- No foreign key: the sweep's inserts should never wait on a task row that a claim holds.
CREATE TABLE task_at_risk (
  task_id @INT@ PRIMARY KEY,
  announced_at @INT@ NOT NULL
);
CREATE INDEX task_at_risk_by_time ON task_at_risk(announced_at);
