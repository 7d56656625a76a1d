// A visit's details in a modal dialog (focus stays inside; Escape or "Close" returns to the block),
// with "Assign" for an open task that has not started (planning by hand: a chosen caregiver, by the
// claim's rules; a refusal says why, next to the choice), "Move to" for a held one not started
// (the keyboard's way of dragging it onto another row or time: taken from its holder and given to
// the chosen caregiver, or its holder at another start, in one step, or left where it is; both
// with an optional start time, 24-hour, inside the window), "Take back into the market" for a
// claimed task that has not started, "Offer to" one or several chosen caregivers for an open one
// (each finds it among their offers; the first to accept takes it; one the claim's rules refuse is
// named with why, and nobody is offered it), and live repair: "Report
// the caregiver sick" (their visits of the rest of today go back to the market as urgent), "No-show"
// once the window has opened, then "Propose a repair" of the day (a plan run of the released visits
// only, to review and send in the planner).
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, post } from "../api";
import { TimeField, parseTime } from "../DateTimeFields";
import { clock, dateLabel, euros, minutes } from "../format";
import { useT } from "../i18n/language";
import { Link, navigate } from "../router";
import { useSession } from "../session";
import type { Schemas } from "../types";
import { Form, ownProblem } from "../formErrors";
import { ErrorMessage, FieldGroup, Notice, Select, asApiError } from "../ui";
import { certificateName, nameOf, startInWindow, statusNames, visitKey, type Task } from "./data";

export function TaskDetails(props: {
  task: Task;
  all: Task[];
  names: Map<number, string>;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { task, names } = props;
  const { t } = useT();
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

  const partners = props.all.filter((other) => visitKey(other) === visitKey(shown) && other.id !== shown.id);
  const headingId = `task-${shown.id}-title`;

  async function reopen() {
    setBusy(true);
    setError(null);
    try {
      const updated = await post<Task>(`/v1/tasks/${shown.id}/reopen`);
      setShown({ ...shown, ...updated });
      setDone(
        updated.status === "cancelled"
          ? t("details.reopenedCancelled")
          : t("details.reopened"),
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
  // The start typed (as typed: "" for none, where the day fits it); why it cannot be sent is a
  // refusal of "start" made by the form itself, shown at the field like the server's.
  const [startText, setStartText] = useState("");
  const [startValue, setStartValue] = useState(""); // the field's value: "HH:MM" once valid
  const windowText = `${clock(shown.window.start)}–${clock(shown.window.end)}`;
  async function assign() {
    if (!chosen) return;
    let start: string | undefined;
    if (startText.trim()) {
      const typed = parseTime(startText);
      const inside = typed ? startInWindow(shown, typed) : null;
      if (!inside) {
        setAssignError(ownProblem("start", typed ? t("details.startOutside", { window: windowText }) : t("input.time.invalid")));
        return;
      }
      start = inside;
    }
    setBusy(true);
    setAssignError(null);
    try {
      const caregiver = Number(chosen);
      const updated = await post<Task>(
        `/v1/tasks/${shown.id}/assign`,
        start ? { caregiver_id: caregiver, start } : { caregiver_id: caregiver },
      );
      setShown({ ...shown, ...updated });
      setChosen("");
      setStartText("");
      setStartValue("");
      const name = nameOf(names, caregiver);
      setDone(start ? t("details.assignedAt", { name, time: clock(start) }) : t("details.assigned", { name }));
      props.onChanged();
    } catch (e) {
      setAssignError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  // Caregivers chosen to be offered the visit (ids as the checkboxes' values).
  const [offerTo, setOfferTo] = useState<Set<number>>(new Set());
  const [offerError, setOfferError] = useState<ApiError | null>(null);
  async function offer() {
    if (offerTo.size === 0) return;
    setBusy(true);
    setOfferError(null);
    try {
      const chosenIds = [...offerTo];
      await post<Schemas["Plan"]>(`/v1/tasks/${shown.id}/offers`, { caregiver_ids: chosenIds });
      setDone(t("details.offered", { count: chosenIds.length, names: chosenIds.map((id) => nameOf(names, id)).join(", ") }));
      setOfferTo(new Set());
    } catch (e) {
      setOfferError(asApiError(e));
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
  const moving = canReopen && !shown.missed;
  const caregivers = [...names.entries()]
    .filter(([id]) => id !== shown.caregiver_id)
    .sort((a, b) => a[1].localeCompare(b[1]));
  // Moving a held visit: its holder first, to move it in time only.
  const choices = moving && shown.caregiver_id !== null ? [[shown.caregiver_id, holder] as const, ...caregivers] : caregivers;
  // The holder again only with another start.
  const canSubmit = !!chosen && (Number(chosen) !== shown.caregiver_id || startText.trim() !== "");
  return (
    <dialog ref={dialog} class="task-dialog" aria-labelledby={headingId} onClose={props.onClose}>
      <div class="dialog-head">
        <h2 id={headingId}>{shown.type}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t("details.close")}
        </button>
      </div>
      <p class="badges">
        <span class={`badge ${shown.status === "open" ? "warn" : shown.status === "done" ? "ok" : ""}`}>
          {statusNames[shown.status]}
        </span>{" "}
        {shown.at_risk && <span class="badge danger">⚠ {t("details.atRisk")}</span>}{" "}
        {shown.mode === "digital" && <span class="badge digital">☎ {t("task.badge.digital")}</span>}{" "}
        {partners.length > 0 && <span class="badge">{t("details.double", { count: partners.length + 1 })}</span>}{" "}
        {shown.urgent && <span class="badge danger">{t("details.urgent")}</span>}
      </p>
      <dl class="details-list">
        <dt>{t("details.client")}</dt>
        <dd>
          <Link href={`/clients/${shown.client_id}`}>{shown.client_name}</Link> <span class="muted">({shown.area})</span>
        </dd>
        <dt>{t("details.day")}</dt>
        <dd>{dateLabel(shown.day)}</dd>
        <dt>{t("details.window")}</dt>
        <dd>
          {clock(shown.window.start)}–{clock(shown.window.end)}
        </dd>
        {shown.planned_start && (
          <>
            <dt>{t("details.plannedStart")}</dt>
            <dd>{clock(shown.planned_start)}</dd>
          </>
        )}
        <dt>{t("task.duration")}</dt>
        <dd>{minutes(shown.duration_minutes)}</dd>
        <dt>{t("details.level")}</dt>
        <dd>{shown.level}</dd>
        <dt>{t("nav.certificates")}</dt>
        <dd>{shown.certificates.length ? shown.certificates.map(certificateName).join(", ") : t("details.noneNeeded")}</dd>
        <dt>{t("role.caregiver")}</dt>
        <dd>{shown.caregiver_id === null ? t("details.nobodyYet") : nameOf(names, shown.caregiver_id)}</dd>
        {partners.length > 0 && (
          <>
            <dt>{t("details.with")}</dt>
            <dd>
              {partners
                .map((p) =>
                  t("details.slot", { slot: p.slot + 1, who: p.caregiver_id === null ? t("board.open") : nameOf(names, p.caregiver_id) }),
                )
                .join("; ")}
            </dd>
          </>
        )}
        <dt>{t("details.checkIn")}</dt>
        <dd>{shown.check_in ? clock(shown.check_in) : "–"}</dd>
        <dt>{t("details.checkOut")}</dt>
        <dd>{shown.check_out ? clock(shown.check_out) : "–"}</dd>
        <dt>{t("task.pay")}</dt>
        <dd>{euros(shown.pay_cents)}</dd>
      </dl>
      {done && <Notice kind="success">{done}</Notice>}
      <ErrorMessage error={error} />
      {(canAssign || moving) && (
        <Form
          error={assignError}
          class="assign-form"
          aria-label={moving ? t("details.moveForm") : t("details.assignForm")}
          onSubmit={(e) => {
            e.preventDefault();
            void assign();
          }}
        >
          <Select
            label={moving ? t("details.moveTo") : t("details.assignTo")}
            value={chosen}
            problem="caregiver_id"
            onChange={(e) => {
              setChosen(e.currentTarget.value);
              setAssignError(null);
            }}
            options={[
              { value: "", label: t("details.choose") },
              ...choices.map(([id, name]) => ({
                value: String(id),
                label: id === shown.caregiver_id ? t("details.holderNow", { name }) : name,
              })),
            ]}
          />
          <TimeField
            label={t("details.startAt")}
            value={startValue}
            onValue={setStartValue}
            onText={(text) => {
              setStartText(text);
              setAssignError(null);
            }}
            hint={t("details.startHint", { window: windowText })}
            problem="start"
          />
          <button type="submit" class="primary" disabled={busy || !canSubmit}>
            {moving ? t("details.move") : t("details.assign")}
          </button>
        </Form>
      )}
      {canAssign && (
        <Form
          error={offerError}
          class="offer-form"
          aria-label={t("details.offerForm")}
          onSubmit={(e) => {
            e.preventDefault();
            void offer();
          }}
        >
          <FieldGroup legend={t("details.offerTo")} problem="caregiver_ids">
            <ul class="offer-choices">
              {caregivers.map(([id, name]) => (
                <li>
                  <label>
                    <input
                      type="checkbox"
                      checked={offerTo.has(id)}
                      onChange={(e) => {
                        const next = new Set(offerTo);
                        if (e.currentTarget.checked) next.add(id);
                        else next.delete(id);
                        setOfferTo(next);
                        setOfferError(null);
                      }}
                    />{" "}
                    {name}
                  </label>
                </li>
              ))}
            </ul>
          </FieldGroup>
          <button type="submit" disabled={busy || offerTo.size === 0}>
            {t("details.offer", { count: offerTo.size })}
          </button>
        </Form>
      )}
      {canReopen && (
        <div class="card-actions">
          <button type="button" class="danger" disabled={busy} onClick={reopen}>
            {t("details.takeBack")}
          </button>
          <button
            type="button"
            class="danger"
            disabled={busy}
            onClick={() =>
              repairAction(`/v1/caregivers/${shown.caregiver_id}/absence`, { cause: "sick" }, (a) =>
                t("details.reportedSick", { name: holder, count: a.released.length }),
              )
            }
          >
            {t("details.reportSick", { name: holder })}
          </button>
          {windowOpened && (
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={() =>
                repairAction(`/v1/tasks/${shown.id}/no-show`, {}, () => t("details.noShowDone"))
              }
            >
              {t("details.noShow")}
            </button>
          )}
        </div>
      )}
      {released && (
        <button type="button" class="primary" disabled={busy} onClick={proposeRepair}>
          {t("details.proposeRepair", { date: dateLabel(shown.day) })}
        </button>
      )}
    </dialog>
  );
}
