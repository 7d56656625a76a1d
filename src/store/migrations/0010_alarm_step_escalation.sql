-- carecrowd platform schema, version 10: an alarm's steps say how far it was escalated.
--
-- The key figures count the alarms escalated to the coordinator on call and those where the
-- platform advised 112 (services/AlarmFigures.h). The alarm's row keeps only where it stands now
-- (a resolved alarm has no escalation), so each step stores the escalation it led to, NULL for
-- none; steps stored before this version read as not escalated.
ALTER TABLE alarm_step ADD COLUMN escalation TEXT;

-- The key figures read an organisation's alarms by the time they were received.
CREATE INDEX alarm_by_organisation_received ON alarm(organisation_id, created_at);
