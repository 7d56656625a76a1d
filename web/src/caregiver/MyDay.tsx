// My day as a route: the tasks I hold on one day in the order I walk them, the journey between
// stops, check-in and check-out at the door, and giving a task back while the notice period allows.
// A client's name, address and notes appear only when the server sends them (inside the privacy
// window around the visit); otherwise the stop says from when they will be shown.
import { useEffect, useRef, useState } from "preact/hooks";
import { get, post, query } from "../api";
import { DateField } from "../DateTimeFields";
import { addDays, addMinutes, clock, dateLabel, dateTime, euros, minutes } from "../format";
import { useT } from "../i18n/language";
import { eventDay, useLiveRefresh } from "../live";
import { Link, navigate, useLocation } from "../router";
import type { ScreenProps } from "../screenProps";
import { usePlatformMinute, useSession } from "../session";
import { problemText } from "../formErrors";
import { asApiError, Empty, Loaded, Notice, useLoad } from "../ui";
import "./caregiver.css";
import type { Caregiver, HeldTask, MyTasks, TravelMode } from "./shapes";
import { travelWords } from "./shapes";
import { ReportAbsence } from "./Absence";
import { CalendarFeed } from "../CalendarFeed";
import { GettingThere } from "./GettingThere";
import { TaskBadges, TaskFacts, windowLabel } from "./TaskFacts";

const isDate = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

// Where the day's walk reaches a stop; servers without planned_start give the window's opening.
const startOf = (t: HeldTask) => t.planned_start ?? t.window.start;

// The server takes a check-in from an hour before the window opens (services/Visits.cpp).
const checkInEarlyMinutes = 60;
const checkInOpens = (t: HeldTask) => addMinutes(t.window.start, -checkInEarlyMinutes);

export function MyDay(_props: ScreenProps) {
  const { t } = useT();
  const { me } = useSession();
  const now = usePlatformMinute();
  const today = now.slice(0, 10);
  const { params } = useLocation();
  const asked = params.get("date");
  const date = isDate(asked) ? asked : today;
  const [notice, setNotice] = useState<string | null>(null);

  const profile = useLoad(() => get<Caregiver>(`/v1/caregivers/${me.caregiver_id}`), [me.caregiver_id]);
  // The answer remembers its date, so the previous day's stops never show under a new date.
  const tasks = useLoad(
    () => get<MyTasks>(`/v1/my/tasks${query({ from: date, to: date })}`).then((r) => ({ ...r, date })),
    [date],
  );
  // A task of this day assigned to me by a plan, or taken back by the coordinator.
  useLiveRefresh(["task.assigned", "task.rescheduled", "task.reopened"], (event) => eventDay(event) === date, tasks.reload);
  const current = { ...tasks, data: tasks.data?.date === date ? tasks.data : undefined };
  const travelMode = profile.data?.travel_mode ?? "bike";

  function go(to: string) {
    setNotice(null);
    navigate(`/day?date=${to}`);
  }

  return (
    <div class="caregiver-screen">
      <h1>{t("day.title")}</h1>
      <nav class="day-nav" aria-label={t("day.choose")}>
        <button
          type="button"
          onClick={() => go(addDays(date, -1))}
          aria-label={t("day.previousLabel", { date: dateLabel(addDays(date, -1)) })}
        >
          ‹ {t("day.previous")}
        </button>
        <div class="day-nav-date">
          <DateField label={t("day.date")} value={date} onValue={(v) => isDate(v) && go(v)} />
        </div>
        <button type="button" onClick={() => go(addDays(date, 1))} aria-label={t("day.nextLabel", { date: dateLabel(addDays(date, 1)) })}>
          {t("day.next")} ›
        </button>
      </nav>
      <p class="day-title">
        <strong>{dateLabel(date)}</strong>
        {date === today ? (
          <span class="badge">{t("day.today")}</span>
        ) : (
          <button type="button" class="link-button" onClick={() => go(today)}>
            {t("day.backToToday")}
          </button>
        )}
      </p>
      {notice && <Notice kind="success" takeFocus>{notice}</Notice>}
      <ReportAbsence
        today={today}
        now={now}
        onReported={(message) => {
          setNotice(message);
          tasks.reload();
        }}
      />
      <Loaded state={current} what={t("day.loading")}>
        {(data) => {
          const stops = [...data.items].sort((a, b) => startOf(a).localeCompare(startOf(b)) || a.id - b.id);
          if (!stops.length) {
            return (
              <Empty title={t("day.empty.title")}>
                {t("day.empty.text")} <Link href="/feed">{t("day.empty.find")}</Link>
              </Empty>
            );
          }
          return (
            <>
              <DaySummary stops={stops} travelMode={travelMode} />
              <ol class="route" aria-label={t("day.route", { date: dateLabel(date) })}>
                {stops.map((stop, i) => (
                  <Stop
                    key={stop.id}
                    task={stop}
                    first={i === 0}
                    travelMode={travelMode}
                    now={now}
                    onChanged={(message) => {
                      setNotice(message);
                      tasks.reload();
                    }}
                  />
                ))}
              </ol>
            </>
          );
        }}
      </Loaded>
      <CalendarFeed />
    </div>
  );
}

function DaySummary({ stops, travelMode }: { stops: HeldTask[]; travelMode: TravelMode }) {
  const care = stops.reduce((sum, t) => sum + t.duration_minutes, 0);
  const pay = stops.reduce((sum, t) => sum + t.pay_cents, 0);
  // Servers that walk the day send travel_minutes (null for the first visit, from home).
  const travelKnown = stops.some((t) => t.travel_minutes !== undefined);
  const travel = stops.reduce((sum, t) => sum + (t.travel_minutes ?? 0), 0);
  const { t } = useT();
  return (
    <dl class="day-summary" aria-label={t("day.summary.label")}>
      <div>
        <dt>{t("day.summary.visits")}</dt>
        <dd>{stops.length}</dd>
      </div>
      <div>
        <dt>{t("day.summary.care")}</dt>
        <dd>{minutes(care)}</dd>
      </div>
      <div>
        <dt>{t("day.summary.travel")}</dt>
        <dd>{travelKnown ? `${minutes(travel)} ${t(travelWords[travelMode])}` : "–"}</dd>
      </div>
      <div>
        <dt>{t("day.summary.pay")}</dt>
        <dd>{euros(pay)}</dd>
      </div>
    </dl>
  );
}

function Stop(props: {
  task: HeldTask;
  first: boolean;
  travelMode: TravelMode;
  now: string;
  onChanged: (message: string) => void;
}) {
  const { t } = useT();
  const task = props.task;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Past the notice period the server refuses a release; the coordinator can still take it back.
  const canRelease = !task.release_until || props.now <= task.release_until;
  // A check-in is offered only when the server would take it; before that, the stop says from when.
  const checkInFrom = checkInOpens(task);
  const canCheckIn = props.now >= checkInFrom;
  // A moment today reads as a time, another day's with its date.
  const moment = (time: string) => (time.slice(0, 10) === props.now.slice(0, 10) ? clock(time) : dateTime(time));
  const headingId = `stop-${task.id}`;
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  // A digital step's check-out says what came of it: not reached, or measurements out of range,
  // may call for a visit at home (the client's arrangement decides).
  async function act(verb: "check-in" | "check-out" | "release", outcome?: "not_reached" | "out_of_range") {
    setBusy(true);
    setError(null);
    try {
      const answer = await post<Partial<HeldTask>>(`/v1/tasks/${task.id}/${verb}`, outcome ? { outcome } : undefined);
      setConfirming(false);
      const at = (time: string | null | undefined) => clock(time ?? props.now);
      if (verb === "check-in") props.onChanged(t("day.checkedIn", { type: task.type, time: at(answer.check_in) }));
      else if (verb === "check-out" && outcome === "not_reached")
        props.onChanged(t("day.notReached", { time: at(answer.check_out) }));
      else if (verb === "check-out" && outcome === "out_of_range")
        props.onChanged(t("day.outOfRange", { time: at(answer.check_out) }));
      else if (verb === "check-out") props.onChanged(t("day.checkedOut", { type: task.type, time: at(answer.check_out) }));
      else props.onChanged(t("day.released", { type: task.type, date: dateLabel(task.day) }));
    } catch (e) {
      const problem = asApiError(e);
      const reason = problemText(problem);
      setError(verb === "release" ? t("day.releaseRefused", { reason }) : t("day.notPossible", { reason }));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  }

  const legs = typeof task.travel_minutes === "number" && task.mode !== "digital";
  const checkedIn = !!task.check_in && !task.check_out;
  return (
    <li class="stop" data-task={task.id}>
      {legs && (
        <p class="leg">
          <span aria-hidden="true">↓ </span>
          {minutes(task.travel_minutes ?? 0)} {t(travelWords[props.travelMode])}
          {props.first ? ` ${t("day.fromHome")}` : ""}
        </p>
      )}
      <article
        class={`card stop-card${task.status === "done" ? " done" : ""}${checkedIn ? " here" : ""}`}
        aria-labelledby={headingId}
      >
        <div class="stop-head">
          <span class="stop-time">{clock(startOf(task))}</span>
          <h2 id={headingId} class="stop-type">
            {task.type}
          </h2>
        </div>
        <p class="muted window-line">{windowLabel(task.window, false)}</p>
        <p class="task-badges">
          {task.status === "done" && <span class="badge ok">{t("day.done")}</span>}
          {checkedIn && <span class="badge warn">{t("day.checkedInAt", { time: clock(task.check_in!) })}</span>}
        </p>
        <TaskBadges mode={task.mode} urgent={task.urgent} doubleStaffed={task.double_staffed} />
        <TaskFacts
          duration={task.duration_minutes}
          pay={task.pay_cents}
          area={task.area}
          organisation={task.organisation}
          mode={task.mode}
        />
        <ClientLine task={task} now={props.now} />
        {task.status === "claimed" && <GettingThere task={task} />}
        {task.status === "done" && task.check_in && task.check_out && (
          <p class="muted">
            {t("day.inOut", { in: clock(task.check_in), out: clock(task.check_out) })}
          </p>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {task.status === "claimed" && !confirming && (
          <div class="card-actions">
            {!task.check_in && canCheckIn && (
              <button
                type="button"
                class="primary"
                disabled={busy}
                onClick={() => act("check-in")}
                aria-label={t("day.checkInLabel", { type: task.type, time: clock(startOf(task)) })}
              >
                {t("day.checkIn")}
              </button>
            )}
            {!task.check_in && !canCheckIn && (
              <p class="muted check-in-from">
                {t("day.checkInFrom", { when: moment(checkInFrom) })}
              </p>
            )}
            {checkedIn && (
              <button
                type="button"
                class="primary"
                disabled={busy}
                onClick={() => act("check-out")}
                aria-label={t("day.checkOutLabel", { type: task.type, time: clock(startOf(task)) })}
              >
                {t("day.checkOut")}
              </button>
            )}
            {checkedIn && task.mode === "digital" && (
              <>
                <button type="button" disabled={busy} onClick={() => act("check-out", "not_reached")}>
                  {t("day.clientNotReached")}
                </button>
                <button type="button" disabled={busy} onClick={() => act("check-out", "out_of_range")}>
                  {t("day.measurementsOut")}
                </button>
              </>
            )}
            {!task.check_in && canRelease && (
              <button
                type="button"
                class="danger"
                disabled={busy}
                onClick={() => setConfirming(true)}
                aria-label={t("day.releaseLabel", { type: task.type, time: clock(startOf(task)) })}
              >
                {t("day.release")}
              </button>
            )}
            {!task.check_in && canRelease && task.release_until && (
              <p class="muted release-until">{t("day.releaseUntil", { when: moment(task.release_until) })}</p>
            )}
            {!task.check_in && !canRelease && (
              <p class="muted release-closed">
                {t("day.noticeStarted")}
              </p>
            )}
          </div>
        )}
        {confirming && (
          <div class="confirm" role="group" aria-label={t("day.confirmRelease")}>
            <p>
              {t("day.releaseQuestion", { type: task.type, date: dateLabel(task.day) })}
              {task.release_until && ` ${t("day.releaseUntil", { when: dateTime(task.release_until) })}`}
            </p>
            <div class="card-actions">
              <button type="button" class="danger" disabled={busy} ref={confirmButton} onClick={() => act("release")}>
                {t("day.releaseYes")}
              </button>
              <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
                {t("day.keep")}
              </button>
            </div>
          </div>
        )}
      </article>
    </li>
  );
}

// The client's details inside the privacy window; outside it, when they will be (or were) shown.
function ClientLine({ task, now }: { task: HeldTask; now: string }) {
  const { t } = useT();
  const c = task.client;
  if (c) {
    return (
      <div class="client">
        <p class="client-name">{c.name}</p>
        <p>
          {c.address}, {c.postcode}
        </p>
        {c.notes && <p class="client-notes">{c.notes}</p>}
      </div>
    );
  }
  const from = task.details_visible_from;
  const until = task.details_visible_until;
  const at = (time: string) => (time.slice(0, 10) === task.day ? clock(time) : dateTime(time));
  if (until && now > until) {
    return <p class="privacy muted">{t("day.privacyUntil", { when: at(until) })}</p>;
  }
  return <p class="privacy muted">{t("day.privacyFrom", { when: at(from) })}</p>;
}
