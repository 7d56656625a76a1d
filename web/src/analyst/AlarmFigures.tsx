// The alarms' key figures on the analyst's screen: how many came in and of which kind, how many
// were resolved remotely, how fast a person answered, a caregiver accepted and arrived (p50, p90,
// p95 and the share within 15, 30, 45 and 60 minutes, the norms' marks), and how many were
// escalated. Counted by the server from the alarms' timelines (docs/api.md, Alarms: key figures).
import { kindLabel } from "../alarms/alarmText";
import { dateLabel, minutes, percent } from "../format";
import type { Schemas } from "../types";
import { BarChart } from "./BarChart";

type AlarmFigures = Schemas["AlarmFigures"];
type ResponseTimes = Schemas["AlarmResponseTimes"];
type KpiDay = Schemas["KpiDay"];


const steps: { key: "first_contact" | "acceptance" | "arrival"; label: string }[] = [
  { key: "first_contact", label: "First contact" },
  { key: "acceptance", label: "Accepted by a caregiver" },
  { key: "arrival", label: "Caregiver on site" },
];

const orNone = (m: number | null) => (m === null ? "–" : minutes(m));
const shortDay = (date: string) => dateLabel(date).replace(/^\w+ /, "");

export function AlarmFiguresSection({ alarms, days }: { alarms: AlarmFigures; days: KpiDay[] }) {
  return (
    <section class="alarm-figures" aria-labelledby="alarm-figures-title">
      <h2 id="alarm-figures-title">Alarms</h2>
      <ul class="tiles" aria-label="Alarms over the period">
        <li>
          <span class="tile-label">Alarms</span>
          <strong data-testid="alarms-received">{alarms.received}</strong>
          <small>
            {Object.entries(alarms.by_kind)
              .filter(([, n]) => n > 0)
              .map(([kind, n]) => `${kindLabel(kind)} ${n}`)
              .join(" · ") || "none came in"}
          </small>
        </li>
        <li>
          <span class="tile-label">Resolved remotely</span>
          <strong data-testid="alarms-remote-share">{percent(alarms.remote_share)}</strong>
          <small>
            {alarms.resolved_remotely} of {alarms.resolved} resolved without a caregiver going
          </small>
        </li>
        <li>
          <span class="tile-label">On site within 45 min</span>
          <strong data-testid="alarms-on-site-45">{percent(alarms.arrival.share_within_45)}</strong>
          <small>of {alarms.arrival.alarms} caregivers who went</small>
        </li>
        <li>
          <span class="tile-label">Escalations</span>
          <strong data-testid="alarms-escalated">{alarms.escalated_to_coordinator}</strong>
          <small>
            to the coordinator on call · 112 advised {alarms.advised_112}×
          </small>
        </li>
      </ul>
      <div class="table-wrap">
        <table class="alarm-times">
          <caption>Minutes from an alarm coming in, over the alarms that got that far</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Alarms</th>
              <th scope="col">p50</th>
              <th scope="col">p90</th>
              <th scope="col">p95</th>
              <th scope="col">within 15 min</th>
              <th scope="col">within 30 min</th>
              <th scope="col">within 45 min</th>
              <th scope="col">within 60 min</th>
            </tr>
          </thead>
          <tbody>
            {steps.map(({ key, label }) => {
              const t: ResponseTimes = alarms[key];
              return (
                <tr data-step={key}>
                  <th scope="row">{label}</th>
                  <td>{t.alarms}</td>
                  <td>{orNone(t.p50)}</td>
                  <td>{orNone(t.p90)}</td>
                  <td>{orNone(t.p95)}</td>
                  <td>{percent(t.share_within_15)}</td>
                  <td>{percent(t.share_within_30)}</td>
                  <td>{percent(t.share_within_45)}</td>
                  <td>{percent(t.share_within_60)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div class="charts">
        <BarChart
          title="Alarms"
          description="alarms that came in"
          bars={days.map((d) => ({ label: shortDay(d.day), value: d.alarms }))}
          max={Math.max(1, ...days.map((d) => d.alarms))}
          format={(v) => `${Math.round(v)}`}
        />
        <BarChart
          title="Time to on site"
          description="p90 of the day's arrivals, minutes"
          bars={days.map((d) => ({ label: shortDay(d.day), value: d.alarm_arrival_p90 }))}
          max={Math.max(60, ...days.map((d) => d.alarm_arrival_p90 ?? 0))}
          format={(v) => minutes(v)}
        />
      </div>
    </section>
  );
}
