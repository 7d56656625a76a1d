-- Planner review: a run made with mode "review" stores its proposals as drafts (status 'draft',
-- seen by no caregiver) until a coordinator sends them as offers or assignments (sent_mode, sent_at,
-- sent_by record that) or discards them (status 'discarded'). The coordinator's list of runs reads
-- an organisation's runs newest first.
ALTER TABLE plan_run ADD COLUMN sent_mode TEXT;
ALTER TABLE plan_run ADD COLUMN sent_at @INT@;
ALTER TABLE plan_run ADD COLUMN sent_by @INT@ REFERENCES app_user(id);
CREATE INDEX plan_run_by_organisation ON plan_run(organisation_id, id);
