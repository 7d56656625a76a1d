// What the bell missed while the app was closed. The server keeps, per user, the last event any of
// their devices' bells took in (docs/api.md, "Missed notifications"); on opening, the bell reads the
// events of the kinds it shows published after it, and moves it on as it takes events in. It reads
// them once the event stream is open, so that the two overlap rather than leave a gap (a notice is
// kept once per event id, see inbox.ts).
import { get, put, query, type LiveEvent } from "../api";
import type { Schemas } from "../types";

type Missed = Schemas["MissedNotifications"];

// The missed events of `types`, oldest first, each with when it was published; and the id the
// cursor may move to once they are taken in.
export async function readMissed(types: string[]): Promise<{ events: (LiveEvent & { at: string })[]; upTo: number }> {
  const missed = await get<Missed>(`/v1/my/notifications${query({ types: types.join(",") })}`);
  return {
    events: missed.events.map((e) => ({ id: e.id, type: e.type, at: e.at, data: e.data as Record<string, unknown> })),
    upTo: missed.latest_event_id,
  };
}

let seenUpTo = 0;
let sending: ReturnType<typeof setTimeout> | undefined;

// Every event up to `id` was taken in. Sent once for a burst (a sweep's at-risk visits come
// together). Best effort: a failure leaves the cursor behind, and the next opening lists those
// events again, which the inbox then skips.
export function markSeen(id: number) {
  seenUpTo = Math.max(seenUpTo, id);
  if (sending !== undefined) return;
  sending = setTimeout(() => {
    const upTo = seenUpTo;
    sending = undefined;
    seenUpTo = 0;
    put("/v1/my/notifications/seen", { last_event_id: upTo }).catch(() => undefined);
  }, 300);
}
