// A bar chart in plain SVG (no chart library to ship): one bar per label, a null value is a gap
// marked "–" (no data that day, which is not the same as zero). The figures are also in a table
// under the chart for screen readers and for reading exact values.
import { useT } from "../i18n/language";

export interface Bar {
  label: string;
  value: number | null;
}

export function BarChart(props: {
  title: string;
  bars: Bar[];
  format: (value: number) => string;
  max?: number; // the axis top; default the largest value
  unit?: string;
  description?: string;
  axis?: string; // what a bar stands for (default "Day")
  per?: string; // how the chart is read aloud: "<title>, <per>" (default "per day")
}) {
  const { t } = useT();
  const { bars, format } = props;
  const width = 640;
  const height = 220;
  const left = 48;
  const bottom = 34;
  const top = 16;
  const plotHeight = height - top - bottom;
  const values = bars.map((b) => b.value).filter((v): v is number => v !== null);
  const max = props.max ?? Math.max(1e-9, ...values);
  const slot = (width - left - 8) / Math.max(1, bars.length);
  const barWidth = Math.max(4, Math.min(40, slot * 0.7));
  const y = (v: number) => top + plotHeight - (Math.min(v, max) / max) * plotHeight;
  const ticks = [0, 0.5, 1].map((f) => f * max);
  const labelEvery = Math.ceil(bars.length / 10);
  const id = props.title.toLowerCase().replace(/[^a-z0-9]+/g, "-");

  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <strong>{props.title}</strong>
        {props.description && <span class="muted"> · {props.description}</span>}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${props.title}, ${props.per ?? t("chart.perDay")}`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={left} x2={width - 4} y1={y(t)} y2={y(t)} class="grid" />
            <text x={left - 6} y={y(t) + 4} text-anchor="end" class="tick">
              {format(t)}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const x = left + i * slot + (slot - barWidth) / 2;
          return (
            <g key={b.label}>
              {b.value === null ? (
                <text x={x + barWidth / 2} y={top + plotHeight - 4} text-anchor="middle" class="gap">
                  –
                </text>
              ) : (
                <rect x={x} y={y(b.value)} width={barWidth} height={top + plotHeight - y(b.value)} class="bar">
                  <title>
                    {b.label}: {format(b.value)}
                  </title>
                </rect>
              )}
              {i % labelEvery === 0 && (
                <text x={x + barWidth / 2} y={height - bottom + 16} text-anchor="middle" class="tick">
                  {b.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t("chart.figures", { title: props.title })}</summary>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{props.axis ?? t("details.day")}</th>
                <th scope="col">{props.title}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.label}>
                  <td>{b.label}</td>
                  <td>{b.value === null ? t("chart.noData") : format(b.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
