// The analyst's key figures for insurers: coverage, continuity, punctuality, travel share and cost
// per care hour over a chosen period, for the analyst's organisation, as charts and as CSV; its
// alarms' figures (analyst/AlarmFigures.tsx); and live repair's: the visits given back by sickness,
// absence or no-shows and what became of them.
import { useState } from "preact/hooks";
import { get, getText, query } from "../api";
import { addDays, dateLabel, euros, percent } from "../format";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { ErrorMessage, Field, Loaded, asApiError, downloadText, fieldError, useLoad } from "../ui";
import type { ApiError } from "../api";
import type { Answer, Schemas } from "../types";
import { AlarmFiguresSection } from "./AlarmFigures";
import { BarChart } from "./BarChart";
import "./analyst.css";

type Kpis = Schemas["Kpis"];
type KpiDay = Schemas["KpiDay"];

const shortDay = (date: string) => dateLabel(date).replace(/^\w+ /, "");

export function Kpis(_props: ScreenProps) {
  const { me } = useSession();
  const today = usePlatformToday();
  const [period, setPeriod] = useState({ from: addDays(today, -14), to: addDays(today, -1) });
  const [draft, setDraft] = useState(period);
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);
  const organisations = useLoad(() => get<Answer<"/v1/organisations">>("/v1/organisations"), []);
  const kpis = useLoad(() => get<Kpis>(`/v1/kpis${query(period)}`), [period.from, period.to]);
  const organisationName =
    organisations.data?.items.find((o) => o.id === me.organisation_id)?.name ?? "your organisation";

  async function download() {
    setDownloadError(null);
    try {
      const csv = await getText(`/v1/kpis${query({ ...period, format: "csv" })}`);
      downloadText(`kpis-${period.from}-${period.to}.csv`, csv);
    } catch (e) {
      setDownloadError(asApiError(e));
    }
  }

  function preset(days: number) {
    const next = { from: addDays(today, -days), to: addDays(today, -1) };
    setDraft(next);
    setPeriod(next);
  }

  return (
    <div class="kpis">
      <h1>Key figures · {organisationName}</h1>
      <form
        class="toolbar"
        aria-label="Period"
        onSubmit={(e) => {
          e.preventDefault();
          setPeriod(draft);
        }}
      >
        <Field
          label="From"
          type="date"
          value={draft.from}
          error={fieldError(kpis.error, "from")}
          onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
        />
        <Field
          label="To"
          type="date"
          value={draft.to}
          error={fieldError(kpis.error, "to")}
          onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
        />
        <button type="submit" class="primary">
          Show
        </button>
        <button type="button" onClick={() => preset(7)}>
          Last 7 days
        </button>
        <button type="button" onClick={() => preset(28)}>
          Last 4 weeks
        </button>
        <button type="button" onClick={download} disabled={!kpis.data}>
          Download CSV
        </button>
      </form>
      <ErrorMessage error={downloadError} />
      <Loaded state={kpis} what="the key figures">
        {(k) => <Figures kpis={k} />}
      </Loaded>
    </div>
  );
}

function Figures({ kpis }: { kpis: Kpis }) {
  const perCareHour = (d: KpiDay) => (d.care_minutes > 0 ? (d.pay_cents * 60) / d.care_minutes : null);
  const maxCost = Math.max(1, ...kpis.days.map((d) => perCareHour(d) ?? 0));
  return (
    <>
      <p class="muted">
        {dateLabel(kpis.from)} to {dateLabel(kpis.to)} · a visit counts as on time when checked in within{" "}
        {kpis.grace_minutes} minutes of its window.
      </p>
      <ul class="tiles" aria-label="Totals over the period">
        <li>
          <span class="tile-label">Coverage</span>
          <strong data-testid="coverage">{percent(kpis.coverage.rate)}</strong>
          <small>
            {kpis.coverage.covered} of {kpis.coverage.due} due visits done on time
          </small>
        </li>
        <li>
          <span class="tile-label">Continuity</span>
          <strong data-testid="continuity">
            {kpis.continuity.mean_caregivers_per_client === null
              ? "–"
              : kpis.continuity.mean_caregivers_per_client.toFixed(1).replace(".", ",")}
          </strong>
          <small>different caregivers per client ({kpis.continuity.clients} clients)</small>
        </li>
        <li>
          <span class="tile-label">Punctuality</span>
          <strong data-testid="punctuality">{percent(kpis.punctuality.rate)}</strong>
          <small>
            {kpis.punctuality.in_window} of {kpis.punctuality.check_ins} check-ins in the window
          </small>
        </li>
        <li>
          <span class="tile-label">Travel share</span>
          <strong data-testid="travel-share">{percent(kpis.travel.share)}</strong>
          <small>of paid time spent travelling</small>
        </li>
        <li>
          <span class="tile-label">Cost per care hour</span>
          <strong data-testid="cost">
            {kpis.cost.cents_per_care_hour === null ? "–" : euros(kpis.cost.cents_per_care_hour)}
          </strong>
          <small>{kpis.cost.care_hours.toFixed(1).replace(".", ",")} care hours</small>
        </li>
      </ul>
      <div class="charts">
        <BarChart
          title="Coverage"
          description="due visits done on time"
          bars={kpis.days.map((d) => ({ label: shortDay(d.day), value: d.coverage }))}
          max={1}
          format={percent}
        />
        <BarChart
          title="Punctuality"
          description="check-ins in the window"
          bars={kpis.days.map((d) => ({ label: shortDay(d.day), value: d.punctuality }))}
          max={1}
          format={percent}
        />
        <BarChart
          title="Travel share"
          description="travel of paid time"
          bars={kpis.days.map((d) => ({ label: shortDay(d.day), value: d.travel_share }))}
          max={Math.max(0.05, ...kpis.days.map((d) => d.travel_share ?? 0))}
          format={percent}
        />
        <BarChart
          title="Cost per care hour"
          description="pay of done visits per hour of care"
          bars={kpis.days.map((d) => ({ label: shortDay(d.day), value: perCareHour(d) }))}
          max={maxCost}
          format={(v) => euros(Math.round(v))}
        />
        <ContinuityChart distribution={kpis.continuity.distribution} />
      </div>
      <Repairs repairs={kpis.repairs} />
      <AlarmFiguresSection alarms={kpis.alarms} days={kpis.days} />
    </>
  );
}

// Live repair: the visits given back by sickness, absence, a no-show or an alarm answered, and what
// became of them.
function Repairs({ repairs }: { repairs: Kpis["repairs"] }) {
  const causes: [keyof Kpis["repairs"]["by_cause"], string][] = [
    ["sick", "Sick"],
    ["absent", "Absent"],
    ["no_show", "No-show"],
    ["alarm", "Answering an alarm"],
  ];
  return (
    <section class="repairs" aria-labelledby="repairs-title">
      <h2 id="repairs-title">Visits given back while the day ran</h2>
      <div class="table-wrap">
        <table class="stack-on-phone">
          <caption class="visually-hidden">Released visits by cause and what became of them</caption>
          <thead>
            <tr>
              <th scope="col">Cause</th>
              <th scope="col">Given back</th>
              <th scope="col">Taken again in time</th>
              <th scope="col">Taken late</th>
              <th scope="col">Missed</th>
              <th scope="col">Still open</th>
            </tr>
          </thead>
          <tbody>
            {[...causes.map(([key, label]) => [label, repairs.by_cause[key]] as const), ["All", repairs] as const].map(
              ([label, f]) => (
                <tr key={label}>
                  <th scope="row" data-label="Cause">{label}</th>
                  <td data-label="Given back">{f.released}</td>
                  <td data-label="Taken again in time">{f.retaken_in_time}</td>
                  <td data-label="Taken late">{f.retaken_late}</td>
                  <td data-label="Missed">{f.missed}</td>
                  <td data-label="Still open">{f.open}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ContinuityChart({ distribution }: { distribution: Kpis["continuity"]["distribution"] }) {
  return (
    <BarChart
      title="Continuity"
      description="clients by the number of different caregivers they saw"
      axis="Different caregivers"
      per="clients by caregivers seen"
      bars={distribution.map((d) => ({ label: `${d.caregivers}`, value: d.clients }))}
      format={(v) => `${Math.round(v)}`}
    />
  );
}
