// Who is logged in. The token lives in sessionStorage (gone when the tab closes); the server is the
// guard of every permission, the app only chooses which screens to offer.
import { createContext } from "preact";
import { useContext, useEffect, useState } from "preact/hooks";
import type { Me } from "./types";

export interface Session {
  me: Me; // me.now: the platform's local time when /v1/me answered
  logout: () => void;
  // The platform's local time now: the server's clock when /v1/me answered plus the time since,
  // so a tab left open overnight moves on to the next day (the device's own clock may be wrong).
  platformNow: () => string;
  // The same clock in milliseconds, read as if the local time were UTC (Date.parse of
  // "YYYY-MM-DDTHH:MM:00Z"): what running timers count with.
  platformMs: () => number;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside a logged-in screen");
  return session;
}

// The platform's today (the server's clock, not the device's).
export function usePlatformToday(): string {
  return useSession().platformNow().slice(0, 10);
}

// The platform's time now, drawn again when the minute turns: for what a screen offers only from a
// given time (check-in an hour before the window), so a page left open offers it when it may.
export function usePlatformMinute(): string {
  const { platformNow, platformMs } = useSession();
  const [, setTick] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const next = () => {
      timer = setTimeout(() => {
        setTick((n) => n + 1);
        next();
      }, 60_000 - (platformMs() % 60_000) + 50);
    };
    next();
    return () => clearTimeout(timer);
  }, []);
  return platformNow();
}
