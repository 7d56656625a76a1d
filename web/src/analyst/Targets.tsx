// The organisation's targets for its key figures (GET/PUT /v1/kpi-targets): the charts draw them
// as lines and the tiles name them; the analyst and the organisation admin set them here.
// Shares are typed as percentages and money in euros, with a decimal comma in Dutch ("87,5",
// "25,00"); an empty field is no target for that figure.
import { useState } from "preact/hooks";
import { put, type ApiError } from "../api";
import { inputDecimal } from "../format";
import { useT } from "../i18n/language";
import type { Schemas } from "../types";
import { Form, ownProblem } from "../formErrors";
import { Field, FormActions, Notice, asApiError } from "../ui";

export type KpiTargets = Schemas["KpiTargets"];

type Key = keyof KpiTargets;
// Each target's field: its label, and how the typed number becomes the API's value (a share from
// a percentage, cents from euros) and back.
const fields: { key: Key; label: string; toApi: (n: number) => number; fromApi: (v: number) => number }[] = [
  { key: "coverage", label: "kpis.target.coverage", toApi: (n) => n / 100, fromApi: (v) => v * 100 },
  { key: "punctuality", label: "kpis.target.punctuality", toApi: (n) => n / 100, fromApi: (v) => v * 100 },
  { key: "travel_share", label: "kpis.target.travel", toApi: (n) => n / 100, fromApi: (v) => v * 100 },
  { key: "cents_per_care_hour", label: "kpis.target.cost", toApi: (n) => Math.round(n * 100), fromApi: (v) => v / 100 },
];

export function TargetsForm({ targets, onSaved }: { targets: KpiTargets; onSaved: (t: KpiTargets) => void }) {
  const { t } = useT();
  const shown = (key: Key) => {
    const v = targets[key];
    const field = fields.find((f) => f.key === key);
    return v === null || !field ? "" : inputDecimal(field.fromApi(v), 2);
  };
  const [text, setText] = useState<Record<Key, string>>({
    coverage: shown("coverage"),
    punctuality: shown("punctuality"),
    travel_share: shown("travel_share"),
    cents_per_care_hour: shown("cents_per_care_hour"),
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const number = (key: Key) => Number(text[key].trim().replace(",", "."));
  const invalid = (key: Key) => text[key].trim() !== "" && !Number.isFinite(number(key));
  const unreadableText = t("kpis.target.invalid", { example: inputDecimal(87.5, 1) });

  async function save() {
    const unreadable = fields.find((f) => invalid(f.key));
    if (unreadable) {
      setError(ownProblem(unreadable.key, unreadableText));
      return;
    }
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const body = Object.fromEntries(
        fields.map((f) => [f.key, text[f.key].trim() === "" ? null : f.toApi(number(f.key))]),
      ) as KpiTargets;
      onSaved(await put<KpiTargets>("/v1/kpi-targets", body));
      setSaved(true);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details class="targets">
      <summary>{t("kpis.target.title")}</summary>
      <Form
        error={error}
        aria-label={t("kpis.target.title")}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p class="muted">{t("kpis.target.hint")}</p>
        <div class="target-fields">
          {fields.map((f) => (
            <Field
              key={f.key}
              label={t(f.label)}
              inputMode="decimal"
              value={text[f.key]}
              error={invalid(f.key) ? unreadableText : null}
              problem={f.key}
              onInput={(e) => setText({ ...text, [f.key]: e.currentTarget.value })}
            />
          ))}
        </div>
        {saved && <Notice kind="success">{t("kpis.target.saved")}</Notice>}
        <FormActions busy={busy} submitLabel={t("kpis.target.save")} />
      </Form>
    </details>
  );
}
