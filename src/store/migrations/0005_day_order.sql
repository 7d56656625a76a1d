-- The order a caregiver's day is walked in: each claim stores, for every visit of that day, the
-- minute the walk starts it (see src/market/DaySchedule.h). Null for claims made before: their
-- day is walked by window start.
ALTER TABLE task ADD COLUMN planned_start @INT@;
