-- Informal contacts (issue 11, item 2): family carers (mantelzorgers) holding a key to a client's
-- home, asked in order to go to the client when an alarm calls for someone on site, before
-- caregivers are sent. Each is a family account of the client (app_user with the client's
-- client_id), so they answer on the family screen and hear of an alarm over /v1/events.
CREATE TABLE informal_contact (
  client_id @INT@ NOT NULL REFERENCES client(id),
  user_id @INT@ NOT NULL REFERENCES app_user(id),
  position @INT@ NOT NULL,
  PRIMARY KEY (client_id, user_id)
);
CREATE INDEX informal_contact_by_user ON informal_contact(user_id);

-- An alarm put to one informal contact, one at a time in their order: offered until they answer
-- or their time runs out (the statuses of an offer, domain/Alarm.h OfferStatus).
CREATE TABLE alarm_contact_request (
  alarm_id @INT@ NOT NULL REFERENCES alarm(id),
  user_id @INT@ NOT NULL REFERENCES app_user(id),
  position @INT@ NOT NULL,
  status TEXT NOT NULL,
  asked_at @INT@ NOT NULL,
  answered_at @INT@,
  PRIMARY KEY (alarm_id, user_id)
);
CREATE INDEX alarm_contact_request_by_user ON alarm_contact_request(user_id, status);

-- The informal contact who accepted an alarm and holds it (on the way, on site); an alarm is held
-- by a caregiver or by an informal contact, never both.
ALTER TABLE alarm ADD COLUMN contact_user_id @INT@ REFERENCES app_user(id);

-- The policy's steps for informal contacts: each contact's time to accept, their time to be on
-- site once they accepted (the norm: 15 minutes, at most 30) before caregivers are sent, and where a
-- remote check that fails leads (to the informal contacts, or straight to caregivers).
ALTER TABLE alarm_policy ADD COLUMN contact_minutes @INT@ NOT NULL DEFAULT 3;
ALTER TABLE alarm_policy ADD COLUMN contact_arrival_minutes @INT@ NOT NULL DEFAULT 30;
ALTER TABLE alarm_policy ADD COLUMN after_remote_check TEXT NOT NULL DEFAULT 'informal_contacts';

-- An event addressed to one user alone (an informal contact asked to go to an alarm).
ALTER TABLE event ADD COLUMN user_id @INT@;
