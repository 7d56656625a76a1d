-- Key figure targets (issue 12, the analyst's charts): an organisation's own marks for coverage,
-- punctuality, travel share and cost per care hour, drawn as lines on the charts. One row per
-- organisation, replaced on each change (the audit log keeps who changed it and when); a NULL
-- column is a figure without a target.
CREATE TABLE kpi_target (
  organisation_id @INT@ PRIMARY KEY REFERENCES organisation(id),
  coverage @REAL@,
  punctuality @REAL@,
  travel_share @REAL@,
  cents_per_care_hour @INT@,
  updated_by @INT@ NOT NULL REFERENCES app_user(id),
  updated_at @INT@ NOT NULL
);
