// A bar chart in plain SVG (no chart library to ship): one bar per label, a null value is a gap
// marked "–" (no data that day, which is not the same as zero). The figures are also in a table
// under the chart for screen readers and for reading exact values. With `previous`, each slot
// also holds the previous period's bar of the same position (its first day beside this period's
// first day), lighter, and the table a column for it. The axis reads in round steps (1, 2 or 5
// times a power of ten: € 10 / € 20, 25% / 50%), never at the largest value itself. `target`: the
// organisation's mark, a dashed line with its value.
import { useT } from "../i18n/language";

export interface Bar {
  label: string;
  value: number | null;
}

// The axis' ticks from 0 up to at least `top`, about four steps of 1, 2 or 5 x 10^k, never finer
// than `minStep` (a whole euro, a whole client).
export function niceTicks(top: number, minStep = 0): number[] {
  const wanted = Math.max(top, minStep, 1e-9);
  const raw = wanted / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  let step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude;
  if (step < minStep) step = minStep;
  const count = Math.max(1, Math.ceil(wanted / step - 1e-9));
  // Rounded to the step's own precision, so 3 x 0.1 is 0.3 (not 0.30000000000000004).
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toFixed(digits)));
}

export function BarChart(props: {
  title: string;
  bars: Bar[];
  format: (value: number) => string;
  tickFormat?: (value: number) => string; // the axis' labels (default format)
  max?: number; // the axis reaches at least this (default the largest value)
  minStep?: number; // the axis' smallest step (default none)
  previous?: Bar[]; // the previous period, by position
  target?: number | null; // the organisation's target: a dashed line across the chart
  unit?: string;
  description?: string;
  axis?: string; // what a bar stands for (default "Day")
  per?: string; // how the chart is read aloud: "<title>, <per>" (default "per day")
}) {
  const { t } = useT();
  const { bars, format, previous } = props;
  const tickFormat = props.tickFormat ?? format;
  const width = 640;
  const height = 220;
  const left = 56;
  const bottom = 34;
  const top = 16;
  const plotHeight = height - top - bottom;
  const target = props.target ?? null;
  const values = [...bars, ...(previous ?? [])].map((b) => b.value).filter((v): v is number => v !== null);
  if (target !== null) values.push(target);
  const ticks = niceTicks(Math.max(props.max ?? 0, ...values), props.minStep);
  const max = ticks[ticks.length - 1];
  const slot = (width - left - 8) / Math.max(1, bars.length);
  const barWidth = Math.max(4, Math.min(40, slot * (previous ? 0.4 : 0.7)));
  const pair = previous ? barWidth * 2 + 2 : barWidth;
  const y = (v: number) => top + plotHeight - (Math.min(v, max) / max) * plotHeight;
  const labelEvery = Math.ceil(bars.length / 10);
  const id = props.title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const bar = (b: Bar, x: number, className: string) =>
    b.value === null ? (
      <text x={x + barWidth / 2} y={top + plotHeight - 4} text-anchor="middle" class="gap">
        –
      </text>
    ) : (
      <rect x={x} y={y(b.value)} width={barWidth} height={top + plotHeight - y(b.value)} class={className}>
        <title>
          {b.label}: {format(b.value)}
        </title>
      </rect>
    );

  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <strong>{props.title}</strong>
        {props.description && <span class="muted"> · {props.description}</span>}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${props.title}, ${props.per ?? t("chart.perDay")}`}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width - 4} y1={y(tick)} y2={y(tick)} class="grid" />
            <text x={left - 6} y={y(tick) + 4} text-anchor="end" class="tick">
              {tickFormat(tick)}
            </text>
          </g>
        ))}
        {target !== null && (
          <g class="target" data-testid="target-line">
            <line x1={left} x2={width - 4} y1={y(target)} y2={y(target)} />
            <text x={width - 6} y={y(target) - 4} text-anchor="end">
              {t("chart.target", { value: format(target) })}
            </text>
          </g>
        )}
        {bars.map((b, i) => {
          const x = left + i * slot + (slot - pair) / 2;
          const before = previous?.[i];
          return (
            <g key={b.label}>
              {before && bar(before, x, "bar-previous")}
              {bar(b, previous ? x + barWidth + 2 : x, "bar")}
              {i % labelEvery === 0 && (
                <text x={x + pair / 2} y={height - bottom + 16} text-anchor="middle" class="tick">
                  {b.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {previous && (
        <p class="legend">
          <span class="swatch previous" aria-hidden="true" /> {t("chart.previous")}{" "}
          <span class="swatch" aria-hidden="true" /> {t("chart.current")}
        </p>
      )}
      <details>
        <summary>{t("chart.figures", { title: props.title })}</summary>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{props.axis ?? t("details.day")}</th>
                <th scope="col">{props.title}</th>
                {previous && <th scope="col">{t("chart.previous")}</th>}
              </tr>
            </thead>
            <tbody>
              {bars.map((b, i) => {
                const before = previous?.[i];
                return (
                  <tr key={b.label}>
                    <td>{b.label}</td>
                    <td>{b.value === null ? t("chart.noData") : format(b.value)}</td>
                    {previous && (
                      <td>
                        {before
                          ? `${before.label}: ${before.value === null ? t("chart.noData") : format(before.value)}`
                          : t("chart.noData")}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
