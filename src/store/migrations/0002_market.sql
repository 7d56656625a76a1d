-- carecrowd platform schema, version 2: the marketplace's feed index.
--
-- The feed reads the open tasks starting in each range of a caregiver's availability and keeps
-- those of their organisations, level, neighbourhood and certificates. The index holds every
-- column the feed judges a task by, so the feed reads index entries only and never the task rows
-- (a week of a 2,000-client region holds some 10,000 open tasks; the feed asks for the first few
-- hundred that pass, on every request). It starts with (status, window_start), so it also does the
-- work of task_open_by_start.
CREATE INDEX task_feed ON task(status, window_start, organisation_id, level, lat, lon, mode, window_end, duration,
                               day, slot, care_task_id, client_id, certificates, pay_cents, urgent);
DROP INDEX task_open_by_start;
