/**
 * The preview's economy chart: per budget year the budgeted and the actual net effect as
 * columns, with their running sums as lines, on one axis (the same picture as KIK Økonomi's
 * native chart). Inline SVG like {@link CaseloadChart}; screen readers get a summary and a table.
 */
import type { Language } from "../i18n";
import { ChartTable, chartSummary, COLOURS, useChartStyles } from "./CaseloadChart";
import type { ChartData } from "./chart-data";
import { shownNumber } from "./numbers";
import type { EconomyChartData } from "./preview-summary";
import type { Translate } from "./shared";

const WIDTH = 320;
const HEIGHT = 170;
const PAD = { left: 40, right: 6, top: 8, bottom: 20 };

/** The economy series as the chart's data: two column series, then two line series. */
export function economyChartData(e: EconomyChartData, title: string, t: Translate): ChartData {
  return {
    title,
    months: e.years.map(String),
    series: [
      { name: t("economyBudget"), values: e.budget },
      { name: t("economyActual"), values: e.actual },
      { name: t("economyCumulativeBudget"), values: e.cumulativeBudget },
      { name: t("economyCumulativeActual"), values: e.cumulativeActual },
    ],
  };
}

export function EconomyChart(props: { data: ChartData; t: Translate; language: Language }) {
  const { data, t, language } = props;
  const styles = useChartStyles();
  const all = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const n = data.months.length;
  const band = (WIDTH - PAD.left - PAD.right) / n;
  const y = (v: number) => PAD.top + ((max - v) / span) * (HEIGHT - PAD.top - PAD.bottom);
  const mid = (i: number) => PAD.left + band * (i + 0.5);
  const r = (v: number) => Math.round(v * 10) / 10;
  const bar = band * 0.32;
  // At most about eight year labels.
  const every = Math.ceil(n / 8);
  const axisText = { fontSize: 9, style: { fill: "currentColor" } };
  const colour = (k: number) => COLOURS[k % 2] as string;

  return (
    <figure className={styles.figure}>
      <svg
        role="img"
        aria-label={chartSummary(data, t, language, "economyChartSummary")}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className={styles.chart}
        focusable="false"
      >
        <text x={PAD.left - 4} y={y(max) + 3} textAnchor="end" {...axisText}>
          {shownNumber(max, language, 1)}
        </text>
        <text x={PAD.left - 4} y={y(min)} textAnchor="end" {...axisText}>
          {shownNumber(min, language, 1)}
        </text>
        {data.months.map((m, i) =>
          i % every === 0 ? (
            <text key={m} x={r(mid(i))} y={HEIGHT - 6} textAnchor="middle" {...axisText}>
              {m}
            </text>
          ) : null
        )}
        {data.series.slice(0, 2).map((s, k) => (
          <g key={s.name} style={{ fill: colour(k) }} fillOpacity={0.45}>
            {s.values.map((v, i) =>
              v === null ? null : (
                <rect
                  key={i}
                  x={r(mid(i) - bar + k * bar)}
                  y={r(Math.min(y(v), y(0)))}
                  width={r(bar)}
                  height={r(Math.abs(y(v) - y(0)))}
                />
              )
            )}
          </g>
        ))}
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={r(y(0))}
          y2={r(y(0))}
          style={{ stroke: COLOURS[2] }}
        />
        {data.series.slice(2).map((s, k) => (
          <g key={s.name} fill="none" style={{ stroke: colour(k), fill: colour(k) }}>
            <polyline
              fill="none"
              points={s.values
                .flatMap((v, i) => (v === null ? [] : [`${r(mid(i))},${r(y(v))}`]))
                .join(" ")}
              strokeWidth={2}
              strokeDasharray={k === 0 ? "5 3" : undefined}
            />
            {s.values.map((v, i) =>
              v === null ? null : <circle key={i} cx={r(mid(i))} cy={r(y(v))} r={2.5} />
            )}
          </g>
        ))}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {data.series.map((s, k) => (
          <li key={s.name}>
            <span
              className={styles.swatch}
              style={{ backgroundColor: colour(k % 2), height: k < 2 ? "8px" : "3px" }}
            />
            {s.name}
          </li>
        ))}
      </ul>
      <ChartTable data={data} t={t} language={language} header={t("year")} />
    </figure>
  );
}
