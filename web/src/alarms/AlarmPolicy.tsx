// The organisation's triage policy for alarms, as its admin edits it: for each kind and priority
// the first step (a remote check, the client's informal contacts, or caregivers at once), where a
// failed remote check leads, and the timers. Saving stores a new version; alarms keep the version
// they were triaged by. The defaults follow social-alarm practice (docs/api.md, Alarms).
import { useEffect, useState } from "preact/hooks";
import { get, put, type ApiError } from "../api";
import { Form } from "../formErrors";
import { Field, Loaded, Notice, Select, asApiError, useLoad } from "../ui";
import type { Schemas } from "../types";
import { firstStepLabels, kindLabels, priorityLabels, type Alarm, type FirstStep } from "./alarmText";
import { useT } from "../i18n/language";
import "./alarms.css";

type Policy = Schemas["AlarmPolicy"];

const kinds = Object.keys(kindLabels) as Alarm["kind"][];
const priorities = Object.keys(priorityLabels) as Alarm["priority"][];

// The numbers an admin sets, with what each means.
// Each number of the policy; its label and hint are policy.number.<key> and policy.hint.<key>.
const numbers: (keyof Policy)[] = [
  "remote_check_minutes", "contact_minutes", "contact_arrival_minutes", "offers_per_round", "offer_minutes",
  "max_rounds", "coordinator_minutes", "arrival_minutes", "response_level", "on_site_minutes", "radius_metres",
];

export function AlarmPolicy() {
  const { t } = useT();
  const policy = useLoad(() => get<Policy>("/v1/alarm-policy"), []);
  return (
    <section class="alarm-policy">
      <h1>{t("nav.alarmPolicy")}</h1>
      <p class="muted">{t("policy.intro")}</p>
      <Loaded state={policy} what={t("policy.loading")}>
        {(p) => <PolicyForm policy={p} onSaved={policy.reload} />}
      </Loaded>
    </section>
  );
}

function PolicyForm({ policy, onSaved }: { policy: Policy; onSaved: () => void }) {
  const { t } = useT();
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
    <Form
      error={error}
      aria-label={t("nav.alarmPolicy")}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p data-testid="policy-version">
        {draft.version === 0 ? t("policy.default") : t("policy.version", { version: draft.version })}
      </p>
      <div class="table-wrap">
        <table class="policy-steps">
          <caption>{t("policy.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("availability.kind")}</th>
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
        label={t("policy.afterRemote")}
        value={draft.after_remote_check}
        problem="after_remote_check"
        onChange={(e) => setDraft({ ...draft, after_remote_check: e.currentTarget.value as Policy["after_remote_check"] })}
        options={[
          { value: "informal_contacts", label: t("policy.askContacts") },
          { value: "dispatch", label: t("policy.sendAtOnce") },
        ]}
      />
      <div class="policy-numbers">
        {numbers.map((n) => (
          <Field
            label={t(`policy.number.${n}`)}
            hint={t(`policy.hint.${n}`)}
            type="number"
            inputMode="numeric"
            value={String(draft[n])}
            problem={n}
            onInput={(e) => setDraft({ ...draft, [n]: Number(e.currentTarget.value) })}
          />
        ))}
      </div>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={draft.outcome_required}
          onChange={(e) => setDraft({ ...draft, outcome_required: e.currentTarget.checked })}
        />{" "}
        {t("policy.outcomeRequired")}
      </label>
      <button type="submit" class="primary" disabled={busy}>
        {t("policy.save")}
      </button>
      {saved !== null && <Notice kind="success">{t("policy.saved", { version: saved })}</Notice>}
    </Form>
  );
}
