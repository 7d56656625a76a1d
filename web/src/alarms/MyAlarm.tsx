// The alarm a caregiver answers, on their phone: once they accepted it, the client's name, address
// and how to get in (the key-safe code, shown only now and audited), what the device observed, a
// link to navigate there, and the steps left: "I have arrived", then resolve it. Before accepting
// (opened from a link) it shows only what the offer says. Live: a step someone else took (the
// coordinator resolved it, or escalated it while they were on their way) shows at once.
import { useState } from "preact/hooks";
import { get, post, type ApiError } from "../api";
import { clock, kilometres } from "../format";
import { useLiveRefresh } from "../live";
import type { ScreenProps } from "../screenProps";
import { useSession } from "../session";
import { Empty, ErrorMessage, Field, Loaded, Notice, asApiError, fieldError, useLoad } from "../ui";
import { kindLabels, observationsText, priorityBadge, priorityLabels, statusText, type Alarm } from "./alarmText";
import "./alarms.css";

export function MyAlarm({ subpath }: ScreenProps) {
  const match = /^\/(\d+)$/.exec(subpath);
  if (!match) {
    return (
      <section class="my-alarm">
        <h1>Alarm</h1>
        <Empty title="No alarm for you now">
          An alarm offered to you appears on every screen, with a sound and a vibration where your phone allows.
        </Empty>
      </section>
    );
  }
  return <AlarmAnswer id={Number(match[1])} />;
}

function AlarmAnswer({ id }: { id: number }) {
  const { me } = useSession();
  const alarm = useLoad(() => get<Alarm>(`/v1/alarms/${id}`), [id]);
  useLiveRefresh(["alarm.changed", "alarm.offer_closed"], (e) => e.data.alarm_id === id, alarm.reload);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function act(action: "accept" | "decline" | "arrived" | "resolve") {
    setBusy(true);
    setError(null);
    try {
      await post(`/v1/alarms/${id}/${action}`, action === "resolve" ? { reason } : {});
      alarm.reload();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="my-alarm">
      <Loaded state={alarm} what="the alarm">
        {(a) => {
          const mine = a.caregiver_id === me.caregiver_id;
          const ownOffer = a.offers.find((o) => o.caregiver_id === me.caregiver_id);
          const onTheWay = mine && (a.status === "accepted" || a.status === "escalated");
          const answering = mine && (a.status === "accepted" || a.status === "on_site" || a.status === "escalated");
          return (
            <>
              <h1>
                {kindLabels[a.kind]} <span class={`badge ${priorityBadge[a.priority]}`}>{priorityLabels[a.priority]}</span>
              </h1>
              <p class={`alarm-state status-${a.status}`} data-testid="alarm-status">
                <strong>{mine && a.status === "accepted" ? "You are on your way" : statusText(a.status, a.escalation)}</strong>
              </p>
              {a.client ? (
                <div class="card alarm-client" data-testid="alarm-client">
                  <strong class="alarm-client-name">{a.client.name}</strong>
                  <div class="alarm-address">
                    {a.client.address}, {a.client.postcode}
                  </div>
                  {a.client.access_instructions && (
                    <p class="alarm-access">
                      <span class="label">How to get in</span> {a.client.access_instructions}
                    </p>
                  )}
                  {a.observations && Object.keys(a.observations).length > 0 && (
                    <p class="muted">
                      Observed:{" "}
                      {observationsText(a.observations)}
                    </p>
                  )}
                  {onTheWay && (
                    <div class="actions">
                      <a class="button primary" href={`geo:${a.client.lat},${a.client.lon}?q=${a.client.lat},${a.client.lon}`}>
                        Navigate
                      </a>
                      <a
                        class="button"
                        href={`https://www.openstreetmap.org/directions?route=%3B${a.client.lat}%2C${a.client.lon}`}
                        target="_blank"
                        rel="noopener noreferrer"
                      >
                        Route on OpenStreetMap
                      </a>
                    </div>
                  )}
                </div>
              ) : (
                <ul class="facts">
                  <li>Area {a.area}</li>
                  {ownOffer && <li>{kilometres(ownOffer.distance_metres)} away</li>}
                  {ownOffer && <li>there in about {ownOffer.predicted_minutes} min</li>}
                  <li>came in {clock(a.created_at)}</li>
                </ul>
              )}
              <ErrorMessage error={fieldError(error, "reason") ? null : error} />
              {ownOffer?.status === "offered" && a.status === "dispatching" && (
                <div class="actions">
                  <button type="button" class="primary" disabled={busy} onClick={() => void act("accept")}>
                    Accept
                  </button>
                  <button type="button" disabled={busy} onClick={() => void act("decline")}>
                    Decline
                  </button>
                </div>
              )}
              {onTheWay && (
                <div class="actions">
                  <button type="button" class="primary wide" disabled={busy} onClick={() => void act("arrived")}>
                    I have arrived
                  </button>
                </div>
              )}
              {answering && (
                <form
                  aria-label="Resolve the alarm"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void act("resolve");
                  }}
                >
                  <Field
                    label="What happened"
                    hint="for the timeline, e.g. helped up, no injury"
                    value={reason}
                    error={fieldError(error, "reason")}
                    onInput={(e) => setReason(e.currentTarget.value)}
                  />
                  <button type="submit" disabled={busy}>
                    Resolve
                  </button>
                </form>
              )}
              {a.status === "resolved" && <Notice kind="success">The alarm is resolved. Thank you.</Notice>}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
