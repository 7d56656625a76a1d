// The facts of a task as a caregiver reads them on a card: when it may start, how long it takes,
// what it pays, where (area, distance) and whose it is. Shared by the feed, the offers and my day,
// so a task looks the same on every screen.
import { clock, dateLabel, euros, kilometres, minutes } from "../format";
import type { Window } from "../types";
import type { OrganisationRef, TaskMode } from "./shapes";

// "Mon 2 Mar, start 19:00–22:00": the window is when the visit may start, not how long it lasts.
export function windowLabel(window: Window, withDay = true): string {
  const span = `${clock(window.start)}–${clock(window.end)}`;
  return withDay ? `${dateLabel(window.start.slice(0, 10))}, start ${span}` : `start ${span}`;
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
  return (
    <ul class="facts task-facts">
      <li>
        <span class="visually-hidden">Duration </span>
        {minutes(props.duration)}
      </li>
      <li>
        <span class="visually-hidden">Pay </span>
        {euros(props.pay)}
      </li>
      {props.mode === "digital" ? (
        <li>no travel</li>
      ) : (
        props.distance !== undefined &&
        props.distance !== null && <li>{kilometres(props.distance)} from home</li>
      )}
      {props.mode !== "digital" && props.extraTravel !== undefined && props.extraTravel > 0 && (
        <li>+{minutes(props.extraTravel)} travel</li>
      )}
      <li>Area {props.area}</li>
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
  if (!(props.mode === "digital" || props.urgent || props.doubleStaffed || props.continuity)) return null;
  return (
    <p class="task-badges">
      {props.urgent && <span class="badge danger">Urgent · given back</span>}
      {props.mode === "digital" && <span class="badge digital">Digital visit</span>}
      {props.doubleStaffed && <span class="badge warn">Two caregivers</span>}
      {props.continuity && <span class="badge ok">A client you know</span>}
    </p>
  );
}
