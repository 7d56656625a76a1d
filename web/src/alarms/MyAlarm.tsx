// The alarm a caregiver answers, on their phone: once they accepted it, the client's name, address
// and how to get in (the key-safe code, shown only now and audited), what the device observed, a
// link to navigate there, and the steps left: "I have arrived", then resolve it. Before accepting
// (opened from a link) it shows only what the offer says. Live: a step someone else took (the
// coordinator resolved it, or escalated it while they were on their way) shows at once.
import { useState } from "preact/hooks";
import { get, post, type ApiError } from "../api";
import { clock, kilometres } from "../format";
import { useT } from "../i18n/language";
import { useLiveRefresh } from "../live";
import type { ScreenProps } from "../screenProps";
import { useSession } from "../session";
import { Form } from "../formErrors";
import { Empty, ErrorMessage, Field, Loaded, Notice, asApiError, useLoad } from "../ui";
import { kindLabels, observationsText, priorityBadge, priorityLabels, statusText, type Alarm } from "./alarmText";
import "./alarms.css";

export function MyAlarm({ subpath }: ScreenProps) {
  const { t } = useT();
  const match = /^\/(\d+)$/.exec(subpath);
  if (!match) {
    return (
      <section class="my-alarm">
        <h1>{t("myAlarm.title")}</h1>
        <Empty title={t("myAlarm.none.title")}>{t("myAlarm.none.text")}</Empty>
      </section>
    );
  }
  return <AlarmAnswer id={Number(match[1])} />;
}

function AlarmAnswer({ id }: { id: number }) {
  const { t } = useT();
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
      <Loaded state={alarm} what={t("myAlarm.loading")}>
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
                <strong>{mine && a.status === "accepted" ? t("myAlarm.onYourWay") : statusText(a.status, a.escalation)}</strong>
              </p>
              {a.client ? (
                <div class="card alarm-client" data-testid="alarm-client">
                  <strong class="alarm-client-name">{a.client.name}</strong>
                  <div class="alarm-address">
                    {a.client.address}, {a.client.postcode}
                  </div>
                  {a.client.access_instructions && (
                    <p class="alarm-access">
                      <span class="label">{t("myAlarm.access")}</span> {a.client.access_instructions}
                    </p>
                  )}
                  {a.observations && Object.keys(a.observations).length > 0 && (
                    <p class="muted">
                      {t("myAlarm.observed", { what: observationsText(a.observations) })}
                    </p>
                  )}
                  {onTheWay && (
                    <div class="actions">
                      <a class="button primary" href={`geo:${a.client.lat},${a.client.lon}?q=${a.client.lat},${a.client.lon}`}>
                        {t("myAlarm.navigate")}
                      </a>
                      <a
                        class="button"
                        href={`https://www.openstreetmap.org/directions?route=%3B${a.client.lat}%2C${a.client.lon}`}
                        target="_blank"
                        rel="noopener noreferrer"
                      >
                        {t("myAlarm.osm")}
                      </a>
                    </div>
                  )}
                </div>
              ) : (
                <ul class="facts">
                  <li>{t("task.area", { area: a.area })}</li>
                  {ownOffer && <li>{t("alarmOffer.away", { distance: kilometres(ownOffer.distance_metres) })}</li>}
                  {ownOffer && <li>{t("alarmOffer.thereIn", { minutes: ownOffer.predicted_minutes })}</li>}
                  <li>{t("myAlarm.cameIn", { time: clock(a.created_at) })}</li>
                </ul>
              )}
              {!answering && <ErrorMessage error={error} />}
              {ownOffer?.status === "offered" && a.status === "dispatching" && (
                <div class="actions">
                  <button type="button" class="primary" disabled={busy} onClick={() => void act("accept")}>
                    {t("feed.offer.accept")}
                  </button>
                  <button type="button" disabled={busy} onClick={() => void act("decline")}>
                    {t("feed.offer.decline")}
                  </button>
                </div>
              )}
              {onTheWay && (
                <div class="actions">
                  <button type="button" class="primary wide" disabled={busy} onClick={() => void act("arrived")}>
                    {t("myAlarm.arrived")}
                  </button>
                </div>
              )}
              {answering && (
                <Form
                  error={error}
                  aria-label={t("myAlarm.resolveForm")}
                  onSubmit={(e) => {
                    e.preventDefault();
                    void act("resolve");
                  }}
                >
                  <Field
                    label={t("myAlarm.whatHappened")}
                    hint={t("myAlarm.whatHappenedHint")}
                    value={reason}
                    problem="reason"
                    onInput={(e) => setReason(e.currentTarget.value)}
                  />
                  <button type="submit" disabled={busy}>
                    {t("myAlarm.resolve")}
                  </button>
                </Form>
              )}
              {a.status === "resolved" && <Notice kind="success">{t("myAlarm.resolved")}</Notice>}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
