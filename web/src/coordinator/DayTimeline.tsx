// One day on a time axis: the open lane on top, then a row per caregiver holding tasks that day
// (and any others asked for, as places to drop a visit). Visits overlapping in a row are stacked in
// lanes; the two (or more) slots of a double-staffed visit carry a shared "×2" marker, light up
// together, and are joined by a line when they share a section.
//
// Readable at every zoom: a block is never narrower than its text needs (blockMinPx); a short
// visit drawn wider than its length takes the lane space it is drawn with, so blocks never cover
// each other, and a bar along its foot shows its real length. The past is drawn as past: the axis
// before "now" is shaded, and a visit whose window has closed is faded (missed ones marked ✗).
//
// Planning by hand: a visit that may still be given to someone (open, or held and not started) can
// be dragged onto a caregiver's row, and along it to another time: where the block's left edge is
// let go is its new start (to five minutes; the time is shown in the row while dragging), else the
// day decides where it goes. Its holder's own row takes it at another time only. The board asks
// the server (onMove) and says there what came of it. The keyboard's way is the visit's dialog
// (Enter on a block, then "Assign to" or "Move to", with a start time).
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { addMinutes, clock, hourOfDay, minuteOfDay, minutes } from "../format";
import { useT } from "../i18n/language";
import { inWindow, nameOf, staffCounts, startMinute, startOf, statusNames, visitKey, type Task } from "./data";

const laneHeight = 44; // px; a block is two lines of text
const rowPadding = 4;
// The narrowest block: "⚠ ×2 09:30" and the start of the task type ("morning care") on a line.
const blockMinPx = 140;

// A start chosen by dragging snaps to this many minutes; a drop nearer the visit's own start than
// this keeps its start (a drag onto another row only).
const snapMinutes = 5;

// Hours' widths the zoom offers (px per hour); the middle one is the default.
export const zoomLevels = [64, 120, 220] as const;
export type Zoom = (typeof zoomLevels)[number];

// A visit a coordinator may still hand to someone at `now`: its window not yet opened (the claim's
// rule refuses a started window; "" on a day ahead), open or held by a caregiver who has not checked
// in. The server decides; this only says which blocks may be picked up.
export function movable(task: Task, now: string): boolean {
  return now < task.window.start && (task.status === "open" || (task.status === "claimed" && !task.check_in));
}

interface Placed {
  task: Task;
  lane: number;
}

// Greedy interval packing: each visit goes into the first lane that is free at its start. A visit
// holds its lane for as long as it is drawn (`shownMinutes`), at least its duration.
function pack(tasks: Task[], shownMinutes: number): { placed: Placed[]; lanes: number } {
  const sorted = [...tasks].sort((a, b) => startMinute(a) - startMinute(b) || a.id - b.id);
  const ends: number[] = [];
  const placed = sorted.map((task) => {
    const start = startMinute(task);
    let lane = ends.findIndex((end) => end <= start);
    if (lane < 0) {
      lane = ends.length;
      ends.push(0);
    }
    ends[lane] = start + Math.max(task.duration_minutes, shownMinutes);
    return { task, lane };
  });
  return { placed, lanes: Math.max(1, ends.length) };
}

interface Link {
  key: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
}

interface Row {
  key: string;
  caregiver: number | null; // null: the open lane
  label: string;
  detail: string;
  placed: Placed[];
  lanes: number;
}

export function DayTimeline(props: {
  date: string; // the day shown: the axis's minute 0 is its midnight
  tasks: Task[];
  names: Map<number, string>;
  // Caregivers shown with a row even without a visit that day (places to drop a visit).
  alsoRows?: number[];
  // The platform's time when the day shown is today; `past` when the whole day is.
  now?: string;
  past?: boolean;
  zoom?: Zoom;
  onOpen: (task: Task) => void;
  // `start` ("YYYY-MM-DDTHH:MM") when it was dropped at another time than its own.
  onMove?: (task: Task, caregiver: number, start?: string) => void;
}) {
  const { tasks, names } = props;
  const { t } = useT();
  const [highlight, setHighlight] = useState<string | null>(null);
  const [dragging, setDragging] = useState<Task | null>(null);
  // Where the pointer holds the block (px from its left edge), and the row and minute it would drop at.
  const grab = useRef(0);
  const [dropAt, setDropAt] = useState<{ row: string; minute: number } | null>(null);
  const staff = staffCounts(tasks);
  const zoom = props.zoom ?? zoomLevels[1];
  const shownMinutes = Math.ceil((blockMinPx / zoom) * 60);
  const nowMinute = props.now ? minuteOfDay(props.now) : undefined;
  // A visit whose window has closed is the past, whatever became of it.
  const isPast = (task: Task) => props.past || task.missed || (props.now !== undefined && task.window.end <= props.now);

  // The axis: 06:00–24:00, widened to an earlier whole hour when a visit starts before six.
  const earliest = Math.min(...tasks.map(startMinute));
  const axisStart = Math.min(6 * 60, Math.floor(earliest / 60) * 60);
  // …to midnight, or later when a late visit is drawn wider than the evening left.
  const latest = Math.max(...tasks.map((task) => startMinute(task) + Math.max(task.duration_minutes, shownMinutes)));
  const axisEnd = Math.max(24 * 60, Math.ceil(latest / 60) * 60);
  const span = axisEnd - axisStart;
  const hours = Array.from({ length: span / 60 }, (_, i) => axisStart / 60 + i);
  const x = (minute: number) => ((Math.min(Math.max(minute, axisStart), axisEnd) - axisStart) / span) * 100;

  const open = pack(
    tasks.filter((task) => task.caregiver_id === null),
    shownMinutes,
  );
  const byCaregiver = new Map<number, Task[]>();
  for (const id of props.alsoRows ?? []) byCaregiver.set(id, []);
  for (const task of tasks) {
    if (task.caregiver_id === null) continue;
    byCaregiver.set(task.caregiver_id, [...(byCaregiver.get(task.caregiver_id) ?? []), task]);
  }
  const caregiverRows: Row[] = [...byCaregiver.entries()]
    .map(([id, list]) => {
      const { placed, lanes } = pack(list, shownMinutes);
      const total = list.reduce((sum, task) => sum + task.duration_minutes, 0);
      return {
        key: `caregiver-${id}`,
        caregiver: id,
        label: nameOf(names, id),
        detail: `${t("board.visits", { count: list.length })} · ${minutes(total)}`,
        placed,
        lanes,
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
  const openRow: Row = {
    key: "open",
    caregiver: null,
    label: t("timeline.open"),
    detail: t("timeline.nobodyHolds", { count: open.placed.length }),
    placed: open.placed,
    lanes: open.lanes,
  };

  function block(p: Placed, top: number) {
    const task = p.task;
    const start = startMinute(task);
    const count = staff.get(visitKey(task)) ?? 1;
    const digital = task.mode === "digital";
    const past = isPast(task);
    const canMove = !!props.onMove && !past && movable(task, props.now ?? "");
    const classes = [
      "visit-block",
      `status-${task.status}`,
      task.at_risk ? "at-risk" : "",
      task.missed ? "missed" : "",
      past ? "past" : "",
      digital ? "digital" : "",
      count > 1 ? "double" : "",
      highlight === visitKey(task) ? "partner" : "",
      dragging?.id === task.id ? "dragging" : "",
    ].join(" ");
    const description = [
      `${clock(startOf(task))} ${task.type}`,
      task.client_name,
      t("timeline.window", { duration: minutes(task.duration_minutes), window: `${clock(task.window.start)}–${clock(task.window.end)}` }),
      statusNames[task.status],
      task.at_risk ? t("board.atRisk") : "",
      task.missed ? t("board.missed") : past ? t("timeline.past") : "",
      digital ? t("timeline.digital") : "",
      count > 1 ? t("timeline.double", { count, slot: task.slot + 1 }) : "",
    ]
      .filter(Boolean)
      .join(", ");
    const drawn = Math.max(task.duration_minutes, shownMinutes);
    return (
      <button
        type="button"
        class={classes}
        style={{
          left: `${x(start)}%`,
          width: `${x(start + drawn) - x(start)}%`,
          top: `${top + p.lane * laneHeight}px`,
          height: `${laneHeight - 4}px`,
          "--length": `${(100 * task.duration_minutes) / drawn}%`,
        }}
        aria-label={description}
        title={description}
        data-task-id={task.id}
        data-visit={count > 1 ? visitKey(task) : undefined}
        draggable={canMove}
        onDragStart={(e) => {
          if (!canMove || !e.dataTransfer) return;
          e.dataTransfer.setData("text/plain", String(task.id));
          e.dataTransfer.effectAllowed = "move";
          grab.current = e.clientX - e.currentTarget.getBoundingClientRect().left;
          setDragging(task);
        }}
        onDragEnd={() => {
          setDragging(null);
          setDropAt(null);
        }}
        onClick={() => props.onOpen(task)}
        onMouseEnter={() => count > 1 && setHighlight(visitKey(task))}
        onMouseLeave={() => setHighlight(null)}
        onFocus={() => count > 1 && setHighlight(visitKey(task))}
        onBlur={() => setHighlight(null)}
      >
        <span class="vb-line">
          {task.at_risk && (
            <span class="vb-mark risk" aria-hidden="true">
              ⚠
            </span>
          )}
          {count > 1 && (
            <span class="vb-mark pair" aria-hidden="true">
              ×{count}
            </span>
          )}
          {digital && (
            <span class="vb-mark digital" aria-hidden="true">
              ☎
            </span>
          )}
          {task.status === "done" && (
            <span class="vb-mark done" aria-hidden="true">
              ✓
            </span>
          )}
          {task.missed && (
            <span class="vb-mark missed" aria-hidden="true">
              ✗
            </span>
          )}
          <span class="vb-time">{clock(startOf(task))}</span> {task.type}
        </span>
        <span class="vb-line vb-client">{task.client_name}</span>
      </button>
    );
  }

  // Lines joining the slots of a double-staffed visit, measured from the blocks as laid out: the
  // slots may sit in the (scrolling) open lane and in caregiver rows. An end scrolled out of the open
  // lane is held at its edge, so the line still points the way.
  const timeline = useRef<HTMLDivElement>(null);
  const [links, setLinks] = useState<Link[]>([]);
  const measure = () => {
    const root = timeline.current;
    if (!root) return;
    const base = root.getBoundingClientRect();
    const lane = root.querySelector(".open-section")?.getBoundingClientRect();
    const byVisit = new Map<string, { x: number; y: number }[]>();
    root.querySelectorAll<HTMLElement>(".visit-block[data-visit]").forEach((el) => {
      const r = el.getBoundingClientRect();
      let y = r.top + r.height / 2;
      if (lane && el.closest(".open-section")) y = Math.min(Math.max(y, lane.top), lane.bottom);
      const key = el.dataset.visit!;
      byVisit.set(key, [...(byVisit.get(key) ?? []), { x: r.left + Math.min(r.width, 24) / 2 - base.left, y: y - base.top }]);
    });
    const next: Link[] = [];
    for (const [key, points] of byVisit) {
      for (let i = 1; i < points.length; i++) next.push({ key, from: points[i - 1], to: points[i] });
    }
    if (JSON.stringify(next) !== JSON.stringify(links)) setLinks(next);
  };
  useLayoutEffect(measure);
  useEffect(() => {
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  });

  // A minute of the axis as a local time ("YYYY-MM-DDTHH:MM"; past 24:00 on the next day).
  const localTime = (minute: number) => addMinutes(`${props.date}T00:00`, minute);

  // The minute of the day the dragged block's left edge is over, snapped, on a row's track.
  function minuteAt(e: DragEvent, track: Element): number {
    const r = track.getBoundingClientRect();
    const minute = axisStart + ((e.clientX - grab.current - r.left) / r.width) * span;
    return Math.round(minute / snapMinutes) * snapMinutes;
  }

  function section(rows: Row[], className: string, label: string) {
    return (
      <div class={`timeline-section ${className}`} role="group" aria-label={label} onScroll={measure}>
        <div class="timeline-rows">
          {rows.map((row) => {
            const height = row.lanes * laneHeight + 2 * rowPadding;
            // A caregiver's row takes a dragged visit: another's, or its holder's at another time.
            const target = row.caregiver !== null && dragging !== null;
            const drop = (e: DragEvent) => {
              const track = (e.currentTarget as HTMLElement).querySelector(".row-track");
              if (!target || !track) return;
              e.preventDefault();
              const minute = minuteAt(e, track);
              if (e.type !== "drop") {
                if (dropAt?.row !== row.key || dropAt.minute !== minute) setDropAt({ row: row.key, minute });
                return;
              }
              const task = dragging;
              setDragging(null);
              setDropAt(null);
              if (!task || row.caregiver === null) return;
              const moved = Math.abs(minute - startMinute(task)) >= snapMinutes;
              if (!moved && row.caregiver === task.caregiver_id) return; // let go where it was
              props.onMove?.(task, row.caregiver, moved ? localTime(minute) : undefined);
            };
            const here = target && dropAt?.row === row.key ? dropAt : null;
            const outside = here && dragging ? !inWindow(dragging, localTime(here.minute)) : false;
            return (
              <div
                class={`timeline-row ${row.key === "open" ? "open-row" : ""} ${here ? "drop-here" : ""}`}
                style={{ height: `${height}px` }}
                data-row={row.key}
                onDragOver={drop}
                onDragEnter={drop}
                onDrop={drop}
              >
                <div class="row-label">
                  <strong>{row.label}</strong>
                  <small class="muted">{row.detail}</small>
                </div>
                <div class="row-track">
                  {row.placed.map((p) => block(p, rowPadding))}
                  {here && (
                    <span class={`drop-time${outside ? " outside" : ""}`} style={{ left: `${x(here.minute)}%` }} aria-hidden="true">
                      <span>
                        {clock(localTime(here.minute))}
                        {outside && ` · ${t("timeline.outsideWindow")}`}
                      </span>
                    </span>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    );
  }

  return (
    <div class="timeline-wrap">
      <div
        class={`timeline${props.past ? " past-day" : ""}`}
        style={{ "--hours": hours.length, width: `calc(var(--label-w) + ${hours.length * zoom}px)` }}
        ref={timeline}
      >
        <div class="timeline-axis" aria-hidden="true">
          <div class="row-label" />
          <div class="row-track">
            {hours.map((h) => (
              <span class="hour-tick" style={{ left: `${x(h * 60)}%` }}>
                {hourOfDay(h)}
              </span>
            ))}
            {nowMinute !== undefined && (
              <span class="now-tick" style={{ left: `${x(nowMinute)}%` }}>
                {t("timeline.now")} {clock(props.now!)}
              </span>
            )}
          </div>
        </div>
        {section([openRow], "open-section", t("timeline.openLane"))}
        {caregiverRows.length === 0 ? (
          <p class="muted timeline-note">{t("timeline.noCaregiver")}</p>
        ) : (
          section(caregiverRows, "caregiver-section", t("timeline.caregivers"))
        )}
        <svg class="pair-links" aria-hidden="true">
          {links.map((l) => (
            <g class={`pair-link${highlight === l.key ? " partner" : ""}`}>
              <line x1={l.from.x} y1={l.from.y} x2={l.to.x} y2={l.to.y} />
              <circle cx={l.from.x} cy={l.from.y} r={3.5} />
              <circle cx={l.to.x} cy={l.to.y} r={3.5} />
            </g>
          ))}
        </svg>
        {nowMinute !== undefined && (
          <>
            <div class="past-shade" aria-hidden="true" style={{ "--now": `${x(nowMinute)}` }} />
            <div class="now-line" aria-hidden="true" style={{ "--now": `${x(nowMinute)}` }} />
          </>
        )}
      </div>
      {props.onMove && <p class="drag-hint muted">{t("timeline.dragHint")}</p>}
      <p class="legend muted">
        <span class="legend-item">
          <span class="swatch status-open" aria-hidden="true" /> {t("board.open")}
        </span>
        <span class="legend-item">
          <span class="swatch status-claimed" aria-hidden="true" /> {t("board.claimed")}
        </span>
        <span class="legend-item">
          <span class="swatch status-done" aria-hidden="true" /> ✓ {t("board.done")}
        </span>
        <span class="legend-item">
          <span class="swatch at-risk" aria-hidden="true">
            ⚠
          </span>{" "}
          {t("timeline.legend.atRisk")}
        </span>
        <span class="legend-item">
          <span class="swatch missed" aria-hidden="true">
            ✗
          </span>{" "}
          {t("timeline.legend.missed")}
        </span>
        <span class="legend-item">
          <span class="swatch pair-swatch" aria-hidden="true">
            ×2
          </span>{" "}
          {t("timeline.legend.double")}
        </span>
        <span class="legend-item">
          <span class="swatch digital" aria-hidden="true">
            ☎
          </span>{" "}
          {t("timeline.legend.digital")}
        </span>
      </p>
    </div>
  );
}
