// What the coordinator screens read from the server (docs/openapi.json has the full shapes), and
// the few helpers they share: every page of a paginated list, the organisation's caregivers by id,
// and where a task sits in the day.
import { get, query } from "../api";
import { minuteOfDay } from "../format";

export interface Task {
  id: number;
  care_task_id: number;
  client_id: number;
  client_name: string;
  day: string;
  slot: number;
  window: { start: string; end: string };
  duration_minutes: number;
  type: string;
  level: number;
  certificates: string[];
  mode: "physical" | "digital";
  pay_cents: number;
  area: string;
  status: "open" | "claimed" | "done" | "cancelled";
  caregiver_id: number | null;
  urgent: boolean;
  check_in: string | null;
  check_out: string | null;
  at_risk: boolean;
  lat?: number;
  lon?: number;
  // Added to the task list for the board and map; older servers do not send them yet.
  planned_start?: string | null;
  travel_minutes?: number | null;
  conflict?: string;
}

export interface Certificate {
  code: string;
  expires: string;
  verified: boolean;
  valid: boolean;
  verified_by?: number | null;
  verified_at?: string | null;
}

export interface CaregiverSummary {
  id: number;
  name: string;
  level: number;
  kind: "employee" | "freelancer" | "volunteer";
  employed: boolean;
  certificates: Certificate[];
}

export interface BoardDay {
  day: string;
  open: number;
  claimed: number;
  done: number;
  at_risk: number;
}

export interface Board {
  from: string;
  to: string;
  days: BoardDay[];
  at_risk: Task[];
}

export interface Client {
  id: number;
  organisation_id: number;
  name: string;
  address: string;
  postcode: string;
  lat: number;
  lon: number;
  notes: string;
}

export interface CareTask {
  id?: number;
  key: string;
  type: string;
  rrule?: string;
  weekly?: { days: string[]; every_weeks?: number };
  window: { start: string; end: string };
  duration_minutes: number;
  level?: number;
  certificates?: string[];
  mode?: "physical" | "digital";
  staff?: number;
  after?: string | null;
  pay_cents?: number;
}

export interface Arrangement {
  id: number;
  client_id: number;
  valid_from: string;
  valid_to: string | null;
  version: number;
  tasks: CareTask[];
  tasks_created?: number;
  conflicts?: Task[];
}

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

export const certificateCodes = ["injection", "catheter", "tube-feeding", "wound-care", "medication"] as const;

export const certificateNames: Record<string, string> = {
  injection: "Injection",
  catheter: "Catheter",
  "tube-feeding": "Tube feeding",
  "wound-care": "Wound care",
  medication: "Medication",
};

export function certificateName(code: string): string {
  return certificateNames[code] ?? code;
}

export async function loadCaregivers(organisationId: number): Promise<CaregiverSummary[]> {
  return fetchAll<CaregiverSummary>(`/v1/organisations/${organisationId}/caregivers`);
}

export function caregiverNames(caregivers: CaregiverSummary[]): Map<number, string> {
  return new Map(caregivers.map((c) => [c.id, c.name]));
}

export function nameOf(names: Map<number, string>, id: number): string {
  return names.get(id) ?? `Caregiver ${id}`;
}

// When the visit starts on the board: the planned start when the server knows it, else the window's.
export function startOf(task: Task): string {
  return task.planned_start ?? task.window.start;
}

export function startMinute(task: Task): number {
  return minuteOfDay(startOf(task));
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

export const statusNames: Record<Task["status"], string> = {
  open: "Open",
  claimed: "Claimed",
  done: "Done",
  cancelled: "Cancelled",
};

// Distinct, dark-enough colours for caregivers' routes (white numbers stay readable on them).
export function routeColour(index: number): string {
  const hue = (index * 137.508 + 200) % 360;
  return `hsl(${hue.toFixed(0)} 70% 36%)`;
}
