// A client's care record on the client's page: phone, emergency contact, the indication (the care
// granted a week and whether the Zvw, the Wlz, the Wmo or the client pays) and a summary of the care
// plan. Shown as facts; "Edit care record" opens the form, whose refusals stand at their fields.
import { useState } from "preact/hooks";
import { get, put, type ApiError } from "../api";
import { minutes } from "../format";
import { ErrorMessage, Field, Loaded, Notice, Select, asApiError, fieldError, useFieldId, useLoad } from "../ui";
import type { Answer, Schemas } from "../types";

type Care = Schemas["ClientCare"];

export const financingLabels: Record<NonNullable<Care["financing"]>, string> = {
  zvw: "Zvw (district nursing, through the health insurer)",
  wlz: "Wlz (long-term care)",
  wmo: "Wmo (support at home, through the municipality)",
  private: "Paid privately",
};

export function ClientCareRecord({ clientId }: { clientId: number }) {
  const care = useLoad(() => get<Answer<"/v1/clients/{id}/care-record">>(`/v1/clients/${clientId}/care-record`), [clientId]);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <div class="card client-care">
      <h2>Care record</h2>
      <Loaded state={care} what="the care record">
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
              {saved && <Notice kind="success">The care record was saved.</Notice>}
              <dl class="details-list">
                <dt>Phone</dt>
                <dd>{c.phone || <span class="muted">not set</span>}</dd>
                <dt>Emergency contact</dt>
                <dd>{c.emergency_contact || <span class="muted">not set</span>}</dd>
                <dt>Indication</dt>
                <dd data-testid="indication">
                  {c.indicated_minutes_week === null ? <span class="muted">not set</span> : `${minutes(c.indicated_minutes_week)} a week`}
                  {c.financing && ` · ${financingLabels[c.financing]}`}
                </dd>
                <dt>Care plan</dt>
                <dd class="care-plan">{c.care_plan || <span class="muted">not set</span>}</dd>
              </dl>
              <button
                type="button"
                onClick={() => {
                  setEditing(true);
                  setSaved(false);
                }}
              >
                Edit care record
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
  const [phone, setPhone] = useState(c.phone);
  const [contact, setContact] = useState(c.emergency_contact);
  const [financing, setFinancing] = useState<string>(c.financing ?? "");
  // Hours a week, with a decimal comma, as people write them ("7,5").
  const [hours, setHours] = useState(c.indicated_minutes_week === null ? "" : String(c.indicated_minutes_week / 60).replace(".", ","));
  const [plan, setPlan] = useState(c.care_plan);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const planId = useFieldId("care-plan");
  const hoursNumber = Number(hours.replace(",", "."));
  const hoursError = hours.trim() !== "" && !Number.isFinite(hoursNumber) ? "must be a number of hours, e.g. 7,5" : null;

  async function save() {
    if (hoursError) return;
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

  const planError = fieldError(error, "care_plan");
  const known = ["phone", "emergency_contact", "indicated_minutes_week", "care_plan"].some((f) => fieldError(error, f));
  return (
    <form
      aria-label="Care record"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label="Phone" type="tel" value={phone} error={fieldError(error, "phone")} onInput={(e) => setPhone(e.currentTarget.value)} />
      <Field
        label="Emergency contact"
        hint="a name and how to reach them"
        value={contact}
        error={fieldError(error, "emergency_contact")}
        onInput={(e) => setContact(e.currentTarget.value)}
      />
      <Field
        label="Indicated hours a week"
        inputMode="decimal"
        value={hours}
        error={hoursError ?? fieldError(error, "indicated_minutes_week")}
        onInput={(e) => setHours(e.currentTarget.value)}
      />
      <Select
        label="Financing"
        value={financing}
        onChange={(e) => setFinancing(e.currentTarget.value)}
        options={[
          { value: "", label: "Not set" },
          ...(Object.keys(financingLabels) as (keyof typeof financingLabels)[]).map((f) => ({ value: f, label: financingLabels[f] })),
        ]}
      />
      <div class="field">
        <label for={planId}>Care plan (summary)</label>
        <textarea
          id={planId}
          rows={4}
          value={plan}
          aria-invalid={planError ? "true" : undefined}
          onInput={(e) => setPlan(e.currentTarget.value)}
        />
        {planError && <small class="field-error">{planError}</small>}
      </div>
      {error && !known && <ErrorMessage error={error} />}
      <button type="submit" class="primary" disabled={busy}>
        Save care record
      </button>{" "}
      <button type="button" disabled={busy} onClick={() => props.onDone(false)}>
        Cancel
      </button>
    </form>
  );
}
