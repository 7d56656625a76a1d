// The analyst's key figures for insurers: coverage, continuity, punctuality, travel share and cost
// per care hour over a chosen period, for the analyst's organisation, as charts and as CSV; its
// alarms' figures (analyst/AlarmFigures.tsx); and live repair's: the visits given back by sickness,
// absence or no-shows and what became of them.
import { useState } from "preact/hooks";
import { get, getText, query } from "../api";
import { DateField } from "../DateTimeFields";
import { addDays, dateLabel, dayMonth, euros, fixed, percent } from "../format";
import { useT } from "../i18n/language";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { ErrorMessage, Loaded, asApiError, downloadText, fieldError, useLoad } from "../ui";
import type { ApiError } from "../api";
import type { Answer, Schemas } from "../types";
import { AlarmFiguresSection } from "./AlarmFigures";
import { BarChart } from "./BarChart";
import "./analyst.css";

type Kpis = Schemas["Kpis"];
type KpiDay = Schemas["KpiDay"];


export function Kpis(_props: ScreenProps) {
  const { t } = useT();
  const { me } = useSession();
  const today = usePlatformToday();
  const [period, setPeriod] = useState({ from: addDays(today, -14), to: addDays(today, -1) });
  const [draft, setDraft] = useState(period);
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);
  const organisations = useLoad(() => get<Answer<"/v1/organisations">>("/v1/organisations"), []);
  const kpis = useLoad(() => get<Kpis>(`/v1/kpis${query(period)}`), [period.from, period.to]);
  const organisationName =
    organisations.data?.items.find((o) => o.id === me.organisation_id)?.name ?? t("kpis.yourOrganisation");

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
      <h1>
        {t("nav.kpis")} · {organisationName}
      </h1>
      <form
        class="toolbar"
        aria-label={t("continuity.period")}
        onSubmit={(e) => {
          e.preventDefault();
          setPeriod(draft);
        }}
      >
        <DateField
          label={t("availability.from")}
          value={draft.from}
          error={fieldError(kpis.error, "from")}
          onValue={(from) => setDraft({ ...draft, from })}
        />
        <DateField
          label={t("availability.to")}
          value={draft.to}
          error={fieldError(kpis.error, "to")}
          onValue={(to) => setDraft({ ...draft, to })}
        />
        <button type="submit" class="primary">
          {t("kpis.show")}
        </button>
        <button type="button" onClick={() => preset(7)}>
          {t("kpis.last7")}
        </button>
        <button type="button" onClick={() => preset(28)}>
          {t("kpis.last4weeks")}
        </button>
        <button type="button" onClick={download} disabled={!kpis.data}>
          {t("kpis.csv")}
        </button>
      </form>
      <ErrorMessage error={downloadError} />
      <Loaded state={kpis} what={t("kpis.loading")}>
        {(k) => <Figures kpis={k} />}
      </Loaded>
    </div>
  );
}

function Figures({ kpis }: { kpis: Kpis }) {
  const { t } = useT();
  const perCareHour = (d: KpiDay) => (d.care_minutes > 0 ? (d.pay_cents * 60) / d.care_minutes : null);
  const maxCost = Math.max(1, ...kpis.days.map((d) => perCareHour(d) ?? 0));
  return (
    <>
      <p class="muted">
        {t("kpis.periodLine", { from: dateLabel(kpis.from), to: dateLabel(kpis.to), grace: kpis.grace_minutes })}
      </p>
      <ul class="tiles" aria-label={t("kpis.totals")}>
        <li>
          <span class="tile-label">{t("kpis.coverage")}</span>
          <strong data-testid="coverage">{percent(kpis.coverage.rate)}</strong>
          <small>
            {t("kpis.coverageText", { covered: kpis.coverage.covered, due: kpis.coverage.due })}
          </small>
        </li>
        <li>
          <span class="tile-label">{t("continuity.title")}</span>
          <strong data-testid="continuity">
            {kpis.continuity.mean_caregivers_per_client === null
              ? "–"
              : fixed(kpis.continuity.mean_caregivers_per_client, 1)}
          </strong>
          <small>{t("kpis.continuityText", { count: kpis.continuity.clients })}</small>
        </li>
        <li>
          <span class="tile-label">{t("kpis.punctuality")}</span>
          <strong data-testid="punctuality">{percent(kpis.punctuality.rate)}</strong>
          <small>
            {t("kpis.punctualityText", { inWindow: kpis.punctuality.in_window, checkIns: kpis.punctuality.check_ins })}
          </small>
        </li>
        <li>
          <span class="tile-label">{t("kpis.travel")}</span>
          <strong data-testid="travel-share">{percent(kpis.travel.share)}</strong>
          <small>{t("kpis.travelText")}</small>
        </li>
        <li>
          <span class="tile-label">{t("kpis.cost")}</span>
          <strong data-testid="cost">
            {kpis.cost.cents_per_care_hour === null ? "–" : euros(kpis.cost.cents_per_care_hour)}
          </strong>
          <small>{t("kpis.careHours", { hours: fixed(kpis.cost.care_hours, 1) })}</small>
        </li>
      </ul>
      <div class="charts">
        <BarChart
          title={t("kpis.coverage")}
          description={t("kpis.coverageChart")}
          bars={kpis.days.map((d) => ({ label: dayMonth(d.day), value: d.coverage }))}
          max={1}
          format={percent}
        />
        <BarChart
          title={t("kpis.punctuality")}
          description={t("kpis.punctualityChart")}
          bars={kpis.days.map((d) => ({ label: dayMonth(d.day), value: d.punctuality }))}
          max={1}
          format={percent}
        />
        <BarChart
          title={t("kpis.travel")}
          description={t("kpis.travelChart")}
          bars={kpis.days.map((d) => ({ label: dayMonth(d.day), value: d.travel_share }))}
          max={Math.max(0.05, ...kpis.days.map((d) => d.travel_share ?? 0))}
          format={percent}
        />
        <BarChart
          title={t("kpis.cost")}
          description={t("kpis.costChart")}
          bars={kpis.days.map((d) => ({ label: dayMonth(d.day), value: perCareHour(d) }))}
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
  const { t } = useT();
  const causes: [keyof Kpis["repairs"]["by_cause"], string][] = [
    ["sick", t("kpis.cause.sick")],
    ["absent", t("kpis.cause.absent")],
    ["no_show", t("details.noShow")],
    ["alarm", t("kpis.cause.alarm")],
  ];
  return (
    <section class="repairs" aria-labelledby="repairs-title">
      <h2 id="repairs-title">{t("kpis.repairs")}</h2>
      <div class="table-wrap">
        <table class="stack-on-phone">
          <caption class="visually-hidden">{t("kpis.repairsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("kpis.col.cause")}</th>
              <th scope="col">{t("kpis.col.released")}</th>
              <th scope="col">{t("kpis.col.inTime")}</th>
              <th scope="col">{t("kpis.col.late")}</th>
              <th scope="col">{t("kpis.col.missed")}</th>
              <th scope="col">{t("kpis.col.open")}</th>
            </tr>
          </thead>
          <tbody>
            {[...causes.map(([key, label]) => [label, repairs.by_cause[key]] as const), [t("kpis.all"), repairs] as const].map(
              ([label, f]) => (
                <tr key={label}>
                  <th scope="row" data-label={t("kpis.col.cause")}>{label}</th>
                  <td data-label={t("kpis.col.released")}>{f.released}</td>
                  <td data-label={t("kpis.col.inTime")}>{f.retaken_in_time}</td>
                  <td data-label={t("kpis.col.late")}>{f.retaken_late}</td>
                  <td data-label={t("kpis.col.missed")}>{f.missed}</td>
                  <td data-label={t("kpis.col.open")}>{f.open}</td>
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
  const { t } = useT();
  return (
    <BarChart
      title={t("continuity.title")}
      description={t("kpis.continuityChart")}
      axis={t("kpis.differentCaregivers")}
      per={t("kpis.continuityPer")}
      bars={distribution.map((d) => ({ label: `${d.caregivers}`, value: d.clients }))}
      format={(v) => `${Math.round(v)}`}
    />
  );
}
