// The platform's clock for running timers: re-renders the screen every second with the time now
// (milliseconds, as the session's platformMs reads it).
import { useEffect, useState } from "preact/hooks";
import { useSession } from "../session";

export function usePlatformClock(): number {
  const { platformMs } = useSession();
  const [now, setNow] = useState(platformMs);
  useEffect(() => {
    const tick = setInterval(() => setNow(platformMs()), 1000);
    return () => clearInterval(tick);
  }, [platformMs]);
  return now;
}
