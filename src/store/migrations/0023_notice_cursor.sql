-- Missed notifications (issue 12): the last event each user's app took into its bell, so that on
-- opening it lists what was published for them while it was closed (services/Notices.h). One row
-- per user, only ever moved forward.
CREATE TABLE notice_cursor (
  user_id @INT@ PRIMARY KEY REFERENCES app_user(id),
  last_event_id @INT@ NOT NULL,
  updated_at @INT@ NOT NULL
);

-- The bell asks for a few kinds of event (offers, urgent tasks, visits at risk), which are rare
-- beside the claims and check-ins every board receives: reading them by type skips those.
CREATE INDEX event_by_type ON event(type, id);
