-- Sign-in sessions remembered by each server process (services/SessionCache): a change that can
-- take a session's rights away or alter what it signs in as (a logout, an account's sessions
-- revoked, an account renamed) takes the next number from this one row and announces it on commit,
-- so that every process forgets what it remembered. The row is a number that only rises, shared by
-- all processes (a clock would not be: two machines' clocks differ).
CREATE TABLE session_head (
  id @INT@ PRIMARY KEY,
  last_change @INT@ NOT NULL
);
INSERT INTO session_head (id, last_change) VALUES (1, 0);
