// The planning board: a day as a time axis with an "open" lane and a row per caregiver, or a week
// as caregivers × days. Each visit is a button that opens its details (and, for a claimed task,
// taking it back into the market). The board follows the organisation's live events: a claim,
// release, reopen, check-in, check-out or at-risk task on the days shown loads them again.
import { useState } from "preact/hooks";
import { get, query } from "../api";
import { addDays, dateLabel, minutes, mondayOf } from "../format";
import { eventDay, useLiveRefresh } from "../live";
import { navigate, useLocation } from "../router";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { Empty, ErrorMessage, Field, Loaded, Loading, useLoad } from "../ui";
import { DayTimeline } from "./DayTimeline";
import { TaskDetails } from "./TaskDetails";
import { caregiverNames, fetchAll, loadCaregivers, nameOf, type Board as BoardData, type BoardDay, type Task } from "./data";
import "./coordinator.css";

type View = "day" | "week";

// The organisation's board changes (docs/api.md, live events): each carries the task's day.
const boardEvents = ["task.claimed", "task.released", "task.reopened", "task.checked_in", "task.done", "task.at_risk"];

function boardHref(date: string, view: View) {
  return `/board${query({ date, view: view === "week" ? "week" : undefined })}`;
}

export function Board(_props: ScreenProps) {
  const today = usePlatformToday();
  const { me } = useSession();
  const { params } = useLocation();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(params.get("date") ?? "") ? params.get("date")! : today;
  const view: View = params.get("view") === "week" ? "week" : "day";
  const caregivers = useLoad(() => loadCaregivers(me.organisation_id ?? 0), [me.organisation_id]);
  const names = caregiverNames(caregivers.data ?? []);
  const step = view === "week" ? 7 : 1;
  const from = view === "week" ? mondayOf(date) : date;

  return (
    <section class="coordinator board-screen">
      <h1>Planning board</h1>
      <div class="toolbar">
        <Field
          label="Date"
          type="date"
          value={date}
          onChange={(e) => e.currentTarget.value && navigate(boardHref(e.currentTarget.value, view))}
        />
        <div class="field">
          <span class="label" id="board-view-label">
            View
          </span>
          <div class="segmented" role="group" aria-labelledby="board-view-label">
            <button type="button" aria-pressed={view === "day"} onClick={() => navigate(boardHref(date, "day"))}>
              Day
            </button>
            <button type="button" aria-pressed={view === "week"} onClick={() => navigate(boardHref(date, "week"))}>
              Week
            </button>
          </div>
        </div>
        <button type="button" onClick={() => navigate(boardHref(addDays(date, -step), view))}>
          ‹ Previous {view}
        </button>
        <button type="button" onClick={() => navigate(boardHref(addDays(date, step), view))}>
          Next {view} ›
        </button>
        {date !== today && (
          <button type="button" onClick={() => navigate(boardHref(today, view))}>
            Today
          </button>
        )}
      </div>
      <ErrorMessage error={caregivers.error} />
      {view === "day" ? (
        <DayBoard key={date} date={date} names={names} />
      ) : (
        <WeekBoard key={from} monday={from} names={names} />
      )}
    </section>
  );
}

function Summary({ day }: { day: BoardDay }) {
  return (
    <ul class="stats" aria-label={`Summary for ${dateLabel(day.day)}`}>
      <li>
        <strong>{day.open}</strong> open
      </li>
      <li>
        <strong>{day.claimed}</strong> claimed
      </li>
      <li class={day.at_risk > 0 ? "stat-risk" : undefined}>
        <strong>{day.at_risk}</strong> <span aria-hidden="true">⚠</span> at risk
      </li>
      <li>
        <strong>{day.done}</strong> done
      </li>
    </ul>
  );
}

function DayBoard({ date, names }: { date: string; names: Map<number, string> }) {
  const state = useLoad(
    () =>
      Promise.all([
        get<BoardData>(`/v1/board${query({ from: date, to: date })}`),
        fetchAll<Task>("/v1/tasks", { from: date, to: date }),
      ]),
    [date],
  );
  useLiveRefresh(boardEvents, (event) => eventDay(event) === date, state.reload);
  const [selected, setSelected] = useState<number | null>(null);
  const { platformNow } = useSession();

  return (
    <Loaded state={state} what="the day's visits">
      {([board, allTasks]) => {
        const tasks = allTasks.filter((t) => t.status !== "cancelled");
        const selectedTask = tasks.find((t) => t.id === selected) ?? allTasks.find((t) => t.id === selected);
        return (
          <>
            <h2>{dateLabel(date)}</h2>
            {board.days[0] && <Summary day={board.days[0]} />}
            {state.loading && <Loading what="changes" />}
            {tasks.length === 0 ? (
              <Empty title="No visits on this day">No care arrangement has a task on {dateLabel(date)}.</Empty>
            ) : (
              <DayTimeline
                tasks={tasks}
                names={names}
                now={platformNow().slice(0, 10) === date ? platformNow() : undefined}
                onOpen={(task) => setSelected(task.id)}
              />
            )}
            {selectedTask && (
              <TaskDetails
                task={selectedTask}
                all={tasks}
                names={names}
                onClose={() => setSelected(null)}
                onChanged={state.reload}
              />
            )}
          </>
        );
      }}
    </Loaded>
  );
}

function WeekBoard({ monday, names }: { monday: string; names: Map<number, string> }) {
  const sunday = addDays(monday, 6);
  const state = useLoad(
    () =>
      Promise.all([
        get<BoardData>(`/v1/board${query({ from: monday, to: sunday })}`),
        fetchAll<Task>("/v1/tasks", { from: monday, to: sunday }),
      ]),
    [monday],
  );
  useLiveRefresh(
    boardEvents,
    (event) => {
      const day = eventDay(event);
      return day !== undefined && day >= monday && day <= sunday;
    },
    state.reload,
  );
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return (
    <Loaded state={state} what="the week">
      {([board, allTasks]) => {
        const tasks = allTasks.filter((t) => t.status !== "cancelled");
        const perDay = new Map(board.days.map((d) => [d.day, d]));
        const rows = new Map<number, Map<string, { visits: number; minutes: number }>>();
        for (const t of tasks) {
          if (t.caregiver_id === null) continue;
          const row = rows.get(t.caregiver_id) ?? new Map();
          const cell = row.get(t.day) ?? { visits: 0, minutes: 0 };
          cell.visits += 1;
          cell.minutes += t.duration_minutes;
          row.set(t.day, cell);
          rows.set(t.caregiver_id, row);
        }
        const caregivers = [...rows.keys()].sort((a, b) => nameOf(names, a).localeCompare(nameOf(names, b)));
        return (
          <>
            <h2>
              Week of {dateLabel(monday)} – {dateLabel(sunday)}
            </h2>
            <div class="table-wrap">
              <table class="week-board">
                <caption class="visually-hidden">
                  Visits and hours per caregiver and day; open and at-risk tasks per day
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Caregiver</th>
                    {days.map((d) => {
                      const counts = perDay.get(d);
                      return (
                        <th scope="col">
                          <button type="button" class="day-link" onClick={() => navigate(boardHref(d, "day"))}>
                            {dateLabel(d)}
                          </button>
                          {counts && (
                            <span class="day-counts">
                              <span>{counts.open} open</span>
                              <span class={counts.at_risk > 0 ? "risk-text" : undefined}>
                                <span aria-hidden="true">⚠ </span>
                                {counts.at_risk} at risk
                              </span>
                            </span>
                          )}
                        </th>
                      );
                    })}
                    <th scope="col">Week</th>
                  </tr>
                </thead>
                <tbody>
                  {caregivers.length === 0 && (
                    <tr>
                      <td colSpan={9}>No caregiver holds a task this week.</td>
                    </tr>
                  )}
                  {caregivers.map((id) => {
                    const row = rows.get(id)!;
                    let visits = 0;
                    let total = 0;
                    for (const cell of row.values()) {
                      visits += cell.visits;
                      total += cell.minutes;
                    }
                    return (
                      <tr>
                        <th scope="row">{nameOf(names, id)}</th>
                        {days.map((d) => {
                          const cell = row.get(d);
                          return (
                            <td class={cell ? "week-cell" : "week-cell empty-cell"}>
                              {cell ? (
                                <>
                                  <strong>
                                    {cell.visits} visit{cell.visits === 1 ? "" : "s"}
                                  </strong>
                                  <span class="muted">{minutes(cell.minutes)}</span>
                                </>
                              ) : (
                                <span class="muted">–</span>
                              )}
                            </td>
                          );
                        })}
                        <td class="week-cell">
                          <strong>{visits}</strong>
                          <span class="muted">{minutes(total)}</span>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        );
      }}
    </Loaded>
  );
}
