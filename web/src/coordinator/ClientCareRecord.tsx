// A client's care record on the client's page: phone, emergency contact, the indication (the care
// granted a week and whether the Zvw, the Wlz, the Wmo or the client pays) and a summary of the care
// plan. Shown as facts; "Edit care record" opens the form, whose refusals stand at their fields.
import { useState } from "preact/hooks";
import { get, put, type ApiError } from "../api";
import { minutes } from "../format";
import { Form, ownProblem } from "../formErrors";
import { Field, Loaded, Notice, Select, TextArea, asApiError, useLoad } from "../ui";
import type { Answer, Schemas } from "../types";
import { useT, translatedTable } from "../i18n/language";
import { inputDecimal } from "../format";

type Care = Schemas["ClientCare"];

export const financingLabels: Record<NonNullable<Care["financing"]>, string> = translatedTable({
  zvw: "care.financing.zvw",
  wlz: "care.financing.wlz",
  wmo: "care.financing.wmo",
  private: "care.financing.private",
});

export function ClientCareRecord({ clientId }: { clientId: number }) {
  const { t } = useT();
  const care = useLoad(() => get<Answer<"/v1/clients/{id}/care-record">>(`/v1/clients/${clientId}/care-record`), [clientId]);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <div class="card client-care">
      <h2>{t("care.title")}</h2>
      <Loaded state={care} what={t("care.loading")}>
        {(c) =>
          editing ? (
            <CareForm
              clientId={clientId}
              care={c}
              onDone={(changed) => {
                setEditing(false);
                setSaved(changed);
                if (changed) care.reload();
              }}
            />
          ) : (
            <>
              {saved && <Notice kind="success">{t("care.saved")}</Notice>}
              <dl class="details-list">
                <dt>{t("care.phone")}</dt>
                <dd>{c.phone || <span class="muted">{t("care.notSet")}</span>}</dd>
                <dt>{t("care.emergency")}</dt>
                <dd>{c.emergency_contact || <span class="muted">{t("care.notSet")}</span>}</dd>
                <dt>{t("care.indication")}</dt>
                <dd data-testid="indication">
                  {c.indicated_minutes_week === null ? (
                    <span class="muted">{t("care.notSet")}</span>
                  ) : (
                    t("care.perWeek", { time: minutes(c.indicated_minutes_week) })
                  )}
                  {c.financing && ` · ${financingLabels[c.financing]}`}
                </dd>
                <dt>{t("care.plan")}</dt>
                <dd class="care-plan">{c.care_plan || <span class="muted">{t("care.notSet")}</span>}</dd>
              </dl>
              <button
                type="button"
                onClick={() => {
                  setEditing(true);
                  setSaved(false);
                }}
              >
                {t("care.edit")}
              </button>
            </>
          )
        }
      </Loaded>
    </div>
  );
}

function CareForm(props: { clientId: number; care: Care; onDone: (changed: boolean) => void }) {
  const c = props.care;
  const { t } = useT();
  const [phone, setPhone] = useState(c.phone);
  const [contact, setContact] = useState(c.emergency_contact);
  const [financing, setFinancing] = useState<string>(c.financing ?? "");
  // Hours a week, with a decimal comma, as people write them ("7,5").
  const [hours, setHours] = useState(c.indicated_minutes_week === null ? "" : inputDecimal(c.indicated_minutes_week / 60, 2));
  const [plan, setPlan] = useState(c.care_plan);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const hoursNumber = Number(hours.replace(",", "."));
  const hoursError = hours.trim() !== "" && !Number.isFinite(hoursNumber) ? t("care.hoursInvalid", { example: inputDecimal(7.5, 1) }) : null;

  async function save() {
    if (hoursError) {
      setError(ownProblem("indicated_minutes_week", hoursError));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await put(`/v1/clients/${props.clientId}/care-record`, {
        phone,
        emergency_contact: contact,
        financing: financing || null,
        indicated_minutes_week: hours.trim() === "" ? null : Math.round(hoursNumber * 60),
        care_plan: plan,
      });
      props.onDone(true);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form
      error={error}
      aria-label={t("care.title")}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label={t("care.phone")} type="tel" value={phone} problem="phone" onInput={(e) => setPhone(e.currentTarget.value)} />
      <Field
        label={t("care.emergency")}
        hint={t("care.emergencyHint")}
        value={contact}
        problem="emergency_contact"
        onInput={(e) => setContact(e.currentTarget.value)}
      />
      <Field
        label={t("care.hours")}
        inputMode="decimal"
        value={hours}
        error={hoursError}
        problem="indicated_minutes_week"
        onInput={(e) => setHours(e.currentTarget.value)}
      />
      <Select
        label={t("care.financing.label")}
        value={financing}
        problem="financing"
        onChange={(e) => setFinancing(e.currentTarget.value)}
        options={[
          { value: "", label: t("care.notSetOption") },
          ...(Object.keys(financingLabels) as (keyof typeof financingLabels)[]).map((f) => ({ value: f, label: financingLabels[f] })),
        ]}
      />
      <TextArea label={t("care.planSummary")} rows={4} value={plan} problem="care_plan" onInput={(e) => setPlan(e.currentTarget.value)} />
      <button type="submit" class="primary" disabled={busy}>
        {t("care.save")}
      </button>{" "}
      <button type="button" disabled={busy} onClick={() => props.onDone(false)}>
        {t("common.cancel")}
      </button>
    </Form>
  );
}
