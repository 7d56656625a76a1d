// About how long the trip from home to a task takes by the caregiver's own travel mode, before a
// claim: the feed gives the straight-line distance only (rounded to 100 m), so this is that distance
// over the streets as the server's travel model reckons it (src/domain/Travel.h: a detour factor of
// 1.3, the mode's speed and a per-trip overhead for parking or locking). An estimate, and said so.
import type { TravelMode } from "./shapes";

const detourFactor = 1.3;
const speedKmh: Record<TravelMode, number> = { walk: 4.5, bike: 15, ebike: 20, car: 30 };
const overheadMinutes: Record<TravelMode, number> = { walk: 0, bike: 1, ebike: 1, car: 3 };

// Whole minutes, rounded up as the server rounds a day's travel.
export function travelMinutes(straightMetres: number, mode: TravelMode): number {
  const km = (straightMetres * detourFactor) / 1000;
  return Math.ceil((km / speedKmh[mode]) * 60 + overheadMinutes[mode]);
}
