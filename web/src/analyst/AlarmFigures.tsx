// The alarms' key figures on the analyst's screen: how many came in and of which kind, how many
// were resolved remotely, how fast a person answered, a caregiver accepted and arrived (p50, p90,
// p95 and the share within 15, 30, 45 and 60 minutes, the norms' marks), and how many were
// escalated. Counted by the server from the alarms' timelines (docs/api.md, Alarms: key figures).
import { kindLabel } from "../alarms/alarmText";
import { dayMonth, minutes, percent } from "../format";
import { useT } from "../i18n/language";
import type { Schemas } from "../types";
import { BarChart } from "./BarChart";

type AlarmFigures = Schemas["AlarmFigures"];
type ResponseTimes = Schemas["AlarmResponseTimes"];
type KpiDay = Schemas["KpiDay"];


// The steps of an alarm's answer; their names are figures.steps.<key>.
const steps: ("first_contact" | "acceptance" | "arrival")[] = ["first_contact", "acceptance", "arrival"];

const orNone = (m: number | null) => (m === null ? "–" : minutes(m));

export function AlarmFiguresSection({ alarms, days }: { alarms: AlarmFigures; days: KpiDay[] }) {
  const { t } = useT();
  return (
    <section class="alarm-figures" aria-labelledby="alarm-figures-title">
      <h2 id="alarm-figures-title">{t("nav.alarms")}</h2>
      <ul class="tiles" aria-label={t("figures.tiles")}>
        <li>
          <span class="tile-label">{t("nav.alarms")}</span>
          <strong data-testid="alarms-received">{alarms.received}</strong>
          <small>
            {Object.entries(alarms.by_kind)
              .filter(([, n]) => n > 0)
              .map(([kind, n]) => `${kindLabel(kind)} ${n}`)
              .join(" · ") || t("figures.noneCame")}
          </small>
        </li>
        <li>
          <span class="tile-label">{t("figures.remote")}</span>
          <strong data-testid="alarms-remote-share">{percent(alarms.remote_share)}</strong>
          <small>
            {t("figures.remoteText", { remote: alarms.resolved_remotely, resolved: alarms.resolved })}
          </small>
        </li>
        <li>
          <span class="tile-label">{t("figures.within45")}</span>
          <strong data-testid="alarms-on-site-45">{percent(alarms.arrival.share_within_45)}</strong>
          <small>{t("figures.went", { count: alarms.arrival.alarms })}</small>
        </li>
        <li>
          <span class="tile-label">{t("figures.escalations")}</span>
          <strong data-testid="alarms-escalated">{alarms.escalated_to_coordinator}</strong>
          <small>
            {t("figures.escalationText", { count: alarms.advised_112 })}
          </small>
        </li>
      </ul>
      <div class="table-wrap">
        <table class="alarm-times">
          <caption>{t("figures.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("figures.step")}</th>
              <th scope="col">{t("nav.alarms")}</th>
              <th scope="col">{t("figures.p", { n: 50 })}</th>
              <th scope="col">{t("figures.p", { n: 90 })}</th>
              <th scope="col">{t("figures.p", { n: 95 })}</th>
              <th scope="col">{t("figures.within", { time: minutes(15) })}</th>
              <th scope="col">{t("figures.within", { time: minutes(30) })}</th>
              <th scope="col">{t("figures.within", { time: minutes(45) })}</th>
              <th scope="col">{t("figures.within", { time: minutes(60) })}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((key) => {
              const times: ResponseTimes = alarms[key];
              return (
                <tr data-step={key}>
                  <th scope="row">{t(`figures.steps.${key}`)}</th>
                  <td>{times.alarms}</td>
                  <td>{orNone(times.p50)}</td>
                  <td>{orNone(times.p90)}</td>
                  <td>{orNone(times.p95)}</td>
                  <td>{percent(times.share_within_15)}</td>
                  <td>{percent(times.share_within_30)}</td>
                  <td>{percent(times.share_within_45)}</td>
                  <td>{percent(times.share_within_60)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div class="charts">
        <BarChart
          title={t("nav.alarms")}
          description={t("figures.chartAlarms")}
          bars={days.map((d) => ({ label: dayMonth(d.day), value: d.alarms }))}
          max={Math.max(1, ...days.map((d) => d.alarms))}
          minStep={1}
          format={(v) => `${Math.round(v)}`}
        />
        <BarChart
          title={t("figures.timeToSite")}
          description={t("figures.timeToSiteText")}
          bars={days.map((d) => ({ label: dayMonth(d.day), value: d.alarm_arrival_p90 }))}
          max={Math.max(60, ...days.map((d) => d.alarm_arrival_p90 ?? 0))}
          format={(v) => minutes(v)}
        />
      </div>
    </section>
  );
}
