-- Messages between a client's family (or the client) and the care staff of the client's
-- organisation (issue 12: "a message to the coordinating nurse"): one thread per client, read by
-- both sides. `from_family` says which side wrote; `read_at` when the other side first read it
-- (what the unread counts and the family's "read" mark come from).
CREATE TABLE client_message (
  id @ID@,
  client_id @INT@ NOT NULL REFERENCES client(id),
  author_user_id @INT@ NOT NULL REFERENCES app_user(id),
  from_family @INT@ NOT NULL,
  body TEXT NOT NULL,
  created_at @INT@ NOT NULL,
  read_at @INT@
);
CREATE INDEX client_message_by_client ON client_message(client_id, id);
