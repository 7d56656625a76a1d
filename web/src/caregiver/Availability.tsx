// When I can work: weekly hours per weekday, one-off exceptions (extra hours or an absence on a
// date) and the most hours a week I want. The feed and the planner only offer tasks inside these
// hours. A save replaces the whole set; the server checks every slot and names the one it refuses
// ("recurring[3].to"), which is shown next to that input, and then nothing is stored.
import { useEffect, useState } from "preact/hooks";
import { ApiError, get, put } from "../api";
import { dateLabel } from "../format";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { asApiError, ErrorMessage, Field, Loaded, Notice, useFieldId, useLoad } from "../ui";
import "./caregiver.css";
import type { Availability as AvailabilityShape, Caregiver, Weekday } from "./shapes";

const weekdays: { code: Weekday; name: string }[] = [
  { code: "mo", name: "Monday" },
  { code: "tu", name: "Tuesday" },
  { code: "we", name: "Wednesday" },
  { code: "th", name: "Thursday" },
  { code: "fr", name: "Friday" },
  { code: "sa", name: "Saturday" },
  { code: "su", name: "Sunday" },
];

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
  const { me } = useSession();
  const id = me.caregiver_id;
  const state = useLoad(
    () => Promise.all([get<AvailabilityShape>(`/v1/caregivers/${id}/availability`), get<Caregiver>(`/v1/caregivers/${id}`)]),
    [id],
  );
  return (
    <div class="caregiver-screen">
      <h1>Availability</h1>
      <p class="muted intro">
        Open tasks and offers only come inside these hours. Travel may start a little before and end a little after
        them.
      </p>
      <Loaded state={state} what="your availability">
        {([availability, profile]) => <AvailabilityForm caregiverId={id!} initial={availability} profile={profile} />}
      </Loaded>
    </div>
  );
}

function AvailabilityForm(props: { caregiverId: number; initial: AvailabilityShape; profile: Caregiver }) {
  const today = usePlatformToday();
  const [slots, setSlots] = useState<Slot[]>(() => props.initial.recurring.map((s) => keyed(s)));
  const [exceptions, setExceptions] = useState<Exception[]>(() =>
    props.initial.one_off.map((o) => keyed({ ...o, available: o.available ?? true })),
  );
  const [maxHours, setMaxHours] = useState(String(props.profile.max_hours_week));
  const [savedHours, setSavedHours] = useState(props.profile.max_hours_week);
  const [error, setError] = useState<ApiError | null>(null);
  const [hoursError, setHoursError] = useState<string | null>(null);
  // The order slots were sent in, so "recurring[3]" finds its input again.
  const [sent, setSent] = useState<{ recurring: number[]; one_off: number[] }>({ recurring: [], one_off: [] });
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (error || hoursError) document.querySelector<HTMLElement>('.availability [aria-invalid="true"]')?.focus();
  }, [error, hoursError]);

  // The server's refusal for one slot's input ("from", "to", "date"), or for the slot as a whole.
  function slotError(list: "recurring" | "one_off", key: number, input?: string): string | null {
    if (!error?.field) return null;
    const match = error.field.match(/^(recurring|one_off)\[(\d+)\](?:\.(\w+))?/);
    if (!match || match[1] !== list || sent[list][Number(match[2])] !== key) return null;
    const wanted = match[3] ?? "";
    if (input === undefined ? ["", "weekday", "available"].includes(wanted) : wanted === input) {
      return error.reason ?? error.detail;
    }
    return null;
  }
  const generalError = error && !/^(recurring|one_off)\[\d+\]/.test(error.field ?? "") ? error : null;

  async function save(e: Event) {
    e.preventDefault();
    setSaving(true);
    setError(null);
    setHoursError(null);
    setSaved(null);
    const recurring = weekdays.flatMap((d) => slots.filter((s) => s.weekday === d.code));
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
        const problem = asApiError(err);
        setHoursError(problem.reason ?? problem.detail);
        setSaving(false);
        setSaved("Your hours per weekday are saved; the most hours a week was not changed.");
        return;
      }
    }
    setSaving(false);
    setSaved("Your availability is saved. Open tasks and offers now follow it.");
  }

  const updateSlot = (key: number, change: Partial<Slot>) =>
    setSlots((list) => list.map((s) => (s.key === key ? { ...s, ...change } : s)));
  const updateException = (key: number, change: Partial<Exception>) =>
    setExceptions((list) => list.map((o) => (o.key === key ? { ...o, ...change } : o)));

  return (
    <form class="availability" onSubmit={save} noValidate>
      {saved && <Notice kind="success">{saved}</Notice>}
      <ErrorMessage error={generalError} />
      {error && !generalError && (
        <p class="error" role="alert">
          Nothing was saved: {error.reason ?? error.detail}. The slot is marked below.
        </p>
      )}

      <h2>Every week</h2>
      {weekdays.map((d) => {
        const daySlots = slots.filter((s) => s.weekday === d.code);
        return (
          <fieldset class={`weekday${daySlots.length ? "" : " off"}`} key={d.code}>
            <legend>{d.name}</legend>
            {daySlots.length === 0 && <p class="muted none">Off</p>}
            {daySlots.map((s, i) => {
              const what = `${d.name} slot ${i + 1}`;
              const whole = slotError("recurring", s.key);
              return (
                <div class="slot" key={s.key} data-slot={`${d.code}-${i + 1}`}>
                  <TimeInput
                    label="From"
                    context={what}
                    value={s.from}
                    error={slotError("recurring", s.key, "from")}
                    onValue={(v) => updateSlot(s.key, { from: v })}
                  />
                  <TimeInput
                    label="To"
                    context={what}
                    value={s.to}
                    error={slotError("recurring", s.key, "to") ?? whole}
                    onValue={(v) => updateSlot(s.key, { to: v })}
                  />
                  <button
                    type="button"
                    class="danger remove"
                    aria-label={`Remove ${what}`}
                    title="Remove"
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
              aria-label={`Add hours on ${d.name}`}
              onClick={() => {
                setSlots((list) => [...list, keyed({ weekday: d.code, ...nextSlot(daySlots[daySlots.length - 1]) })]);
              }}
            >
              + Add hours
            </button>
          </fieldset>
        );
      })}

      <h2>Exceptions on a date</h2>
      <p class="muted">Extra hours on one date, or a time you are away (holiday, appointment).</p>
      {exceptions.length === 0 && <p class="muted none">No exceptions.</p>}
      {exceptions.map((o, i) => {
        const what = `Exception ${i + 1}`;
        return (
          <fieldset class="exception" key={o.key}>
            <legend>
              {what}
              {o.date ? `: ${dateLabel(o.date)}` : ""}
            </legend>
            <div class="slot">
              <Field
                label="Date"
                aria-label={`${what} date`}
                type="date"
                min={today}
                value={o.date}
                error={slotError("one_off", o.key, "date")}
                onInput={(e) => updateException(o.key, { date: (e.target as HTMLInputElement).value })}
              />
              <TimeInput
                label="From"
                context={what}
                value={o.from}
                error={slotError("one_off", o.key, "from")}
                onValue={(v) => updateException(o.key, { from: v })}
              />
              <TimeInput
                label="To"
                context={what}
                value={o.to}
                error={slotError("one_off", o.key, "to") ?? slotError("one_off", o.key)}
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
                aria-label={`Remove ${what}`}
                onClick={() => setExceptions((list) => list.filter((x) => x.key !== o.key))}
              >
                Remove
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
        + Add an exception
      </button>

      <h2>Hours a week</h2>
      <Field
        label="Most hours a week"
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        value={maxHours}
        error={hoursError}
        hint="Tasks that would take you over this are not offered (1 to 60)."
        onInput={(e) => setMaxHours((e.target as HTMLInputElement).value)}
      />

      <div class="save-bar">
        <button type="submit" class="primary wide" disabled={saving}>
          {saving ? "Saving…" : "Save availability"}
        </button>
      </div>
    </form>
  );
}

// A new slot follows the day's last one (three hours from where it ends), or is a morning.
function nextSlot(last: Slot | undefined): { from: string; to: string } {
  if (!last || !/^\d\d:\d\d$/.test(last.to) || last.to > "20:00") return { from: "08:00", to: "12:00" };
  const end = Number(last.to.slice(0, 2)) + 3;
  return { from: last.to, to: `${String(end).padStart(2, "0")}${last.to.slice(2)}` };
}

// A clock-time input whose accessible name says which slot it belongs to ("Monday slot 1 from")
// while the visible label stays short. "24:00" (until midnight) is a valid end the browser's time
// picker cannot show, so it is kept as text.
function TimeInput(props: {
  label: string;
  context: string;
  value: string;
  error: string | null;
  onValue: (v: string) => void;
}) {
  const id = useFieldId("time");
  return (
    <div class="field">
      <label for={id}>
        <span class="visually-hidden">{props.context} </span>
        {props.label}
      </label>
      <input
        id={id}
        type={props.value === "24:00" ? "text" : "time"}
        value={props.value}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onInput={(e) => props.onValue((e.target as HTMLInputElement).value)}
      />
      {props.error && (
        <small id={`${id}-error`} class="field-error">
          {props.error}
        </small>
      )}
    </div>
  );
}

function KindSelect(props: { context: string; available: boolean; onChange: (available: boolean) => void }) {
  const id = useFieldId("kind");
  return (
    <div class="field">
      <label for={id}>
        <span class="visually-hidden">{props.context} </span>Kind
      </label>
      <select
        id={id}
        value={props.available ? "yes" : "no"}
        onChange={(e) => props.onChange((e.target as HTMLSelectElement).value === "yes")}
      >
        <option value="no">Away (not available)</option>
        <option value="yes">Extra hours (available)</option>
      </select>
    </div>
  );
}
