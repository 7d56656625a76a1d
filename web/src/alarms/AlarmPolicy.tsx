// The organisation's triage policy for alarms, as its admin edits it: for each kind and priority
// the first step (a remote check, the client's informal contacts, or caregivers at once), where a
// failed remote check leads, and the timers. Saving stores a new version; alarms keep the version
// they were triaged by. The defaults follow social-alarm practice (docs/api.md, Alarms).
import { useEffect, useState } from "preact/hooks";
import { get, put, type ApiError } from "../api";
import { ErrorMessage, Field, Loaded, Notice, Select, asApiError, fieldError, useLoad } from "../ui";
import type { Schemas } from "../types";
import { firstStepLabels, kindLabels, priorityLabels, type Alarm, type FirstStep } from "./alarmText";
import "./alarms.css";

type Policy = Schemas["AlarmPolicy"];

const kinds = Object.keys(kindLabels) as Alarm["kind"][];
const priorities = Object.keys(priorityLabels) as Alarm["priority"][];

// The numbers an admin sets, with what each means.
const numbers: { key: keyof Policy; label: string; hint: string }[] = [
  { key: "remote_check_minutes", label: "Remote check: minutes to answer", hint: "then the next step" },
  { key: "contact_minutes", label: "Informal contact: minutes to accept", hint: "then the next contact" },
  { key: "contact_arrival_minutes", label: "Informal contact: minutes to be on site", hint: "then caregivers are sent" },
  { key: "offers_per_round", label: "Caregivers asked at once", hint: "1 to 50" },
  { key: "offer_minutes", label: "Minutes to accept an offer", hint: "then the next caregivers" },
  { key: "max_rounds", label: "Rounds of offers", hint: "then the coordinator on call" },
  { key: "coordinator_minutes", label: "Coordinator: minutes to act", hint: "then advise 112" },
  { key: "arrival_minutes", label: "Caregiver: minutes to be on site", hint: "then the coordinator on call" },
  { key: "response_level", label: "Least level that answers", hint: "0 to 6" },
  { key: "on_site_minutes", label: "Minutes on site counted in a day", hint: "for the visits made late" },
  { key: "radius_metres", label: "Radius in metres", hint: "caregivers further away are not asked" },
];

export function AlarmPolicy() {
  const policy = useLoad(() => get<Policy>("/v1/alarm-policy"), []);
  return (
    <section class="alarm-policy">
      <h1>Alarm policy</h1>
      <p class="muted">
        What happens to an alarm: the first step per kind and priority, and how long each step may take. Saving makes a new
        version; alarms keep the version they were triaged by.
      </p>
      <Loaded state={policy} what="the alarm policy">
        {(p) => <PolicyForm policy={p} onSaved={policy.reload} />}
      </Loaded>
    </section>
  );
}

function PolicyForm({ policy, onSaved }: { policy: Policy; onSaved: () => void }) {
  const [draft, setDraft] = useState<Policy>(policy);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  useEffect(() => setDraft(policy), [policy]);

  const setStep = (kind: string, priority: string, step: FirstStep) =>
    setDraft({ ...draft, first_step: { ...draft.first_step, [kind]: { ...draft.first_step[kind], [priority]: step } } });

  async function save() {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const { version: _version, ...body } = draft;
      const stored = await put<Policy>("/v1/alarm-policy", body);
      setSaved(stored.version);
      onSaved();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      aria-label="Alarm policy"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p data-testid="policy-version">
        {draft.version === 0 ? "The platform's default (never changed)" : `Version ${draft.version}`}
      </p>
      <div class="table-wrap">
        <table class="policy-steps">
          <caption>First step per kind and priority</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              {priorities.map((q) => (
                <th scope="col">{priorityLabels[q]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr>
                <th scope="row">{kindLabels[k]}</th>
                {priorities.map((q) => (
                  <td>
                    <select
                      aria-label={`${kindLabels[k]}, ${priorityLabels[q]}`}
                      value={draft.first_step[k]?.[q] ?? "remote_check"}
                      onChange={(e) => setStep(k, q, e.currentTarget.value as FirstStep)}
                    >
                      {(Object.keys(firstStepLabels) as FirstStep[]).map((s) => (
                        <option value={s}>{firstStepLabels[s]}</option>
                      ))}
                    </select>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Select
        label="When a remote check fails"
        value={draft.after_remote_check}
        onChange={(e) => setDraft({ ...draft, after_remote_check: e.currentTarget.value as Policy["after_remote_check"] })}
        options={[
          { value: "informal_contacts", label: "Ask the informal contacts, then caregivers" },
          { value: "dispatch", label: "Send caregivers at once" },
        ]}
      />
      <div class="policy-numbers">
        {numbers.map((n) => (
          <Field
            label={n.label}
            hint={n.hint}
            type="number"
            inputMode="numeric"
            value={String(draft[n.key])}
            error={fieldError(error, n.key)}
            onInput={(e) => setDraft({ ...draft, [n.key]: Number(e.currentTarget.value) })}
          />
        ))}
      </div>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={draft.outcome_required}
          onChange={(e) => setDraft({ ...draft, outcome_required: e.currentTarget.checked })}
        />{" "}
        Every resolve names its outcome
      </label>
      <button type="submit" class="primary" disabled={busy}>
        Save as a new version
      </button>
      {error && !numbers.some((n) => fieldError(error, n.key)) && <ErrorMessage error={error} />}
      {saved !== null && <Notice kind="success">Saved as version {saved}.</Notice>}
    </form>
  );
}
