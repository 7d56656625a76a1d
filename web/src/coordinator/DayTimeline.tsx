// One day on a time axis: the open lane on top, then a row per caregiver holding tasks that day.
// Visits overlapping in a row are stacked in lanes; the two (or more) slots of a double-staffed visit
// carry a shared "×2" marker, light up together, and are joined by a line when they share a section.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { clock, hourOfDay, minuteOfDay, minutes } from "../format";
import { useT } from "../i18n/language";
import { nameOf, staffCounts, startMinute, startOf, statusNames, visitKey, type Task } from "./data";

const laneHeight = 44; // px; a block is two lines of text
const rowPadding = 4;

interface Placed {
  task: Task;
  lane: number;
}

// Greedy interval packing: each visit goes into the first lane that is free at its start.
function pack(tasks: Task[]): { placed: Placed[]; lanes: number } {
  const sorted = [...tasks].sort((a, b) => startMinute(a) - startMinute(b) || a.id - b.id);
  const ends: number[] = [];
  const placed = sorted.map((task) => {
    const start = startMinute(task);
    let lane = ends.findIndex((end) => end <= start);
    if (lane < 0) {
      lane = ends.length;
      ends.push(0);
    }
    ends[lane] = start + task.duration_minutes;
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
  label: string;
  detail: string;
  placed: Placed[];
  lanes: number;
}

export function DayTimeline(props: {
  tasks: Task[];
  names: Map<number, string>;
  now?: string;
  onOpen: (task: Task) => void;
}) {
  const { tasks, names } = props;
  const { t } = useT();
  const [highlight, setHighlight] = useState<string | null>(null);
  const staff = staffCounts(tasks);

  // The axis: 06:00–24:00, widened to an earlier whole hour when a visit starts before six.
  const earliest = Math.min(...tasks.map(startMinute));
  const axisStart = Math.min(6 * 60, Math.floor(earliest / 60) * 60);
  const axisEnd = 24 * 60;
  const span = axisEnd - axisStart;
  const hours = Array.from({ length: span / 60 }, (_, i) => axisStart / 60 + i);
  const x = (minute: number) => ((Math.min(Math.max(minute, axisStart), axisEnd) - axisStart) / span) * 100;

  const open = pack(tasks.filter((task) => task.caregiver_id === null));
  const byCaregiver = new Map<number, Task[]>();
  for (const task of tasks) {
    if (task.caregiver_id === null) continue;
    byCaregiver.set(task.caregiver_id, [...(byCaregiver.get(task.caregiver_id) ?? []), task]);
  }
  const caregiverRows: Row[] = [...byCaregiver.entries()]
    .map(([id, list]) => {
      const { placed, lanes } = pack(list);
      const total = list.reduce((sum, task) => sum + task.duration_minutes, 0);
      return {
        key: `caregiver-${id}`,
        label: nameOf(names, id),
        detail: `${t("board.visits", { count: list.length })} · ${minutes(total)}`,
        placed,
        lanes,
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
  const openRow: Row = {
    key: "open",
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
    const classes = [
      "visit-block",
      `status-${task.status}`,
      task.at_risk ? "at-risk" : "",
      digital ? "digital" : "",
      count > 1 ? "double" : "",
      highlight === visitKey(task) ? "partner" : "",
    ].join(" ");
    const description = [
      `${clock(startOf(task))} ${task.type}`,
      task.client_name,
      t("timeline.window", { duration: minutes(task.duration_minutes), window: `${clock(task.window.start)}–${clock(task.window.end)}` }),
      statusNames[task.status],
      task.at_risk ? t("board.atRisk") : "",
      digital ? t("timeline.digital") : "",
      count > 1 ? t("timeline.double", { count, slot: task.slot + 1 }) : "",
    ]
      .filter(Boolean)
      .join(", ");
    return (
      <button
        type="button"
        class={classes}
        style={{
          left: `${x(start)}%`,
          width: `${x(start + task.duration_minutes) - x(start)}%`,
          top: `${top + p.lane * laneHeight}px`,
          height: `${laneHeight - 4}px`,
        }}
        aria-label={description}
        title={description}
        data-task-id={task.id}
        data-visit={count > 1 ? visitKey(task) : undefined}
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

  function section(rows: Row[], className: string, label: string) {
    return (
      <div class={`timeline-section ${className}`} role="group" aria-label={label} onScroll={measure}>
        <div class="timeline-rows">
          {rows.map((row) => {
            const height = row.lanes * laneHeight + 2 * rowPadding;
            return (
              <div class={`timeline-row ${row.key === "open" ? "open-row" : ""}`} style={{ height: `${height}px` }}>
                <div class="row-label">
                  <strong>{row.label}</strong>
                  <small class="muted">{row.detail}</small>
                </div>
                <div class="row-track">{row.placed.map((p) => block(p, rowPadding))}</div>
              </div>
            );
          })}
        </div>
      </div>
    );
  }

  return (
    <div class="timeline-wrap">
      <div class="timeline" style={{ "--hours": hours.length }} ref={timeline}>
        <div class="timeline-axis" aria-hidden="true">
          <div class="row-label" />
          <div class="row-track">
            {hours.map((h) => (
              <span class="hour-tick" style={{ left: `${x(h * 60)}%` }}>
                {hourOfDay(h)}
              </span>
            ))}
            {props.now && (
              <span class="now-tick" style={{ left: `${x(minuteOfDay(props.now))}%` }}>
                {t("timeline.now")}
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
        {props.now && (
          <div class="now-line" aria-hidden="true" style={{ "--now": `${x(minuteOfDay(props.now))}` }} />
        )}
      </div>
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
