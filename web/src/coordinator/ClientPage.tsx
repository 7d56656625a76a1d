// One client: the record (edit), the care arrangements (create, change, end), the visits the
// arrangements give over the next two weeks, the care record (phone, emergency contact, indication,
// care plan), how many faces the client saw, the informal contacts and the rest of what alarms need
// (access, devices, own first steps), and the care journey.
import { useEffect, useState } from "preact/hooks";
import { ApiError, del, get, post, put, query } from "../api";
import { addDays, clock, dateLabel, decimal, euros, minutes } from "../format";
import { DateField } from "../DateTimeFields";
import { useT } from "../i18n/language";
import { Link, navigate, useLocation } from "../router";
import { usePlatformToday, useSession } from "../session";
import { Form } from "../formErrors";
import { Empty, ErrorMessage, Loaded, Notice, asApiError, useLoad } from "../ui";
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
import { ClientMessages } from "../ClientMessages";
import { ClientCareRecord } from "./ClientCareRecord";
import { ClientContinuity } from "./ClientContinuity";
import { InformalContacts } from "./InformalContacts";

export function ClientPage({ clientId }: { clientId: number }) {
  const { t } = useT();
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
  const [notice, setNotice] = useState<string | null>(params.get("added") ? t("client.added") : null);
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
      setNotice(t("client.recordSaved"));
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
      setNotice(t("client.arrangementSaved", { id: created.id, count: created.tasks_created ?? 0 }));
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
        <Link href="/clients">‹ {t("client.all")}</Link>
      </p>
      <Loaded state={client} what={t("client.loading")}>
        {(c) => (
          <>
            <h1>{c.name}</h1>
            {notice && <Notice kind="success" takeFocus>{notice}</Notice>}
            {conflicts.length > 0 && <Conflicts tasks={conflicts} names={caregiverNames(visits.data?.[1] ?? [])} />}
            <div class="card">
              <h2>{t("client.record")}</h2>
              {editingRecord ? (
                <>
                  <ClientForm
                    client={c}
                    title={t("client.changeRecord")}
                    submitLabel={t("client.saveRecord")}
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
                    <dt>{t("client.address")}</dt>
                    <dd>
                      {c.address}, {c.postcode}
                    </dd>
                    <dt>{t("client.coordinates")}</dt>
                    <dd>
                      {decimal(c.lat, 5)}; {decimal(c.lon, 5)}
                    </dd>
                    <dt>{t("client.notes")}</dt>
                    <dd>{c.notes || <span class="muted">{t("client.none")}</span>}</dd>
                  </dl>
                  <button
                    type="button"
                    onClick={() => {
                      setEditingRecord(true);
                      setNotice(null);
                    }}
                  >
                    {t("client.editRecord")}
                  </button>
                </>
              )}
            </div>
          </>
        )}
      </Loaded>
      {client.data && (
        <>
          <h2>{t("client.arrangements")}</h2>
          <Loaded state={arrangements} what={t("client.loadingArrangements")}>
            {(list) => (
              <>
                {list.length === 0 && !creating && (
                  <Empty title={t("client.noArrangement.title")}>{t("client.noArrangement.text")}</Empty>
                )}
                {list.map((a) => (
                  <ArrangementCard key={a.id} arrangement={a} today={today} onChanged={changed} />
                ))}
              </>
            )}
          </Loaded>
          {creating ? (
            <div class="card">
              <ArrangementForm
                defaultFrom={today}
                submitLabel={t("client.saveArrangement")}
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
              {t("arrangement.new")}
            </button>
          )}
          <h2>{t("client.visits")}</h2>
          <Loaded state={visits} what={t("client.loadingVisits")}>
            {([tasks, caregivers]) => <UpcomingVisits tasks={tasks} names={caregiverNames(caregivers)} />}
          </Loaded>
          <ClientCareRecord clientId={clientId} />
          <ClientContinuity clientId={clientId} />
          <InformalContacts clientId={clientId} />
          <ClientMessages clientId={clientId} side="staff" />
          <ClientAlarmSetup clientId={clientId} />
          <h2>{t("journey.title")}</h2>
          <p class="muted">{t("client.journeyIntro")}</p>
          <Loaded state={journey} what={t("client.loadingJourney")}>
            {(j) => <JourneyTimeline journey={j} />}
          </Loaded>
        </>
      )}
    </section>
  );
}

function Conflicts({ tasks, names }: { tasks: Task[]; names: Map<number, string> }) {
  const { t } = useT();
  return (
    <div class="conflicts" role="status">
      <strong>{t("client.conflicts", { count: tasks.length })}</strong>
      <ul>
        {tasks.map((task) => (
          <li>
            {dateLabel(task.day)} {clock(task.window.start)} {task.type} –{" "}
            {task.caregiver_id ? nameOf(names, task.caregiver_id) : t("client.nobody")} ({task.conflict ?? t("client.conflict")})
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
  const { t } = useT();
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
        t("client.arrangementChanged", { id: a.id, version: saved.version, count: saved.tasks_created ?? 0 }) +
          (conflicts.length ? `; ${t("client.keptAsTheyWere", { count: conflicts.length })}` : "."),
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
        t("client.arrangementEnds", { id: a.id, date: dateLabel(saved.valid_to ?? lastDay) }),
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
        {t("client.arrangement", { id: a.id })}{" "}
        {ended ? (
          <span class="badge">{t("client.ended")}</span>
        ) : a.valid_to ? (
          <span class="badge warn">{t("client.endsAfter", { date: dateLabel(a.valid_to) })}</span>
        ) : (
          <span class="badge ok">{t("client.ongoing")}</span>
        )}
      </h3>
      <p class="muted">
        {a.valid_to
          ? t("client.fromUntil", { from: dateLabel(a.valid_from), to: dateLabel(a.valid_to) })
          : t("client.from", { from: dateLabel(a.valid_from) })}{" "}
        · {t("client.version", { version: a.version })}
      </p>
      {mode === "edit" ? (
        <>
          <ArrangementForm
            arrangement={a}
            defaultFrom={a.valid_from}
            submitLabel={t("client.saveChanges")}
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
            {a.tasks.map((ct) => (
              <li>
                <strong>{ct.type}</strong>:{" "}
                {ct.switch
                  ? t("client.switchVisit", {
                      within: minutes(ct.switch.within_minutes),
                      step: a.tasks.find((o) => o.key === ct.switch?.from)?.type ?? ct.switch.from,
                      when: ct.switch.on
                        .map((o) => (o === "missed" ? t("client.isMissed") : t("client.isOutOfRange")))
                        .join(` ${t("client.or")} `),
                    })
                  : t("client.scheduleWindow", {
                      schedule: describeSchedule(ct.rrule ?? undefined),
                      window: `${ct.window?.start}–${ct.window?.end}`,
                    })}
                ,{" "}
                {minutes(ct.duration_minutes)}, {t("client.level", { level: ct.level ?? 0 })}
                {ct.certificates?.length ? `, ${t("client.needs", { what: ct.certificates.map(certificateName).join(", ") })}` : ""}
                {ct.mode === "digital" && (
                  <>
                    {" "}
                    <span class="badge digital">☎ {t("journey.digital")}</span>
                  </>
                )}
                {(ct.staff ?? 1) > 1 && (
                  <>
                    {" "}
                    <span class="badge">{t("client.staff", { count: ct.staff })}</span>
                  </>
                )}
                {ct.pay_cents !== undefined && <span class="muted"> · {euros(ct.pay_cents)}</span>}
              </li>
            ))}
          </ul>
          {mode === "end" ? (
            <Form error={error} class="row" onSubmit={end} aria-label={t("client.endLabel", { id: a.id })}>
              <DateField label={t("client.lastDay")} value={lastDay} problem="last_day" onValue={setLastDay} />
              <button type="submit" class="danger" disabled={busy}>
                {t("client.endArrangement")}
              </button>
              <button type="button" onClick={() => setMode("view")}>
                {t("common.cancel")}
              </button>
            </Form>
          ) : (
            !ended && (
              <div class="actions">
                <button type="button" onClick={() => setMode("edit")}>
                  {t("client.edit")}
                </button>
                <button type="button" class="danger" onClick={() => setMode("end")}>
                  {t("client.end")}
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
  const { t } = useT();
  const shown = tasks
    .filter((task) => task.status !== "cancelled")
    .sort((a, b) => a.window.start.localeCompare(b.window.start) || a.slot - b.slot);
  if (shown.length === 0) return <Empty title={t("client.noVisits.title")}>{t("client.noVisits.text")}</Empty>;
  return (
    <div class="table-wrap">
      <table class="client-visits stack-on-phone">
        <caption class="visually-hidden">{t("client.visitsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("details.day")}</th>
            <th scope="col">{t("details.window")}</th>
            <th scope="col">{t("arrangement.visit")}</th>
            <th scope="col">{t("task.duration")}</th>
            <th scope="col">{t("client.status")}</th>
            <th scope="col">{t("role.caregiver")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((task) => (
            <tr data-task-id={task.id}>
              <td data-label={t("details.day")}>{dateLabel(task.day)}</td>
              <td data-label={t("details.window")}>
                {clock(task.window.start)}–{clock(task.window.end)}
              </td>
              <td data-label={t("arrangement.visit")}>
                {task.type}
                {task.mode === "digital" && <span class="badge digital"> ☎ {t("journey.digital")}</span>}
                {task.slot > 0 && <span class="badge"> {t("client.second")}</span>}
              </td>
              <td data-label={t("task.duration")}>{minutes(task.duration_minutes)}</td>
              <td data-label={t("client.status")}>
                {statusNames[task.status]}
                {task.at_risk && <strong class="risk-text"> ⚠ {t("board.atRisk")}</strong>}
              </td>
              <td data-label={t("role.caregiver")}>{task.caregiver_id ? nameOf(names, task.caregiver_id) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
