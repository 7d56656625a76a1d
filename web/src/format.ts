// How times, dates, money and distances read in the app, in the chosen language (Dutch: "ma 2 mrt",
// "€ 12,50", "2,5 km"; English: "Mon 2 Mar", "€12.50", "2.5 km"), always with 24-hour clocks.
// Every screen formats through here. The server speaks the region's civil time (YYYY-MM-DDTHH:MM);
// the app never converts time zones: a civil time is read as if it were UTC and shown in UTC.
import { currentLanguage, type Language } from "./i18n/language";

const locales: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };
export const locale = (language: Language = currentLanguage()) => locales[language];

// Intl formatters are costly to make and a board formats thousands of times: one per language.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const language = currentLanguage();
  const id = `${language}|${key}`;
  if (!cache.has(id)) cache.set(id, new Intl.DateTimeFormat(locale(language), { ...options, timeZone: "UTC" }));
  return cache.get(id) as Intl.DateTimeFormat;
}
function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const language = currentLanguage();
  const id = `${language}|${key}`;
  if (!cache.has(id)) cache.set(id, new Intl.NumberFormat(locale(language), options));
  return cache.get(id) as Intl.NumberFormat;
}

function parseDate(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

// "09:05" from "2026-03-02T09:05": the hour and minute, 24-hour in both languages.
// "24:00" (until midnight, a window's end) stays as the server wrote it.
export function clock(localTime: string): string {
  const at = new Date(`${localTime.slice(0, 16)}:00Z`);
  if (Number.isNaN(at.getTime()) || localTime.slice(11, 13) === "24") return localTime.slice(11, 16);
  return dateFormat("clock", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
}
export const day = (localTime: string) => localTime.slice(0, 10);

// "06:00": a whole hour on a time axis.
export function hourOfDay(hour: number): string {
  return dateFormat("clock", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(Date.UTC(2000, 0, 1, hour)));
}

// "ma 2 mrt" / "Mon 2 Mar"
export function dateLabel(date: string): string {
  return dateFormat("day", { weekday: "short", day: "numeric", month: "short" }).format(parseDate(date));
}

// "2 mrt" / "2 Mar": a day on a chart's axis.
export function dayMonth(date: string): string {
  return dateFormat("dayMonth", { day: "numeric", month: "short" }).format(parseDate(date));
}

// "ma 2 mrt 2026" / "Mon 2 Mar 2026": for dates that may be in another year (a certificate's expiry).
export function dateWithYear(date: string): string {
  return dateFormat("dayYear", { weekday: "short", day: "numeric", month: "short", year: "numeric" })
    .format(parseDate(date))
    .replace(",", "");
}

// "02-03-2026": how the date inputs show a date (dd-mm-jjjj), the same in both languages.
export function numericDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}` : date;
}

// "ma 2 mrt 09:05": a moment on another day than the one the screen is about.
export function dateTime(localTime: string): string {
  return `${dateLabel(localTime.slice(0, 10))} ${clock(localTime)}`;
}

// A moment the server stamped in UTC ("2026-03-02T05:31:12Z"), in the browser's time zone:
// "02-03-2026 06:31" in both languages (the access log).
export function instant(at: string): string {
  const when = new Date(at);
  if (Number.isNaN(when.getTime())) return at;
  const parts = new Intl.DateTimeFormat(locale(), {
    year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  }).formatToParts(when);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")}-${part("month")}-${part("year")} ${part("hour")}:${part("minute")}`;
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
  return numberFormat("euro", { style: "currency", currency: "EUR" }).format(cents / 100);
}

// Whole euros without cents ("€ 20"): a chart's axis, whose ticks are round.
export function wholeEuros(cents: number): string {
  return numberFormat("euro0", { style: "currency", currency: "EUR", maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(
    Math.round(cents / 100),
  );
}

// A plain number with at most `digits` decimals ("7,5" in Dutch).
export function decimal(value: number, digits = 1): string {
  return numberFormat(`decimal${digits}`, { maximumFractionDigits: digits }).format(value);
}

// A number with exactly `digits` decimals ("0,50" in Dutch, "0.50" in English).
export function fixed(value: number, digits: number): string {
  return numberFormat(`fixed${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

// A search or wait in seconds: "1,2 s".
export function seconds(value: number): string {
  return `${fixed(value, 1)} s`;
}

// A number as a form field shows it for editing: no thousands separators ("12,50" in Dutch).
export function inputDecimal(value: number, digits: number): string {
  return numberFormat(`input${digits}`, { maximumFractionDigits: digits, useGrouping: false }).format(value);
}

// Units of duration: "u" is how Dutch care schedules write hours ("1 u 30 min").
const hourUnit: Record<Language, string> = { nl: "u", en: "h" };

export function hours(total: number): string {
  return `${decimal(total)} ${hourUnit[currentLanguage()]}`;
}

export function minutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = Math.round(total % 60);
  const unit = hourUnit[currentLanguage()];
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} ${unit}` : `${h} ${unit} ${m} min`;
}

export function kilometres(metres: number): string {
  return metres < 1000
    ? `${Math.round(metres / 100) * 100} m`
    : `${numberFormat("km", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(metres / 1000)} km`;
}

// A document's size: "850 B", "120 kB", "4,2 MB", in the 1024-byte units the server's 5 MB limit
// is counted in (so that the limit itself reads "5 MB").
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${numberFormat("decimal1", { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}

export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "–" : numberFormat("percent", { style: "percent", maximumFractionDigits: 1 }).format(rate);
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
