// How alarms read in the app, for every role's alarm screens: the kinds, priorities and states in
// words, who took a step, and the running timers (minutes and seconds on the platform's clock).
import type { Schemas } from "../types";

export type Alarm = Schemas["Alarm"];
export type AlarmOffer = Schemas["AlarmOffer"];
export type AlarmStep = Schemas["AlarmStep"];
export type AlarmContactRequest = Schemas["AlarmContactRequest"];

export const kindLabels: Record<Alarm["kind"], string> = {
  fall: "Fall",
  button: "Alarm button",
  "no-activity": "No activity",
  "vital-out-of-range": "Vital sign out of range",
  "carer-non-arrival": "Carer did not arrive",
  technical: "Technical fault",
};

export function kindLabel(kind: string): string {
  return kindLabels[kind as Alarm["kind"]] ?? kind;
}

// A triage policy's first steps (also a client's own), in words.
export type FirstStep = "remote_check" | "informal_contacts" | "dispatch";
export const firstStepLabels: Record<FirstStep, string> = {
  remote_check: "Remote check first",
  informal_contacts: "Informal contacts first",
  dispatch: "Caregivers at once",
};

export const priorityLabels: Record<Alarm["priority"], string> = { high: "High", medium: "Medium", low: "Low" };
export const priorityBadge: Record<Alarm["priority"], string> = { high: "danger", medium: "warn", low: "" };

const statusLabels: Record<Alarm["status"], string> = {
  created: "Received",
  triaged: "Triaged",
  remote_check: "Remote check",
  informal_contacts: "Asking the family",
  dispatching: "Asking caregivers",
  accepted: "Caregiver on the way",
  on_site: "Caregiver on site",
  resolved: "Resolved",
  escalated: "Escalated",
};

// The state in words; an escalated alarm says how far it went.
export function statusText(status: Alarm["status"], escalation?: Alarm["escalation"]): string {
  if (status === "escalated") return escalation === "advise_112" ? "Escalated: advise 112" : "Escalated: coordinator on call";
  return statusLabels[status] ?? status;
}

export const offerStatusLabels: Record<AlarmOffer["status"], string> = {
  offered: "Asked",
  accepted: "Accepted",
  declined: "Declined",
  expired: "No answer",
  withdrawn: "Withdrawn",
};

// What the running timer of each waiting state counts down to.
export const nextStepLabels: Partial<Record<Alarm["status"], string>> = {
  remote_check: "next step if unanswered",
  informal_contacts: "next contact",
  dispatching: "next caregivers",
  accepted: "on site by",
  escalated: "advise 112",
};

// What the device observed, in words: "systolic mmhg 186, heart rate 128,5".
export function observationsText(observations: Record<string, number>): string {
  return Object.entries(observations)
    .map(([name, value]) => `${name.replace(/_/g, " ")} ${String(value).replace(".", ",")}`)
    .join(", ");
}

// A civil local time "YYYY-MM-DDTHH:MM" in milliseconds, read as UTC like the session's platformMs.
export function localMs(localTime: string): number {
  return Date.parse(`${localTime}:00Z`);
}

// A duration as a running timer: "4:07", "1:02:09".
export function timer(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

// Who took a step, in words; `names` are the organisation's caregivers by id.
export function actorLabel(actor: string, names: Map<number, string>): string {
  if (actor === "platform") return "Platform (timer)";
  const [role, id] = actor.split(":");
  if (role === "caregiver") return names.get(Number(id)) ?? `Caregiver ${id}`;
  if (role === "informal_contact") return "Informal contact";
  if (role === "alarm_centre") return "Alarm centre";
  if (role === "coordinator") return "Coordinator";
  if (role === "org_admin") return "Organisation admin";
  return actor;
}

// The data of an alarm.offered event (docs/api.md, Live events), or null when it is not one.
export interface OfferEvent {
  alarm_id: number;
  kind: string;
  priority: string;
  area: string;
  distance_metres: number;
  predicted_minutes: number;
  expires_at: string;
}

export function offerEvent(data: Record<string, unknown>): OfferEvent | null {
  const { alarm_id, kind, priority, area, distance_metres, predicted_minutes, expires_at } = data;
  if (typeof alarm_id !== "number" || typeof kind !== "string" || typeof expires_at !== "string") return null;
  return {
    alarm_id,
    kind,
    priority: String(priority ?? ""),
    area: String(area ?? ""),
    distance_metres: Number(distance_metres ?? 0),
    predicted_minutes: Number(predicted_minutes ?? 0),
    expires_at,
  };
}
