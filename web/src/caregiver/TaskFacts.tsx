// The facts of a task as a caregiver reads them on a card: when it may start, how long it takes,
// what it pays, where (area, distance) and whose it is. Shared by the feed, the offers and my day,
// so a task looks the same on every screen.
import { clock, dateLabel, euros, kilometres, minutes } from "../format";
import { t, useT } from "../i18n/language";
import type { Window } from "../types";
import type { OrganisationRef, TaskMode } from "./shapes";

// "ma 2 mrt, start 19:00–22:00": the window is when the visit may start, not how long it lasts.
export function windowLabel(window: Window, withDay = true): string {
  const span = t("task.start", { span: `${clock(window.start)}–${clock(window.end)}` });
  return withDay ? `${dateLabel(window.start.slice(0, 10))}, ${span}` : span;
}

export function TaskFacts(props: {
  duration: number;
  pay: number;
  area: string;
  organisation: OrganisationRef;
  mode: TaskMode;
  distance?: number | null;
  extraTravel?: number;
}) {
  const { t } = useT();
  return (
    <ul class="facts task-facts">
      <li>
        <span class="visually-hidden">{t("task.duration")} </span>
        {minutes(props.duration)}
      </li>
      <li>
        <span class="visually-hidden">{t("task.pay")} </span>
        {euros(props.pay)}
      </li>
      {props.mode === "digital" ? (
        <li>{t("task.noTravel")}</li>
      ) : (
        props.distance !== undefined &&
        props.distance !== null && <li>{t("task.fromHome", { distance: kilometres(props.distance) })}</li>
      )}
      {props.mode !== "digital" && props.extraTravel !== undefined && props.extraTravel > 0 && (
        <li>{t("task.extraTravel", { time: minutes(props.extraTravel) })}</li>
      )}
      <li>{t("task.area", { area: props.area })}</li>
      <li>{props.organisation.name}</li>
    </ul>
  );
}

export function TaskBadges(props: {
  mode: TaskMode;
  urgent?: boolean;
  doubleStaffed?: boolean;
  continuity?: boolean;
}) {
  const { t } = useT();
  if (!(props.mode === "digital" || props.urgent || props.doubleStaffed || props.continuity)) return null;
  return (
    <p class="task-badges">
      {props.urgent && <span class="badge danger">{t("task.badge.urgent")}</span>}
      {props.mode === "digital" && <span class="badge digital">{t("task.badge.digital")}</span>}
      {props.doubleStaffed && <span class="badge warn">{t("task.badge.double")}</span>}
      {props.continuity && <span class="badge ok">{t("task.badge.continuity")}</span>}
    </p>
  );
}
