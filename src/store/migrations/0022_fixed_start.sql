-- A start care staff chose by hand (the board's drag to another time, issue 12): the holder's day
-- starts the visit exactly then, not earlier (as its window would allow) and not later (a claim
-- that would push it later is refused). Null when nobody chose one: the day is walked as before
-- (src/market/DaySchedule.h). Cleared, like planned_start, when the task leaves its holder.
ALTER TABLE task ADD COLUMN fixed_start @INT@;
