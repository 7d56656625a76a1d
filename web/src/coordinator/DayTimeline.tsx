// One day on a time axis: the open lane on top, then a row per caregiver holding tasks that day.
// Visits overlapping in a row are stacked in lanes; the two (or more) slots of a double-staffed visit
// carry a shared "×2" marker, light up together, and are joined by a line when they share a section.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { clock, minuteOfDay, minutes } from "../format";
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
  const [highlight, setHighlight] = useState<string | null>(null);
  const staff = staffCounts(tasks);

  // The axis: 06:00–24:00, widened to an earlier whole hour when a visit starts before six.
  const earliest = Math.min(...tasks.map(startMinute));
  const axisStart = Math.min(6 * 60, Math.floor(earliest / 60) * 60);
  const axisEnd = 24 * 60;
  const span = axisEnd - axisStart;
  const hours = Array.from({ length: span / 60 }, (_, i) => axisStart / 60 + i);
  const x = (minute: number) => ((Math.min(Math.max(minute, axisStart), axisEnd) - axisStart) / span) * 100;

  const open = pack(tasks.filter((t) => t.caregiver_id === null));
  const byCaregiver = new Map<number, Task[]>();
  for (const t of tasks) {
    if (t.caregiver_id === null) continue;
    byCaregiver.set(t.caregiver_id, [...(byCaregiver.get(t.caregiver_id) ?? []), t]);
  }
  const caregiverRows: Row[] = [...byCaregiver.entries()]
    .map(([id, list]) => {
      const { placed, lanes } = pack(list);
      const total = list.reduce((sum, t) => sum + t.duration_minutes, 0);
      return {
        key: `caregiver-${id}`,
        label: nameOf(names, id),
        detail: `${list.length} visit${list.length === 1 ? "" : "s"} · ${minutes(total)}`,
        placed,
        lanes,
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
  const openRow: Row = {
    key: "open",
    label: "Open",
    detail: `${open.placed.length} task${open.placed.length === 1 ? "" : "s"} nobody holds`,
    placed: open.placed,
    lanes: open.lanes,
  };

  function block(p: Placed, top: number) {
    const t = p.task;
    const start = startMinute(t);
    const count = staff.get(visitKey(t)) ?? 1;
    const digital = t.mode === "digital";
    const classes = [
      "visit-block",
      `status-${t.status}`,
      t.at_risk ? "at-risk" : "",
      digital ? "digital" : "",
      count > 1 ? "double" : "",
      highlight === visitKey(t) ? "partner" : "",
    ].join(" ");
    const description = [
      `${clock(startOf(t))} ${t.type}`,
      t.client_name,
      `${minutes(t.duration_minutes)}, window ${clock(t.window.start)}–${clock(t.window.end)}`,
      statusNames[t.status],
      t.at_risk ? "at risk" : "",
      digital ? "digital visit" : "",
      count > 1 ? `double-staffed (×${count}), slot ${t.slot + 1}` : "",
    ]
      .filter(Boolean)
      .join(", ");
    return (
      <button
        type="button"
        class={classes}
        style={{
          left: `${x(start)}%`,
          width: `${x(start + t.duration_minutes) - x(start)}%`,
          top: `${top + p.lane * laneHeight}px`,
          height: `${laneHeight - 4}px`,
        }}
        aria-label={description}
        title={description}
        data-task-id={t.id}
        data-visit={count > 1 ? visitKey(t) : undefined}
        onClick={() => props.onOpen(t)}
        onMouseEnter={() => count > 1 && setHighlight(visitKey(t))}
        onMouseLeave={() => setHighlight(null)}
        onFocus={() => count > 1 && setHighlight(visitKey(t))}
        onBlur={() => setHighlight(null)}
      >
        <span class="vb-line">
          {t.at_risk && (
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
          {t.status === "done" && (
            <span class="vb-mark done" aria-hidden="true">
              ✓
            </span>
          )}
          <span class="vb-time">{clock(startOf(t))}</span> {t.type}
        </span>
        <span class="vb-line vb-client">{t.client_name}</span>
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
                {String(h).padStart(2, "0")}:00
              </span>
            ))}
            {props.now && (
              <span class="now-tick" style={{ left: `${x(minuteOfDay(props.now))}%` }}>
                now
              </span>
            )}
          </div>
        </div>
        {section([openRow], "open-section", "Open lane: tasks nobody holds")}
        {caregiverRows.length === 0 ? (
          <p class="muted timeline-note">No caregiver holds a task on this day yet.</p>
        ) : (
          section(caregiverRows, "caregiver-section", "Caregivers' visits")
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
          <span class="swatch status-open" aria-hidden="true" /> open
        </span>
        <span class="legend-item">
          <span class="swatch status-claimed" aria-hidden="true" /> claimed
        </span>
        <span class="legend-item">
          <span class="swatch status-done" aria-hidden="true" /> ✓ done
        </span>
        <span class="legend-item">
          <span class="swatch at-risk" aria-hidden="true">
            ⚠
          </span>{" "}
          at risk (open and starting soon, or not checked in on time)
        </span>
        <span class="legend-item">
          <span class="swatch pair-swatch" aria-hidden="true">
            ×2
          </span>{" "}
          double-staffed, slots joined by a line
        </span>
        <span class="legend-item">
          <span class="swatch digital" aria-hidden="true">
            ☎
          </span>{" "}
          digital visit (video or phone)
        </span>
      </p>
    </div>
  );
}
