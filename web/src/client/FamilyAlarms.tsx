// The alarms on the family page, first (an informal contact asked must see it at once): that an
// alarm of the last day is being handled, and who goes; nothing when there was none. A family member who
// is one of the client's informal contacts (they hold a key) is asked here, live, to go: "I am
// going" or "I cannot come" before the time runs out (then the next contact, or caregivers, are
// asked); the one who goes reports arriving and says what happened.
import { useState } from "preact/hooks";
import { get, post, type ApiError } from "../api";
import { clock } from "../format";
import { useT, type Translate } from "../i18n/language";
import { useLiveRefresh } from "../live";
import { kindLabel, statusText } from "../alarms/alarmText";
import { Form } from "../formErrors";
import { ErrorMessage, Field, Loaded, Notice, asApiError, useLoad } from "../ui";
import type { Answer, Schemas } from "../types";

type FamilyAlarm = Schemas["FamilyAlarm"];

// Who goes, in words, as the family reads it.
function whoGoes(a: FamilyAlarm, t: Translate): string {
  if (a.mine) return a.status === "on_site" ? t("family.alarm.withThem") : t("myAlarm.onYourWay");
  if (a.contact_first_name) return t("family.alarm.contactGoing", { name: a.contact_first_name });
  if (a.caregiver_first_name) return t("family.alarm.caregiverGoing", { name: a.caregiver_first_name });
  if (a.status === "resolved") return t("family.alarm.handled");
  return t("family.alarm.careTeam");
}

export function FamilyAlarms() {
  const { t } = useT();
  const alarms = useLoad(() => get<Answer<"/v1/my/alarms">>("/v1/my/alarms"), []);
  useLiveRefresh(["alarm.contact_asked", "alarm.contact_closed", "alarm.changed"], () => true, alarms.reload);
  return (
    <Loaded state={alarms} what={t("family.alarm.loading")}>
      {(data) =>
        data.items.length === 0 ? null : (
          <section aria-labelledby="family-alarms">
            <h1 id="family-alarms">{t("family.alarm.title")}</h1>
            <ul class="cards family-alarms">
              {data.items.map((a) => (
                <FamilyAlarmCard key={a.id} alarm={a} onChanged={alarms.reload} />
              ))}
            </ul>
          </section>
        )
      }
    </Loaded>
  );
}

function FamilyAlarmCard({ alarm: a, onChanged }: { alarm: FamilyAlarm; onChanged: () => void }) {
  const { t } = useT();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const asked = a.my_request === "offered" && a.status === "informal_contacts";

  async function act(action: "accept" | "decline" | "arrived" | "resolve") {
    setBusy(true);
    setError(null);
    try {
      await post(`/v1/alarms/${a.id}/${action}`, action === "resolve" ? { reason } : {});
      onChanged();
    } catch (e) {
      setError(asApiError(e));
      onChanged();
    } finally {
      setBusy(false);
    }
  }

  return (
    <li class={`card family-alarm${asked ? " asked" : ""}`} data-alarm-id={a.id} data-testid="family-alarm">
      <strong>{kindLabel(a.kind)}</strong> <span class="muted">{t("family.alarm.at", { time: clock(a.created_at) })}</span>
      <div data-testid="family-alarm-status">
        {statusText(a.status)} · {whoGoes(a, t)}
      </div>
      {asked && (
        <div role="group" aria-label={t("family.alarm.canYouGo")}>
          <p>
            <strong>{t("family.alarm.canYouGo")}</strong>{" "}
            {a.answer_by ? t("family.alarm.answerBefore", { time: clock(a.answer_by) }) : t("family.alarm.answer")}
          </p>
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void act("accept")}>
              {t("family.alarm.going")}
            </button>
            <button type="button" disabled={busy} onClick={() => void act("decline")}>
              {t("family.alarm.cannot")}
            </button>
          </div>
        </div>
      )}
      {a.mine && a.status === "accepted" && (
        <div class="actions">
          <button type="button" class="primary wide" disabled={busy} onClick={() => void act("arrived")}>
            {t("myAlarm.arrived")}
          </button>
        </div>
      )}
      {a.mine && (a.status === "accepted" || a.status === "on_site") && (
        <Form
          error={error}
          aria-label={t("family.alarm.tell")}
          onSubmit={(e) => {
            e.preventDefault();
            void act("resolve");
          }}
        >
          <Field
            label={t("myAlarm.whatHappened")}
            hint={t("family.alarm.whatHint")}
            value={reason}
            problem="reason"
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          <button type="submit" disabled={busy}>
            {t("family.alarm.close")}
          </button>
        </Form>
      )}
      {!(a.mine && (a.status === "accepted" || a.status === "on_site")) && <ErrorMessage error={error} />}
      {a.my_request === "expired" && a.status !== "resolved" && !a.mine && (
        <Notice>{t("family.alarm.ranOut")}</Notice>
      )}
    </li>
  );
}
