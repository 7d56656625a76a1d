// The alarm centre, for coordinators and on-call staff: the organisation's open alarms and those
// resolved in the last day, live (an alarm sent by an alarm centre or entered elsewhere appears
// without a reload), each with its running timers: how long since it came in, and how long until
// its next timed step. One alarm opened shows its client, the caregivers asked with their predicted
// arrival (on a map of their distances and in a table), its timeline, and the coordinator's
// actions: send caregivers now, or resolve it.
import { useState } from "preact/hooks";
import { get, post, type ApiError } from "../api";
import { caregiverNames, loadCaregivers } from "../coordinator/data";
import { clock, dateLabel, day, kilometres } from "../format";
import { useLiveRefresh } from "../live";
import { Link } from "../router";
import type { ScreenProps } from "../screenProps";
import { useSession } from "../session";
import type { Answer } from "../types";
import { Empty, ErrorMessage, Field, Loaded, Notice, asApiError, fieldError, useLoad } from "../ui";
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
      <h1>Alarm centre</h1>
      <Loaded state={list} what="the alarms">
        {({ items }) => {
          const open = items.filter((a) => a.status !== "resolved");
          const closed = items.filter((a) => a.status === "resolved" && now - localMs(a.created_at) < recentMs);
          return (
            <div class="alarm-panes">
              <div class="alarm-lists">
                <h2>
                  Open <span class="badge danger">{open.length}</span>
                </h2>
                {open.length === 0 ? (
                  <Empty title="No open alarms">New alarms appear here as they come in.</Empty>
                ) : (
                  <AlarmList alarms={open} now={now} selected={selected} />
                )}
                <h2>Resolved in the last 24 hours</h2>
                {closed.length === 0 ? (
                  <p class="muted">None.</p>
                ) : (
                  <AlarmList alarms={closed} now={now} selected={selected} />
                )}
              </div>
              <div class="alarm-detail-pane">
                {selected === null ? (
                  <Empty title="Choose an alarm">Its client, the caregivers asked and its timeline show here.</Empty>
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
  return (
    <ul class="alarm-list" aria-label="Alarms">
      {alarms.map((a) => (
        <li class={`alarm-row priority-${a.priority} status-${a.status}`} data-alarm-id={a.id}>
          <Link href={`/alarms/${a.id}`} aria-current={a.id === selected ? "true" : undefined}>
            <span class="alarm-row-head">
              <span class={`badge ${priorityBadge[a.priority]}`}>{priorityLabels[a.priority]}</span>
              <strong>{kindLabels[a.kind]}</strong>
              <span class="muted">area {a.area}</span>
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
  if (alarm.status === "resolved") {
    return <span class="muted">came in {dateLabel(day(alarm.created_at))} {clock(alarm.created_at)}</span>;
  }
  const next = alarm.due_at ? localMs(alarm.due_at) - now : null;
  return (
    <span class="alarm-timers">
      <span>
        in <strong class="timer" data-testid="alarm-age">{timer(now - localMs(alarm.created_at))}</strong>
      </span>
      {next !== null && (
        <span class={next <= 60_000 ? "timer-soon" : undefined}>
          {nextStepLabels[alarm.status] ?? "next step"}{" "}
          <strong class="timer" data-testid="alarm-next">{next > 0 ? timer(next) : "now"}</strong>
        </span>
      )}
    </span>
  );
}

function AlarmDetail(props: { id: number; now: number; names: Map<number, string>; onChanged: () => void }) {
  const { id, now, names } = props;
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
      setDone(action === "dispatch" ? "Caregivers are being asked." : "The alarm is resolved.");
      alarm.reload();
      props.onChanged();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Loaded state={alarm} what="the alarm">
      {(a) => {
        const place = a.client ? a.client.address : `area ${a.area}`;
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
              <li>Came in {clock(a.created_at)}</li>
              <li>Observed {clock(a.observed_at)}</li>
              <li>Policy version {a.policy_version ?? 0}</li>
              {a.round ? <li>Round {a.round}</li> : null}
            </ul>
            {a.client && (
              <div class="card alarm-client">
                <strong>{a.client.name}</strong>
                <div>
                  {a.client.address}, {a.client.postcode}
                </div>
                {a.client.access_instructions && <div class="muted">Access: {a.client.access_instructions}</div>}
                {a.observations && Object.keys(a.observations).length > 0 && (
                  <div class="muted">
                    Observed:{" "}
                    {observationsText(a.observations)}
                  </div>
                )}
              </div>
            )}
            {a.status !== "resolved" && (
              <form
                class="alarm-actions"
                aria-label="Act on the alarm"
                onSubmit={(e) => {
                  e.preventDefault();
                  void act("resolve");
                }}
              >
                <Field
                  label="Reason"
                  hint="for the timeline: what you found, or why you send someone"
                  value={reason}
                  error={fieldError(error, "reason")}
                  onInput={(e) => setReason(e.currentTarget.value)}
                />
                <div class="actions">
                  {mayDispatch && (
                    <button type="button" class="primary" disabled={busy} onClick={() => void act("dispatch")}>
                      Send caregivers now
                    </button>
                  )}
                  <button type="submit" disabled={busy}>
                    Resolve
                  </button>
                </div>
              </form>
            )}
            {!fieldError(error, "reason") && <ErrorMessage error={error} />}
            {done && <Notice kind="success">{done}</Notice>}
            {(a.contacts ?? []).length > 0 && (
              <>
                <h3>Informal contacts asked</h3>
                <ol class="cards alarm-contacts">
                  {(a.contacts ?? []).map((q) => (
                    <li class="card" key={q.user_id} data-contact-id={q.user_id}>
                      <strong>{q.name}</strong> <span class="muted">(contact {q.position})</span> ·{" "}
                      {offerStatusLabels[q.status]}
                      {q.answered_at ? ` ${clock(q.answered_at)}` : ` since ${clock(q.asked_at)}`}
                    </li>
                  ))}
                </ol>
              </>
            )}
            <h3>Caregivers asked</h3>
            {a.offers.length === 0 ? (
              <p class="muted">
                Nobody has been asked
                {a.status === "remote_check"
                  ? " yet: the remote check comes first"
                  : a.status === "informal_contacts"
                    ? " yet: the client's informal contacts come first"
                    : a.contact_user_id
                      ? ": an informal contact is going"
                      : ""}
                .
              </p>
            ) : (
              <div class="alarm-candidates">
                <AlarmMap offers={a.offers} names={names} place={place} />
                <div class="table-wrap">
                  <table>
                    <caption class="visually-hidden">Caregivers asked, soonest arrival first per round</caption>
                    <thead>
                      <tr>
                        <th scope="col">Caregiver</th>
                        <th scope="col">Round</th>
                        <th scope="col">Answer</th>
                        <th scope="col">Arrives in</th>
                        <th scope="col">Distance</th>
                      </tr>
                    </thead>
                    <tbody>
                      {a.offers.map((o) => (
                        <tr data-caregiver-id={o.caregiver_id}>
                          <td>{names.get(o.caregiver_id) ?? `Caregiver ${o.caregiver_id}`}</td>
                          <td>{o.round}</td>
                          <td>
                            {offerStatusLabels[o.status]}
                            {o.answered_at ? ` ${clock(o.answered_at)}` : ""}
                          </td>
                          <td>about {o.predicted_minutes} min</td>
                          <td>{kilometres(o.distance_metres)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            )}
            <h3>Timeline</h3>
            <ol class="alarm-timeline">
              {(a.timeline ?? []).map((s) => (
                <li>
                  <span class="visit-time">{clock(s.at)}</span> <strong>{s.event.replace(/_/g, " ")}</strong>{" "}
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
