-- Blended care journeys (issue 11, item 6): a digital step that fails becomes a physical visit.
--
-- A contingent line of an arrangement has no recurrence and no window of its own: it names the
-- digital line it stands in for (`switch_from_key`, the same arrangement), the outcomes of that
-- line's steps that call for it (`switch_on`: comma-separated, "missed" for a video contact nobody
-- held or nobody answered, "out_of_range" for a review of remote measurements that found values
-- out of range), and how soon the physical visit must start (`due_within`, minutes from the
-- outcome). Such a line materialises no tasks of its own; a failed step makes one task of it,
-- open and urgent, for the crowd.
ALTER TABLE care_task ADD COLUMN switch_from_key TEXT;
ALTER TABLE care_task ADD COLUMN switch_on TEXT;
ALTER TABLE care_task ADD COLUMN due_within @INT@;

-- What came of a step (done, not_reached, out_of_range, missed), once known, and the physical
-- visit it called for. The outcome is written once: whoever writes it first (the caregiver's
-- check-out, or any process's sweep for steps nobody held) is the one who makes the visit.
ALTER TABLE task ADD COLUMN outcome TEXT;
ALTER TABLE task ADD COLUMN follow_up_task_id @INT@ REFERENCES task(id);
