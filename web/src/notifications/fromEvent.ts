// Which live events are worth a notice, per role, and what the notice keeps of them (docs/api.md,
// "Live events"). A caregiver hears what asks something of them or changes their day: an offer, an
// urgent task near them, a visit assigned to them, moved to another start or taken back. A family member who is an informal
// contact hears that they are asked to go to an alarm. A coordinator hears what the board needs
// looked at (a visit at risk, one given back, a follow-up visit a digital step called for), not
// every claim and check-in, which the board itself shows), and a family's message; the family hears
// the team's answer.
import type { LiveEvent } from "../api";
import type { Role, Window } from "../types";
import type { Notice } from "./inbox";

export const noticeTypes: Partial<Record<Role, string[]>> = {
  caregiver: ["proposal.offered", "task.urgent", "task.assigned", "task.rescheduled", "task.reopened"],
  client: ["alarm.contact_asked", "client.message"],
  coordinator: ["task.at_risk", "task.released", "task.follow_up", "client.message"],
};

const text = (v: unknown) => (typeof v === "string" ? v : undefined);
function windowOf(v: unknown): Window | undefined {
  const w = v as { start?: unknown; end?: unknown } | null | undefined;
  return w && typeof w.start === "string" && typeof w.end === "string" ? { start: w.start, end: w.end } : undefined;
}

// The notice an event makes for this role, or null when it is none of theirs to hear.
export function noticeFrom(event: LiveEvent, role: Role, now: string): Notice | null {
  if (!noticeTypes[role]?.includes(event.type)) return null;
  const d = event.data;
  const base = { id: event.id, at: now, read: false, count: 1 };
  const window = windowOf(d.window);
  const day = text(d.day) ?? window?.start.slice(0, 10);
  const board = `/board${day ? `?date=${day}` : ""}`;
  const myDay = `/day${day ? `?date=${day}` : ""}`;
  switch (event.type) {
    case "proposal.offered": {
      const task = (d.task ?? {}) as Record<string, unknown>;
      return { ...base, kind: "offer", href: "/feed", day: text(task.day), window: windowOf(task.window), taskType: text(task.type), plannedStart: text(d.planned_start), until: text(d.deadline) };
    }
    case "task.urgent":
      return { ...base, kind: "urgent", href: "/feed", day, window, taskType: text(d.type) };
    case "task.assigned":
      return { ...base, kind: "assigned", href: myDay, day, window };
    case "task.rescheduled":
      return { ...base, kind: "rescheduled", href: myDay, day, window, plannedStart: text(d.start) };
    case "task.reopened":
      return { ...base, kind: "reopened", href: myDay, day, window };
    case "alarm.contact_asked":
      return { ...base, kind: "contactAsked", href: "/visits", alarmKind: text(d.kind), until: text(d.expires_at) };
    case "task.at_risk":
      return { ...base, kind: "atRisk", href: board, day, window, reason: text(d.reason) };
    case "task.released":
      return { ...base, kind: "released", href: board, day, window };
    case "task.follow_up":
      return { ...base, kind: "followUp", href: board, day, window };
    case "client.message":
      return d.from_family
        ? { ...base, kind: "familyMessage", href: `/clients/${String(d.client_id)}`, clientName: text(d.client_name) }
        : { ...base, kind: "teamAnswer", href: "/visits" };
    default:
      return null;
  }
}
