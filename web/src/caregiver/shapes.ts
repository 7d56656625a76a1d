// What the server sends a caregiver (docs/openapi.json: FeedTask, HeldTask, CaregiverProposal,
// Caregiver, Availability). Before a claim a task never carries a client's name or address; the
// shapes here have no place for one, so a screen cannot show it by mistake.
import type { Window } from "../types";

export interface OrganisationRef {
  id: number;
  name: string;
}

export type TaskMode = "physical" | "digital";

export interface FeedTask {
  id: number;
  type: string;
  mode: TaskMode;
  window: Window;
  duration_minutes: number;
  pay_cents: number;
  area: string;
  distance_metres: number | null; // null for a digital task
  extra_travel_minutes: number;
  urgent: boolean; // given back by another caregiver
  continuity: boolean; // I cared for this client in the last 90 days
  double_staffed: boolean;
  organisation: OrganisationRef;
}

export interface Feed {
  from: string;
  to: string;
  items: FeedTask[];
  total?: number; // absent when there was nothing to judge (no organisation, availability, candidates)
  next_after?: number;
}

export interface ClientDetails {
  name: string;
  address: string;
  postcode: string;
  notes: string;
}

export interface HeldTask {
  id: number;
  day: string;
  window: Window;
  duration_minutes: number;
  type: string;
  mode: TaskMode;
  pay_cents: number;
  area: string;
  status: "claimed" | "done";
  urgent: boolean;
  double_staffed: boolean;
  check_in: string | null;
  check_out: string | null;
  details_visible_from: string;
  release_until?: string; // the caregiver may give it back until then; later only the coordinator
  details_visible_until: string;
  client: ClientDetails | null; // only inside the privacy window
  organisation: OrganisationRef;
  planned_start?: string | null; // when the day's walk reaches the visit (newer servers)
  travel_minutes?: number | null; // the journey from the previous stop (newer servers)
}

export interface Proposal {
  id: number;
  plan_id: number;
  planned_start: string;
  deadline: string;
  status: string;
  task: {
    id: number;
    day: string;
    type: string;
    window: Window;
    duration_minutes: number;
    mode: TaskMode;
    pay_cents: number;
    area: string;
    certificates: string[];
  };
  organisation: OrganisationRef;
}

export type CertificateCode = "injection" | "catheter" | "tube-feeding" | "wound-care" | "medication";

export interface Certificate {
  code: CertificateCode;
  expires: string;
  verified: boolean;
  valid: boolean; // verified and not expired today
  verified_by: number | null;
  verified_at: string | null;
}

export type TravelMode = "walk" | "bike" | "ebike" | "car";

export interface Caregiver {
  id: number;
  name: string;
  level: number;
  kind: "employee" | "freelancer" | "volunteer";
  travel_mode: TravelMode;
  max_hours_week: number;
  hourly_rate_cents: number;
  certificates: Certificate[];
  organisations: (OrganisationRef & { employed: boolean })[];
}

export type Weekday = "mo" | "tu" | "we" | "th" | "fr" | "sa" | "su";

export interface Availability {
  recurring: { weekday: Weekday; from: string; to: string }[];
  one_off: { date: string; from: string; to: string; available?: boolean }[];
}

// GET /v1/my/certificate-prospects: for each certificate I do not hold validly, the open tasks
// near me (from..to, within radius_metres) that it alone keeps from me.
export interface CertificateProspect {
  code: string;
  held: "none" | "unverified" | "expired"; // what I have of it now
  tasks: number;
  minutes: number;
  hours: number;
  pay_cents: number;
  per_week: { tasks: number; hours: number; pay_cents: number };
}

export interface CertificateProspects {
  from: string;
  to: string;
  days: number;
  radius_metres: number;
  items: CertificateProspect[];
}

export const certificateNames: Record<CertificateCode, string> = {
  injection: "Injections",
  catheter: "Catheter care",
  "tube-feeding": "Tube feeding",
  "wound-care": "Wound care",
  medication: "Medication",
};

export function certificateName(code: string): string {
  return certificateNames[code as CertificateCode] ?? code;
}

export const travelWords: Record<TravelMode, string> = {
  walk: "on foot",
  bike: "by bike",
  ebike: "by e-bike",
  car: "by car",
};
