// The planning board: a day as a time axis with an "open" lane and a row per caregiver (or as a
// compact list per caregiver), or a week as caregivers × days. Each visit is a button that opens
// its details (assign, move, offer, take back into the market). The day's visits can be filtered
// (open, at risk, missed; a certificate; an area; a kind of caregiver) and dragged onto another
// caregiver's row or to another time. The past is shown as past: the server counts a visit whose window closed with
// nobody there as missed, not open or at risk (TaskBoard's task_missed). The board follows the
// organisation's live events: a claim, release, reopen, check-in, check-out or at-risk task on the
// days shown loads them again.
import { useState } from "preact/hooks";
import { get, post, query } from "../api";
import { addDays, clock, dateLabel, minutes, mondayOf } from "../format";
import { DateField } from "../DateTimeFields";
import { useT } from "../i18n/language";
import { eventDay, useLiveRefresh } from "../live";
import { navigate, useLocation } from "../router";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { problemText } from "../formErrors";
import { Empty, ErrorMessage, Loaded, Loading, Notice, Select, asApiError, useLoad } from "../ui";
import { DayList } from "./DayList";
import { DayTimeline, zoomLevels, type Zoom } from "./DayTimeline";
import { TaskDetails } from "./TaskDetails";
import {
  caregiverNames,
  certificateCodes,
  certificateName,
  fetchAll,
  inWindow,
  loadCaregivers,
  nameOf,
  type Board as BoardData,
  type BoardDay,
  type CaregiverSummary,
  type Task,
} from "./data";
import "./coordinator.css";

type View = "day" | "week";

// What the day shows: which visits (all, open, at risk, missed), those asking a certificate, in an
// area; caregivers of a kind (the open lane always stays: it is what there is to plan).
interface Filters {
  show: "all" | "open" | "atRisk" | "missed";
  certificate: string;
  area: string;
  kind: "" | CaregiverSummary["kind"];
  everyone: boolean; // a row for every caregiver, also without visits: places to drop a visit
  layout: "axis" | "list";
  zoom: Zoom;
}
const noFilters: Filters = { show: "all", certificate: "", area: "", kind: "", everyone: false, layout: "axis", zoom: zoomLevels[1] };

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
  const [filters, setFilters] = useState<Filters>(noFilters);
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
        <DayBoard key={date} date={date} names={names} caregivers={caregivers.data ?? []} filters={filters} setFilters={setFilters} />
      ) : (
        <WeekBoard key={from} monday={from} names={names} today={today} />
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
      {day.missed > 0 && (
        <li class="stat-missed">
          <strong>{day.missed}</strong> <span aria-hidden="true">✗</span> {t("board.missed")}
        </li>
      )}
    </ul>
  );
}

function BoardFilters(props: { tasks: Task[]; filters: Filters; setFilters: (f: Filters) => void }) {
  const { t } = useT();
  const { filters, setFilters } = props;
  const set = (change: Partial<Filters>) => setFilters({ ...filters, ...change });
  const areas = [...new Set(props.tasks.map((task) => task.area))].sort((a, b) => a.localeCompare(b));
  return (
    <div class="board-filters" role="group" aria-label={t("board.filters")}>
      <Select
        label={t("board.show")}
        value={filters.show}
        onChange={(e) => set({ show: e.currentTarget.value as Filters["show"] })}
        options={[
          { value: "all", label: t("board.showAll") },
          { value: "open", label: t("board.showOpen") },
          { value: "atRisk", label: t("board.showAtRisk") },
          { value: "missed", label: t("board.showMissed") },
        ]}
      />
      <Select
        label={t("board.certificate")}
        value={filters.certificate}
        onChange={(e) => set({ certificate: e.currentTarget.value })}
        options={[{ value: "", label: t("board.any") }, ...certificateCodes.map((code) => ({ value: code, label: certificateName(code) }))]}
      />
      <Select
        label={t("board.area")}
        value={filters.area}
        onChange={(e) => set({ area: e.currentTarget.value })}
        options={[{ value: "", label: t("board.anyArea") }, ...areas.map((area) => ({ value: area, label: area }))]}
      />
      <Select
        label={t("board.kind")}
        value={filters.kind}
        onChange={(e) => set({ kind: e.currentTarget.value as Filters["kind"] })}
        options={[
          { value: "", label: t("board.anyKind") },
          { value: "employee", label: t("caregivers.kind.employee") },
          { value: "freelancer", label: t("caregivers.kind.freelancer") },
          { value: "volunteer", label: t("caregivers.kind.volunteer") },
        ]}
      />
      <Select
        label={t("board.layout")}
        value={filters.layout}
        onChange={(e) => set({ layout: e.currentTarget.value as Filters["layout"] })}
        options={[
          { value: "axis", label: t("board.layoutAxis") },
          { value: "list", label: t("board.layoutList") },
        ]}
      />
      {filters.layout === "axis" && (
        <>
          <Select
            label={t("board.zoom")}
            value={String(filters.zoom)}
            onChange={(e) => set({ zoom: Number(e.currentTarget.value) as Zoom })}
            options={[
              { value: String(zoomLevels[0]), label: t("board.zoomDay") },
              { value: String(zoomLevels[1]), label: t("board.zoomMiddle") },
              { value: String(zoomLevels[2]), label: t("board.zoomClose") },
            ]}
          />
          <label class="check">
            <input type="checkbox" checked={filters.everyone} onChange={(e) => set({ everyone: e.currentTarget.checked })} />
            {t("board.everyone")}
          </label>
        </>
      )}
    </div>
  );
}

// The visits the filters let through. A kind of caregiver keeps the open lane and that kind's rows.
function filtered(tasks: Task[], filters: Filters, kinds: Map<number, CaregiverSummary["kind"]>): Task[] {
  return tasks.filter(
    (task) =>
      (filters.show === "all" ||
        (filters.show === "open" && task.status === "open" && !task.missed) ||
        (filters.show === "atRisk" && task.at_risk) ||
        (filters.show === "missed" && task.missed)) &&
      (!filters.certificate || task.certificates.includes(filters.certificate as Task["certificates"][number])) &&
      (!filters.area || task.area === filters.area) &&
      (!filters.kind || task.caregiver_id === null || kinds.get(task.caregiver_id) === filters.kind),
  );
}

function DayBoard(props: {
  date: string;
  names: Map<number, string>;
  caregivers: CaregiverSummary[];
  filters: Filters;
  setFilters: (f: Filters) => void;
}) {
  const { date, names, filters } = props;
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
  // What came of the last visit dragged onto a row or to a time: said above the board, where the eye is.
  const [moved, setMoved] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const { platformNow } = useSession();
  const now = platformNow();
  const today = now.slice(0, 10);
  const kinds = new Map(props.caregivers.map((c) => [c.id, c.kind]));

  // Dragged onto a caregiver's row, at its own time or a chosen `start`: assigned by the claim's
  // rules (a held visit moves in one step). A start outside the window is not asked for.
  async function move(task: Task, caregiver: number, start?: string) {
    setMoved(null);
    setRefused(null);
    const visit = `${clockOf(task)} ${task.type}`;
    const name = nameOf(names, caregiver);
    if (start && !inWindow(task, start)) {
      const window = `${clock(task.window.start)}–${clock(task.window.end)}`;
      setRefused(t("board.outsideWindow", { time: clock(start), window }));
      return;
    }
    try {
      await post<Task>(`/v1/tasks/${task.id}/assign`, start ? { caregiver_id: caregiver, start } : { caregiver_id: caregiver });
      setMoved(start ? t("board.movedToAt", { visit, name, time: clock(start) }) : t("board.movedTo", { visit, name }));
      state.reload();
    } catch (e) {
      setRefused(problemText(asApiError(e)));
    }
  }

  return (
    <Loaded state={state} what={t("board.loadingDay")}>
      {([board, allTasks]) => {
        const tasks = allTasks.filter((task) => task.status !== "cancelled");
        const shown = filtered(tasks, filters, kinds);
        const selectedTask = tasks.find((task) => task.id === selected) ?? allTasks.find((task) => task.id === selected);
        const everyone = filters.everyone
          ? props.caregivers.filter((c) => !filters.kind || c.kind === filters.kind).map((c) => c.id)
          : [];
        const past = date < today;
        return (
          <>
            <h2>{dateLabel(date)}</h2>
            {board.days[0] && <Summary day={board.days[0]} />}
            {state.loading && <Loading what={t("board.loadingChanges")} />}
            {tasks.length > 0 && <BoardFilters tasks={tasks} filters={filters} setFilters={props.setFilters} />}
            {moved && (
              <div class="board-message">
                <Notice kind="success">{moved}</Notice>
              </div>
            )}
            {refused && (
              <p class="error board-message" role="alert">
                {t("board.notMoved", { reason: refused })}
              </p>
            )}
            {tasks.length === 0 ? (
              <Empty title={t("board.empty.title")}>{t("board.empty.text", { date: dateLabel(date) })}</Empty>
            ) : shown.length === 0 && everyone.length === 0 ? (
              <p class="muted">{t("board.noneFiltered")}</p>
            ) : filters.layout === "list" ? (
              <DayList tasks={shown} names={names} now={date === today ? now : undefined} past={past} onOpen={(task) => setSelected(task.id)} />
            ) : (
              <DayTimeline
                date={date}
                tasks={shown}
                names={names}
                alsoRows={everyone}
                now={date === today ? now : undefined}
                past={past}
                zoom={filters.zoom}
                onOpen={(task) => setSelected(task.id)}
                onMove={move}
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

function clockOf(task: Task): string {
  return clock(task.planned_start ?? task.window.start);
}

function WeekBoard({ monday, names, today }: { monday: string; names: Map<number, string>; today: string }) {
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
                        <th scope="col" class={d < today ? "past-col" : undefined}>
                          <button type="button" class="day-link" onClick={() => navigate(boardHref(d, "day"))}>
                            {dateLabel(d)}
                          </button>
                          {counts && (
                            <span class="day-counts">
                              {d < today ? (
                                <span>{t("board.pastDay")}</span>
                              ) : (
                                <>
                                  <span>{t("board.openCount", { count: counts.open })}</span>
                                  <span class={counts.at_risk > 0 ? "risk-text" : undefined}>
                                    <span aria-hidden="true">⚠ </span>
                                    {t("board.atRiskCount", { count: counts.at_risk })}
                                  </span>
                                </>
                              )}
                              {counts.missed > 0 && (
                                <span>
                                  <span aria-hidden="true">✗ </span>
                                  {t("board.missedCount", { count: counts.missed })}
                                </span>
                              )}
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
                            <td class={`week-cell${cell ? "" : " empty-cell"}${d < today ? " past-col" : ""}`}>
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
