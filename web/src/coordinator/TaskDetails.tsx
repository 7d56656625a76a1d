// A visit's details in a modal dialog (focus stays inside; Escape or "Close" returns to the block),
// with "Assign" for an open task that has not started (planning by hand: a chosen caregiver, by the
// claim's rules; a refusal says why, next to the choice), "Take back into the market" for a
// claimed task that has not started, and live repair: "Report
// the caregiver sick" (their visits of the rest of today go back to the market as urgent), "No-show"
// once the window has opened, then "Propose a repair" of the day (a plan run of the released visits
// only, to review and send in the planner).
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, post } from "../api";
import { clock, dateLabel, euros, minutes } from "../format";
import { Link, navigate } from "../router";
import { useSession } from "../session";
import type { Schemas } from "../types";
import { ErrorMessage, Notice, Select, asApiError } from "../ui";
import { certificateName, nameOf, statusNames, visitKey, type Task } from "./data";

export function TaskDetails(props: {
  task: Task;
  all: Task[];
  names: Map<number, string>;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { task, names } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // The task as the server last answered about it (after a reopen, before the board reloads).
  const [shown, setShown] = useState<Task>(task);
  useEffect(() => setShown(task), [task]);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const { platformNow } = useSession();
  // Visits released by sickness or a no-show on this day, once the coordinator reported one here.
  const [released, setReleased] = useState(false);

  const partners = props.all.filter((t) => visitKey(t) === visitKey(shown) && t.id !== shown.id);
  const headingId = `task-${shown.id}-title`;

  async function reopen() {
    setBusy(true);
    setError(null);
    try {
      const updated = await post<Task>(`/v1/tasks/${shown.id}/reopen`);
      setShown({ ...shown, ...updated });
      setDone(
        updated.status === "cancelled"
          ? "This visit followed an older version of the care arrangement: it is cancelled, and the current version is open in the market for that day."
          : "The task is back in the market: it is open for caregivers to claim.",
      );
      props.onChanged();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  const [chosen, setChosen] = useState("");
  const [assignError, setAssignError] = useState<ApiError | null>(null);
  async function assign() {
    if (!chosen) return;
    setBusy(true);
    setAssignError(null);
    try {
      const updated = await post<Task>(`/v1/tasks/${shown.id}/assign`, { caregiver_id: Number(chosen) });
      setShown({ ...shown, ...updated });
      setDone(`Assigned to ${nameOf(names, Number(chosen))}: the visit is in their day, and they are told.`);
      props.onChanged();
    } catch (e) {
      setAssignError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  async function repairAction(path: string, body: unknown, what: (answer: Schemas["Absence"]) => string) {
    setBusy(true);
    setError(null);
    try {
      const answer = await post<Schemas["Absence"]>(path, body);
      setShown({ ...shown, status: "open", caregiver_id: null, urgent: true });
      setDone(what(answer));
      setReleased(true);
      props.onChanged();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  async function proposeRepair() {
    setBusy(true);
    setError(null);
    try {
      const plan = await post<Schemas["Plan"]>("/v1/plans", { from: shown.day, to: shown.day, mode: "review", repair: true });
      dialog.current?.close();
      navigate(`/planner/${plan.id}`);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  const holder = shown.caregiver_id === null ? "" : nameOf(names, shown.caregiver_id);
  const canReopen = shown.status === "claimed" && !shown.check_in;
  const windowOpened = platformNow() >= shown.window.start;
  const canAssign = shown.status === "open" && !windowOpened;
  const caregivers = [...names.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const visitsWord = (n: number) => (n === 1 ? "1 visit" : `${n} visits`);
  return (
    <dialog ref={dialog} class="task-dialog" aria-labelledby={headingId} onClose={props.onClose}>
      <div class="dialog-head">
        <h2 id={headingId}>{shown.type}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <p class="badges">
        <span class={`badge ${shown.status === "open" ? "warn" : shown.status === "done" ? "ok" : ""}`}>
          {statusNames[shown.status]}
        </span>{" "}
        {shown.at_risk && <span class="badge danger">⚠ At risk</span>}{" "}
        {shown.mode === "digital" && <span class="badge digital">☎ Digital visit</span>}{" "}
        {partners.length > 0 && <span class="badge">×{partners.length + 1} double-staffed</span>}{" "}
        {shown.urgent && <span class="badge danger">Urgent</span>}
      </p>
      <dl class="details-list">
        <dt>Client</dt>
        <dd>
          <Link href={`/clients/${shown.client_id}`}>{shown.client_name}</Link> <span class="muted">({shown.area})</span>
        </dd>
        <dt>Day</dt>
        <dd>{dateLabel(shown.day)}</dd>
        <dt>Window</dt>
        <dd>
          {clock(shown.window.start)}–{clock(shown.window.end)}
        </dd>
        {shown.planned_start && (
          <>
            <dt>Planned start</dt>
            <dd>{clock(shown.planned_start)}</dd>
          </>
        )}
        <dt>Duration</dt>
        <dd>{minutes(shown.duration_minutes)}</dd>
        <dt>Level</dt>
        <dd>{shown.level}</dd>
        <dt>Certificates</dt>
        <dd>{shown.certificates.length ? shown.certificates.map(certificateName).join(", ") : "none needed"}</dd>
        <dt>Caregiver</dt>
        <dd>{shown.caregiver_id === null ? "nobody yet" : nameOf(names, shown.caregiver_id)}</dd>
        {partners.length > 0 && (
          <>
            <dt>With</dt>
            <dd>
              {partners
                .map((p) => `slot ${p.slot + 1}: ${p.caregiver_id === null ? "open" : nameOf(names, p.caregiver_id)}`)
                .join("; ")}
            </dd>
          </>
        )}
        <dt>Check-in</dt>
        <dd>{shown.check_in ? clock(shown.check_in) : "–"}</dd>
        <dt>Check-out</dt>
        <dd>{shown.check_out ? clock(shown.check_out) : "–"}</dd>
        <dt>Pay</dt>
        <dd>{euros(shown.pay_cents)}</dd>
      </dl>
      {done && <Notice kind="success">{done}</Notice>}
      <ErrorMessage error={error} />
      {canAssign && (
        <form
          class="assign-form"
          aria-label="Assign by hand"
          onSubmit={(e) => {
            e.preventDefault();
            void assign();
          }}
        >
          <Select
            label="Assign to"
            value={chosen}
            onChange={(e) => {
              setChosen(e.currentTarget.value);
              setAssignError(null);
            }}
            options={[{ value: "", label: "Choose a caregiver…" }, ...caregivers.map(([id, name]) => ({ value: String(id), label: name }))]}
          />
          {assignError && (
            <p class="error" role="alert">
              {assignError.reason ?? assignError.detail}
            </p>
          )}
          <button type="submit" class="primary" disabled={busy || !chosen}>
            Assign
          </button>
        </form>
      )}
      {canReopen && (
        <div class="card-actions">
          <button type="button" class="danger" disabled={busy} onClick={reopen}>
            Take back into the market
          </button>
          <button
            type="button"
            class="danger"
            disabled={busy}
            onClick={() =>
              repairAction(`/v1/caregivers/${shown.caregiver_id}/absence`, { cause: "sick" }, (a) =>
                `${holder} is reported sick until the end of today: ${visitsWord(a.released.length)} of theirs went back to the market, marked urgent.`,
              )
            }
          >
            Report {holder} sick
          </button>
          {windowOpened && (
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={() =>
                repairAction(`/v1/tasks/${shown.id}/no-show`, {}, () => `Marked as a no-show: the visit is open again, marked urgent.`)
              }
            >
              No-show
            </button>
          )}
        </div>
      )}
      {released && (
        <button type="button" class="primary" disabled={busy} onClick={proposeRepair}>
          Propose a repair of {dateLabel(shown.day)}
        </button>
      )}
    </dialog>
  );
}
