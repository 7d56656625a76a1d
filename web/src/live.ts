// Live updates for screens: one event stream per tab (api.ts openLiveEvents), shared by every
// screen that listens, opened with the first and closed a little after the last one goes (so that
// moving between screens does not reconnect). A screen names the event types it cares about and
// whether an event concerns what it shows; it is then refreshed once per burst of events, and
// after a resync.
import { useEffect, useRef } from "preact/hooks";
import { openLiveEvents, storedToken, type LiveEvent } from "./api";

interface Listener {
  onEvent: (event: LiveEvent) => void;
  onResync: () => void;
  // The stream is open: what was published before it opened must be read some other way (the
  // bell's missed notices). Called at once when it already is.
  onOpen?: () => void;
}

const listeners = new Set<Listener>();
let closeStream: (() => void) | null = null;
let streamOpen = false;
let closeTimer: ReturnType<typeof setTimeout> | undefined;
const keepOpenMs = 10_000;

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  clearTimeout(closeTimer);
  if (!closeStream) {
    streamOpen = false;
    closeStream = openLiveEvents({
      onEvent: (event) => listeners.forEach((l) => l.onEvent(event)),
      onResync: () => listeners.forEach((l) => l.onResync()),
      onOpen: () => {
        streamOpen = true;
        listeners.forEach((l) => l.onOpen?.());
      },
    });
  } else if (streamOpen) {
    listener.onOpen?.();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    const close = () => {
      closeStream?.();
      closeStream = null;
      streamOpen = false;
    };
    // Logged out: the stream goes at once, its token with it.
    if (!storedToken()) close();
    else closeTimer = setTimeout(close, keepOpenMs);
  };
}

// Calls `refresh` when an event of one of `types` arrives that `concerns` what the screen shows,
// or after a resync; a burst of events (a plan's offers, a sweep's at-risk tasks) refreshes once.
export function useLiveRefresh(types: string[], concerns: (event: LiveEvent) => boolean, refresh: () => void) {
  // The latest callbacks, so the subscription outlives renders.
  const latest = useRef({ types, concerns, refresh });
  latest.current = { types, concerns, refresh };
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current.refresh(), 200);
    };
    const unsubscribe = subscribe({
      onEvent: (event) => {
        if (latest.current.types.includes(event.type) && latest.current.concerns(event)) soon();
      },
      onResync: soon,
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}

// Calls `onEvent` with every event of one of `types` as it arrives, `onResync` after a resync, and
// `onOpen` once the stream is open (at once if it is): for what must react to each event itself (an
// alarm offer announcing itself, the bell), not reload a screen.
export function useLiveEvents(
  types: string[],
  onEvent: (event: LiveEvent) => void,
  onResync: () => void = () => {},
  onOpen: () => void = () => {},
) {
  const latest = useRef({ types, onEvent, onResync, onOpen });
  latest.current = { types, onEvent, onResync, onOpen };
  useEffect(
    () =>
      subscribe({
        onEvent: (event) => {
          if (latest.current.types.includes(event.type)) latest.current.onEvent(event);
        },
        onResync: () => latest.current.onResync(),
        onOpen: () => latest.current.onOpen(),
      }),
    [],
  );
}

// The event's day ("YYYY-MM-DD"), which task events carry.
export function eventDay(event: LiveEvent): string | undefined {
  return typeof event.data.day === "string" ? event.data.day : undefined;
}
