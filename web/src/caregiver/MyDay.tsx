// My day as a route: the tasks I hold on one day in the order I walk them, the journey between
// stops, check-in and check-out at the door, and giving a task back while the notice period allows.
// A client's name, address and notes appear only when the server sends them (inside the privacy
// window around the visit); otherwise the stop says from when they will be shown.
import { useEffect, useRef, useState } from "preact/hooks";
import { get, post, query } from "../api";
import { addDays, clock, dateLabel, euros, minutes } from "../format";
import { eventDay, useLiveRefresh } from "../live";
import { Link, navigate, useLocation } from "../router";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { asApiError, Empty, Loaded, Notice, useLoad } from "../ui";
import "./caregiver.css";
import type { Caregiver, HeldTask, MyTasks, TravelMode } from "./shapes";
import { travelWords } from "./shapes";
import { ReportAbsence } from "./Absence";
import { TaskBadges, TaskFacts, windowLabel } from "./TaskFacts";

const isDate = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

// Where the day's walk reaches a stop; servers without planned_start give the window's opening.
const startOf = (t: HeldTask) => t.planned_start ?? t.window.start;

export function MyDay(_props: ScreenProps) {
  const { me, platformNow } = useSession();
  const today = usePlatformToday();
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
  useLiveRefresh(["task.assigned", "task.reopened"], (event) => eventDay(event) === date, tasks.reload);
  const current = { ...tasks, data: tasks.data?.date === date ? tasks.data : undefined };
  const travelMode = profile.data?.travel_mode ?? "bike";

  function go(to: string) {
    setNotice(null);
    navigate(`/day?date=${to}`);
  }

  return (
    <div class="caregiver-screen">
      <h1>My day</h1>
      <nav class="day-nav" aria-label="Choose a day">
        <button
          type="button"
          onClick={() => go(addDays(date, -1))}
          aria-label={`Previous day, ${dateLabel(addDays(date, -1))}`}
        >
          ‹ Previous
        </button>
        <div class="day-nav-date">
          <label for="day-date">Date</label>
          <input
            id="day-date"
            type="date"
            value={date}
            onChange={(e) => {
              const v = (e.target as HTMLInputElement).value;
              if (isDate(v)) go(v);
            }}
          />
        </div>
        <button type="button" onClick={() => go(addDays(date, 1))} aria-label={`Next day, ${dateLabel(addDays(date, 1))}`}>
          Next ›
        </button>
      </nav>
      <p class="day-title">
        <strong>{dateLabel(date)}</strong>
        {date === today ? (
          <span class="badge">Today</span>
        ) : (
          <button type="button" class="link-button" onClick={() => go(today)}>
            Back to today
          </button>
        )}
      </p>
      {notice && <Notice kind="success" takeFocus>{notice}</Notice>}
      <ReportAbsence
        today={today}
        now={platformNow()}
        onReported={(message) => {
          setNotice(message);
          tasks.reload();
        }}
      />
      <Loaded state={current} what="your tasks">
        {(data) => {
          const stops = [...data.items].sort((a, b) => startOf(a).localeCompare(startOf(b)) || a.id - b.id);
          if (!stops.length) {
            return (
              <Empty title="No tasks on this day">
                Tasks you claim or accept appear here as a route. <Link href="/feed">Find open tasks</Link>
              </Empty>
            );
          }
          return (
            <>
              <DaySummary stops={stops} travelMode={travelMode} />
              <ol class="route" aria-label={`Route for ${dateLabel(date)}`}>
                {stops.map((t, i) => (
                  <Stop
                    key={t.id}
                    task={t}
                    first={i === 0}
                    travelMode={travelMode}
                    now={platformNow()}
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
    </div>
  );
}

function DaySummary({ stops, travelMode }: { stops: HeldTask[]; travelMode: TravelMode }) {
  const care = stops.reduce((sum, t) => sum + t.duration_minutes, 0);
  const pay = stops.reduce((sum, t) => sum + t.pay_cents, 0);
  // Servers that walk the day send travel_minutes (null for the first visit, from home).
  const travelKnown = stops.some((t) => t.travel_minutes !== undefined);
  const travel = stops.reduce((sum, t) => sum + (t.travel_minutes ?? 0), 0);
  return (
    <dl class="day-summary" aria-label="Day summary">
      <div>
        <dt>Visits</dt>
        <dd>{stops.length}</dd>
      </div>
      <div>
        <dt>Care time</dt>
        <dd>{minutes(care)}</dd>
      </div>
      <div>
        <dt>Travel between visits</dt>
        <dd>{travelKnown ? `${minutes(travel)} ${travelWords[travelMode]}` : "–"}</dd>
      </div>
      <div>
        <dt>Pay</dt>
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
  const t = props.task;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Past the notice period the server refuses a release; the coordinator can still take it back.
  const canRelease = !t.release_until || props.now <= t.release_until;
  const headingId = `stop-${t.id}`;
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
      const answer = await post<Partial<HeldTask>>(`/v1/tasks/${t.id}/${verb}`, outcome ? { outcome } : undefined);
      setConfirming(false);
      const at = (time: string | null | undefined) => clock(time ?? props.now);
      if (verb === "check-in") props.onChanged(`Checked in for ${t.type} at ${at(answer.check_in)}.`);
      else if (verb === "check-out" && outcome === "not_reached")
        props.onChanged(`Noted: the client was not reached at ${at(answer.check_out)}. The care team arranges a visit if the care plan asks for one.`);
      else if (verb === "check-out" && outcome === "out_of_range")
        props.onChanged(`Noted: measurements out of range at ${at(answer.check_out)}. The care team arranges a visit if the care plan asks for one.`);
      else if (verb === "check-out") props.onChanged(`Checked out of ${t.type} at ${at(answer.check_out)}. Well done.`);
      else props.onChanged(`You gave back ${t.type} on ${dateLabel(t.day)}. It is open again for others, marked urgent.`);
    } catch (e) {
      const problem = asApiError(e);
      const reason = problem.reason ?? problem.detail;
      setError(verb === "release" ? `This task cannot be released: ${reason}.` : `Not possible: ${reason}.`);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  }

  const legs = typeof t.travel_minutes === "number" && t.mode !== "digital";
  const checkedIn = !!t.check_in && !t.check_out;
  return (
    <li class="stop" data-task={t.id}>
      {legs && (
        <p class="leg">
          <span aria-hidden="true">↓ </span>
          {minutes(t.travel_minutes ?? 0)} {travelWords[props.travelMode]}
          {props.first ? " from home" : ""}
        </p>
      )}
      <article
        class={`card stop-card${t.status === "done" ? " done" : ""}${checkedIn ? " here" : ""}`}
        aria-labelledby={headingId}
      >
        <div class="stop-head">
          <span class="stop-time">{clock(startOf(t))}</span>
          <h2 id={headingId} class="stop-type">
            {t.type}
          </h2>
        </div>
        <p class="muted window-line">{windowLabel(t.window, false)}</p>
        <p class="task-badges">
          {t.status === "done" && <span class="badge ok">Done</span>}
          {checkedIn && <span class="badge warn">Checked in at {clock(t.check_in!)}</span>}
        </p>
        <TaskBadges mode={t.mode} urgent={t.urgent} doubleStaffed={t.double_staffed} />
        <TaskFacts
          duration={t.duration_minutes}
          pay={t.pay_cents}
          area={t.area}
          organisation={t.organisation}
          mode={t.mode}
        />
        <ClientLine task={t} now={props.now} />
        {t.status === "done" && t.check_in && t.check_out && (
          <p class="muted">
            Checked in {clock(t.check_in)}, out {clock(t.check_out)}
          </p>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {t.status === "claimed" && !confirming && (
          <div class="card-actions">
            {!t.check_in && (
              <button
                type="button"
                class="primary"
                disabled={busy}
                onClick={() => act("check-in")}
                aria-label={`Check in: ${t.type} at ${clock(startOf(t))}`}
              >
                Check in
              </button>
            )}
            {checkedIn && (
              <button
                type="button"
                class="primary"
                disabled={busy}
                onClick={() => act("check-out")}
                aria-label={`Check out: ${t.type} at ${clock(startOf(t))}`}
              >
                Check out
              </button>
            )}
            {checkedIn && t.mode === "digital" && (
              <>
                <button type="button" disabled={busy} onClick={() => act("check-out", "not_reached")}>
                  Client not reached
                </button>
                <button type="button" disabled={busy} onClick={() => act("check-out", "out_of_range")}>
                  Measurements out of range
                </button>
              </>
            )}
            {!t.check_in && canRelease && (
              <button
                type="button"
                class="danger"
                disabled={busy}
                onClick={() => setConfirming(true)}
                aria-label={`Release: ${t.type} at ${clock(startOf(t))}`}
              >
                Release
              </button>
            )}
            {!t.check_in && !canRelease && (
              <p class="muted release-closed">
                The notice period has started: if you cannot come, ask your coordinator to take it back.
              </p>
            )}
          </div>
        )}
        {confirming && (
          <div class="confirm" role="group" aria-label="Confirm release">
            <p>
              Give {t.type} on {dateLabel(t.day)} back? It goes back to the open tasks, marked urgent.
              {t.release_until && ` You can give it back until ${dateLabel(t.release_until.slice(0, 10))} ${clock(t.release_until)}.`}
            </p>
            <div class="card-actions">
              <button type="button" class="danger" disabled={busy} ref={confirmButton} onClick={() => act("release")}>
                Yes, give it back
              </button>
              <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
                Keep it
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
  const at = (t: string) => (t.slice(0, 10) === task.day ? clock(t) : `${dateLabel(t.slice(0, 10))} ${clock(t)}`);
  if (until && now > until) {
    return <p class="privacy muted">Name and address were shown until {at(until)}</p>;
  }
  return <p class="privacy muted">Name and address shown from {at(from)}</p>;
}
