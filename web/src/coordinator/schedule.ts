// A care task's schedule as the form edits it (weekday boxes, "every day" or an RRULE) and as the
// server stores it (always an RRULE: FREQ=DAILY, FREQ=WEEKLY[;INTERVAL=n];BYDAY=MO,TH, ...).
import { t } from "../i18n/language";
import type { CareTask } from "./data";

type Weekday = NonNullable<CareTask["weekly"]>["days"][number];

// Monday first; names from the catalogues (weekday.mo, weekdayShort.mo).
export const weekdays: { code: Weekday; short: () => string; name: () => string }[] = (
  ["mo", "tu", "we", "th", "fr", "sa", "su"] as Weekday[]
).map((code) => ({ code, short: () => t(`weekdayShort.${code}`), name: () => t(`weekday.${code}`) }));

export type ScheduleKind = "weekly" | "daily" | "rrule";

export interface Schedule {
  kind: ScheduleKind;
  days: string[]; // weekday codes, kind weekly
  everyWeeks: number;
  rrule: string; // kind rrule
}

const weeklyRule = /^FREQ=WEEKLY(?:;INTERVAL=(\d+))?;BYDAY=((?:MO|TU|WE|TH|FR|SA|SU)(?:,(?:MO|TU|WE|TH|FR|SA|SU))*)$/;

export function scheduleFromRrule(rrule: string | undefined): Schedule {
  const text = (rrule ?? "").trim().toUpperCase();
  if (text === "FREQ=DAILY") return { kind: "daily", days: [], everyWeeks: 1, rrule: text };
  const weekly = weeklyRule.exec(text);
  if (weekly) {
    return {
      kind: "weekly",
      days: weekly[2].split(",").map((d) => d.toLowerCase()),
      everyWeeks: weekly[1] ? Number(weekly[1]) : 1,
      rrule: text,
    };
  }
  return { kind: "rrule", days: [], everyWeeks: 1, rrule: rrule ?? "" };
}

// The body's schedule part: exactly one of rrule or weekly.
export function scheduleBody(s: Schedule): Pick<CareTask, "rrule"> | Pick<CareTask, "weekly"> {
  if (s.kind === "daily") return { rrule: "FREQ=DAILY" };
  if (s.kind === "rrule") return { rrule: s.rrule.trim() };
  const days = weekdays.map((d) => d.code).filter((code) => s.days.includes(code));
  return s.everyWeeks > 1 ? { weekly: { days, every_weeks: s.everyWeeks } } : { weekly: { days } };
}

export function describeSchedule(rrule: string | undefined): string {
  const s = scheduleFromRrule(rrule);
  if (s.kind === "daily") return t("schedule.everyDay");
  if (s.kind === "weekly") {
    const names = weekdays.filter((d) => s.days.includes(d.code)).map((d) => d.short()).join(", ");
    if (s.everyWeeks > 1) return t("schedule.everyWeeks", { count: s.everyWeeks, days: names });
    return s.days.length === 7 ? t("schedule.everyDay") : names;
  }
  return rrule ?? "";
}
