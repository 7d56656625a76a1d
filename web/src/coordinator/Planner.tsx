// The planner: run the planning engine over a date range in review mode (today's remaining visits
// with one button when some are at risk), look at what it proposes (no caregiver sees a draft), row
// by row: why the engine chose each caregiver (the travel the visit adds, continuity, lateness),
// reject a row or give it to another caregiver (by the claim's rules; a refusal shown in the row),
// then offer the rest to caregivers, assign them to employees, or discard them. Recent runs can be
// reopened at /planner/{id}.
import { useState } from "preact/hooks";
import { ApiError, get, post } from "../api";
import { addDays, clock, dateLabel, dateTime, decimal, minutes, seconds } from "../format";
import { Link, navigate } from "../router";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import type { Answer, Schemas } from "../types";
import { Form } from "../formErrors";
import { Empty, ErrorMessage, Field, Loaded, Loading, Notice, asApiError, useLoad } from "../ui";
import { loadCaregivers, type Board, type CaregiverSummary } from "./data";
import "./coordinator.css";
import { useT, translatedTable, t as translate } from "../i18n/language";
import { DateField } from "../DateTimeFields";

type Plan = Schemas["Plan"];
type ProposalStatus = Plan["proposals"][number]["status"];
type Counts = Schemas["ProposalCounts"];

const statusNames: Record<ProposalStatus, string> = translatedTable({
  draft: "planner.status.draft",
  pending: "planner.status.pending",
  accepted: "planner.status.accepted",
  declined: "planner.status.declined",
  assigned: "planner.status.assigned",
  failed: "planner.status.failed",
  superseded: "planner.status.superseded",
  expired: "planner.status.expired",
  discarded: "planner.status.discarded",
});

const reasonNames: Record<string, string> = translatedTable({
  no_qualified_caregiver: "planner.reason.noQualified",
  no_availability: "planner.reason.noAvailability",
  caregivers_full: "planner.reason.full",
  link_partner_unplanned: "planner.reason.partner",
  too_far: "planner.reason.tooFar",
  not_chosen: "planner.reason.notChosen",
});

function countText(counts: Counts): string {
  const parts = (Object.keys(statusNames) as ProposalStatus[])
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${statusNames[s].toLowerCase()}`);
  return parts.length ? parts.join(", ") : translate("planner.noProposals");
}

export function Planner(props: ScreenProps) {
  const { t } = useT();
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
  // Today's visits at risk: the rest of today is worth planning too, not only the days ahead.
  const todays = useLoad(() => get<Board>(`/v1/board?from=${today}&to=${today}`), [today]);
  const atRiskToday = todays.data?.days[0]?.at_risk ?? 0;

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
      <h1>{t("nav.planner")}</h1>
      <Form error={error} class="card" onSubmit={plan} aria-labelledby="plan-form-title">
        <h2 id="plan-form-title">{t("planner.formTitle")}</h2>
        <p class="muted">{t("planner.intro")}</p>
        <div class="row">
          <DateField label={t("availability.from")} value={from} problem="from" onValue={setFrom} />
          <DateField label={t("availability.to")} value={to} hint={t("absence.atMost")} problem="to" onValue={setTo} />
          <Field
            label={t("planner.timeLimit")}
            type="number"
            min={0.1}
            max={30}
            step={0.1}
            value={limit}
            hint={t("planner.timeLimitHint", { min: decimal(0.1), max: 30 })}
            problem="time_limit_seconds"
            onInput={(e) => setLimit(e.currentTarget.value)}
          />
        </div>
        {atRiskToday > 0 && (
          <p class="today-at-risk">
            <button
              type="button"
              onClick={() => {
                setFrom(today);
                setTo(today);
              }}
            >
              {t("planner.restOfToday", { count: atRiskToday })}
            </button>
          </p>
        )}
        <label class="choice">
          <input type="checkbox" checked={repair} onChange={(e) => setRepair(e.currentTarget.checked)} />
          {t("planner.repairChoice")}
        </label>
        <button type="submit" class="primary" disabled={running}>
          {running ? t("planner.planning") : t("planner.plan")}
        </button>
        {running && <Loading what={t("planner.loadingPlan", { limit })} />}
      </Form>
      <h2>{t("planner.recent")}</h2>
      <Loaded state={runs} what={t("planner.loadingRuns")}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={t("planner.noRuns.title")}>{t("planner.noRuns.text")}</Empty>
          ) : (
            <div class="table-wrap">
              <table class="plan-runs stack-on-phone">
                <caption class="visually-hidden">{t("planner.runsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("planner.col.run")}</th>
                    <th scope="col">{t("arrangement.days")}</th>
                    <th scope="col">{t("planner.col.made")}</th>
                    <th scope="col">{t("planner.col.planned")}</th>
                    <th scope="col">{t("planner.col.sent")}</th>
                    <th scope="col">{t("planner.col.proposals")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.slice(0, 8).map((r) => (
                    <tr aria-current={String(r.id) === id ? "true" : undefined}>
                      <td data-label={t("planner.col.run")}>
                        <Link href={`/planner/${r.id}`}>{t("planner.run", { id: r.id })}</Link>
                      </td>
                      <td data-label={t("arrangement.days")}>
                        {dateLabel(r.from)}
                        {r.to !== r.from ? ` – ${dateLabel(r.to)}` : ""}
                      </td>
                      <td data-label={t("planner.col.made")}>{dateTime(r.created_at)}</td>
                      <td data-label={t("planner.col.planned")}>{t("planner.of", { planned: r.planned, visits: r.visits })}</td>
                      <td data-label={t("planner.col.sent")}>
                        {r.sent_mode
                          ? r.sent_mode === "assign"
                            ? t("planner.asAssignments")
                            : t("planner.asOffers")
                          : r.mode === "review"
                            ? t("planner.notYet")
                            : t("planner.atOnce", { mode: r.mode })}
                      </td>
                      <td data-label={t("planner.col.proposals")}>{countText(r.counts)}</td>
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
  const { t } = useT();
  const { me } = useSession();
  const caregivers = useLoad(() => loadCaregivers(me.organisation_id ?? 0), [me.organisation_id]);
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
    <Loaded state={state} what={t("planner.loadingOne")}>
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
              {s.repair ? t("planner.repair", { id: plan.id }) : t("planner.run", { id: plan.id })}: {dateLabel(plan.from)}
              {plan.to !== plan.from ? ` – ${dateLabel(plan.to)}` : ""}
            </h2>
            {notice && <Notice kind="success" takeFocus>{notice}</Notice>}
            {s.repair && (
              <p class="repair-note">
                {t("planner.repairNote", { count: s.changed_assignments ?? 0 })}
              </p>
            )}
            <ul class="plan-summary" aria-label={t("planner.summary")}>
              <li>
                <strong>{t("planner.of", { planned: s.planned ?? plan.proposals.length, visits: s.visits ?? "?" })}</strong>
                {t("planner.openPlanned")}
              </li>
              <li>
                <strong>{s.caregivers ?? "–"}</strong> {t("planner.caregivers")}
              </li>
              <li>
                <strong>{s.claimed_visits ?? 0}</strong> {t("planner.claimedKept")}
              </li>
              <li>
                <strong>{minutes(s.travel_minutes ?? 0)}</strong> {t("planner.travel")}
              </li>
              <li>
                <strong>{seconds(s.seconds ?? 0)}</strong> {t("planner.search")}
              </li>
            </ul>
            {unplanned.size > 0 && (
              <p>
                {t("planner.notPlanned")}{" "}
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
              <strong>{t("planner.statusLabel")}</strong> {countText(counts)}.
              {plan.sent_mode &&
                ` ${plan.sent_mode === "assign" ? t("planner.sentAssignments") : t("planner.sentOffers")}${
                  plan.sent_at ? ` ${t("planner.at", { time: clock(plan.sent_at) })}` : ""
                }.`}
            </p>
            {(s.failures?.length ?? 0) > 0 && (
              <details>
                <summary>{t("planner.failures", { count: s.failures!.length })}</summary>
                <ul>
                  {s.failures!.map((f) => (
                    <li>
                      {t("planner.task", { id: f.task_id })}: {f.reason}
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
                    act(`/v1/plans/${plan.id}/send`, { mode: "offer" }, (p) => t("planner.sentAsOffers", { counts: countText(p.counts) }))
                  }
                >
                  {t("planner.offer")}
                </button>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() =>
                    act(`/v1/plans/${plan.id}/send`, { mode: "assign" }, (p) => t("planner.sentAssigned", { counts: countText(p.counts) }))
                  }
                >
                  {t("planner.assign")}
                </button>
                <button
                  type="button"
                  class="danger"
                  disabled={busy}
                  onClick={() => act(`/v1/plans/${plan.id}/discard`, {}, () => t("planner.discarded"))}
                >
                  {t("planner.discard")}
                </button>
              </div>
            )}
            <ErrorMessage error={error} />
            <h3>{t("planner.col.proposals")}</h3>
            {plan.proposals.length === 0 ? (
              <Empty title={t("planner.none.title")}>{t("planner.none.text")}</Empty>
            ) : (
              <div class="table-wrap">
                <table class="proposals stack-on-phone">
                  <caption class="visually-hidden">{t("planner.proposalsCaption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("details.day")}</th>
                      <th scope="col">{t("details.window")}</th>
                      <th scope="col">{t("arrangement.visit")}</th>
                      <th scope="col">{t("details.client")}</th>
                      <th scope="col">{t("role.caregiver")}</th>
                      <th scope="col">{t("details.plannedStart")}</th>
                      <th scope="col">{t("planner.col.why")}</th>
                      <th scope="col">{t("client.status")}</th>
                      {drafts > 0 && <th scope="col">{t("planner.col.review")}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {plan.proposals.map((p) => (
                      <tr data-proposal-id={p.id} class={p.status === "discarded" ? "rejected" : undefined}>
                        <td data-label={t("details.day")}>{dateLabel(p.task.day)}</td>
                        <td data-label={t("details.window")}>
                          {clock(p.task.window.start)}–{clock(p.task.window.end)}
                        </td>
                        <td data-label={t("arrangement.visit")}>
                          {p.task.type} <span class="muted">({minutes(p.task.duration_minutes)})</span>
                        </td>
                        <td data-label={t("details.client")}>
                          <Link href={`/clients/${p.task.client_id}`}>{p.task.client_name}</Link>
                        </td>
                        <td data-label={t("role.caregiver")}>{p.caregiver.name}</td>
                        <td data-label={t("details.plannedStart")}>{clock(p.planned_start)}</td>
                        <td data-label={t("planner.col.why")}>
                          <Reasons reasons={p.reasons} />
                        </td>
                        <td data-label={t("client.status")} class={`status-${p.status}`}>
                          {statusNames[p.status] ?? p.status}
                          {p.deadline && p.status === "pending" && <span class="muted"> {t("planner.until", { time: clock(p.deadline) })}</span>}
                        </td>
                        {drafts > 0 && (
                          <td data-label={t("planner.col.review")}>
                            {p.status === "draft" && (
                              <RowReview
                                planId={plan.id}
                                proposal={p}
                                caregivers={caregivers.data ?? []}
                                onPlan={(next, message) => {
                                  setShown(next);
                                  setNotice(message);
                                  props.onChanged();
                                }}
                              />
                            )}
                          </td>
                        )}
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

type Proposal = Plan["proposals"][number];

// Why the engine chose this caregiver, in the coordinator's words; "chosen by hand" when no engine did.
function Reasons({ reasons }: { reasons: Proposal["reasons"] }) {
  const { t } = useT();
  if (!reasons) return <span class="muted">{t("planner.why.byHand")}</span>;
  return (
    <ul class="reasons">
      <li>{t("planner.why.travel", { travel: minutes(reasons.added_travel_minutes) })}</li>
      <li>{reasons.known_client ? t("planner.why.known") : t("planner.why.new")}</li>
      <li class={reasons.late_minutes > 0 ? "risk-text" : undefined}>
        {reasons.late_minutes > 0 ? t("planner.why.late", { late: minutes(reasons.late_minutes) }) : t("planner.why.onTime")}
      </li>
    </ul>
  );
}

// One draft before the run is sent: rejected, or given to another caregiver by the claim's rules
// (a refusal is shown here, in its row, naming the caregiver and why).
function RowReview(props: {
  planId: number;
  proposal: Proposal;
  caregivers: CaregiverSummary[];
  onPlan: (plan: Plan, message: string) => void;
}) {
  const { t } = useT();
  const { proposal: p } = props;
  const [chosen, setChosen] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const what = `${clock(p.planned_start)} ${p.task.type}`;

  async function act(path: string, body: unknown, message: string) {
    setBusy(true);
    setError(null);
    try {
      props.onPlan(await post<Plan>(path, body), message);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  const others = props.caregivers.filter((c) => c.id !== p.caregiver.id).sort((a, b) => a.name.localeCompare(b.name));
  const chosenName = others.find((c) => String(c.id) === chosen)?.name ?? "";
  return (
    <div class="row-review">
      <button
        type="button"
        class="danger"
        disabled={busy}
        aria-label={t("planner.rejectRow", { what })}
        onClick={() => act(`/v1/plans/${props.planId}/proposals/${p.id}/discard`, {}, t("planner.rejected", { what }))}
      >
        {t("planner.reject")}
      </button>
      <Form
        error={error}
        aria-label={t("planner.swapForm", { what })}
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) {
            void act(`/v1/plans/${props.planId}/proposals/${p.id}/caregiver`, { caregiver_id: Number(chosen) },
              t("planner.swapped", { what, name: chosenName }));
          }
        }}
      >
        <label>
          <span class="visually-hidden">{t("planner.swapTo", { what })}</span>
          <select
            value={chosen}
            onChange={(e) => {
              setChosen(e.currentTarget.value);
              setError(null);
            }}
          >
            <option value="">{t("planner.otherCaregiver")}</option>
            {others.map((c) => (
              <option value={String(c.id)}>{c.name}</option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy || !chosen}>
          {t("planner.swap")}
        </button>
      </Form>
    </div>
  );
}
