// Reporting sick or absent from my day: from now for the rest of today, or for whole days. Before
// anything is sent the phone lists the visits the report gives back (my claimed visits of those
// days not checked in that can still start), and after it, the visits the server gave back: open
// again for others, marked urgent. The server also withdraws my availability for the period.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, get, post, query } from "../api";
import { DateField } from "../DateTimeFields";
import { clock, dateLabel } from "../format";
import { t as translate, useT } from "../i18n/language";
import type { Schemas } from "../types";
import { Form } from "../formErrors";
import { FieldGroup, asApiError } from "../ui";
import type { HeldTask, MyTasks } from "./shapes";

type Absence = Schemas["Absence"];
type Cause = Schemas["AbsenceReport"]["cause"];

const causeWords: Record<Cause, string> = { sick: "absence.cause.sick", absent: "absence.cause.absent" };

const visitLine = (v: { window: { start: string }; type: string; day: string }, today: string) =>
  `${v.day === today ? "" : `${dateLabel(v.day)} `}${clock(v.window.start)} ${v.type}`;

// What was reported, for the notice after it.
function reportedMessage(cause: Cause, span: "today" | "days", from: string, to: string, given: string[]): string {
  const t = translate;
  const period =
    span === "today"
      ? t("absence.period.today")
      : from === to
        ? t("absence.period.day", { date: dateLabel(from) })
        : t("absence.period.days", { from: dateLabel(from), to: dateLabel(to) });
  return [
    t("absence.reported", { cause: t(causeWords[cause]), period }),
    given.length ? t("absence.given", { count: given.length, visits: given.join(", ") }) : t("absence.noneGiven"),
    t("absence.noWork"),
  ].join(" ");
}

export function ReportAbsence(props: { today: string; now: string; onReported: (message: string) => void }) {
  const { t } = useT();
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
      close();
      props.onReported(reportedMessage(cause, span, from, to, given));
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
          {t("absence.open")}
        </button>
      </p>
    );
  }
  return (
    <Form error={error} class="card absence" aria-labelledby="absence-title" onSubmit={review}>
      <h2 id="absence-title">{t("absence.open")}</h2>
      <FieldGroup legend={t("absence.why")} problem="cause">
        {(["sick", "absent"] as Cause[]).map((c) => (
          <label class="choice" key={c}>
            <input type="radio" name="absence-cause" checked={cause === c} onChange={() => { setCause(c); setPreview(null); }} />
            {c === "sick" ? t("absence.sick") : t("absence.absent")}
          </label>
        ))}
      </FieldGroup>
      <fieldset>
        <legend>{t("absence.when")}</legend>
        <label class="choice">
          <input type="radio" name="absence-span" checked={span === "today"} onChange={() => { setSpan("today"); setPreview(null); }} />
          {t("absence.restOfToday")}
        </label>
        <label class="choice">
          <input type="radio" name="absence-span" checked={span === "days"} onChange={() => { setSpan("days"); setPreview(null); }} />
          {t("absence.wholeDays")}
        </label>
      </fieldset>
      {span === "days" && (
        <div class="row">
          <DateField label={t("absence.firstDay")} value={from} problem="from"
            onValue={(v) => { setFrom(v); setPreview(null); }} />
          <DateField label={t("absence.lastDay")} value={to} hint={t("absence.atMost")} problem="to"
            onValue={(v) => { setTo(v); setPreview(null); }} />
        </div>
      )}
      {!preview && (
        <div class="card-actions">
          <button type="submit" class="primary" disabled={busy}>
            {t("absence.continue")}
          </button>
          <button type="button" disabled={busy} onClick={close}>
            {t("common.cancel")}
          </button>
        </div>
      )}
      {preview && (
        <div class="confirm" role="group" aria-label={t("absence.confirm")}>
          {preview.length ? (
            <>
              <p>{t("absence.givesBack", { count: preview.length })}</p>
              <ul class="absence-visits">
                {preview.map((t) => (
                  <li key={t.id} data-task={t.id}>{visitLine(t, props.today)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t("absence.nothingToGive")}</p>
          )}
          <p class="muted">{t("absence.checkedInStay")}</p>
          <div class="card-actions">
            <button type="button" class="danger" ref={confirmButton} disabled={busy} onClick={send}>
              {preview.length
                ? t("absence.yesGiveBack", { cause: t(causeWords[cause]) })
                : t("absence.yes", { cause: t(causeWords[cause]) })}
            </button>
            <button type="button" disabled={busy} onClick={close}>
              {t("common.cancel")}
            </button>
          </div>
        </div>
      )}
    </Form>
  );
}
