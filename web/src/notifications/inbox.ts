// A user's notifications as kept in this browser: the latest few, newest first, each read or not.
// They live in localStorage under the user's id, so the unread count survives a reload and another
// user on the same device sees none of them; they hold what the events carried (ids, days, windows,
// a task's type), never a client's name or address, as the events themselves do not.
import type { Window } from "../types";

export type NoticeKind = "offer" | "urgent" | "assigned" | "rescheduled" | "reopened" | "contactAsked" | "atRisk" | "released" | "followUp" | "familyMessage" | "teamAnswer";

export interface Notice {
  id: number; // the latest event it stands for: one event is never counted twice
  kind: NoticeKind;
  at: string; // the platform's local time when it arrived, YYYY-MM-DDTHH:MM
  read: boolean;
  count: number; // how many events it stands for (a day's at-risk visits are one notice)
  ids?: number[]; // the events a grouped notice stands for, so none is counted twice
  href: string; // the screen it concerns
  day?: string;
  window?: Window;
  taskType?: string;
  plannedStart?: string;
  reason?: string;
  alarmKind?: string;
  until?: string; // by when to answer
  clientName?: string;
}

const keep = 30;
const storageKey = (userId: number) => `carecrowd.notifications.${userId}`;

export function readInbox(userId: number): Notice[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(userId)) ?? "[]");
    return Array.isArray(stored) ? stored.filter((n): n is Notice => !!n && typeof n.id === "number" && typeof n.kind === "string") : [];
  } catch {
    return []; // storage refused or spoilt: start empty rather than break the top bar
  }
}

function writeInbox(userId: number, notices: Notice[]): Notice[] {
  const kept = notices.slice(0, keep);
  try {
    localStorage.setItem(storageKey(userId), JSON.stringify(kept));
  } catch {
    // a private window may refuse: the notices then last until the page is left
  }
  return kept;
}

// Notices of one kind about one day and reason are one line while unread ("3 visits at risk"), so
// a sweep that finds many tasks at once does not bury everything else.
const grouped: NoticeKind[] = ["atRisk", "released"];
const sameGroup = (a: Notice, b: Notice) =>
  grouped.includes(a.kind) && a.kind === b.kind && a.day === b.day && a.reason === b.reason && !a.read;

// Adds a notice, read at once when the panel is open. Reads the stored list afresh, so two tabs
// of the same user (each with its own event stream), or the stream and what the bell missed while
// the app was closed (missed.ts), do not undo each other or count an event twice.
// Whether the list already stands for the event with this id.
export function holds(notices: Notice[], eventId: number): boolean {
  return notices.some((n) => n.id === eventId || n.ids?.includes(eventId));
}

export function addNotice(userId: number, notice: Notice): Notice[] {
  const stored = readInbox(userId);
  if (holds(stored, notice.id)) return stored;
  const group = stored.find((n) => sameGroup(n, notice));
  const merged = group
    ? { ...notice, count: group.count + notice.count, ids: [...(group.ids ?? [group.id]), notice.id].slice(-100) }
    : notice;
  return writeInbox(userId, [merged, ...stored.filter((n) => n !== group)]);
}

export function markAllRead(userId: number): Notice[] {
  return writeInbox(userId, readInbox(userId).map((n) => (n.read ? n : { ...n, read: true })));
}

// Another tab of this user changed the list.
export function onInboxChange(userId: number, changed: () => void): () => void {
  const listener = (e: StorageEvent) => {
    if (e.key === storageKey(userId)) changed();
  };
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
}
