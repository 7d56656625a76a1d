// Reporting sick or absent from my day: from now for the rest of today, or for whole days. Before
// anything is sent the phone lists the visits the report gives back (my claimed visits of those
// days not checked in that can still start), and after it, the visits the server gave back: open
// again for others, marked urgent. The server also withdraws my availability for the period.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, get, post, query } from "../api";
import { clock, dateLabel } from "../format";
import type { Schemas } from "../types";
import { ErrorMessage, Field, asApiError, fieldError } from "../ui";
import type { HeldTask, MyTasks } from "./shapes";

type Absence = Schemas["Absence"];
type Cause = Schemas["AbsenceReport"]["cause"];

const causeWords: Record<Cause, string> = { sick: "sick", absent: "absent" };

const visitLine = (v: { window: { start: string }; type: string; day: string }, today: string) =>
  `${v.day === today ? "" : `${dateLabel(v.day)} `}${clock(v.window.start)} ${v.type}`;

export function ReportAbsence(props: { today: string; now: string; onReported: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  const [cause, setCause] = useState<Cause>("sick");
  const [span, setSpan] = useState<"today" | "days">("today");
  const [from, setFrom] = useState(props.today);
  const [to, setTo] = useState(props.today);
  // The visits the report would give back, once reviewed.
  const [preview, setPreview] = useState<HeldTask[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (preview) confirmButton.current?.focus();
  }, [preview]);

  const days = span === "today" ? { from: props.today, to: props.today } : { from, to };
  // The report takes visits from now when it starts today, else from the first day's midnight.
  const start = days.from === props.today ? props.now : `${days.from}T00:00`;

  function close() {
    setOpen(false);
    setPreview(null);
    setError(null);
  }

  async function review(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const mine = await get<MyTasks>(`/v1/my/tasks${query(days)}`);
      setPreview(mine.items.filter((t) => t.status === "claimed" && !t.check_in && t.window.end >= start));
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  }

  async function send() {
    setBusy(true);
    setError(null);
    try {
      const answer = await post<Absence>("/v1/my/absence", span === "today" ? { cause } : { cause, from, to });
      const given = answer.released.map((v) => visitLine(v, props.today));
      const period = span === "today" ? "for the rest of today" : from === to ? `on ${dateLabel(from)}` : `from ${dateLabel(from)} to ${dateLabel(to)}`;
      close();
      props.onReported(
        `You reported ${causeWords[cause]} ${period}. ` +
          (given.length
            ? `${given.length} ${given.length === 1 ? "visit was" : "visits were"} given back to the market, marked urgent: ${given.join(", ")}.`
            : "You had no visits to give back.") +
          " You are not offered work in that time.",
      );
    } catch (err) {
      setError(asApiError(err));
      setPreview(null);
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <p class="absence-open">
        <button type="button" class="danger" onClick={() => setOpen(true)}>
          Report sick or absent
        </button>
      </p>
    );
  }
  return (
    <form class="card absence" aria-labelledby="absence-title" onSubmit={review} noValidate>
      <h2 id="absence-title">Report sick or absent</h2>
      <fieldset>
        <legend>Why</legend>
        {(["sick", "absent"] as Cause[]).map((c) => (
          <label class="choice" key={c}>
            <input type="radio" name="absence-cause" checked={cause === c} onChange={() => { setCause(c); setPreview(null); }} />
            {c === "sick" ? "I am sick" : "I am absent (another reason)"}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>When</legend>
        <label class="choice">
          <input type="radio" name="absence-span" checked={span === "today"} onChange={() => { setSpan("today"); setPreview(null); }} />
          From now, for the rest of today
        </label>
        <label class="choice">
          <input type="radio" name="absence-span" checked={span === "days"} onChange={() => { setSpan("days"); setPreview(null); }} />
          For whole days
        </label>
      </fieldset>
      {span === "days" && (
        <div class="row">
          <Field label="First day" type="date" value={from} min={props.today} error={fieldError(error, "from")}
            onInput={(e) => { setFrom(e.currentTarget.value); setPreview(null); }} />
          <Field label="Last day" type="date" value={to} min={from} hint="At most 14 days" error={fieldError(error, "to")}
            onInput={(e) => { setTo(e.currentTarget.value); setPreview(null); }} />
        </div>
      )}
      {error && !["from", "to"].includes(error.field ?? "") && <ErrorMessage error={error} />}
      {!preview && (
        <div class="card-actions">
          <button type="submit" class="primary" disabled={busy}>
            Continue
          </button>
          <button type="button" disabled={busy} onClick={close}>
            Cancel
          </button>
        </div>
      )}
      {preview && (
        <div class="confirm" role="group" aria-label="Confirm the report">
          {preview.length ? (
            <>
              <p>
                This gives back {preview.length === 1 ? "this visit" : `these ${preview.length} visits`} to the market,
                marked urgent for others to take:
              </p>
              <ul class="absence-visits">
                {preview.map((t) => (
                  <li key={t.id} data-task={t.id}>{visitLine(t, props.today)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>You have no visits to give back in that time.</p>
          )}
          <p class="muted">Visits you have checked in to stay yours. You will not be offered work in that time.</p>
          <div class="card-actions">
            <button type="button" class="danger" ref={confirmButton} disabled={busy} onClick={send}>
              {preview.length ? `Yes, report ${causeWords[cause]} and give them back` : `Yes, report ${causeWords[cause]}`}
            </button>
            <button type="button" disabled={busy} onClick={close}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
