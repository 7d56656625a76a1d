// What care staff set up for a client's alarms, on the client's page: how a responder gets in (a
// key-safe code, shown to a responder only once they accepted an alarm), the monitoring devices that
// may raise alarms, and the client's own first steps where the organisation's policy does not fit
// them (someone who cannot answer a phone: caregivers at once).
import { useState } from "preact/hooks";
import { get, post, put, type ApiError } from "../api";
import { firstStepLabels, kindLabels, priorityLabels, type Alarm, type FirstStep } from "../alarms/alarmText";
import { Form } from "../formErrors";
import { Field, Loaded, Notice, Select, asApiError, useLoad } from "../ui";
import type { Answer, Schemas } from "../types";
import { useT, translatedTable } from "../i18n/language";

type Device = Schemas["Device"];
type Steps = Schemas["ClientAlarmSteps"]["first_step"];

const deviceLabels: Record<Device["kind"], string> = translatedTable({
  "fall-detector": "device.fallDetector",
  "alarm-button": "device.alarmButton",
  "bed-sensor": "device.bedSensor",
  "door-sensor": "device.doorSensor",
  "activity-sensor": "device.activitySensor",
  "vital-sign-meter": "device.vitalSignMeter",
});

export function ClientAlarmSetup({ clientId }: { clientId: number }) {
  const { t } = useT();
  return (
    <div class="card client-alarm-setup">
      <h2>{t("setup.title")}</h2>
      <AccessInstructions clientId={clientId} />
      <Devices clientId={clientId} />
      <OwnSteps clientId={clientId} />
    </div>
  );
}

function AccessInstructions({ clientId }: { clientId: number }) {
  const access = useLoad(() => get<Answer<"/v1/clients/{id}/access">>(`/v1/clients/${clientId}/access`), [clientId]);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const { t } = useT();
  return (
    <Loaded state={access} what={t("setup.loadingAccess")}>
      {(a) => (
        <Form
          error={error}
          aria-label={t("setup.access")}
          onSubmit={async (e) => {
            e.preventDefault();
            setError(null);
            setSaved(false);
            try {
              await put(`/v1/clients/${clientId}/access`, { instructions: text ?? a.instructions });
              setSaved(true);
              access.reload();
            } catch (err) {
              setError(asApiError(err));
            }
          }}
        >
          <Field
            label={t("myAlarm.access")}
            hint={t("setup.accessHint")}
            value={text ?? a.instructions}
            problem="instructions"
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit">{t("setup.saveAccess")}</button>
          {saved && <p role="status">{t("setup.saved")}</p>}
        </Form>
      )}
    </Loaded>
  );
}

function Devices({ clientId }: { clientId: number }) {
  const devices = useLoad(() => get<Answer<"/v1/clients/{id}/devices">>(`/v1/clients/${clientId}/devices`), [clientId]);
  const [kind, setKind] = useState<Device["kind"]>("alarm-button");
  const [label, setLabel] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const { t } = useT();
  return (
    <>
      <h3>{t("setup.devices")}</h3>
      <Loaded state={devices} what={t("setup.loadingDevices")}>
        {(d) =>
          d.items.length === 0 ? (
            <p class="muted">{t("setup.noDevice")}</p>
          ) : (
            <ul class="facts">
              {d.items.map((x) => (
                <li key={x.id} data-device-id={x.id}>
                  {deviceLabels[x.kind]}: {x.label} <span class="muted">{t("setup.deviceId", { id: x.id })}</span>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <Form
        error={error}
        aria-label={t("setup.register")}
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          try {
            await post(`/v1/clients/${clientId}/devices`, { kind, label });
            setLabel("");
            devices.reload();
          } catch (err) {
            setError(asApiError(err));
          }
        }}
      >
        <Select
          label={t("setup.device")}
          value={kind}
          problem="kind"
          onChange={(e) => setKind(e.currentTarget.value as Device["kind"])}
          options={(Object.keys(deviceLabels) as Device["kind"][]).map((k) => ({ value: k, label: deviceLabels[k] }))}
        />
        <Field
          label={t("setup.where")}
          hint={t("setup.whereHint")}
          value={label}
          problem="label"
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
        <button type="submit">{t("setup.registerButton")}</button>
      </Form>
    </>
  );
}

function OwnSteps({ clientId }: { clientId: number }) {
  const steps = useLoad(
    () => get<Answer<"/v1/clients/{id}/alarm-steps">>(`/v1/clients/${clientId}/alarm-steps`),
    [clientId],
  );
  const [kind, setKind] = useState<Alarm["kind"]>("button");
  const [priority, setPriority] = useState<Alarm["priority"]>("high");
  const [step, setStep] = useState<FirstStep>("dispatch");
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { t } = useT();

  async function store(next: Steps) {
    setError(null);
    setSaved(null);
    try {
      await put(`/v1/clients/${clientId}/alarm-steps`, { first_step: next });
      setSaved(t("setup.stepsSaved"));
      steps.reload();
    } catch (err) {
      setError(asApiError(err));
    }
  }

  return (
    <>
      <h3>{t("setup.steps")}</h3>
      <Loaded state={steps} what={t("setup.loadingSteps")}>
        {(s) => {
          const pairs = Object.entries(s.first_step).flatMap(([k, byPriority]) =>
            Object.entries(byPriority).map(([q, st]) => ({ k, q, st })),
          );
          const without = (k: string, q: string): Steps => {
            const next: Steps = {};
            for (const p of pairs) {
              if (p.k === k && p.q === q) continue;
              next[p.k] = { ...(next[p.k] ?? {}), [p.q]: p.st };
            }
            return next;
          };
          return (
            <>
              {pairs.length === 0 ? (
                <p class="muted">{t("setup.noSteps")}</p>
              ) : (
                <ul class="facts">
                  {pairs.map((p) => (
                    <li key={`${p.k}-${p.q}`}>
                      {kindLabels[p.k as Alarm["kind"]] ?? p.k}, {priorityLabels[p.q as Alarm["priority"]] ?? p.q}:{" "}
                      {firstStepLabels[p.st as FirstStep] ?? p.st}{" "}
                      <button type="button" onClick={() => void store(without(p.k, p.q))}>
                        {t("availability.remove")}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              <Form
                error={error}
                aria-label={t("setup.addStep")}
                onSubmit={(e) => {
                  e.preventDefault();
                  const next = without(kind, priority);
                  next[kind] = { ...(next[kind] ?? {}), [priority]: step };
                  void store(next);
                }}
              >
                <Select
                  label={t("availability.kind")}
                  value={kind}
                  onChange={(e) => setKind(e.currentTarget.value as Alarm["kind"])}
                  options={(Object.keys(kindLabels) as Alarm["kind"][]).map((k) => ({ value: k, label: kindLabels[k] }))}
                />
                <Select
                  label={t("alarmOffer.priority")}
                  value={priority}
                  onChange={(e) => setPriority(e.currentTarget.value as Alarm["priority"])}
                  options={(Object.keys(priorityLabels) as Alarm["priority"][]).map((q) => ({ value: q, label: priorityLabels[q] }))}
                />
                <Select
                  label={t("setup.firstStep")}
                  value={step}
                  problem="first_step"
                  onChange={(e) => setStep(e.currentTarget.value as FirstStep)}
                  options={(Object.keys(firstStepLabels) as FirstStep[]).map((x) => ({ value: x, label: firstStepLabels[x] }))}
                />
                <button type="submit">{t("setup.setStep")}</button>
              </Form>
              {saved && <Notice kind="success">{saved}</Notice>}
            </>
          );
        }}
      </Loaded>
    </>
  );
}
