-- The certificate catalogue as data: the certificates ("deelcertificaten") the platform knows, each
-- for a reserved or risky act that home care splits off from a caregiver's level (a level-3 carer
-- gives injections only with the injection certificate). Care tasks ask for them by code; caregivers
-- upload them and an organisation verifies them; the feed, the claim and the planner judge by them.
-- `reserved`: a reserved procedure under the Wet BIG (art. 36), which besides the certificate needs
-- an order from a doctor; `valid_months`: how long a certificate counts before it must be renewed.
CREATE TABLE certificate_type (
  code TEXT PRIMARY KEY,
  name_nl TEXT NOT NULL,
  name_en TEXT NOT NULL,
  reserved @INT@ NOT NULL,
  valid_months @INT@ NOT NULL,
  description TEXT NOT NULL
);

INSERT INTO certificate_type (code, name_nl, name_en, reserved, valid_months, description) VALUES
  ('injection', 'Injecteren', 'Injections', 1, 24,
   'Subcutane en intramusculaire injecties, zoals insuline en antistolling'),
  ('catheter', 'Katheteriseren', 'Catheterisation', 1, 24,
   'Een blaaskatheter inbrengen, verzorgen en verwisselen'),
  ('tube-feeding', 'Sondevoeding', 'Tube feeding', 0, 24,
   'Sondevoeding geven via een neus- of maagsonde en de sonde verzorgen'),
  ('wound-care', 'Wondzorg', 'Wound care', 0, 24,
   'Complexe wonden verzorgen, zoals decubitus en ulcus cruris'),
  ('medication', 'Medicatie toedienen', 'Administering medication', 0, 12,
   'Medicijnen aanreiken en toedienen volgens de toedienlijst');
