// Creating or changing a care arrangement: its validity and one or more care tasks (what, when in the
// week, the window, duration, level, certificates, physical or digital, one or two caregivers, pay).
// The server checks everything; its reason shows next to the field it names ("tasks[0].window"),
// through the one Form of every form (formErrors.tsx).
// A physical task may instead stand in for a digital one when its step fails (blended care: a video
// contact not answered, measurements out of range): it then has no schedule or window of its own,
// only how soon the visit must start.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError } from "../api";
import { DateField, TimeField } from "../DateTimeFields";
import { inputDecimal } from "../format";
import { useT } from "../i18n/language";
import { Form, problemAt } from "../formErrors";
import { Field, FieldGroup, FormActions, Select, useFieldId } from "../ui";
import { certificateCodes, certificateName, type Arrangement, type ArrangedCareTask, type ArrangementInput, type CareTask } from "./data";
import { scheduleBody, scheduleFromRrule, weekdays, type Schedule } from "./schedule";

interface TaskDraft {
  key: string;
  type: string;
  schedule: Schedule;
  start: string;
  end: string;
  duration: string;
  level: string;
  certificates: string[];
  mode: "physical" | "digital";
  staff: string;
  pay: string; // euros, empty: the server's standard rate
  // The stored pay belongs to the stored level and duration: when those change and the pay was
  // not touched, the server's standard rate for the new ones applies instead of the old amount.
  payEdited: boolean;
  stored?: { level: string; duration: string };
  after: string | null;
  // A contingent task: the digital task it stands in for, on which outcomes, within how many hours.
  switchFrom: string | null;
  switchOn: SwitchTrigger[];
  withinHours: string;
}

type SwitchTrigger = NonNullable<CareTask["switch"]>["on"][number];

const switchTriggers: { value: SwitchTrigger; key: string }[] = [
  { value: "missed", key: "arrangement.trigger.missed" },
  { value: "out_of_range", key: "arrangement.trigger.outOfRange" },
];

// Suggestions for the type of care (free text: the coordinator may type any), in the language
// of the moment.
const commonTypes = [
  "careType.morning", "careType.evening", "careType.medication", "careType.insulin", "careType.wound",
  "careType.shower", "careType.showerHoist", "careType.video", "careType.company",
];

// A stored care task as the form edits it: its schedule comes back as an RRULE even when it was
// set as weekly days, and every default is filled in.
function draftOf(task: ArrangedCareTask): TaskDraft {
  return {
    key: task.key,
    type: task.type,
    schedule: task.rrule ? scheduleFromRrule(task.rrule) : { kind: "daily", days: [], everyWeeks: 1, rrule: "" },
    start: task.window?.start ?? "08:00",
    end: task.window?.end ?? "10:00",
    duration: String(task.duration_minutes),
    level: String(task.level),
    certificates: task.certificates,
    mode: task.mode,
    staff: String(task.staff),
    pay: inputDecimal(task.pay_cents / 100, 2),
    payEdited: false,
    stored: { level: String(task.level), duration: String(task.duration_minutes) },
    after: task.after,
    switchFrom: task.switch?.from ?? null,
    switchOn: task.switch?.on ?? ["missed"],
    withinHours: task.switch ? inputDecimal(task.switch.within_minutes / 60, 2) : "4",
  };
}

function newDraft(key: string): TaskDraft {
  return {
    key,
    type: "",
    schedule: { kind: "weekly", days: [], everyWeeks: 1, rrule: "" },
    start: "08:00",
    end: "10:00",
    duration: "30",
    level: "2",
    certificates: [],
    mode: "physical",
    staff: "1",
    pay: "",
    payEdited: false,
    after: null,
    switchFrom: null,
    switchOn: ["missed"],
    withinHours: "4",
  };
}

// A number field's value as a number when it is one; otherwise as typed, so the server names it.
function numberOr(text: string): number | string {
  const n = Number(text.replace(",", "."));
  return text.trim() !== "" && Number.isFinite(n) ? n : text;
}

function bodyOf(d: TaskDraft): CareTask & Record<string, unknown> {
  const hours = numberOr(d.withinHours);
  const when =
    d.switchFrom !== null
      ? {
          switch: {
            from: d.switchFrom,
            on: d.switchOn,
            within_minutes: (typeof hours === "number" ? Math.round(hours * 60) : hours) as number,
          },
        }
      : { ...scheduleBody(d.schedule), window: { start: d.start, end: d.end } };
  const body: CareTask & Record<string, unknown> = {
    key: d.key,
    type: d.type.trim(),
    ...when,
    duration_minutes: numberOr(d.duration) as number,
    level: Number(d.level),
    certificates: certificateCodes.filter((c) => d.certificates.includes(c)),
    mode: d.mode,
    staff: d.staff === "2" ? 2 : 1, // the choice offers one or two
  };
  if (d.after) body.after = d.after;
  const payStillFits = d.payEdited || !d.stored || (d.stored.level === d.level && d.stored.duration === d.duration);
  if (d.pay.trim() !== "" && payStillFits) {
    const euros = numberOr(d.pay);
    body.pay_cents = typeof euros === "number" ? Math.round(euros * 100) : (euros as unknown as number);
  }
  return body;
}

export type ArrangementBody = ArrangementInput;

export function ArrangementForm(props: {
  arrangement?: Arrangement; // absent: a new arrangement
  defaultFrom: string;
  submitLabel: string;
  error: ApiError | null;
  busy: boolean;
  onSubmit: (body: ArrangementBody) => void;
  onCancel?: () => void;
}) {
  const existing = props.arrangement;
  const { t } = useT();
  const [validFrom, setValidFrom] = useState(existing?.valid_from ?? props.defaultFrom);
  const [validTo, setValidTo] = useState(existing?.valid_to ?? "");
  const [tasks, setTasks] = useState<TaskDraft[]>(
    existing?.tasks.length ? existing.tasks.map(draftOf) : [newDraft("task-1")],
  );
  const error = props.error;
  const formTitle = useFieldId("arrangement-form");
  // Opening the form moves the keyboard focus to it (the button that opened it is gone).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  function update(index: number, change: Partial<TaskDraft>) {
    setTasks(tasks.map((task, i) => (i === index ? { ...task, ...change } : task)));
  }

  function addTask() {
    let n = tasks.length + 1;
    while (tasks.some((task) => task.key === `task-${n}`)) n++;
    setTasks([...tasks, newDraft(`task-${n}`)]);
  }

  function submit(e: Event) {
    e.preventDefault();
    const body: ArrangementBody = { tasks: tasks.map(bodyOf) };
    if (validFrom) body.valid_from = validFrom;
    if (validTo) body.valid_to = validTo;
    props.onSubmit(body);
  }

  return (
    <Form error={error} class="arrangement-form" onSubmit={submit} aria-labelledby={formTitle}>
      <h3 id={formTitle} tabIndex={-1} ref={heading}>
        {existing ? t("arrangement.change", { id: existing.id }) : t("arrangement.new")}
      </h3>
      <div class="row">
        <DateField
          label={t("arrangement.validFrom")}
          value={validFrom}
          problem="valid_from"
          onValue={setValidFrom}
        />
        <DateField
          label={t("arrangement.validTo")}
          value={validTo}
          hint={t("arrangement.validToHint")}
          problem="valid_to"
          onValue={setValidTo}
        />
      </div>
      {tasks.map((task, i) => (
        <TaskFields
          index={i}
          draft={task}
          digitalKeys={tasks.filter((o) => o.mode === "digital" && o.switchFrom === null && o.key !== task.key).map((o) => ({ key: o.key, label: o.type || o.key }))}
          count={tasks.length}
          error={error}
          onChange={(change) => update(i, change)}
          onRemove={() => setTasks(tasks.filter((_, k) => k !== i))}
        />
      ))}
      <datalist id="care-task-types">
        {commonTypes.map((type) => (
          <option value={t(type)} />
        ))}
      </datalist>
      <FormActions busy={props.busy} submitLabel={props.submitLabel} onCancel={props.onCancel}>
        <button type="button" onClick={addTask}>
          {t("arrangement.addTask")}
        </button>
      </FormActions>
    </Form>
  );
}

function TaskFields(props: {
  index: number;
  draft: TaskDraft;
  digitalKeys: { key: string; label: string }[]; // the digital tasks it may stand in for
  count: number;
  error: ApiError | null;
  onChange: (change: Partial<TaskDraft>) => void;
  onRemove: () => void;
}) {
  const { draft: d, error, index } = props;
  const { t } = useT();
  const p = `tasks[${index}]`;
  const id = useFieldId("care-task");
  // The window as a whole (end before start) shows at its end.
  const windowError = problemAt(error, `${p}.window`, true);
  const set = props.onChange;
  const toggleDay = (code: string) =>
    set({
      schedule: {
        ...d.schedule,
        days: d.schedule.days.includes(code) ? d.schedule.days.filter((c) => c !== code) : [...d.schedule.days, code],
      },
    });

  return (
    <FieldGroup
      class="care-task-form"
      problem={p}
      exact
      legend={
        <>
          {t("arrangement.task", { n: index + 1 })}
          {d.type ? `: ${d.type}` : ""}
        </>
      }
    >
      <div class="row">
        <Field
          label={t("arrangement.type")}
          value={d.type}
          list="care-task-types"
          placeholder={t("arrangement.typePlaceholder")}
          problem={[`${p}.type`, `${p}.key`]}
          onInput={(e) => set({ type: e.currentTarget.value })}
        />
        <Select
          label={t("arrangement.schedule")}
          value={d.switchFrom !== null ? "switch" : d.schedule.kind}
          options={[
            { value: "weekly", label: t("arrangement.weekly") },
            { value: "daily", label: t("arrangement.daily") },
            { value: "rrule", label: t("arrangement.rrule") },
            ...(d.mode === "physical" && (props.digitalKeys.length > 0 || d.switchFrom !== null)
              ? [{ value: "switch", label: t("arrangement.switch") }]
              : []),
          ]}
          onChange={(e) => {
            const kind = e.currentTarget.value;
            if (kind === "switch") set({ switchFrom: d.switchFrom ?? props.digitalKeys[0]?.key ?? "" });
            else set({ switchFrom: null, schedule: { ...d.schedule, kind: kind as Schedule["kind"] } });
          }}
        />
      </div>
      {d.switchFrom !== null && (
        <FieldGroup class="days" legend={t("arrangement.whenNeeded")} problem={`${p}.switch.on`}>
          <div class="row">
            <Select
              label={t("arrangement.insteadOf")}
              value={d.switchFrom}
              problem={`${p}.switch.from`}
              options={[
                ...props.digitalKeys.map((k) => ({ value: k.key, label: k.label })),
                ...(props.digitalKeys.some((k) => k.key === d.switchFrom) ? [] : [{ value: d.switchFrom, label: d.switchFrom || t("arrangement.chooseStep") }]),
              ]}
              onChange={(e) => set({ switchFrom: e.currentTarget.value })}
            />
            <Field
              label={t("arrangement.within")}
              inputMode="decimal"
              value={d.withinHours}
              problem={`${p}.switch.within_minutes`}
              onInput={(e) => set({ withinHours: e.currentTarget.value })}
            />
          </div>
          {switchTriggers.map((trigger) => (
            <label class="check">
              <input
                type="checkbox"
                checked={d.switchOn.includes(trigger.value)}
                onChange={() =>
                  set({
                    switchOn: d.switchOn.includes(trigger.value)
                      ? d.switchOn.filter((v) => v !== trigger.value)
                      : [...d.switchOn, trigger.value],
                  })
                }
              />
              {t(trigger.key)}
            </label>
          ))}
        </FieldGroup>
      )}
      {d.switchFrom === null && d.schedule.kind === "weekly" && (
        <FieldGroup class="days" legend={t("arrangement.days")} problem={`${p}.weekly`}>
          <div class="weekday-boxes">
            {weekdays.map((w) => (
              <label class="check">
                <input type="checkbox" checked={d.schedule.days.includes(w.code)} onChange={() => toggleDay(w.code)} />
                <span aria-hidden="true">{w.short()}</span>
                <span class="visually-hidden">{w.name()}</span>
              </label>
            ))}
          </div>
          <Select
            label={t("arrangement.repeat")}
            value={String(d.schedule.everyWeeks)}
            options={[1, 2, 3, 4].map((n) => ({ value: String(n), label: t("arrangement.every", { count: n }) }))}
            onChange={(e) => set({ schedule: { ...d.schedule, everyWeeks: Number(e.currentTarget.value) } })}
          />
        </FieldGroup>
      )}
      {d.switchFrom === null && d.schedule.kind === "rrule" && (
        <Field
          label={t("arrangement.rruleLabel")}
          value={d.schedule.rrule}
          placeholder="FREQ=WEEKLY;BYDAY=MO,TH"
          hint={t("arrangement.rruleHint")}
          problem={`${p}.rrule`}
          onInput={(e) => set({ schedule: { ...d.schedule, rrule: e.currentTarget.value } })}
        />
      )}
      <div class="row">
        {d.switchFrom === null && (
          <>
        <TimeField
          label={t("arrangement.windowStart")}
          value={d.start}
          hint={t("arrangement.earliest")}
          problem={`${p}.window.start`}
          onValue={(v) => set({ start: v })}
        />
        <TimeField
          label={t("arrangement.windowEnd")}
          value={d.end}
          hint={t("arrangement.latest")}
          error={windowError}
          problem={`${p}.window.end`}
          onValue={(v) => set({ end: v })}
        />
          </>
        )}
        <Field
          label={t("arrangement.duration")}
          type="number"
          min={5}
          max={480}
          step={5}
          value={d.duration}
          problem={`${p}.duration_minutes`}
          onInput={(e) => set({ duration: e.currentTarget.value })}
        />
      </div>
      <div class="row">
        <Select
          label={t("details.level")}
          value={d.level}
          problem={`${p}.level`}
          options={[0, 1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: t("arrangement.level", { n }) }))}
          onChange={(e) => set({ level: e.currentTarget.value })}
        />
        <Select
          label={t("nav.caregivers")}
          value={d.staff}
          problem={`${p}.staff`}
          options={[
            { value: "1", label: t("arrangement.one") },
            { value: "2", label: t("arrangement.two") },
          ]}
          onChange={(e) => set({ staff: e.currentTarget.value })}
        />
        <Field
          label={t("arrangement.pay")}
          inputMode="decimal"
          value={d.pay}
          hint={
            d.stored && !d.payEdited && (d.stored.level !== d.level || d.stored.duration !== d.duration)
              ? t("arrangement.payNewRate")
              : t("arrangement.payEmpty")
          }
          problem={`${p}.pay_cents`}
          onInput={(e) => set({ pay: e.currentTarget.value, payEdited: true })}
        />
      </div>
      <FieldGroup legend={t("arrangement.visit")} problem={`${p}.mode`}>
        <div class="radio-row">
          <label class="check">
            <input type="radio" name={`${id}-mode`} checked={d.mode === "physical"} onChange={() => set({ mode: "physical" })} />
            {t("arrangement.atHome")}
          </label>
          <label class="check">
            <input type="radio" name={`${id}-mode`} checked={d.mode === "digital"} onChange={() => set({ mode: "digital" })} />
            {t("arrangement.digital")}
          </label>
        </div>
      </FieldGroup>
      <FieldGroup legend={t("arrangement.certificates")} problem={`${p}.certificates`}>
        <div class="weekday-boxes">
          {certificateCodes.map((code) => (
            <label class="check">
              <input
                type="checkbox"
                checked={d.certificates.includes(code)}
                onChange={() =>
                  set({
                    certificates: d.certificates.includes(code)
                      ? d.certificates.filter((c) => c !== code)
                      : [...d.certificates, code],
                  })
                }
              />
              {certificateName(code)}
            </label>
          ))}
        </div>
      </FieldGroup>
      {props.count > 1 && (
        <button type="button" class="danger" onClick={props.onRemove}>
          {t("arrangement.remove", { n: index + 1 })}
        </button>
      )}
    </FieldGroup>
  );
}
