-- carecrowd platform schema, version 9: the feed index holds the task's id too.
--
-- Migration 0002 meant the feed to read index entries only. SQLite does: each entry carries the
-- row's id. PostgreSQL's entries do not, so it read every task row the index range offered and
-- threw most away (another neighbourhood, organisation or level): the feed's statement was 85% of
-- PostgreSQL's work for a feed. With the id in the index it scans the index only (for the pages the
-- vacuum has marked all-visible, which is nearly all of them).
DROP INDEX task_feed;
CREATE INDEX task_feed ON task(status, window_start, organisation_id, level, lat, lon, mode, window_end, duration,
                               day, slot, care_task_id, client_id, certificates, pay_cents, urgent, id);
