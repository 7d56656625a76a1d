// The planner: run the planning engine over a date range in review mode, look at what it proposes
// (no caregiver sees a draft), then offer the proposals to caregivers, assign them to employees, or
// discard them. Recent runs can be reopened at /planner/{id}.
import { useState } from "preact/hooks";
import { ApiError, get, post } from "../api";
import { addDays, clock, dateLabel, minutes } from "../format";
import { Link, navigate } from "../router";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday } from "../session";
import type { Answer, Schemas } from "../types";
import { Empty, ErrorMessage, Field, Loaded, Loading, Notice, asApiError, fieldError, useLoad } from "../ui";
import "./coordinator.css";

type Plan = Schemas["Plan"];
type ProposalStatus = Plan["proposals"][number]["status"];
type Counts = Schemas["ProposalCounts"];

const statusNames: Record<ProposalStatus, string> = {
  draft: "Draft (not sent)",
  pending: "Offered, waiting",
  accepted: "Accepted",
  declined: "Declined",
  assigned: "Assigned",
  failed: "Failed",
  superseded: "Superseded",
  expired: "Expired",
  discarded: "Discarded",
};

const reasonNames: Record<string, string> = {
  no_qualified_caregiver: "no qualified caregiver",
  no_availability: "nobody available",
  caregivers_full: "caregivers' hours full",
  link_partner_unplanned: "its double-staffing partner could not be planned",
  too_far: "too far",
  not_chosen: "not chosen",
};

function countText(counts: Counts): string {
  const parts = (Object.keys(statusNames) as ProposalStatus[])
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${statusNames[s].toLowerCase()}`);
  return parts.length ? parts.join(", ") : "no proposals";
}

export function Planner(props: ScreenProps) {
  const id = /^\/(\d+)$/.exec(props.subpath)?.[1];
  const today = usePlatformToday();
  const tomorrow = addDays(today, 1);
  const [from, setFrom] = useState(tomorrow);
  const [to, setTo] = useState(tomorrow);
  const [limit, setLimit] = useState("2");
  const [error, setError] = useState<ApiError | null>(null);
  const [running, setRunning] = useState(false);
  const [fresh, setFresh] = useState<Plan | null>(null);
  const [repair, setRepair] = useState(false);
  const runs = useLoad(() => get<Answer<"/v1/plans">>("/v1/plans?limit=20"), []);

  async function plan(e: Event) {
    e.preventDefault();
    setRunning(true);
    setError(null);
    try {
      const seconds = Number(limit.replace(",", "."));
      const result = await post<Plan>("/v1/plans", {
        from,
        to,
        mode: "review",
        time_limit_seconds: Number.isFinite(seconds) && limit.trim() !== "" ? seconds : limit,
        ...(repair ? { repair: true } : {}),
      });
      setFresh(result);
      runs.reload();
      navigate(`/planner/${result.id}`);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setRunning(false);
    }
  }

  return (
    <section class="coordinator planner-screen">
      <h1>Planner</h1>
      <form class="card" onSubmit={plan} aria-labelledby="plan-form-title" noValidate>
        <h2 id="plan-form-title">Plan open tasks</h2>
        <p class="muted">
          The planning engine proposes a caregiver for each open task in the range. Nothing is sent until you review the
          proposals and choose to offer or assign them.
        </p>
        <div class="row">
          <Field label="From" type="date" value={from} min={today} error={fieldError(error, "from")} onInput={(e) => setFrom(e.currentTarget.value)} />
          <Field label="To" type="date" value={to} min={from} hint="At most 14 days" error={fieldError(error, "to")} onInput={(e) => setTo(e.currentTarget.value)} />
          <Field
            label="Time limit (seconds)"
            type="number"
            min={0.1}
            max={30}
            step={0.1}
            value={limit}
            hint="0.1 to 30; longer can find better routes"
            error={fieldError(error, "time_limit_seconds")}
            onInput={(e) => setLimit(e.currentTarget.value)}
          />
        </div>
        <label class="choice">
          <input type="checkbox" checked={repair} onChange={(e) => setRepair(e.currentTarget.checked)} />
          Repair: only the visits given back by sickness, absence or a no-show, around the visits already held
        </label>
        {error && !["from", "to", "time_limit_seconds"].includes(error.field ?? "") && <ErrorMessage error={error} />}
        <button type="submit" class="primary" disabled={running}>
          {running ? "Planning…" : "Plan"}
        </button>
        {running && <Loading what={`the plan (up to ${limit} s of search)`} />}
      </form>
      <h2>Recent runs</h2>
      <Loaded state={runs} what="recent plan runs">
        {(data) =>
          data.items.length === 0 ? (
            <Empty title="No plan runs yet">Plan a date range above to see its proposals here.</Empty>
          ) : (
            <div class="table-wrap">
              <table class="plan-runs stack-on-phone">
                <caption class="visually-hidden">Recent plan runs, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Run</th>
                    <th scope="col">Days</th>
                    <th scope="col">Made</th>
                    <th scope="col">Planned</th>
                    <th scope="col">Sent</th>
                    <th scope="col">Proposals</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.slice(0, 8).map((r) => (
                    <tr aria-current={String(r.id) === id ? "true" : undefined}>
                      <td data-label="Run">
                        <Link href={`/planner/${r.id}`}>Run {r.id}</Link>
                      </td>
                      <td data-label="Days">
                        {dateLabel(r.from)}
                        {r.to !== r.from ? ` – ${dateLabel(r.to)}` : ""}
                      </td>
                      <td data-label="Made">
                        {dateLabel(r.created_at.slice(0, 10))} {clock(r.created_at)}
                      </td>
                      <td data-label="Planned">
                        {r.planned} of {r.visits}
                      </td>
                      <td data-label="Sent">{r.sent_mode ? `as ${r.sent_mode === "assign" ? "assignments" : "offers"}` : r.mode === "review" ? "not yet" : `at once (${r.mode})`}</td>
                      <td data-label="Proposals">{countText(r.counts)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      {id && <PlanReview key={id} planId={Number(id)} initial={fresh?.id === Number(id) ? fresh : undefined} onChanged={runs.reload} />}
    </section>
  );
}

function PlanReview(props: { planId: number; initial?: Plan; onChanged: () => void }) {
  const state = useLoad(() => (props.initial ? Promise.resolve(props.initial) : get<Plan>(`/v1/plans/${props.planId}`)), [props.planId]);
  const [shown, setShown] = useState<Plan | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  async function act(path: string, body: unknown, done: (plan: Plan) => string) {
    setBusy(true);
    setError(null);
    try {
      const plan = await post<Plan>(path, body);
      setShown(plan);
      setNotice(done(plan));
      props.onChanged();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Loaded state={state} what="the plan">
      {(loaded) => {
        const plan = shown ?? loaded;
        const counts = plan.counts;
        const drafts = counts.draft ?? 0;
        const s = plan.summary;
        const unplanned = new Map<string, number>();
        for (const u of s.unplanned ?? []) unplanned.set(u.reason, (unplanned.get(u.reason) ?? 0) + 1);
        return (
          <section class="card plan-review" aria-labelledby="plan-review-title">
            <h2 id="plan-review-title">
              {s.repair ? "Repair" : "Run"} {plan.id}: {dateLabel(plan.from)}
              {plan.to !== plan.from ? ` – ${dateLabel(plan.to)}` : ""}
            </h2>
            {notice && <Notice kind="success" takeFocus>{notice}</Notice>}
            {s.repair && (
              <p class="repair-note">
                A repair: only the visits given back by sickness, absence or a no-show are planned, around the visits
                caregivers already hold; {s.changed_assignments ?? 0} of those held visits change caregiver. A visit someone
                takes from the market before you send stays theirs.
              </p>
            )}
            <ul class="plan-summary" aria-label="Summary">
              <li>
                <strong>
                  {s.planned ?? plan.proposals.length} of {s.visits ?? "?"}
                </strong>
                open tasks planned
              </li>
              <li>
                <strong>{s.caregivers ?? "–"}</strong> caregivers
              </li>
              <li>
                <strong>{s.claimed_visits ?? 0}</strong> claimed visits kept
              </li>
              <li>
                <strong>{minutes(s.travel_minutes ?? 0)}</strong> travel
              </li>
              <li>
                <strong>{(s.seconds ?? 0).toFixed(1).replace(".", ",")} s</strong> search
              </li>
            </ul>
            {unplanned.size > 0 && (
              <p>
                Not planned:{" "}
                {[...unplanned.entries()].map(([reason, n], i) => (
                  <>
                    {i > 0 && "; "}
                    {n} ({reasonNames[reason] ?? reason})
                  </>
                ))}
                .
              </p>
            )}
            <p role="status" class="plan-status">
              <strong>Status:</strong> {countText(counts)}.
              {plan.sent_mode && ` Sent as ${plan.sent_mode === "assign" ? "assignments" : "offers"}${plan.sent_at ? ` at ${clock(plan.sent_at)}` : ""}.`}
            </p>
            {(s.failures?.length ?? 0) > 0 && (
              <details>
                <summary>{s.failures!.length} could not be handed out</summary>
                <ul>
                  {s.failures!.map((f) => (
                    <li>
                      Task {f.task_id}: {f.reason}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {drafts > 0 && (
              <div class="actions">
                <button
                  type="button"
                  class="primary"
                  disabled={busy}
                  onClick={() =>
                    act(`/v1/plans/${plan.id}/send`, { mode: "offer" }, (p) => `Sent as offers: ${countText(p.counts)}.`)
                  }
                >
                  Offer to caregivers
                </button>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() =>
                    act(`/v1/plans/${plan.id}/send`, { mode: "assign" }, (p) => `Sent: employees assigned, the rest offered: ${countText(p.counts)}.`)
                  }
                >
                  Assign to employees
                </button>
                <button
                  type="button"
                  class="danger"
                  disabled={busy}
                  onClick={() => act(`/v1/plans/${plan.id}/discard`, {}, () => "The draft proposals were discarded; nobody saw them.")}
                >
                  Discard
                </button>
              </div>
            )}
            <ErrorMessage error={error} />
            <h3>Proposals</h3>
            {plan.proposals.length === 0 ? (
              <Empty title="No proposals">The engine found no caregiver for the open tasks in this range.</Empty>
            ) : (
              <div class="table-wrap">
                <table class="proposals stack-on-phone">
                  <caption class="visually-hidden">The run's proposals in planned order</caption>
                  <thead>
                    <tr>
                      <th scope="col">Day</th>
                      <th scope="col">Window</th>
                      <th scope="col">Task</th>
                      <th scope="col">Client</th>
                      <th scope="col">Caregiver</th>
                      <th scope="col">Planned start</th>
                      <th scope="col">Status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {plan.proposals.map((p) => (
                      <tr data-proposal-id={p.id}>
                        <td data-label="Day">{dateLabel(p.task.day)}</td>
                        <td data-label="Window">
                          {clock(p.task.window.start)}–{clock(p.task.window.end)}
                        </td>
                        <td data-label="Task">
                          {p.task.type} <span class="muted">({minutes(p.task.duration_minutes)})</span>
                        </td>
                        <td data-label="Client">
                          <Link href={`/clients/${p.task.client_id}`}>{p.task.client_name}</Link>
                        </td>
                        <td data-label="Caregiver">{p.caregiver.name}</td>
                        <td data-label="Planned start">{clock(p.planned_start)}</td>
                        <td data-label="Status" class={`status-${p.status}`}>
                          {statusNames[p.status] ?? p.status}
                          {p.deadline && p.status === "pending" && <span class="muted"> until {clock(p.deadline)}</span>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      }}
    </Loaded>
  );
}
