// The planning board: a day as a time axis with an "open" lane and a row per caregiver, or a week
// as caregivers × days. Each visit is a button that opens its details (and, for a claimed task,
// taking it back into the market). The board follows the organisation's live events: a claim,
// release, reopen, check-in, check-out or at-risk task on the days shown loads them again.
import { useState } from "preact/hooks";
import { get, query } from "../api";
import { addDays, dateLabel, minutes, mondayOf } from "../format";
import { DateField } from "../DateTimeFields";
import { useT } from "../i18n/language";
import { eventDay, useLiveRefresh } from "../live";
import { navigate, useLocation } from "../router";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { Empty, ErrorMessage, Loaded, Loading, useLoad } from "../ui";
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
  const { t } = useT();
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
      <h1>{t("board.title")}</h1>
      <div class="toolbar">
        <DateField label={t("board.date")} value={date} onValue={(v) => v && navigate(boardHref(v, view))} />
        <div class="field">
          <span class="label" id="board-view-label">
            {t("board.view")}
          </span>
          <div class="segmented" role="group" aria-labelledby="board-view-label">
            <button type="button" aria-pressed={view === "day"} onClick={() => navigate(boardHref(date, "day"))}>
              {t("board.day")}
            </button>
            <button type="button" aria-pressed={view === "week"} onClick={() => navigate(boardHref(date, "week"))}>
              {t("board.week")}
            </button>
          </div>
        </div>
        <button type="button" onClick={() => navigate(boardHref(addDays(date, -step), view))}>
          ‹ {view === "week" ? t("board.previousWeek") : t("board.previousDay")}
        </button>
        <button type="button" onClick={() => navigate(boardHref(addDays(date, step), view))}>
          {view === "week" ? t("board.nextWeek") : t("board.nextDay")} ›
        </button>
        {date !== today && (
          <button type="button" onClick={() => navigate(boardHref(today, view))}>
            {t("day.today")}
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
  const { t } = useT();
  return (
    <ul class="stats" aria-label={t("board.summary", { date: dateLabel(day.day) })}>
      <li>
        <strong>{day.open}</strong> {t("board.open")}
      </li>
      <li>
        <strong>{day.claimed}</strong> {t("board.claimed")}
      </li>
      <li class={day.at_risk > 0 ? "stat-risk" : undefined}>
        <strong>{day.at_risk}</strong> <span aria-hidden="true">⚠</span> {t("board.atRisk")}
      </li>
      <li>
        <strong>{day.done}</strong> {t("board.done")}
      </li>
    </ul>
  );
}

function DayBoard({ date, names }: { date: string; names: Map<number, string> }) {
  const { t } = useT();
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
    <Loaded state={state} what={t("board.loadingDay")}>
      {([board, allTasks]) => {
        const tasks = allTasks.filter((task) => task.status !== "cancelled");
        const selectedTask = tasks.find((task) => task.id === selected) ?? allTasks.find((task) => task.id === selected);
        return (
          <>
            <h2>{dateLabel(date)}</h2>
            {board.days[0] && <Summary day={board.days[0]} />}
            {state.loading && <Loading what={t("board.loadingChanges")} />}
            {tasks.length === 0 ? (
              <Empty title={t("board.empty.title")}>{t("board.empty.text", { date: dateLabel(date) })}</Empty>
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
  const { t } = useT();
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
    <Loaded state={state} what={t("board.loadingWeek")}>
      {([board, allTasks]) => {
        const tasks = allTasks.filter((task) => task.status !== "cancelled");
        const perDay = new Map(board.days.map((d) => [d.day, d]));
        const rows = new Map<number, Map<string, { visits: number; minutes: number }>>();
        for (const task of tasks) {
          if (task.caregiver_id === null) continue;
          const row = rows.get(task.caregiver_id) ?? new Map();
          const cell = row.get(task.day) ?? { visits: 0, minutes: 0 };
          cell.visits += 1;
          cell.minutes += task.duration_minutes;
          row.set(task.day, cell);
          rows.set(task.caregiver_id, row);
        }
        const caregivers = [...rows.keys()].sort((a, b) => nameOf(names, a).localeCompare(nameOf(names, b)));
        return (
          <>
            <h2>{t("board.weekOf", { from: dateLabel(monday), to: dateLabel(sunday) })}</h2>
            <div class="table-wrap">
              <table class="week-board">
                <caption class="visually-hidden">
                  {t("board.weekCaption")}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("board.caregiver")}</th>
                    {days.map((d) => {
                      const counts = perDay.get(d);
                      return (
                        <th scope="col">
                          <button type="button" class="day-link" onClick={() => navigate(boardHref(d, "day"))}>
                            {dateLabel(d)}
                          </button>
                          {counts && (
                            <span class="day-counts">
                              <span>{t("board.openCount", { count: counts.open })}</span>
                              <span class={counts.at_risk > 0 ? "risk-text" : undefined}>
                                <span aria-hidden="true">⚠ </span>
                                {t("board.atRiskCount", { count: counts.at_risk })}
                              </span>
                            </span>
                          )}
                        </th>
                      );
                    })}
                    <th scope="col">{t("board.week")}</th>
                  </tr>
                </thead>
                <tbody>
                  {caregivers.length === 0 && (
                    <tr>
                      <td colSpan={9}>{t("board.noneThisWeek")}</td>
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
                                  <strong>{t("board.visits", { count: cell.visits })}</strong>
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
