// The analyst's key figures for insurers: coverage, continuity, punctuality, travel share and cost
// per care hour over a chosen period, for the analyst's organisation, as charts and as CSV (in
// Dutch Excel's convention when Dutch is chosen, analyst/dutchCsv.ts); its alarms' figures
// (analyst/AlarmFigures.tsx); and live repair's: the visits given back by sickness, absence or
// no-shows and what became of them. The default period ends today and starts at the first day with
// data in the last four weeks; the previous period of the same length (a second GET /v1/kpis) is
// shown beside it, the organisation's targets (analyst/Targets.tsx) as lines, and the figures split
// by caregiver kind and by postcode area.
import { useState } from "preact/hooks";
import { get, getText, query } from "../api";
import { DateField } from "../DateTimeFields";
import { addDays, dateLabel, dayMonth, euros, fixed, percent, wholeEuros } from "../format";
import { useT } from "../i18n/language";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { Form, problemAt } from "../formErrors";
import { ErrorMessage, Loaded, asApiError, downloadText, useLoad } from "../ui";
import type { ApiError } from "../api";
import type { Answer, Schemas } from "../types";
import { AlarmFiguresSection } from "./AlarmFigures";
import { BarChart } from "./BarChart";
import { dutchKpisCsv } from "./dutchCsv";
import { TargetsForm, type KpiTargets } from "./Targets";
import "./analyst.css";

type Kpis = Schemas["Kpis"];
type KpiDay = Schemas["KpiDay"];


type Period = { from: string; to: string };

// How far back the default period looks for days with data.
const lookBackDays = 28;

// The default period ends today and starts at the first day with data among the last four weeks
// (a visit due or done, a check-in, an alarm), so a young organisation or the demo does not read a
// fortnight of empty days; without any data, the last week.
const dayHasData = (d: KpiDay) => d.due > 0 || d.done > 0 || d.check_ins > 0 || d.alarms > 0;

export function periodWithData(kpis: Kpis, today: string): Period {
  const first = kpis.days.find(dayHasData);
  return { from: first?.day ?? addDays(today, -6), to: today };
}

// The period of the same length just before.
export function previousPeriod(period: Period): Period {
  const days = Math.round((Date.parse(period.to) - Date.parse(period.from)) / 86400000) + 1;
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

export function Kpis(_props: ScreenProps) {
  const { t, language } = useT();
  const { me } = useSession();
  const today = usePlatformToday();
  const [chosen, setChosen] = useState<Period | null>(null);
  const [draftChosen, setDraft] = useState<Period | null>(null);
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);
  const organisations = useLoad(() => get<Answer<"/v1/organisations">>("/v1/organisations"), []);
  // The last four weeks, read once to find the days with data (the default period).
  const recent = useLoad(
    () => get<Kpis>(`/v1/kpis${query({ from: addDays(today, -(lookBackDays - 1)), to: today })}`),
    [today],
  );
  const period = chosen ?? (recent.data ? periodWithData(recent.data, today) : recent.error ? { from: addDays(today, -6), to: today } : null);
  const draft = draftChosen ?? period ?? { from: addDays(today, -6), to: today };
  const kpis = useLoad(
    () => (period ? get<Kpis>(`/v1/kpis${query(period)}`) : new Promise<Kpis>(() => {})),
    [period?.from, period?.to],
  );
  const before = period ? previousPeriod(period) : null;
  // The previous period beside this one; when it cannot be read (before the organisation existed,
  // a refused range) the screen shows this period alone.
  const previous = useLoad(
    () => (before ? get<Kpis>(`/v1/kpis${query(before)}`) : new Promise<Kpis>(() => {})),
    [before?.from, before?.to],
  );
  const targets = useLoad(() => get<KpiTargets>("/v1/kpi-targets"), []);
  const [savedTargets, setSavedTargets] = useState<KpiTargets | null>(null);
  const currentTargets = savedTargets ?? targets.data;
  const maySetTargets = me.role === "analyst" || me.role === "org_admin";
  const organisationName =
    organisations.data?.items.find((o) => o.id === me.organisation_id)?.name ?? t("kpis.yourOrganisation");

  async function download() {
    if (!period) return;
    setDownloadError(null);
    try {
      const csv = await getText(`/v1/kpis${query({ ...period, format: "csv" })}`);
      // English: the server's file as it is; Dutch: the same figures in Dutch Excel's convention.
      const file = language === "nl" ? dutchKpisCsv(csv, t) : csv;
      downloadText(t("kpis.csvFile", { from: period.from, to: period.to }), file, "text/csv;charset=utf-8");
    } catch (e) {
      setDownloadError(asApiError(e));
    }
  }

  function choose(next: Period) {
    setDraft(next);
    setChosen(next);
  }

  function preset(days: number) {
    choose({ from: addDays(today, -days), to: addDays(today, -1) });
  }

  return (
    <div class="kpis">
      <h1>
        {t("nav.kpis")} · {organisationName}
      </h1>
      {/* The period's refusal shows at its dates (any other at the figures below). */}
      <Form
        error={problemAt(kpis.error, ["from", "to"]) ? kpis.error : null}
        class="toolbar"
        aria-label={t("continuity.period")}
        onSubmit={(e) => {
          e.preventDefault();
          choose(draft);
        }}
      >
        <DateField
          label={t("availability.from")}
          value={draft.from}
          problem="from"
          onValue={(from) => setDraft({ ...draft, from })}
        />
        <DateField
          label={t("availability.to")}
          value={draft.to}
          problem="to"
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
      </Form>
      <ErrorMessage error={downloadError} />
      {maySetTargets && currentTargets && <TargetsForm targets={currentTargets} onSaved={setSavedTargets} />}
      <Loaded state={kpis} what={t("kpis.loading")}>
        {(k) => (
          <Figures
            kpis={k}
            previous={previous.data?.from === before?.from ? previous.data : undefined}
            targets={currentTargets}
          />
        )}
      </Loaded>
    </div>
  );
}

// "vorige periode: 41,2%" under a tile, when the previous period was read.
function Previous({ testId, value }: { testId: string; value: string | undefined }) {
  const { t } = useT();
  if (value === undefined) return null;
  return (
    <small class="previous" data-testid={testId}>
      {t("kpis.previousValue", { value })}
    </small>
  );
}

// "doel: 95%" under a tile, when the organisation set a target for the figure.
function Target({ testId, value }: { testId: string; value: string | null }) {
  const { t } = useT();
  if (value === null) return null;
  return (
    <small class="target" data-testid={testId}>
      {t("kpis.target.tile", { value })}
    </small>
  );
}

function Figures({ kpis, previous: before, targets }: { kpis: Kpis; previous?: Kpis; targets?: KpiTargets }) {
  const { t } = useT();
  // A previous period without any data is said once, not drawn as a row of dashes.
  const previous = before?.days.some(dayHasData) ? before : undefined;
  const goal = (v: number | null | undefined, show: (v: number) => string) => (v === null || v === undefined ? null : show(v));
  const perCareHour = (d: KpiDay) => (d.care_minutes > 0 ? (d.pay_cents * 60) / d.care_minutes : null);
  const cost = (k: Kpis) => (k.cost.cents_per_care_hour === null ? "–" : euros(k.cost.cents_per_care_hour));
  const continuity = (k: Kpis) =>
    k.continuity.mean_caregivers_per_client === null ? "–" : fixed(k.continuity.mean_caregivers_per_client, 1);
  const series = (k: Kpis | undefined, value: (d: KpiDay) => number | null) =>
    k?.days.map((d) => ({ label: dayMonth(d.day), value: value(d) }));
  return (
    <>
      <p class="muted">
        {t("kpis.periodLine", { from: dateLabel(kpis.from), to: dateLabel(kpis.to), grace: kpis.grace_minutes })}
      </p>
      {before && (
        <p class="muted" data-testid="previous-period">
          {t(previous ? "kpis.previousLine" : "kpis.previousNone", { from: dateLabel(before.from), to: dateLabel(before.to) })}
        </p>
      )}
      <ul class="tiles" aria-label={t("kpis.totals")}>
        <li>
          <span class="tile-label">{t("kpis.coverage")}</span>
          <strong data-testid="coverage">{percent(kpis.coverage.rate)}</strong>
          <small>
            {t("kpis.coverageText", { covered: kpis.coverage.covered, due: kpis.coverage.due })}
          </small>
          <Previous testId="coverage-previous" value={previous && percent(previous.coverage.rate)} />
          <Target testId="coverage-target" value={goal(targets?.coverage, percent)} />
        </li>
        <li>
          <span class="tile-label">{t("continuity.title")}</span>
          <strong data-testid="continuity">{continuity(kpis)}</strong>
          <small>{t("kpis.continuityText", { count: kpis.continuity.clients })}</small>
          <Previous testId="continuity-previous" value={previous && continuity(previous)} />
        </li>
        <li>
          <span class="tile-label">{t("kpis.punctuality")}</span>
          <strong data-testid="punctuality">{percent(kpis.punctuality.rate)}</strong>
          <small>
            {t("kpis.punctualityText", { inWindow: kpis.punctuality.in_window, checkIns: kpis.punctuality.check_ins })}
          </small>
          <Previous testId="punctuality-previous" value={previous && percent(previous.punctuality.rate)} />
          <Target testId="punctuality-target" value={goal(targets?.punctuality, percent)} />
        </li>
        <li>
          <span class="tile-label">{t("kpis.travel")}</span>
          <strong data-testid="travel-share">{percent(kpis.travel.share)}</strong>
          <small>{t("kpis.travelText")}</small>
          <Previous testId="travel-share-previous" value={previous && percent(previous.travel.share)} />
          <Target testId="travel-share-target" value={goal(targets?.travel_share, percent)} />
        </li>
        <li>
          <span class="tile-label">{t("kpis.cost")}</span>
          <strong data-testid="cost">{cost(kpis)}</strong>
          <small>{t("kpis.careHours", { hours: fixed(kpis.cost.care_hours, 1) })}</small>
          <Previous testId="cost-previous" value={previous && cost(previous)} />
          <Target testId="cost-target" value={goal(targets?.cents_per_care_hour, euros)} />
        </li>
      </ul>
      <div class="charts">
        <BarChart
          target={targets?.coverage}
          title={t("kpis.coverage")}
          description={t("kpis.coverageChart")}
          bars={series(kpis, (d) => d.coverage) ?? []}
          previous={series(previous, (d) => d.coverage)}
          max={1}
          format={percent}
        />
        <BarChart
          target={targets?.punctuality}
          title={t("kpis.punctuality")}
          description={t("kpis.punctualityChart")}
          bars={series(kpis, (d) => d.punctuality) ?? []}
          previous={series(previous, (d) => d.punctuality)}
          max={1}
          format={percent}
        />
        <BarChart
          target={targets?.travel_share}
          title={t("kpis.travel")}
          description={t("kpis.travelChart")}
          bars={series(kpis, (d) => d.travel_share) ?? []}
          previous={series(previous, (d) => d.travel_share)}
          max={0.05}
          format={percent}
        />
        <BarChart
          target={targets?.cents_per_care_hour}
          title={t("kpis.cost")}
          description={t("kpis.costChart")}
          bars={series(kpis, perCareHour) ?? []}
          previous={series(previous, perCareHour)}
          minStep={100}
          format={(v) => euros(Math.round(v))}
          tickFormat={wholeEuros}
        />
        <ContinuityChart distribution={kpis.continuity.distribution} />
      </div>
      <Splits kpis={kpis} />
      <Repairs repairs={kpis.repairs} />
      <AlarmFiguresSection alarms={kpis.alarms} days={kpis.days} />
    </>
  );
}

type Split = Schemas["KpiKindSplit"] | Schemas["KpiAreaSplit"];

// The period's figures per kind of caregiver who held the visits (and the due visits nobody held:
// the uncovered ones) and per postcode area, as tables: where coverage or cost differs.
function Splits({ kpis }: { kpis: Kpis }) {
  const { t } = useT();
  const cells = (s: Split) => [
    <td key="due" data-label={t("kpis.split.due")}>{s.due}</td>,
    <td key="coverage" data-label={t("kpis.coverage")}>{percent(s.coverage)}</td>,
    <td key="punctuality" data-label={t("kpis.punctuality")}>{percent(s.punctuality)}</td>,
    <td key="done" data-label={t("kpis.split.done")}>{s.done}</td>,
    <td key="hours" data-label={t("kpis.split.careHours")}>{fixed(s.care_minutes / 60, 1)}</td>,
    <td key="cost" data-label={t("kpis.cost")}>
      {s.cents_per_care_hour === null ? "–" : euros(s.cents_per_care_hour)}
    </td>,
  ];
  const head = [
    <th key="due" scope="col">{t("kpis.split.due")}</th>,
    <th key="coverage" scope="col">{t("kpis.coverage")}</th>,
    <th key="punctuality" scope="col">{t("kpis.punctuality")}</th>,
    <th key="done" scope="col">{t("kpis.split.done")}</th>,
    <th key="hours" scope="col">{t("kpis.split.careHours")}</th>,
    <th key="cost" scope="col">{t("kpis.cost")}</th>,
  ];
  const kindName = (kind: Schemas["KpiKindSplit"]["kind"]) => (kind === null ? t("kpis.split.nobody") : t(`caregivers.kind.${kind}`));
  return (
    <section class="splits" aria-labelledby="splits-title">
      <h2 id="splits-title">{t("kpis.split.title")}</h2>
      <div class="table-wrap">
        <table class="stack-on-phone" data-testid="by-kind">
          <caption>{t("kpis.split.byKind")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("caregivers.kindLabel")}</th>
              {head}
              <th scope="col">{t("kpis.travel")}</th>
            </tr>
          </thead>
          <tbody>
            {kpis.by_caregiver_kind.map((s) => (
              <tr key={s.kind ?? "none"}>
                <th scope="row" data-label={t("caregivers.kindLabel")}>{kindName(s.kind)}</th>
                {cells(s)}
                <td data-label={t("kpis.travel")}>{percent(s.travel_share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Closed at first: a city has dozens of areas, a long list on a phone. */}
      <details class="split-areas">
        <summary>{t("kpis.split.areas", { count: kpis.by_area.length })}</summary>
        <div class="table-wrap">
          <table class="stack-on-phone" data-testid="by-area">
            <caption>{t("kpis.split.byArea")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("kpis.split.area")}</th>
                {head}
              </tr>
            </thead>
            <tbody>
              {kpis.by_area.map((s) => (
                <tr key={s.area}>
                  <th scope="row" data-label={t("kpis.split.area")}>{s.area}</th>
                  {cells(s)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
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
      minStep={1}
      format={(v) => `${Math.round(v)}`}
    />
  );
}
