/**
 * A tiny line chart of the caseload against its target, drawn as inline SVG (no chart
 * library). Screen readers get a one-sentence summary (role="img") and the numbers as a
 * visually hidden table.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../i18n";
import type { ChartData } from "./chart-data";
import { shownNumber } from "./numbers";
import type { Translate } from "./shared";
import { classes } from "./styles";

export const useChartStyles = makeStyles({
  figure: { margin: 0 },
  chart: { width: "100%", maxWidth: "420px", height: "auto" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    listStyleType: "none",
    margin: 0,
    padding: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "3px",
    marginRight: tokens.spacingHorizontalXS,
    verticalAlign: "middle",
  },
});

const WIDTH = 320;
const HEIGHT = 160;
const PAD = { left: 46, right: 8, top: 8, bottom: 20 };
export const COLOURS = [
  tokens.colorBrandForeground1,
  tokens.colorPaletteDarkOrangeForeground1,
  tokens.colorNeutralForeground3,
];
const DASHES = [undefined, "5 3", "2 3"];

function firstLast(values: readonly (number | null)[]): [number, number] | null {
  const first = values.findIndex((v) => v !== null);
  if (first < 0) return null;
  let last = values.length - 1;
  while (values[last] === null) last--;
  return [first, last];
}

/** The chart's one-sentence description (`kind`: the sentence naming the kind of chart). */
export function chartSummary(
  data: ChartData,
  t: Translate,
  language: Language,
  kind: "chartSummary" | "economyChartSummary" = "chartSummary"
): string {
  const n = (v: number | null) => (v === null ? "" : shownNumber(v, language));
  const parts = data.series.flatMap((s) => {
    const span = firstLast(s.values);
    if (span === null) return [];
    const [a, b] = span;
    return [
      t("chartSeries", {
        name: s.name,
        first: n(s.values[a] ?? null),
        firstMonth: data.months[a] ?? "",
        last: n(s.values[b] ?? null),
        lastMonth: data.months[b] ?? "",
      }),
    ];
  });
  return t(kind, {
    title: data.title,
    from: data.months[0] ?? "",
    to: data.months[data.months.length - 1] ?? "",
    series: parts.join(". ") + ".",
  });
}

export function CaseloadChart({
  data,
  t,
  language,
}: {
  data: ChartData;
  t: Translate;
  language: Language;
}) {
  const styles = useChartStyles();
  const all = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = all.reduce((a, b) => Math.max(a, b), 0);
  const min = all.reduce((a, b) => Math.min(a, b), 0);
  const span = max - min || 1;
  const count = data.months.length;
  const x = (i: number) =>
    PAD.left + (count <= 1 ? 0 : (i / (count - 1)) * (WIDTH - PAD.left - PAD.right));
  const y = (v: number) => PAD.top + (1 - (v - min) / span) * (HEIGHT - PAD.top - PAD.bottom);
  const r = (v: number) => Math.round(v * 10) / 10;
  // Colours as styles: CSS variables (the theme's tokens) do not work in SVG attributes.
  const axisText = { fontSize: 9, style: { fill: tokens.colorNeutralForeground3 } };

  return (
    <figure className={styles.figure}>
      <svg
        role="img"
        aria-label={chartSummary(data, t, language)}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className={styles.chart}
        focusable="false"
      >
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(min)}
          y2={y(min)}
          style={{ stroke: tokens.colorNeutralStroke1 }}
        />
        <text x={PAD.left - 4} y={y(max) + 3} textAnchor="end" {...axisText}>
          {shownNumber(max, language)}
        </text>
        <text x={PAD.left - 4} y={y(min)} textAnchor="end" {...axisText}>
          {shownNumber(min, language)}
        </text>
        <text x={PAD.left} y={HEIGHT - 6} {...axisText}>
          {data.months[0]}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" {...axisText}>
          {data.months[count - 1]}
        </text>
        {data.series.map((s, k) => {
          // Measured points are sparse: join the known ones and mark each.
          const points = s.values.flatMap((v, i) => (v === null ? [] : [`${r(x(i))},${r(y(v))}`]));
          const sparse = points.length < count / 2;
          return (
            <g key={s.name} fill="none" style={{ stroke: COLOURS[k % COLOURS.length] }}>
              <polyline points={points.join(" ")} strokeWidth={2} strokeDasharray={DASHES[k]} />
              {sparse &&
                s.values.map((v, i) =>
                  v === null ? null : (
                    <circle
                      key={i}
                      cx={r(x(i))}
                      cy={r(y(v))}
                      r={2.5}
                      style={{ fill: COLOURS[k % COLOURS.length] }}
                    />
                  )
                )}
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {data.series.map((s, k) => (
          <li key={s.name}>
            <span
              className={styles.swatch}
              style={{ backgroundColor: COLOURS[k % COLOURS.length] }}
            />
            {s.name}
          </li>
        ))}
      </ul>
      <ChartTable data={data} t={t} language={language} header={t("month")} />
    </figure>
  );
}

/** A chart's numbers as a table for screen readers (not shown). */
export function ChartTable({
  data,
  t,
  language,
  header,
}: {
  data: ChartData;
  t: Translate;
  language: Language;
  /** The heading of the category column ("Måned", "År"). */
  header: string;
}) {
  return (
    // Hidden by its box: a table is never narrower than its cells, so it cannot clip itself.
    <div className={classes.visuallyHidden}>
      <table>
        <caption>{t("chartTable", { title: data.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{header}</th>
            {data.series.map((s) => (
              <th key={s.name} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.months.map((month, i) => (
            <tr key={i}>
              <th scope="row">{month}</th>
              {data.series.map((s) => {
                const v = s.values[i] ?? null;
                return <td key={s.name}>{v === null ? "" : shownNumber(v, language, 1)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
