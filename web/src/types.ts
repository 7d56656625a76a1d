// Shapes of the server's JSON (docs/openapi.json is the full reference).

export type Role = "platform_admin" | "org_admin" | "coordinator" | "caregiver" | "client" | "analyst";

export interface Me {
  id: number;
  email: string;
  name: string;
  role: Role;
  organisation_id: number | null;
  caregiver_id: number | null;
  client_id: number | null;
}

export interface Window {
  start: string; // YYYY-MM-DDTHH:MM, or HH:MM in arrangements
  end: string;
}

export interface Page<T> {
  items: T[];
  next_after?: number | null;
}
