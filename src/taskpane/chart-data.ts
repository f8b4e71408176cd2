/**
 * The preview's small chart, taken from the report plan's caseload chart (the same cells the
 * native Excel chart will show): month labels and a few numeric series with gaps as null.
 */
import type { Language } from "../i18n";
import { monthText } from "../report/format";
import type { Block, ReportPlan } from "../report/plan";

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

export interface ChartData {
  readonly title: string;
  readonly months: readonly string[];
  readonly series: readonly ChartSeries[];
}

/** An Excel date serial (1900 system) as "jun. 2015" / "Jun 2015"; other values as text. */
function categoryText(value: unknown, language: Language): string {
  if (typeof value !== "number") return value === null || value === undefined ? "" : String(value);
  const date = new Date(Math.round((value - 25_569) * 86_400_000));
  return monthText(date.getUTCFullYear(), date.getUTCMonth() + 1, language);
}

/** At most this many months are drawn and tabled; longer series are thinned evenly. */
export const MAX_CHART_POINTS = 120;

/**
 * Every `step`-th month of a long series, plus the first and last value of each series, so
 * the picture and its summary keep their ends.
 */
function thin(months: string[], series: ChartSeries[]): Pick<ChartData, "months" | "series"> {
  if (months.length <= MAX_CHART_POINTS) return { months, series };
  const step = Math.ceil(months.length / MAX_CHART_POINTS);
  const keep = new Set<number>([0, months.length - 1]);
  for (let i = 0; i < months.length; i += step) keep.add(i);
  for (const s of series) {
    const first = s.values.findIndex((v) => v !== null);
    let last = s.values.length - 1;
    while (last > 0 && s.values[last] === null) last--;
    if (first >= 0) keep.add(first).add(last);
  }
  const idx = [...keep].sort((a, b) => a - b);
  return {
    months: idx.map((i) => months[i] ?? ""),
    series: series.map((s) => ({ name: s.name, values: idx.map((i) => s.values[i] ?? null) })),
  };
}

/** The caseload chart of a plan, or null when the report has none (no caseload input). */
export function caseloadChart(plan: ReportPlan): ChartData | null {
  const sheet = plan.sheets.find((s) => s.kind === "caseload");
  const chart = sheet?.charts[0];
  if (sheet === undefined || chart === undefined) return null;
  const cells = new Map<string, unknown>();
  for (const c of sheet.cells) cells.set(`${c.row},${c.column}`, c.value);
  const column = (b: Block): unknown[] => {
    const out: unknown[] = [];
    for (let r = b.top; r <= b.bottom; r++) out.push(cells.get(`${r},${b.left}`));
    return out;
  };
  const months = column(chart.categories).map((v) => categoryText(v, plan.language));
  const series = chart.series
    .map((s) => ({
      name: s.name,
      values: column(s.values).map((v) => (typeof v === "number" && Number.isFinite(v) ? v : null)),
    }))
    .filter((s) => s.values.some((v) => v !== null));
  // Rows without a month (blank below the data) are no points: a row header must name one.
  const keep = months.flatMap((m, i) => (m === "" ? [] : [i]));
  const kept = series.map((s) => ({ name: s.name, values: keep.map((i) => s.values[i] ?? null) }));
  if (keep.length === 0 || series.length === 0) return null;
  return {
    title: chart.title,
    ...thin(
      keep.map((i) => months[i] as string),
      kept
    ),
  };
}
