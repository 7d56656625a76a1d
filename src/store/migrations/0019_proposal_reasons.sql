-- The planner's review row by row (issue 12): why the engine chose a proposal's caregiver, stored
-- with the proposal as the run made it (records/ProposalRecord.h ProposalReasons): the travel the
-- visit adds to the caregiver's route in minutes, the minutes it starts late, and whether the client
-- already knows the caregiver (1) or not (0). NULL for proposals stored before and for offers made
-- by hand, which no engine chose.
ALTER TABLE proposal ADD COLUMN added_travel_minutes @INT@;
ALTER TABLE proposal ADD COLUMN late_minutes @INT@;
ALTER TABLE proposal ADD COLUMN known_client @INT@;
