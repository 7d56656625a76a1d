// The alarms on the family page, first (an informal contact asked must see it at once): that an
// alarm of the last day is being handled, and who goes; nothing when there was none. A family member who
// is one of the client's informal contacts (they hold a key) is asked here, live, to go: "I am
// going" or "I cannot come" before the time runs out (then the next contact, or caregivers, are
// asked); the one who goes reports arriving and says what happened.
import { useState } from "preact/hooks";
import { get, post, type ApiError } from "../api";
import { clock } from "../format";
import { useLiveRefresh } from "../live";
import { kindLabel, statusText } from "../alarms/alarmText";
import { ErrorMessage, Field, Loaded, Notice, asApiError, fieldError, useLoad } from "../ui";
import type { Answer, Schemas } from "../types";

type FamilyAlarm = Schemas["FamilyAlarm"];

// Who goes, in words, as the family reads it.
function whoGoes(a: FamilyAlarm): string {
  if (a.mine) return a.status === "on_site" ? "You are with them" : "You are on your way";
  if (a.contact_first_name) return `${a.contact_first_name} is going`;
  if (a.caregiver_first_name) return `${a.caregiver_first_name} (caregiver) is going`;
  if (a.status === "resolved") return "Handled";
  return "Being handled by the care team";
}

export function FamilyAlarms() {
  const alarms = useLoad(() => get<Answer<"/v1/my/alarms">>("/v1/my/alarms"), []);
  useLiveRefresh(["alarm.contact_asked", "alarm.contact_closed", "alarm.changed"], () => true, alarms.reload);
  return (
    <Loaded state={alarms} what="the alarms">
      {(data) =>
        data.items.length === 0 ? null : (
          <section aria-labelledby="family-alarms">
            <h1 id="family-alarms">Alarms</h1>
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
      <strong>{kindLabel(a.kind)}</strong> <span class="muted">at {clock(a.created_at)}</span>
      <div data-testid="family-alarm-status">
        {statusText(a.status)} · {whoGoes(a)}
      </div>
      {asked && (
        <div role="group" aria-label="Can you go?">
          <p>
            <strong>Can you go?</strong> You hold a key. Please answer{a.answer_by ? ` before ${clock(a.answer_by)}` : ""}; if
            you cannot, the next contact or a caregiver is asked.
          </p>
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void act("accept")}>
              I am going
            </button>
            <button type="button" disabled={busy} onClick={() => void act("decline")}>
              I cannot come
            </button>
          </div>
        </div>
      )}
      {a.mine && a.status === "accepted" && (
        <div class="actions">
          <button type="button" class="primary wide" disabled={busy} onClick={() => void act("arrived")}>
            I have arrived
          </button>
        </div>
      )}
      {a.mine && (a.status === "accepted" || a.status === "on_site") && (
        <form
          aria-label="Tell what happened"
          onSubmit={(e) => {
            e.preventDefault();
            void act("resolve");
          }}
        >
          <Field
            label="What happened"
            hint="for the care team, e.g. helped her up, no injury"
            value={reason}
            error={fieldError(error, "reason")}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          <button type="submit" disabled={busy}>
            Done: close the alarm
          </button>
        </form>
      )}
      {!fieldError(error, "reason") && <ErrorMessage error={error} />}
      {a.my_request === "expired" && a.status !== "resolved" && !a.mine && (
        <Notice>Your time to answer ran out: someone else is asked.</Notice>
      )}
    </li>
  );
}
