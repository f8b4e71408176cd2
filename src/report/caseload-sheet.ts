/**
 * "KIK Sagstal": one row per month from the first measurement, with the measured caseload,
 * the targets, the target path, the projection and the original group / newcomers / comparison
 * where the input has them. Measured values are formulas over the input cells; the target path
 * and projection are formulas over this sheet and the assumptions, with the engine's values cached.
 */
import { projectCaseload, targetPath, type PathPoint } from "../engine";
import type { Language } from "../i18n";
import type { CaseloadInput, CaseloadRow, Sourced } from "../input/model";
import { FORMATS, monthSerial, monthText } from "./format";
import { label, type LabelKey } from "./labels";
import type { SheetPlan } from "./plan";
import { inputRef, SheetBuilder } from "./sheet-builder";
import { tableName } from "./assumptions-sheet";

/** A caseload figure the overview refers to. */
export interface CaseloadFigure {
  readonly address: string;
  readonly value: number;
  readonly month: string;
  /** True when the figure is an assumption (the baseline chosen in the guide or the input). */
  readonly fromAssumption?: boolean;
}

/** What the overview needs from the caseload sheet. */
export interface CaseloadFigures {
  readonly baseline: CaseloadFigure | null;
  readonly current: CaseloadFigure | null;
  readonly target: CaseloadFigure | null;
  /** People saved per month summed over the measured span (for person-years avoided). */
  readonly saved: {
    readonly sumAddress: string;
    readonly sum: number;
    readonly from: string;
    readonly to: string;
    readonly trend: boolean;
  } | null;
}

/**
 * Baseline and target chosen in the guide (cells on the assumptions sheet). The baseline
 * replaces the first measurement as the start of the target path and projection; the target
 * is placed in its month, and input targets after that month are no longer anchors.
 */
export interface CaseloadOverrides {
  readonly baseline?: { readonly value: number; readonly address: string };
  readonly target?: {
    readonly value: number;
    readonly address: string;
    readonly year: number;
    readonly month: number;
  };
}

const HEADER = 4;
const COL = {
  month: 1,
  count: 2,
  target: 3,
  path: 4,
  projection: 5,
  original: 6,
  newcomers: 7,
  comparison: 8,
  interpolated: 9,
  counterfactual: 10,
  saved: 11,
} as const;

const monthIndex = (r: CaseloadRow) => r.month.value.year * 12 + r.month.value.month - 1;

/**
 * Lays out the caseload sheet.
 * @param projection - exit rate and inflow (value and address), or null when unknown
 * @param horizonYears - the sheet runs at least this many years from the first month
 */
export function buildCaseloadSheet(
  name: string,
  caseload: CaseloadInput,
  projection: {
    exitRate: { value: number; address: string };
    inflow: { value: number; address: string };
  } | null,
  horizonYears: number,
  assumptionsSheet: string,
  language: Language,
  overrides: CaseloadOverrides = {},
  useComparisonTrend = true,
  strategyStart: { readonly year: number; readonly month: number } | null = null
): { sheet: SheetPlan; figures: CaseloadFigures } {
  const l = (k: LabelKey, p: Record<string, string | number> = {}) => label(k, p, language);
  const s = new SheetBuilder("caseload", name);
  s.value(1, 1, l("caseloadTitle"), { style: "title" });
  s.value(2, 1, l("caseloadNote", { assumptionsSheet }), { style: "note" });
  const headers: [number, LabelKey][] = [
    [COL.month, "month"],
    [COL.count, "caseCount"],
    [COL.target, "target"],
    [COL.path, "targetPath"],
    [COL.projection, "projection"],
    [COL.original, "original"],
    [COL.newcomers, "newcomers"],
    [COL.comparison, "comparison"],
    [COL.interpolated, "interpolated"],
    [COL.counterfactual, "counterfactual"],
    [COL.saved, "saved"],
  ];
  for (const [c, k] of headers) s.value(HEADER, c, l(k), { style: "header" });

  const rows = caseload.rows;
  const figures: {
    baseline: CaseloadFigure | null;
    current: CaseloadFigure | null;
    target: CaseloadFigure | null;
    saved: CaseloadFigures["saved"];
  } = {
    baseline: null,
    current: null,
    target: null,
    saved: null,
  };
  if (rows.length === 0) return { sheet: s.build(), figures };

  const firstMonth = monthIndex(rows[0] as CaseloadRow);
  const lastInput = monthIndex(rows[rows.length - 1] as CaseloadRow);
  const targetMonth =
    overrides.target === undefined ? null : overrides.target.year * 12 + overrides.target.month - 1;
  const lastMonth = Math.max(
    targetMonth ?? 0,
    lastInput,
    firstMonth + Math.max(1, Math.round(horizonYears * 12)) - 1
  );
  const byMonth = new Map<number, CaseloadRow>();
  for (const r of rows) byMonth.set(monthIndex(r), r);
  const first = HEADER + 1;
  const rowOf = (m: number) => first + (m - firstMonth);
  const label1 = (m: number) => monthText(Math.floor(m / 12), (m % 12) + 1, language);

  const write = (
    row: number,
    column: number,
    sourced: Sourced<number | null> | null | undefined
  ): number | null => {
    if (sourced === null || sourced === undefined) return null;
    if (sourced.fromText === true) {
      s.value(row, column, sourced.value, { numberFormat: FORMATS.count });
    } else {
      const ref = inputRef(sourced.ref);
      s.formula(row, column, `IF(${ref}="","",${ref})`, sourced.value ?? "", {
        numberFormat: FORMATS.count,
      });
    }
    return sourced.value;
  };

  // Anchors of the target path: the first measurement, then every target.
  const anchors: { month: number; level: number; address: string }[] = [];
  const measured: PathPoint[] = [];
  const comparisonPoints: PathPoint[] = [];
  for (let m = firstMonth; m <= lastMonth; m++) {
    const row = rowOf(m);
    s.value(row, COL.month, monthSerial(Math.floor(m / 12), (m % 12) + 1), {
      numberFormat: FORMATS.month,
    });
    const r = byMonth.get(m);
    if (m === targetMonth && overrides.target !== undefined && figures.baseline !== null) {
      const t = overrides.target;
      s.formula(row, COL.target, t.address, t.value, { numberFormat: FORMATS.count });
      figures.target = { address: t.address, value: t.value, month: label1(m) };
      anchors.push({ month: m, level: t.value, address: t.address });
    }
    if (r === undefined) continue;
    const count = write(row, COL.count, r.count);
    const target =
      targetMonth !== null && m >= targetMonth ? null : write(row, COL.target, r.target);
    write(row, COL.original, r.original);
    write(row, COL.newcomers, r.newcomers);
    const compared = write(row, COL.comparison, r.comparison);
    if (compared !== null) comparisonPoints.push({ month: m, level: compared });
    if (count !== null) measured.push({ month: m, level: count });
    if (count !== null) {
      const figure = { address: s.ref(row, COL.count), value: count, month: label1(m) };
      if (figures.baseline === null) {
        const b = overrides.baseline;
        figures.baseline =
          b === undefined ? figure : { ...b, month: label1(m), fromAssumption: true };
        anchors.push({
          month: m,
          level: b === undefined ? count : b.value,
          address: b === undefined ? s.local(row, COL.count, true) : b.address,
        });
      }
      figures.current = figure;
    }
    if (target !== null && figures.baseline !== null) {
      figures.target = { address: s.ref(row, COL.target), value: target, month: label1(m) };
      anchors.push({ month: m, level: target, address: s.local(row, COL.target, true) });
    }
  }

  if (anchors.length >= 2) {
    const path = targetPath(anchors.map((a): PathPoint => ({ month: a.month, level: a.level })));
    const start = (anchors[0] as (typeof anchors)[number]).month;
    for (let k = 0; k + 1 < anchors.length; k++) {
      const a = anchors[k] as (typeof anchors)[number];
      const b = anchors[k + 1] as (typeof anchors)[number];
      for (let m = k === 0 ? a.month : a.month + 1; m <= b.month; m++) {
        const formula =
          b.month === a.month
            ? b.address
            : `${a.address}+(${b.address}-${a.address})*${m - a.month}/${b.month - a.month}`;
        s.formula(rowOf(m), COL.path, formula, path[m - start] as number, {
          numberFormat: FORMATS.persons,
        });
      }
    }
  }

  const baseline = figures.baseline;
  if (projection !== null && baseline !== null) {
    const startMonth = anchors[0]?.month ?? firstMonth;
    const months = lastMonth - startMonth;
    const projected =
      months >= 1
        ? projectCaseload({
            start: baseline.value,
            monthlyInflow: projection.inflow.value,
            monthlyExitRate: projection.exitRate.value,
            months,
          })
        : null;
    s.formula(
      rowOf(startMonth),
      COL.projection,
      overrides.baseline === undefined
        ? s.local(rowOf(startMonth), COL.count)
        : overrides.baseline.address,
      baseline.value,
      { numberFormat: FORMATS.persons }
    );
    if (projected !== null && projected.ok) {
      for (let m = startMonth + 1; m <= lastMonth; m++) {
        const prev = s.local(rowOf(m - 1), COL.projection);
        s.formula(
          rowOf(m),
          COL.projection,
          `${prev}*(1-${projection.exitRate.address})+${projection.inflow.address}`,
          (projected.value[m - startMonth] as { total: number }).total,
          { numberFormat: FORMATS.persons }
        );
      }
    }
  }

  figures.saved = savedColumns(
    s,
    measured,
    comparisonPoints,
    figures.baseline,
    useComparisonTrend,
    rowOf,
    label1,
    strategyStart === null ? null : strategyStart.year * 12 + strategyStart.month - 1
  );

  const last = rowOf(lastMonth);
  s.table({
    name: tableName("Sagstal", name),
    top: HEADER,
    left: 1,
    bottom: last,
    right: COL.saved,
    totalsRow: false,
  });
  // --- Issue 11 (report helper): the measured caseload for the chart, #N/A by formula in
  // months without a measurement (a "" would be drawn as 0); a separate block right of the table.
  const chartColumn = COL.saved + 2;
  s.value(HEADER, chartColumn, l("caseCountChart"), { style: "header" });
  for (let row = first; row <= last; row++) {
    const measured = s.valueAt(row, COL.count);
    const cell = s.local(row, COL.count);
    s.formula(
      row,
      chartColumn,
      `IF(ISNUMBER(${cell}),${cell},NA())`,
      typeof measured === "number" ? measured : "#N/A",
      { numberFormat: FORMATS.count }
    );
  }
  // --- end of the issue-11 block ---
  s.chart({
    kind: "line",
    title: l("chartCaseload"),
    categories: { top: first, left: COL.month, bottom: last, right: COL.month },
    series: [
      {
        name: l("caseCount"),
        values: { top: first, left: chartColumn, bottom: last, right: chartColumn },
        // Measurements are months apart with blank months (gaps) between: points, not a line.
        markers: true,
      },
      {
        name: l("targetPath"),
        values: { top: first, left: COL.path, bottom: last, right: COL.path },
      },
      {
        name: l("projection"),
        values: { top: first, left: COL.projection, bottom: last, right: COL.projection },
      },
    ],
    size: { rows: 20, columns: 9 },
  });
  s.columnWidths([12, 12, 10, 12, 14, 18, 12, 15, 14, 14, 14, 2, 14]);
  s.freeze(HEADER, 1);
  return { sheet: s.build(), figures };
}

/**
 * People saved per month over the measured span: the caseload without the strategy (the
 * baseline, moved with the comparison series' trend when there is one) minus the caseload,
 * linear between measurements. Returns the sum's address for the person-years key figure.
 */
function savedColumns(
  s: SheetBuilder,
  measured: readonly PathPoint[],
  comparison: readonly PathPoint[],
  baseline: CaseloadFigure | null,
  useTrend: boolean,
  rowOf: (m: number) => number,
  monthLabel: (m: number) => string,
  strategyStart: number | null
): CaseloadFigures["saved"] {
  if (baseline === null || measured.length < 2) return null;
  const from = (measured[0] as PathPoint).month;
  const to = (measured[measured.length - 1] as PathPoint).month;
  const actual = targetPath(measured);
  // The trend needs the comparison series at the start and the end of the measured span.
  const cmpFirst = comparison[0];
  const cmpLast = comparison[comparison.length - 1];
  const trend =
    useTrend &&
    cmpFirst !== undefined &&
    cmpLast !== undefined &&
    cmpFirst.month <= from &&
    cmpLast.month >= to &&
    comparison.length >= 2 &&
    cmpFirst.level > 0;
  const cmpPath = trend ? targetPath(comparison) : [];
  const cmpAt = (m: number) => cmpPath[m - (cmpFirst as PathPoint).month] as number;
  const cmpRef = interpolator(s, comparison, COL.comparison, rowOf);
  const actualRef = interpolator(s, measured, COL.count, rowOf);
  const base = baseline.address.includes("!")
    ? baseline.address
    : s.local(rowOf(from), COL.count, true);
  const cmpFrom = trend ? cmpRef(from) : "";
  // Savings are credited from the strategy's start only (docs/conventions.md): the months
  // before it are shown but not summed.
  const credited = strategyStart === null ? from : Math.max(from, strategyStart);
  if (credited > to) return null;
  let sum = 0;
  for (let m = from; m <= to; m++) {
    const row = rowOf(m);
    const interpolated = actual[m - from] as number;
    s.formula(row, COL.interpolated, actualRef(m), interpolated, {
      numberFormat: FORMATS.persons,
    });
    const counterfactual = trend ? (baseline.value * cmpAt(m)) / cmpAt(from) : baseline.value;
    const cfFormula = trend ? `${base}*(${cmpRef(m)})/(${cmpFrom})` : base;
    s.formula(row, COL.counterfactual, cfFormula, counterfactual, {
      numberFormat: FORMATS.persons,
    });
    const saved = counterfactual - interpolated;
    if (m >= credited) sum += saved;
    s.formula(
      row,
      COL.saved,
      `${s.local(row, COL.counterfactual)}-${s.local(row, COL.interpolated)}`,
      saved,
      {
        numberFormat: FORMATS.persons,
      }
    );
  }
  return {
    sumAddress: `SUM(${s.ref(rowOf(credited), COL.saved)}:${s.local(rowOf(to), COL.saved, true)})`,
    sum,
    from: monthLabel(credited),
    to: monthLabel(to),
    trend,
  };
}

/**
 * Formulas on the straight line between the points around each month (column `column`). Months
 * must be asked for in increasing order: the segment is carried forward, so a long series costs
 * one pass, not one scan per month.
 */
function interpolator(
  s: SheetBuilder,
  points: readonly PathPoint[],
  column: number,
  rowOf: (m: number) => number
): (m: number) => string {
  let k = 0;
  const at = (p: PathPoint) => s.local(rowOf(p.month), column, true);
  return (m) => {
    if (k > 0 && (points[k] as PathPoint).month > m) k = 0;
    while (k + 1 < points.length && (points[k + 1] as PathPoint).month <= m) k++;
    const a = points[k] as PathPoint;
    if (a.month === m || k + 1 >= points.length) return at(a);
    const b = points[k + 1] as PathPoint;
    return `${at(a)}+(${at(b)}-${at(a)})*${m - a.month}/${b.month - a.month}`;
  };
}
