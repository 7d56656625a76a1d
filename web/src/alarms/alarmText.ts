// How alarms read in the app, for every role's alarm screens: the kinds, priorities and states in
// words, who took a step, and the running timers (minutes and seconds on the platform's clock).
import { decimal } from "../format";
import { t, translatedTable as translated } from "../i18n/language";
import type { Schemas } from "../types";

export type Alarm = Schemas["Alarm"];
export type AlarmOffer = Schemas["AlarmOffer"];
export type AlarmStep = Schemas["AlarmStep"];
export type AlarmContactRequest = Schemas["AlarmContactRequest"];

export const kindLabels: Record<Alarm["kind"], string> = translated({
  fall: "alarm.kind.fall",
  button: "alarm.kind.button",
  "no-activity": "alarm.kind.noActivity",
  "vital-out-of-range": "alarm.kind.vital",
  "carer-non-arrival": "alarm.kind.carerNonArrival",
  technical: "alarm.kind.technical",
});

export function kindLabel(kind: string): string {
  return kindLabels[kind as Alarm["kind"]] ?? kind;
}

// A triage policy's first steps (also a client's own), in words.
export type FirstStep = "remote_check" | "informal_contacts" | "dispatch";
export const firstStepLabels: Record<FirstStep, string> = translated({
  remote_check: "alarm.firstStep.remoteCheck",
  informal_contacts: "alarm.firstStep.informalContacts",
  dispatch: "alarm.firstStep.dispatch",
});

export const priorityLabels: Record<Alarm["priority"], string> = translated({
  high: "alarm.priority.high",
  medium: "alarm.priority.medium",
  low: "alarm.priority.low",
});
export const priorityBadge: Record<Alarm["priority"], string> = { high: "danger", medium: "warn", low: "" };

const statusLabels: Record<Alarm["status"], string> = translated({
  created: "alarm.status.created",
  triaged: "alarm.status.triaged",
  remote_check: "alarm.status.remote_check",
  informal_contacts: "alarm.status.informal_contacts",
  dispatching: "alarm.status.dispatching",
  accepted: "alarm.status.accepted",
  on_site: "alarm.status.on_site",
  resolved: "alarm.status.resolved",
  escalated: "alarm.status.escalated",
});

// The state in words; an escalated alarm says how far it went.
export function statusText(status: Alarm["status"], escalation?: Alarm["escalation"]): string {
  if (status === "escalated") return escalation === "advise_112" ? t("alarm.status.advise112") : t("alarm.status.onCall");
  return statusLabels[status] ?? status;
}

export const offerStatusLabels: Record<AlarmOffer["status"], string> = translated({
  offered: "alarm.offer.offered",
  accepted: "alarm.offer.accepted",
  declined: "alarm.offer.declined",
  expired: "alarm.offer.expired",
  withdrawn: "alarm.offer.withdrawn",
});

// What the running timer of each waiting state counts down to.
export const nextStepLabels: Partial<Record<Alarm["status"], string>> = translated({
  remote_check: "alarm.next.remote_check",
  informal_contacts: "alarm.next.informal_contacts",
  dispatching: "alarm.next.dispatching",
  accepted: "alarm.next.accepted",
  escalated: "alarm.next.escalated",
});

// What the device observed, in words: "systolic mmhg 186, heart rate 128,5". The names are the
// device's own (as the gateway sends them); the numbers follow the language.
export function observationsText(observations: Record<string, number>): string {
  return Object.entries(observations)
    .map(([name, value]) => `${name.replace(/_/g, " ")} ${decimal(value, 3)}`)
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
  if (actor === "platform") return t("alarm.actor.platform");
  const [role, id] = actor.split(":");
  if (role === "caregiver") return names.get(Number(id)) ?? t("alarm.actor.caregiver", { id });
  if (role === "informal_contact") return t("alarm.actor.informalContact");
  if (role === "alarm_centre") return t("alarm.actor.alarmCentre");
  if (role === "coordinator") return t("alarm.actor.coordinator");
  if (role === "org_admin") return t("alarm.actor.orgAdmin");
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
