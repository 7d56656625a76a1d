-- A client's care record beyond name and address (issue 12): how to reach them and whom to call in
-- an emergency, the indication (the hours of care a week they are granted, and under which Dutch
-- law it is financed: Zvw, Wlz, Wmo, or privately) and a summary of the care plan. One row per
-- client once set; read and changed by care staff, read by the client and their family.
CREATE TABLE client_care (
  client_id @INT@ PRIMARY KEY REFERENCES client(id),
  phone TEXT NOT NULL,
  emergency_contact TEXT NOT NULL,
  financing TEXT,
  indicated_minutes_week @INT@,
  care_plan TEXT NOT NULL,
  updated_at @INT@ NOT NULL
);
