// When I can work: weekly hours per weekday, one-off exceptions (extra hours or an absence on a
// date) and the most hours a week I want. The feed and the planner only offer tasks inside these
// hours. A save replaces the whole set; the server checks every slot and names the one it refuses
// ("recurring[3].to"), which is shown next to that input, and then nothing is stored. A calendar
// file (.ics) from one's own agenda can be read in: the server turns its events into slots and
// dates, which are added here to be checked and saved like hand-made ones.
import { useState } from "preact/hooks";
import { ApiError, get, post, put } from "../api";
import { DateField, TimeField } from "../DateTimeFields";
import { dateLabel } from "../format";
import { useT } from "../i18n/language";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { Form, problemAt, problemText } from "../formErrors";
import { asApiError, Field, Loaded, Notice, useFieldId, useLoad } from "../ui";
import type { ComponentChildren } from "preact";
import "./caregiver.css";
import type { Availability as AvailabilityShape, Caregiver, Weekday } from "./shapes";

// Monday first, as a Dutch week starts; the names are keys (weekday.mo).
const weekdays: Weekday[] = ["mo", "tu", "we", "th", "fr", "sa", "su"];

interface Slot {
  key: number;
  weekday: Weekday;
  from: string;
  to: string;
}

interface Exception {
  key: number;
  date: string;
  from: string;
  to: string;
  available: boolean;
}

let nextKey = 0;
const keyed = <T,>(value: T) => ({ ...value, key: ++nextKey });

export function Availability(_props: ScreenProps) {
  const { t } = useT();
  const { me } = useSession();
  const id = me.caregiver_id;
  const state = useLoad(
    () => Promise.all([get<AvailabilityShape>(`/v1/caregivers/${id}/availability`), get<Caregiver>(`/v1/caregivers/${id}`)]),
    [id],
  );
  return (
    <div class="caregiver-screen">
      <h1>{t("availability.title")}</h1>
      <p class="muted intro">{t("availability.intro")}</p>
      <Loaded state={state} what={t("availability.loading")}>
        {([availability, profile]) => <AvailabilityForm caregiverId={id!} initial={availability} profile={profile} />}
      </Loaded>
    </div>
  );
}

function AvailabilityForm(props: { caregiverId: number; initial: AvailabilityShape; profile: Caregiver }) {
  const { t } = useT();
  const today = usePlatformToday();
  const [slots, setSlots] = useState<Slot[]>(() => props.initial.recurring.map((s) => keyed(s)));
  const [exceptions, setExceptions] = useState<Exception[]>(() =>
    props.initial.one_off.map((o) => keyed({ ...o, available: o.available ?? true })),
  );
  const [maxHours, setMaxHours] = useState(String(props.profile.max_hours_week));
  const [savedHours, setSavedHours] = useState(props.profile.max_hours_week);
  const [error, setError] = useState<ApiError | null>(null);
  // The order slots were sent in, so "recurring[3]" finds its input again.
  const [sent, setSent] = useState<{ recurring: number[]; one_off: number[] }>({ recurring: [], one_off: [] });
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  // The body field a slot's input was sent as ("recurring[3].from"): the server names the slots
  // in the order sent, which is not the order shown; none for a slot added since.
  function sentAs(list: "recurring" | "one_off", key: number, input: string): string[] | undefined {
    const at = sent[list].indexOf(key);
    if (at < 0) return undefined;
    // The slot as a whole (its day, its kind) shows at its end.
    return input === "to" ? [`${list}[${at}].to`, `${list}[${at}].weekday`, `${list}[${at}].available`] : [`${list}[${at}].${input}`];
  }
  const wholeSlot = (list: "recurring" | "one_off", key: number) => {
    const at = sent[list].indexOf(key);
    return at < 0 ? null : problemAt(error, `${list}[${at}]`, true);
  };

  async function save(e: Event) {
    e.preventDefault();
    setSaving(true);
    setError(null);
    setImportError(null);
    setSaved(null);
    const recurring = weekdays.flatMap((d) => slots.filter((s) => s.weekday === d));
    const oneOff = [...exceptions];
    setSent({ recurring: recurring.map((s) => s.key), one_off: oneOff.map((o) => o.key) });
    try {
      const stored = await put<AvailabilityShape>(`/v1/caregivers/${props.caregiverId}/availability`, {
        recurring: recurring.map(({ weekday, from, to }) => ({ weekday, from, to })),
        one_off: oneOff.map(({ date, from, to, available }) => ({ date, from, to, available })),
      });
      setSlots(stored.recurring.map((s) => keyed(s)));
      setExceptions(stored.one_off.map((o) => keyed({ ...o, available: o.available ?? true })));
    } catch (err) {
      setError(asApiError(err));
      setSaving(false);
      return;
    }
    const hours = Number(maxHours);
    if (maxHours.trim() !== String(savedHours)) {
      try {
        const profile = await put<Caregiver>(`/v1/caregivers/${props.caregiverId}`, {
          max_hours_week: Number.isInteger(hours) && maxHours.trim() !== "" ? hours : maxHours,
        });
        setSavedHours(profile.max_hours_week);
        setMaxHours(String(profile.max_hours_week));
      } catch (err) {
        setError(asApiError(err));
        setSaving(false);
        setSaved(t("availability.savedNotHours"));
        return;
      }
    }
    setSaving(false);
    setSaved(t("availability.saved"));
  }

  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);

  // Reads the chosen calendar file and adds what it holds to the slots and dates (not yet saved).
  async function importCalendar(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setImporting(true);
    setImported(null);
    setImportError(null);
    setSaved(null);
    try {
      const read = await post<AvailabilityShape & { events: number; skipped: number }>(
        `/v1/caregivers/${props.caregiverId}/availability/import`,
        { ics: await file.text() },
      );
      const slotKey = (s: { weekday: string; from: string; to: string }) => `${s.weekday} ${s.from} ${s.to}`;
      const dateKey = (o: { date: string; from: string; to: string; available?: boolean }) =>
        `${o.date} ${o.from} ${o.to} ${o.available ?? true}`;
      const haveSlots = new Set(slots.map(slotKey));
      const haveDates = new Set(exceptions.map(dateKey));
      const newSlots = read.recurring.filter((s) => !haveSlots.has(slotKey(s)));
      const newDates = read.one_off.filter((o) => !haveDates.has(dateKey(o)));
      setSlots((list) => [...list, ...newSlots.map((s) => keyed(s))]);
      setExceptions((list) => [...list, ...newDates.map((o) => keyed({ ...o, available: o.available ?? true }))]);
      setImported(
        t("availability.imported", {
          file: file.name,
          events: read.events,
          slots: newSlots.length,
          dates: newDates.length,
          skipped: read.skipped,
        }),
      );
    } catch (err) {
      const problem = asApiError(err);
      setImportError(problemText(problem));
    } finally {
      setImporting(false);
      input.value = "";
    }
  }

  const updateSlot = (key: number, change: Partial<Slot>) =>
    setSlots((list) => list.map((s) => (s.key === key ? { ...s, ...change } : s)));
  const updateException = (key: number, change: Partial<Exception>) =>
    setExceptions((list) => list.map((o) => (o.key === key ? { ...o, ...change } : o)));

  return (
    <Form error={error} class="availability" onSubmit={save}>
      {saved && <Notice kind="success">{saved}</Notice>}
      <ImportCalendar busy={importing} error={importError} done={imported} onFile={importCalendar} />

      <h2>{t("availability.everyWeek")}</h2>
      {weekdays.map((d) => {
        const daySlots = slots.filter((s) => s.weekday === d);
        const dayName = t(`weekday.${d}`);
        return (
          <fieldset class={`weekday${daySlots.length ? "" : " off"}`} key={d}>
            <legend>{dayName}</legend>
            {daySlots.length === 0 && <p class="muted none">{t("availability.off")}</p>}
            {daySlots.map((s, i) => {
              const what = t("availability.slot", { day: dayName, n: i + 1 });
              const whole = wholeSlot("recurring", s.key);
              return (
                <div class="slot" key={s.key} data-slot={`${d}-${i + 1}`}>
                  <TimeInput
                    label={t("availability.from")}
                    context={what}
                    value={s.from}
                    problem={sentAs("recurring", s.key, "from")}
                    onValue={(v) => updateSlot(s.key, { from: v })}
                  />
                  <TimeInput
                    label={t("availability.to")}
                    context={what}
                    value={s.to}
                    error={whole}
                    problem={sentAs("recurring", s.key, "to")}
                    onValue={(v) => updateSlot(s.key, { to: v })}
                  />
                  <button
                    type="button"
                    class="danger remove"
                    aria-label={t("availability.removeWhat", { what })}
                    title={t("availability.remove")}
                    onClick={() => setSlots((list) => list.filter((x) => x.key !== s.key))}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </div>
              );
            })}
            <button
              type="button"
              class="add"
              aria-label={t("availability.addOn", { day: dayName })}
              onClick={() => {
                setSlots((list) => [...list, keyed({ weekday: d, ...nextSlot(daySlots[daySlots.length - 1]) })]);
              }}
            >
              + {t("availability.add")}
            </button>
          </fieldset>
        );
      })}

      <h2>{t("availability.exceptions")}</h2>
      <p class="muted">{t("availability.exceptionsIntro")}</p>
      {exceptions.length === 0 && <p class="muted none">{t("availability.noExceptions")}</p>}
      {exceptions.map((o, i) => {
        const what = t("availability.exception", { n: i + 1 });
        return (
          <fieldset class="exception" key={o.key}>
            <legend>
              {what}
              {o.date ? `: ${dateLabel(o.date)}` : ""}
            </legend>
            <div class="slot">
              <DateField
                label={t("availability.date")}
                aria-label={t("availability.dateOf", { what })}
                value={o.date}
                problem={sentAs("one_off", o.key, "date")}
                onValue={(v) => updateException(o.key, { date: v })}
              />
              <TimeInput
                label={t("availability.from")}
                context={what}
                value={o.from}
                problem={sentAs("one_off", o.key, "from")}
                onValue={(v) => updateException(o.key, { from: v })}
              />
              <TimeInput
                label={t("availability.to")}
                context={what}
                value={o.to}
                error={wholeSlot("one_off", o.key)}
                problem={sentAs("one_off", o.key, "to")}
                onValue={(v) => updateException(o.key, { to: v })}
              />
            </div>
            <div class="row">
              <KindSelect
                context={what}
                available={o.available}
                onChange={(available) => updateException(o.key, { available })}
              />
              <button
                type="button"
                class="danger remove"
                aria-label={t("availability.removeWhat", { what })}
                onClick={() => setExceptions((list) => list.filter((x) => x.key !== o.key))}
              >
                {t("availability.remove")}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        class="add"
        onClick={() =>
          setExceptions((list) => [...list, keyed({ date: today, from: "08:00", to: "17:00", available: false })])
        }
      >
        + {t("availability.addException")}
      </button>

      <h2>{t("availability.hoursWeek")}</h2>
      <Field
        label={t("availability.maxHours")}
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        value={maxHours}
        problem="max_hours_week"
        hint={t("availability.maxHoursHint")}
        onInput={(e) => setMaxHours((e.target as HTMLInputElement).value)}
      />

      <div class="save-bar">
        <button type="submit" class="primary wide" disabled={saving}>
          {saving ? t("common.saving") : t("availability.save")}
        </button>
      </div>
    </Form>
  );
}

// A new slot follows the day's last one (three hours from where it ends), or is a morning.
function nextSlot(last: Slot | undefined): { from: string; to: string } {
  if (!last || !/^\d\d:\d\d$/.test(last.to) || last.to > "20:00") return { from: "08:00", to: "12:00" };
  const end = Number(last.to.slice(0, 2)) + 3;
  return { from: last.to, to: `${String(end).padStart(2, "0")}${last.to.slice(2)}` };
}

// A clock-time field whose accessible name says which slot it belongs to ("Monday slot 1 from")
// while the visible label stays short. "24:00" (until midnight) is a valid end.
function TimeInput(props: {
  label: ComponentChildren;
  context: string;
  value: string;
  error?: string | null;
  problem?: string[];
  onValue: (v: string) => void;
}) {
  return (
    <TimeField
      label={
        <>
          <span class="visually-hidden">{props.context} </span>
          {props.label}
        </>
      }
      allowMidnight
      value={props.value}
      error={props.error}
      problem={props.problem}
      onValue={props.onValue}
    />
  );
}

function KindSelect(props: { context: string; available: boolean; onChange: (available: boolean) => void }) {
  const { t } = useT();
  const id = useFieldId("kind");
  return (
    <div class="field">
      <label for={id}>
        <span class="visually-hidden">{props.context} </span>
        {t("availability.kind")}
      </label>
      <select
        id={id}
        value={props.available ? "yes" : "no"}
        onChange={(e) => props.onChange((e.target as HTMLSelectElement).value === "yes")}
      >
        <option value="no">{t("availability.away")}</option>
        <option value="yes">{t("availability.extra")}</option>
      </select>
    </div>
  );
}

// A calendar file from one's own agenda (Google, Outlook, Apple), read into the form below.
function ImportCalendar(props: {
  busy: boolean;
  error: string | null;
  done: string | null;
  onFile: (input: HTMLInputElement) => void;
}) {
  const { t } = useT();
  const id = useFieldId("import-calendar");
  const hint = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <section class="import-calendar" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("availability.importTitle")}</h2>
      <p class="muted" id={hint}>
        {t("availability.importIntro")}
      </p>
      <label for={id}>{t("availability.importFile")}</label>
      <input
        id={id}
        type="file"
        accept=".ics,text/calendar"
        disabled={props.busy}
        aria-describedby={props.error ? `${hint} ${errorId}` : hint}
        aria-invalid={props.error ? "true" : undefined}
        onChange={(e) => props.onFile(e.currentTarget)}
      />
      {props.busy && <p aria-live="polite">{t("availability.importing")}</p>}
      {props.error && (
        <p class="field-error" id={errorId} role="alert">
          {t("availability.importFailed", { reason: props.error })}
        </p>
      )}
      {props.done && <Notice kind="success">{props.done}</Notice>}
    </section>
  );
}
