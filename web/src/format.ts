// How times, money and distances read in the app. The server speaks the region's civil time
// (YYYY-MM-DDTHH:MM); the app never converts time zones.

export const clock = (localTime: string) => localTime.slice(11, 16);
export const day = (localTime: string) => localTime.slice(0, 10);

const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function parseDate(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function dateLabel(date: string): string {
  const d = parseDate(date);
  return `${weekdays[d.getUTCDay()]} ${d.getUTCDate()} ${months[d.getUTCMonth()]}`;
}

export function addDays(date: string, days: number): string {
  const d = parseDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function mondayOf(date: string): string {
  const d = parseDate(date);
  return addDays(date, -((d.getUTCDay() + 6) % 7));
}

export function euros(cents: number): string {
  return `€ ${(cents / 100).toFixed(2).replace(".", ",")}`;
}

export function minutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = Math.round(total % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function kilometres(metres: number): string {
  return metres < 1000 ? `${Math.round(metres / 100) * 100} m` : `${(metres / 1000).toFixed(1).replace(".", ",")} km`;
}

export function percent(rate: number | null | undefined): string {
  // Decimal comma, as euros and kilometres are written (the region's convention).
  return rate === null || rate === undefined ? "–" : `${String(Math.round(rate * 1000) / 10).replace(".", ",")}%`;
}

export function minuteOfDay(localTime: string): number {
  return Number(localTime.slice(11, 13)) * 60 + Number(localTime.slice(14, 16));
}

// A civil local time plus minutes ("2026-03-02T23:50" + 20 = "2026-03-03T00:10").
export function addMinutes(localTime: string, minutesToAdd: number): string {
  const d = new Date(`${localTime}:00Z`);
  d.setUTCMinutes(d.getUTCMinutes() + minutesToAdd);
  return d.toISOString().slice(0, 16);
}
