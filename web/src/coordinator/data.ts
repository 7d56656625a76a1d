// What the coordinator screens read from the server (named from the types generated from
// docs/openapi.json), and the few helpers they share: every page of a paginated list, the
// organisation's caregivers by id, and where a task sits in the day (and may be moved to).
import { get, query } from "../api";
import { addDays, minuteOfDay } from "../format";
import { t, translatedTable } from "../i18n/language";
import type { Schemas } from "../types";

export type Task = Schemas["Task"];
export type Certificate = Schemas["Certificate"];
export type CaregiverSummary = Schemas["CaregiverSummary"];
export type Board = Schemas["Board"];
export type BoardDay = Board["days"][number];
export type Client = Schemas["Client"];
export type CareTask = Schemas["CareTask"]; // as a form sends it
export type ArrangedCareTask = Schemas["ArrangedCareTask"]; // as the arrangement holds it
export type Arrangement = Schemas["Arrangement"];
export type ArrangementInput = Schemas["ArrangementInput"];

// A page of any list the server pages with limit/after.
interface Paged<T> {
  items: T[];
  next_after?: number | null;
}

// Every page of a list the server pages with limit/after.
export async function fetchAll<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T[]> {
  const items: T[] = [];
  let after: number | undefined;
  for (;;) {
    const page = await get<Paged<T>>(path + query({ ...params, limit: 500, after }));
    items.push(...page.items);
    if (page.next_after === undefined || page.next_after === null || page.items.length === 0) return items;
    after = page.next_after;
  }
}

// The catalogue in the form's order; `satisfies` fails the build when the document's catalogue loses one.
export const certificateCodes = [
  "injection",
  "catheter",
  "tube-feeding",
  "wound-care",
  "medication",
] as const satisfies readonly Certificate["code"][];

// A certificate's name in the chosen language (certificate.* in the catalogues); an unknown code as it is.
export function certificateName(code: string): string {
  return (certificateCodes as readonly string[]).includes(code) ? t(`certificate.${code}`) : code;
}

export async function loadCaregivers(organisationId: number): Promise<CaregiverSummary[]> {
  return fetchAll<CaregiverSummary>(`/v1/organisations/${organisationId}/caregivers`);
}

export function caregiverNames(caregivers: CaregiverSummary[]): Map<number, string> {
  return new Map(caregivers.map((c) => [c.id, c.name]));
}

export function nameOf(names: Map<number, string>, id: number): string {
  return names.get(id) ?? t("alarm.actor.caregiver", { id });
}

// When the visit starts on the board: the planned start when the server knows it, else the window's.
export function startOf(task: Task): string {
  return task.planned_start ?? task.window.start;
}

export function startMinute(task: Task): number {
  return minuteOfDay(startOf(task));
}

// Whether a visit may start at a local time ("YYYY-MM-DDTHH:MM"): inside its window. What
// POST /v1/tasks/{id}/assign asks of a `start`; the server checks it again.
export function inWindow(task: Task, start: string): boolean {
  return task.window.start <= start && start <= task.window.end;
}

// A clock time ("HH:MM") as a start of the visit: the local time on the day its window holds it
// (a window over midnight: the next day's for an early clock time), or null when outside it.
export function startInWindow(task: Task, hhmm: string): string | null {
  const first = `${task.window.start.slice(0, 10)}T${hhmm}`;
  const start = first >= task.window.start ? first : `${addDays(first.slice(0, 10), 1)}T${hhmm}`;
  return inWindow(task, start) ? start : null;
}

// Tasks of one care task on one day (slots 0, 1, ...) are one double-staffed visit.
export function visitKey(task: Task): string {
  return `${task.care_task_id}/${task.day}`;
}

export function staffCounts(tasks: Task[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tasks) counts.set(visitKey(t), (counts.get(visitKey(t)) ?? 0) + 1);
  return counts;
}

export const statusNames: Record<Task["status"], string> = translatedTable({
  open: "taskStatus.open",
  claimed: "taskStatus.claimed",
  done: "taskStatus.done",
  cancelled: "taskStatus.cancelled",
});

// Distinct, dark-enough colours for caregivers' routes (white numbers stay readable on them).
export function routeColour(index: number): string {
  const hue = (index * 137.508 + 200) % 360;
  return `hsl(${hue.toFixed(0)} 70% 36%)`;
}
