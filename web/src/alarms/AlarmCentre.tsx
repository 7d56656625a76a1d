// The alarm centre, for coordinators and on-call staff: the organisation's open alarms and those
// resolved in the last day, live (an alarm sent by an alarm centre or entered elsewhere appears
// without a reload), each with its running timers: how long since it came in, and how long until
// its next timed step. One alarm opened shows its client, the caregivers asked with their predicted
// arrival (on a map of their distances and in a table), its timeline, and the coordinator's
// actions: send caregivers now, or resolve it.
import { useState } from "preact/hooks";
import { get, post, type ApiError } from "../api";
import { caregiverNames, loadCaregivers } from "../coordinator/data";
import { clock, dateTime, kilometres, minutes } from "../format";
import { useT } from "../i18n/language";
import { useLiveRefresh } from "../live";
import { Link } from "../router";
import type { ScreenProps } from "../screenProps";
import { useSession } from "../session";
import type { Answer } from "../types";
import { Form } from "../formErrors";
import { Empty, ErrorMessage, Field, Loaded, Notice, asApiError, useLoad } from "../ui";
import { AlarmMap } from "./AlarmMap";
import {
  actorLabel,
  kindLabels,
  localMs,
  nextStepLabels,
  observationsText,
  offerStatusLabels,
  priorityBadge,
  priorityLabels,
  statusText,
  timer,
  type Alarm,
} from "./alarmText";
import { usePlatformClock } from "./clock";
import "./alarms.css";

const recentMs = 24 * 60 * 60 * 1000; // resolved alarms stay in the list this long

export function AlarmCentre({ subpath }: ScreenProps) {
  const { t } = useT();
  const { me } = useSession();
  const now = usePlatformClock();
  const match = /^\/(\d+)$/.exec(subpath);
  const selected = match ? Number(match[1]) : null;
  const list = useLoad(() => get<Answer<"/v1/alarms">>("/v1/alarms?open=false"), []);
  const caregivers = useLoad(() => loadCaregivers(me.organisation_id ?? 0), [me.organisation_id]);
  const names = caregiverNames(caregivers.data ?? []);
  useLiveRefresh(["alarm.changed"], () => true, list.reload);

  return (
    <section class="alarm-centre">
      <h1>{t("centre.title")}</h1>
      <Loaded state={list} what={t("family.alarm.loading")}>
        {({ items }) => {
          const open = items.filter((a) => a.status !== "resolved");
          const closed = items.filter((a) => a.status === "resolved" && now - localMs(a.created_at) < recentMs);
          return (
            <div class="alarm-panes">
              <div class="alarm-lists">
                <h2>
                  {t("centre.open")} <span class="badge danger">{open.length}</span>
                </h2>
                {open.length === 0 ? (
                  <Empty title={t("centre.noOpen.title")}>{t("centre.noOpen.text")}</Empty>
                ) : (
                  <AlarmList alarms={open} now={now} selected={selected} />
                )}
                <h2>{t("centre.resolved24")}</h2>
                {closed.length === 0 ? (
                  <p class="muted">{t("centre.none")}</p>
                ) : (
                  <AlarmList alarms={closed} now={now} selected={selected} />
                )}
              </div>
              <div class="alarm-detail-pane">
                {selected === null ? (
                  <Empty title={t("centre.choose.title")}>{t("centre.choose.text")}</Empty>
                ) : (
                  <AlarmDetail id={selected} now={now} names={names} onChanged={list.reload} />
                )}
              </div>
            </div>
          );
        }}
      </Loaded>
    </section>
  );
}

function AlarmList({ alarms, now, selected }: { alarms: Alarm[]; now: number; selected: number | null }) {
  const { t } = useT();
  return (
    <ul class="alarm-list" aria-label={t("nav.alarms")}>
      {alarms.map((a) => (
        <li class={`alarm-row priority-${a.priority} status-${a.status}`} data-alarm-id={a.id}>
          <Link href={`/alarms/${a.id}`} aria-current={a.id === selected ? "true" : undefined}>
            <span class="alarm-row-head">
              <span class={`badge ${priorityBadge[a.priority]}`}>{priorityLabels[a.priority]}</span>
              <strong>{kindLabels[a.kind]}</strong>
              <span class="muted">{t("centre.area", { area: a.area })}</span>
            </span>
            <span class="alarm-row-state">{statusText(a.status, a.escalation)}</span>
            <AlarmTimers alarm={a} now={now} />
          </Link>
        </li>
      ))}
    </ul>
  );
}

// Since the alarm came in, and until its next timed step (when one runs).
function AlarmTimers({ alarm, now }: { alarm: Alarm; now: number }) {
  const { t } = useT();
  if (alarm.status === "resolved") {
    return <span class="muted">{t("myAlarm.cameIn", { time: dateTime(alarm.created_at) })}</span>;
  }
  const next = alarm.due_at ? localMs(alarm.due_at) - now : null;
  return (
    <span class="alarm-timers">
      <span>
        {t("centre.for")} <strong class="timer" data-testid="alarm-age">{timer(now - localMs(alarm.created_at))}</strong>
      </span>
      {next !== null && (
        <span class={next <= 60_000 ? "timer-soon" : undefined}>
          {nextStepLabels[alarm.status] ?? t("centre.nextStep")}{" "}
          <strong class="timer" data-testid="alarm-next">{next > 0 ? timer(next) : t("timeline.now")}</strong>
        </span>
      )}
    </span>
  );
}

function AlarmDetail(props: { id: number; now: number; names: Map<number, string>; onChanged: () => void }) {
  const { id, now, names } = props;
  const { t } = useT();
  const alarm = useLoad(() => get<Alarm>(`/v1/alarms/${id}`), [id]);
  useLiveRefresh(["alarm.changed"], (e) => e.data.alarm_id === id, alarm.reload);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function act(action: "dispatch" | "resolve") {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await post(`/v1/alarms/${id}/${action}`, { reason });
      setReason("");
      setDone(action === "dispatch" ? t("centre.dispatched") : t("centre.resolved"));
      alarm.reload();
      props.onChanged();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Loaded state={alarm} what={t("myAlarm.loading")}>
      {(a) => {
        const place = a.client ? a.client.address : t("centre.area", { area: a.area });
        const mayDispatch = a.status === "remote_check" || a.status === "escalated" || a.status === "informal_contacts";
        return (
          <article class="alarm-detail" aria-labelledby="alarm-title">
            <h2 id="alarm-title">
              {kindLabels[a.kind]} <span class={`badge ${priorityBadge[a.priority]}`}>{priorityLabels[a.priority]}</span>
            </h2>
            <p class={`alarm-state status-${a.status}`} data-testid="alarm-status">
              <strong>{statusText(a.status, a.escalation)}</strong>
            </p>
            <AlarmTimers alarm={a} now={now} />
            <ul class="facts">
              <li>{t("centre.cameIn", { time: clock(a.created_at) })}</li>
              <li>{t("centre.observedAt", { time: clock(a.observed_at) })}</li>
              <li>{t("centre.policyVersion", { version: a.policy_version ?? 0 })}</li>
              {a.round ? <li>{t("centre.round", { round: a.round })}</li> : null}
            </ul>
            {a.client && (
              <div class="card alarm-client">
                <strong>{a.client.name}</strong>
                <div>
                  {a.client.address}, {a.client.postcode}
                </div>
                {a.client.access_instructions && <div class="muted">{t("centre.access", { access: a.client.access_instructions })}</div>}
                {a.observations && Object.keys(a.observations).length > 0 && (
                  <div class="muted">
                    {t("myAlarm.observed", { what: observationsText(a.observations) })}
                  </div>
                )}
              </div>
            )}
            {a.status !== "resolved" && (
              <Form
                error={error}
                class="alarm-actions"
                aria-label={t("centre.act")}
                onSubmit={(e) => {
                  e.preventDefault();
                  void act("resolve");
                }}
              >
                <Field
                  label={t("centre.reason")}
                  hint={t("centre.reasonHint")}
                  value={reason}
                  problem="reason"
                  onInput={(e) => setReason(e.currentTarget.value)}
                />
                <div class="actions">
                  {mayDispatch && (
                    <button type="button" class="primary" disabled={busy} onClick={() => void act("dispatch")}>
                      {t("centre.send")}
                    </button>
                  )}
                  <button type="submit" disabled={busy}>
                    {t("myAlarm.resolve")}
                  </button>
                </div>
              </Form>
            )}
            {a.status === "resolved" && <ErrorMessage error={error} />}
            {done && <Notice kind="success">{done}</Notice>}
            {(a.contacts ?? []).length > 0 && (
              <>
                <h3>{t("centre.contactsAsked")}</h3>
                <ol class="cards alarm-contacts">
                  {(a.contacts ?? []).map((q) => (
                    <li class="card" key={q.user_id} data-contact-id={q.user_id}>
                      <strong>{q.name}</strong> <span class="muted">{t("centre.contact", { position: q.position })}</span> ·{" "}
                      {offerStatusLabels[q.status]}
                      {q.answered_at ? ` ${clock(q.answered_at)}` : ` ${t("centre.since", { time: clock(q.asked_at) })}`}
                    </li>
                  ))}
                </ol>
              </>
            )}
            <h3>{t("centre.caregiversAsked")}</h3>
            {a.offers.length === 0 ? (
              <p class="muted">
                {a.status === "remote_check"
                  ? t("centre.nobody.remote")
                  : a.status === "informal_contacts"
                    ? t("centre.nobody.contacts")
                    : a.contact_user_id
                      ? t("centre.nobody.contactGoing")
                      : t("centre.nobody.plain")}
              </p>
            ) : (
              <div class="alarm-candidates">
                <AlarmMap offers={a.offers} names={names} place={place} />
                <div class="table-wrap">
                  <table>
                    <caption class="visually-hidden">{t("centre.caption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("role.caregiver")}</th>
                        <th scope="col">{t("centre.col.round")}</th>
                        <th scope="col">{t("centre.col.answer")}</th>
                        <th scope="col">{t("centre.col.arrives")}</th>
                        <th scope="col">{t("centre.col.distance")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {a.offers.map((o) => (
                        <tr data-caregiver-id={o.caregiver_id}>
                          <td>{names.get(o.caregiver_id) ?? t("alarm.actor.caregiver", { id: o.caregiver_id })}</td>
                          <td>{o.round}</td>
                          <td>
                            {offerStatusLabels[o.status]}
                            {o.answered_at ? ` ${clock(o.answered_at)}` : ""}
                          </td>
                          <td>{t("centre.about", { time: minutes(o.predicted_minutes) })}</td>
                          <td>{kilometres(o.distance_metres)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            )}
            <h3>{t("centre.timeline")}</h3>
            <ol class="alarm-timeline">
              {(a.timeline ?? []).map((s) => (
                <li>
                  <span class="visit-time">{clock(s.at)}</span> <strong>{t(`alarm.event.${s.event}`, { defaultValue: s.event.replace(/_/g, " ") })}</strong>{" "}
                  <span class="muted">· {actorLabel(s.actor, names)}</span>
                  {s.reason && <div>{s.reason}</div>}
                </li>
              ))}
            </ol>
          </article>
        );
      }}
    </Loaded>
  );
}
