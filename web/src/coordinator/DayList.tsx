// One day as a compact list: the open visits, then a row per caregiver with their visits in order
// of start, each a button that opens the visit's details. Readable at any width (a phone, a narrow
// window, many visits in one hour), where the time axis needs room; the same marks and past as the
// axis (DayTimeline).
import { clock, minutes } from "../format";
import { useT } from "../i18n/language";
import { nameOf, startMinute, startOf, statusNames, type Task } from "./data";

export function DayList(props: { tasks: Task[]; names: Map<number, string>; now?: string; past?: boolean; onOpen: (task: Task) => void }) {
  const { tasks, names } = props;
  const { t } = useT();
  const isPast = (task: Task) => props.past || task.missed || (props.now !== undefined && task.window.end <= props.now);
  const inOrder = (list: Task[]) => [...list].sort((a, b) => startMinute(a) - startMinute(b) || a.id - b.id);
  const byCaregiver = new Map<number, Task[]>();
  for (const task of tasks) {
    if (task.caregiver_id !== null) byCaregiver.set(task.caregiver_id, [...(byCaregiver.get(task.caregiver_id) ?? []), task]);
  }
  const rows = [
    { key: "open", label: t("timeline.open"), list: inOrder(tasks.filter((task) => task.caregiver_id === null)) },
    ...[...byCaregiver.entries()]
      .map(([id, list]) => ({ key: `caregiver-${id}`, label: nameOf(names, id), list: inOrder(list) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  ];

  return (
    <div class="day-list">
      {rows.map((row) => {
        const total = row.list.reduce((sum, task) => sum + task.duration_minutes, 0);
        return (
          <section class="day-list-row" aria-label={row.label} data-row={row.key}>
            <div>
              <h3>{row.label}</h3>
              <small class="muted">
                {t("board.visits", { count: row.list.length })} · {minutes(total)}
              </small>
            </div>
            <ol>
              {row.list.map((task) => {
                const past = isPast(task);
                const state = [
                  statusNames[task.status],
                  task.at_risk ? t("board.atRisk") : "",
                  task.missed ? t("board.missed") : past ? t("timeline.past") : "",
                ]
                  .filter(Boolean)
                  .join(", ");
                return (
                  <li>
                    <button
                      type="button"
                      class={`visit-block status-${task.status}${task.at_risk ? " at-risk" : ""}${task.missed ? " missed" : ""}${past ? " past" : ""}`}
                      data-task-id={task.id}
                      aria-label={`${clock(startOf(task))} ${task.type}, ${task.client_name}, ${minutes(task.duration_minutes)}, ${state}`}
                      onClick={() => props.onOpen(task)}
                    >
                      <span class="vb-line">
                        {task.at_risk && (
                          <span class="vb-mark risk" aria-hidden="true">
                            ⚠
                          </span>
                        )}
                        {task.missed && (
                          <span class="vb-mark missed" aria-hidden="true">
                            ✗
                          </span>
                        )}
                        <span class="vb-time">{clock(startOf(task))}</span> {task.type} · {minutes(task.duration_minutes)}
                      </span>
                      <span class="vb-line vb-client">{task.client_name}</span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
