// One client: the record (edit), the care arrangements (create, change, end), the visits the
// arrangements give over the next two weeks, the care record (phone, emergency contact, indication,
// care plan), how many faces the client saw, the informal contacts and the rest of what alarms need
// (access, devices, own first steps), and the care journey.
import { useEffect, useState } from "preact/hooks";
import { ApiError, del, get, post, put, query } from "../api";
import { addDays, clock, dateLabel, euros, minutes } from "../format";
import { Link, navigate, useLocation } from "../router";
import { usePlatformToday, useSession } from "../session";
import { Empty, ErrorMessage, Field, Loaded, Notice, asApiError, useLoad } from "../ui";
import { ArrangementForm, type ArrangementBody } from "./ArrangementForm";
import { ClientForm, type ClientBody } from "./ClientForm";
import {
  caregiverNames,
  certificateName,
  fetchAll,
  loadCaregivers,
  nameOf,
  statusNames,
  type Arrangement,
  type Client,
  type Task,
} from "./data";
import { describeSchedule } from "./schedule";
import { JourneyTimeline, type Journey } from "../journey";
import { ClientAlarmSetup } from "./ClientAlarmSetup";
import { ClientCareRecord } from "./ClientCareRecord";
import { ClientContinuity } from "./ClientContinuity";
import { InformalContacts } from "./InformalContacts";

export function ClientPage({ clientId }: { clientId: number }) {
  const today = usePlatformToday();
  const { me } = useSession();
  const { params } = useLocation();
  const client = useLoad(() => get<Client>(`/v1/clients/${clientId}`), [clientId]);
  const arrangements = useLoad(() => fetchAll<Arrangement>(`/v1/clients/${clientId}/arrangements`), [clientId]);
  const visits = useLoad(
    () =>
      Promise.all([
        fetchAll<Task>("/v1/tasks", { client_id: clientId, from: today, to: addDays(today, 13) }),
        loadCaregivers(me.organisation_id ?? 0),
      ]),
    [clientId, today],
  );
  const journey = useLoad(
    () => get<Journey>(`/v1/clients/${clientId}/journey${query({ from: addDays(today, -7), to: addDays(today, 7) })}`),
    [clientId, today],
  );
  const [notice, setNotice] = useState<string | null>(params.get("added") ? "The client was added." : null);
  // The "added" marker has done its work; a reload should not announce it again.
  useEffect(() => {
    if (params.get("added")) navigate(`/clients/${clientId}`, true);
  }, []);
  const [editingRecord, setEditingRecord] = useState(false);
  const [recordError, setRecordError] = useState<ApiError | null>(null);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [conflicts, setConflicts] = useState<Task[]>([]);

  async function saveRecord(body: ClientBody) {
    setBusy(true);
    setRecordError(null);
    try {
      await put<Client>(`/v1/clients/${clientId}`, body);
      setEditingRecord(false);
      setNotice("The client's record was saved.");
      client.reload();
      visits.reload();
    } catch (e) {
      setRecordError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  async function createArrangement(body: ArrangementBody) {
    setBusy(true);
    setCreateError(null);
    try {
      const created = await post<Arrangement>(`/v1/clients/${clientId}/arrangements`, body);
      setCreating(false);
      setConflicts([]);
      setNotice(
        `Arrangement ${created.id} was saved: ${created.tasks_created ?? 0} visit${created.tasks_created === 1 ? "" : "s"} created in the planning horizon.`,
      );
      arrangements.reload();
      visits.reload();
    } catch (e) {
      setCreateError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  function changed(message: string, reported: Task[]) {
    setNotice(message);
    setConflicts(reported);
    arrangements.reload();
    visits.reload();
  }

  return (
    <section class="coordinator client-page">
      <p>
        <Link href="/clients">‹ All clients</Link>
      </p>
      <Loaded state={client} what="the client">
        {(c) => (
          <>
            <h1>{c.name}</h1>
            {notice && <Notice kind="success" takeFocus>{notice}</Notice>}
            {conflicts.length > 0 && <Conflicts tasks={conflicts} names={caregiverNames(visits.data?.[1] ?? [])} />}
            <div class="card">
              <h2>Record</h2>
              {editingRecord ? (
                <>
                  {recordError && (
                    <p class="error" role="alert">
                      Not saved: {recordError.detail}
                    </p>
                  )}
                  <ClientForm
                    client={c}
                    title="Change the record"
                    submitLabel="Save record"
                    error={recordError}
                    busy={busy}
                    onSubmit={saveRecord}
                    onCancel={() => {
                      setEditingRecord(false);
                      setRecordError(null);
                    }}
                  />
                </>
              ) : (
                <>
                  <dl class="details-list">
                    <dt>Address</dt>
                    <dd>
                      {c.address}, {c.postcode}
                    </dd>
                    <dt>Coordinates</dt>
                    <dd>
                      {c.lat.toFixed(5)}, {c.lon.toFixed(5)}
                    </dd>
                    <dt>Notes</dt>
                    <dd>{c.notes || <span class="muted">none</span>}</dd>
                  </dl>
                  <button
                    type="button"
                    onClick={() => {
                      setEditingRecord(true);
                      setNotice(null);
                    }}
                  >
                    Edit record
                  </button>
                </>
              )}
            </div>
          </>
        )}
      </Loaded>
      {client.data && (
        <>
          <h2>Care arrangements</h2>
          <Loaded state={arrangements} what="care arrangements">
            {(list) => (
              <>
                {list.length === 0 && !creating && (
                  <Empty title="No care arrangement yet">Set one with “New care arrangement”: the visits follow from it.</Empty>
                )}
                {list.map((a) => (
                  <ArrangementCard key={a.id} arrangement={a} today={today} onChanged={changed} />
                ))}
              </>
            )}
          </Loaded>
          {creating ? (
            <div class="card">
              {createError && (
                <p class="error" role="alert">
                  Not saved: {createError.detail}
                </p>
              )}
              <ArrangementForm
                defaultFrom={today}
                submitLabel="Save arrangement"
                error={createError}
                busy={busy}
                onSubmit={createArrangement}
                onCancel={() => {
                  setCreating(false);
                  setCreateError(null);
                }}
              />
            </div>
          ) : (
            <button
              type="button"
              class="primary"
              onClick={() => {
                setCreating(true);
                setNotice(null);
              }}
            >
              New care arrangement
            </button>
          )}
          <h2>Visits in the next two weeks</h2>
          <Loaded state={visits} what="visits">
            {([tasks, caregivers]) => <UpcomingVisits tasks={tasks} names={caregiverNames(caregivers)} />}
          </Loaded>
          <ClientCareRecord clientId={clientId} />
          <ClientContinuity clientId={clientId} />
          <InformalContacts clientId={clientId} />
          <ClientAlarmSetup clientId={clientId} />
          <h2>Care journey</h2>
          <p class="muted">The last week and the next: digital steps and visits at home, and the visits a failed digital step called for.</p>
          <Loaded state={journey} what="care journey">
            {(j) => <JourneyTimeline journey={j} />}
          </Loaded>
        </>
      )}
    </section>
  );
}

function Conflicts({ tasks, names }: { tasks: Task[]; names: Map<number, string> }) {
  return (
    <div class="conflicts" role="status">
      <strong>
        {tasks.length} claimed visit{tasks.length === 1 ? "" : "s"} stay{tasks.length === 1 ? "s" : ""} as before: a
        caregiver has committed to {tasks.length === 1 ? "it" : "them"}. Take {tasks.length === 1 ? "it" : "them"} back
        into the market on the board if {tasks.length === 1 ? "it" : "they"} should change.
      </strong>
      <ul>
        {tasks.map((t) => (
          <li>
            {dateLabel(t.day)} {clock(t.window.start)} {t.type} – {t.caregiver_id ? nameOf(names, t.caregiver_id) : "nobody"} (
            {t.conflict ?? "conflict"})
          </li>
        ))}
      </ul>
    </div>
  );
}

function ArrangementCard(props: {
  arrangement: Arrangement;
  today: string;
  onChanged: (message: string, conflicts: Task[]) => void;
}) {
  const a = props.arrangement;
  const [mode, setMode] = useState<"view" | "edit" | "end">("view");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [lastDay, setLastDay] = useState(props.today);
  const ended = a.valid_to !== null && a.valid_to < props.today;

  async function save(body: ArrangementBody) {
    setBusy(true);
    setError(null);
    try {
      const saved = await put<Arrangement>(`/v1/arrangements/${a.id}`, body);
      setMode("view");
      const conflicts = saved.conflicts ?? [];
      props.onChanged(
        `Arrangement ${a.id} was changed (version ${saved.version}): ${saved.tasks_created ?? 0} new visit${saved.tasks_created === 1 ? "" : "s"} created` +
          (conflicts.length ? `; ${conflicts.length} claimed visit${conflicts.length === 1 ? "" : "s"} kept as they were.` : "."),
        conflicts,
      );
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  async function end(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await del<Arrangement>(`/v1/arrangements/${a.id}${query({ last_day: lastDay })}`);
      setMode("view");
      props.onChanged(
        `Arrangement ${a.id} ends after ${dateLabel(saved.valid_to ?? lastDay)}: its open visits after that day were cancelled.`,
        saved.conflicts ?? [],
      );
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <article class="card arrangement" aria-labelledby={`arrangement-${a.id}`}>
      <h3 id={`arrangement-${a.id}`}>
        Arrangement {a.id}{" "}
        {ended ? (
          <span class="badge">Ended</span>
        ) : a.valid_to ? (
          <span class="badge warn">Ends after {dateLabel(a.valid_to)}</span>
        ) : (
          <span class="badge ok">Ongoing</span>
        )}
      </h3>
      <p class="muted">
        From {dateLabel(a.valid_from)}
        {a.valid_to ? ` until ${dateLabel(a.valid_to)}` : ""} · version {a.version}
      </p>
      {mode === "edit" ? (
        <>
          {error && (
            <p class="error" role="alert">
              Not saved: {error.detail}
            </p>
          )}
          <ArrangementForm
            arrangement={a}
            defaultFrom={a.valid_from}
            submitLabel="Save changes"
            error={error}
            busy={busy}
            onSubmit={save}
            onCancel={() => {
              setMode("view");
              setError(null);
            }}
          />
        </>
      ) : (
        <>
          <ul class="arrangement-tasks">
            {a.tasks.map((t) => (
              <li>
                <strong>{t.type}</strong>:{" "}
                {t.switch
                  ? `a visit within ${minutes(t.switch.within_minutes)} when the ${
                      a.tasks.find((o) => o.key === t.switch?.from)?.type ?? t.switch.from
                    } ${t.switch.on.map((o) => (o === "missed" ? "is missed" : "is out of range")).join(" or ")}`
                  : `${describeSchedule(t.rrule ?? undefined)}, window ${t.window?.start}–${t.window?.end}`}
                ,{" "}
                {minutes(t.duration_minutes)}, level {t.level ?? 0}
                {t.certificates?.length ? `, needs ${t.certificates.map(certificateName).join(", ")}` : ""}
                {t.mode === "digital" && (
                  <>
                    {" "}
                    <span class="badge digital">☎ digital</span>
                  </>
                )}
                {(t.staff ?? 1) > 1 && (
                  <>
                    {" "}
                    <span class="badge">×{t.staff} caregivers</span>
                  </>
                )}
                {t.pay_cents !== undefined && <span class="muted"> · {euros(t.pay_cents)}</span>}
              </li>
            ))}
          </ul>
          {mode === "end" ? (
            <form class="row" onSubmit={end} aria-label={`End arrangement ${a.id}`}>
              <Field
                label="Last day of care"
                type="date"
                value={lastDay}
                min={props.today}
                error={error?.field === "last_day" ? (error.reason ?? error.detail) : null}
                onInput={(e) => setLastDay(e.currentTarget.value)}
              />
              <button type="submit" class="danger" disabled={busy}>
                End arrangement
              </button>
              <button type="button" onClick={() => setMode("view")}>
                Cancel
              </button>
            </form>
          ) : (
            !ended && (
              <div class="actions">
                <button type="button" onClick={() => setMode("edit")}>
                  Edit
                </button>
                <button type="button" class="danger" onClick={() => setMode("end")}>
                  End…
                </button>
              </div>
            )
          )}
          {mode !== "end" && <ErrorMessage error={error} />}
        </>
      )}
    </article>
  );
}

function UpcomingVisits({ tasks, names }: { tasks: Task[]; names: Map<number, string> }) {
  const shown = tasks
    .filter((t) => t.status !== "cancelled")
    .sort((a, b) => a.window.start.localeCompare(b.window.start) || a.slot - b.slot);
  if (shown.length === 0) return <Empty title="No visits in the next two weeks">The client's arrangements have no visits planned yet.</Empty>;
  return (
    <div class="table-wrap">
      <table class="client-visits stack-on-phone">
        <caption class="visually-hidden">The client's visits in the next two weeks</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Window</th>
            <th scope="col">Visit</th>
            <th scope="col">Duration</th>
            <th scope="col">Status</th>
            <th scope="col">Caregiver</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((t) => (
            <tr data-task-id={t.id}>
              <td data-label="Day">{dateLabel(t.day)}</td>
              <td data-label="Window">
                {clock(t.window.start)}–{clock(t.window.end)}
              </td>
              <td data-label="Visit">
                {t.type}
                {t.mode === "digital" && <span class="badge digital"> ☎ digital</span>}
                {t.slot > 0 && <span class="badge"> 2nd caregiver</span>}
              </td>
              <td data-label="Duration">{minutes(t.duration_minutes)}</td>
              <td data-label="Status">
                {statusNames[t.status]}
                {t.at_risk && <strong class="risk-text"> ⚠ at risk</strong>}
              </td>
              <td data-label="Caregiver">{t.caregiver_id ? nameOf(names, t.caregiver_id) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
