/**
 * "KIK Sagstal": one row per month from the first measurement, with the measured caseload,
 * the targets, the target path, the projection and the original group / newcomers / comparison
 * where the input has them. Measured values are formulas over the input cells; the target path
 * and projection are formulas over this sheet and the assumptions, with the engine's values cached.
 */
import { projectCaseload, targetPath, type PathPoint } from "../engine";
import { message, type Language } from "../i18n";
import type { CaseloadInput, CaseloadRow, Sourced } from "../input/model";
import { FORMATS, monthSerial, monthText, textLiteral } from "./format";
import { label, type LabelKey } from "./labels";
import type { SheetPlan } from "./plan";
import { sheetPage } from "./print";
import { fixedAtRunText, inputRef, SheetBuilder } from "./sheet-builder";
import { tableName } from "./assumptions-sheet";

/** A caseload figure the overview refers to. */
export interface CaseloadFigure {
  readonly address: string;
  readonly value: number;
  readonly month: string;
  /** True when the figure is an assumption (the baseline chosen in the guide or the input). */
  readonly fromAssumption?: boolean;
  /**
   * The month as a text-valued formula (the month of the measurement the figure comes from,
   * found live), for explanations that name it; it gives what `month` says at run time.
   */
  readonly monthFormula?: string;
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
    /** `from` and `to` as text-valued formulas over the sheet (they move with the measurements). */
    readonly fromFormula?: string;
    readonly toFormula?: string;
    /** A cell that is TRUE when the comparison trend is applied (live over the switch). */
    readonly trendAddress?: string;
  } | null;
  /**
   * The month (a date) of the latest measurement as a formula that finds it live, for sheets
   * that count the measured part of a year (KIK Følsomhed); null without a measurement.
   */
  readonly lastMeasuredMonth: string | null;
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

/**
 * The sheet holds at least this many years of months from the first one, whatever the horizon at
 * run time, so a recipient can lengthen the horizon up to it and still get every month (issue 10:
 * the layout depends only on the input's shape). Months past the horizon are blank by formula.
 */
export const CAP_YEARS = 10;

/**
 * Cells of other sheets the caseload formulas read, so editing them recomputes the sheet.
 * Each is optional: without it the run's value is written into the formula.
 */
export interface CaseloadLive {
  /** The horizon assumption's cell (years). */
  readonly horizonAddress?: string;
  /** The comparison-trend assumption's cell (the report's "ja"/"nej" text). */
  readonly comparisonTrendAddress?: string;
  /** The last budget year: the sheet runs at least to its December. */
  readonly lastBudgetYear?: number;
  /** The run's time, for the marks of cells fixed at run time. */
  readonly runDate?: Date;
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
  // Helper columns right of the table: neighbouring measurements and anchors found by formula.
  prevMeasured: 12,
  nextMeasured: 13,
  anchor: 14,
  prevAnchor: 15,
  nextAnchor: 16,
  prevComparison: 17,
  nextComparison: 18,
  comparisonLine: 19,
  fixedMark: 20,
  helpLabel: 21,
  helpValue: 22,
  // The chart's series: the table's columns with #N/A for blanks (Excel plots "" as 0).
  chartCount: 24,
  chartPath: 25,
  chartProjection: 26,
} as const;
/** Rows of the helper block (column V): one figure each, read by the per-month formulas. */
const HELP = {
  endRow: 5,
  firstMeasured: 6,
  lastMeasured: 7,
  baseline: 8,
  current: 9,
  anchors: 10,
  trend: 11,
} as const;

const monthIndex = (r: CaseloadRow) => r.month.value.year * 12 + r.month.value.month - 1;

/** A cell's cached value: a number, or "" for a formula that shows blank. */
type Cached = number | "";

/**
 * Linear interpolation between the nearest filled cells above and below, as the sheet's formulas
 * compute it from the helper columns: the row of the previous filled cell (forward fill), of the
 * next (backward fill), and INDEX into the column. "" outside the filled span.
 */
function interpolationFormula(
  column: number,
  prev: string,
  next: string,
  lastRow: number,
  extraBlank = ""
): string {
  const c = columnLetters(column);
  const range = `$${c}$1:$${c}$${lastRow}`;
  const at = (r: string) => `INDEX(${range},${r})`;
  const blank = `OR(${prev}=0,${next}=0${extraBlank === "" ? "" : `,${extraBlank}`})`;
  return (
    `IF(${blank},"",IF(${prev}=${next},${at(prev)},` +
    `${at(prev)}+(${at(next)}-${at(prev)})*(ROW()-${prev})/(${next}-${prev})))`
  );
}

function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Lays out the caseload sheet. The rows run from the first month of the table to the last of:
 * the table's last month, the target month, December of the last budget year and
 * `max(CAP_YEARS, horizon)` years from the first month; that depends only on the input's shape.
 * Every figure is a formula: the interpolation and the target path find their neighbouring
 * measurements and anchors through helper columns (forward and backward fill of the row numbers,
 * then INDEX), so adding or clearing a measurement moves them; months past the horizon (a formula
 * over the horizon assumption) are blank; the comparison switch is read from its cell.
 * @param projection - exit rate and inflow (value and address), or null when unknown
 * @param horizonYears - the horizon at run time (years from the first month)
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
  strategyStart: { readonly year: number; readonly month: number } | null = null,
  live: CaseloadLive = {}
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
    [COL.prevMeasured, "caseloadHelpPrevMeasured"],
    [COL.nextMeasured, "caseloadHelpNextMeasured"],
    [COL.anchor, "caseloadHelpAnchor"],
    [COL.prevAnchor, "caseloadHelpPrevAnchor"],
    [COL.nextAnchor, "caseloadHelpNextAnchor"],
    [COL.prevComparison, "caseloadHelpPrevComparison"],
    [COL.nextComparison, "caseloadHelpNextComparison"],
    [COL.comparisonLine, "caseloadHelpComparison"],
    [COL.helpLabel, "caseloadHelpTitle"],
    [COL.chartCount, "caseloadChartCount"],
    [COL.chartPath, "caseloadChartPath"],
    [COL.chartProjection, "caseloadChartProjection"],
  ];
  for (const [c, k] of headers) s.value(HEADER, c, l(k), { style: "header" });

  const rows = caseload.rows;
  const figures: {
    baseline: CaseloadFigure | null;
    current: CaseloadFigure | null;
    target: CaseloadFigure | null;
    saved: CaseloadFigures["saved"];
    lastMeasuredMonth: string | null;
  } = {
    baseline: null,
    current: null,
    target: null,
    saved: null,
    lastMeasuredMonth: null,
  };
  if (rows.length === 0) return { sheet: s.build(), figures };

  const firstMonth = monthIndex(rows[0] as CaseloadRow);
  const lastInput = monthIndex(rows[rows.length - 1] as CaseloadRow);
  const targetMonth =
    overrides.target === undefined ? null : overrides.target.year * 12 + overrides.target.month - 1;
  const horizonMonths = Math.max(1, Math.round(horizonYears * 12));
  // The months the input's shape asks for; the horizon can only add to them.
  const shapeEnd = Math.max(targetMonth ?? 0, lastInput);
  const lastMonth = Math.max(
    shapeEnd,
    live.lastBudgetYear === undefined ? 0 : live.lastBudgetYear * 12 + 11,
    firstMonth + Math.max(CAP_YEARS * 12, horizonMonths) - 1
  );
  const visibleEnd = Math.min(lastMonth, Math.max(shapeEnd, firstMonth + horizonMonths - 1));
  const byMonth = new Map<number, CaseloadRow>();
  for (const r of rows) byMonth.set(monthIndex(r), r);
  const first = HEADER + 1;
  const rowOf = (m: number) => first + (m - firstMonth);
  const lastRow = rowOf(lastMonth);
  const label1 = (m: number) => monthText(Math.floor(m / 12), (m % 12) + 1, language);
  const help = (k: keyof typeof HELP) => s.local(HELP[k], COL.helpValue, true);
  const helpRef = (k: keyof typeof HELP) => s.ref(HELP[k], COL.helpValue);
  const local = (row: number, column: number) => s.local(row, column);
  // The month of a row number (a formula) as text, as `monthText` writes it: "jun. 2015".
  const monthNames = message("common", "monthsShort", {}, language).split(" ");
  const monthOfRow = (rowExpr: string) => {
    const date = `DATE(${Math.floor(firstMonth / 12)},${(firstMonth % 12) + 1}+${rowExpr}-${first},1)`;
    return `CHOOSE(MONTH(${date}),${monthNames.map(textLiteral).join(",")})&" "&YEAR(${date})`;
  };

  const fixedCells = new Map<number, string[]>();
  const write = (
    row: number,
    column: number,
    sourced: Sourced<number | null> | null | undefined
  ): number | null => {
    if (sourced === null || sourced === undefined) return null;
    if (sourced.fromText === true) {
      s.value(row, column, sourced.value, { numberFormat: FORMATS.count });
      // A number stored as text is not a formula: marked visibly beside the row (issue 10).
      const cells = fixedCells.get(row) ?? [];
      fixedCells.set(row, [...cells, inputRef(sourced.ref, false)]);
    } else {
      const ref = inputRef(sourced.ref);
      s.formula(row, column, `IF(${ref}="","",${ref})`, sourced.value ?? "", {
        numberFormat: FORMATS.count,
      });
    }
    return sourced.value;
  };

  // The input's values as the run reads them (the cached results of the formulas below).
  const measured: PathPoint[] = [];
  const comparisonPoints: PathPoint[] = [];
  /** Months whose target column holds a target the path may use (shape: the cell exists). */
  const targetCells = new Map<number, number | null>();
  for (let m = firstMonth; m <= lastMonth; m++) {
    const row = rowOf(m);
    const r = byMonth.get(m);
    if (r === undefined) continue;
    const count = write(row, COL.count, r.count);
    if (targetMonth === null || m < targetMonth) {
      if (r.target !== null && r.target !== undefined)
        targetCells.set(m, write(row, COL.target, r.target));
    }
    write(row, COL.original, r.original);
    write(row, COL.newcomers, r.newcomers);
    const compared = write(row, COL.comparison, r.comparison);
    if (compared !== null) comparisonPoints.push({ month: m, level: compared });
    if (count !== null) measured.push({ month: m, level: count });
  }
  if (targetMonth !== null && overrides.target !== undefined && targetMonth <= lastMonth) {
    const t = overrides.target;
    s.formula(rowOf(targetMonth), COL.target, t.address, t.value, {
      numberFormat: FORMATS.count,
    });
  }

  for (const [row, cells] of fixedCells)
    s.value(
      row,
      COL.fixedMark,
      fixedAtRunText(
        live.runDate ?? new Date(),
        l("fixedReasonText", { cell: cells.join(", ") }),
        language
      ),
      { style: "note" }
    );

  const firstMeasured = measured[0];
  const lastMeasured = measured[measured.length - 1];
  const b = overrides.baseline;
  if (firstMeasured !== undefined && lastMeasured !== undefined) {
    figures.baseline =
      b === undefined
        ? {
            address: helpRef("baseline"),
            value: firstMeasured.level,
            month: label1(firstMeasured.month),
            monthFormula: monthOfRow(helpRef("firstMeasured")),
          }
        : {
            ...b,
            month: label1(firstMeasured.month),
            fromAssumption: true,
            monthFormula: monthOfRow(helpRef("firstMeasured")),
          };
    figures.current = {
      address: helpRef("current"),
      value: lastMeasured.level,
      month: label1(lastMeasured.month),
      monthFormula: monthOfRow(helpRef("lastMeasured")),
    };
  }
  const baseValue = b === undefined ? (firstMeasured?.level ?? null) : b.value;

  // Anchors of the target path: the baseline in the first measured month, then every target
  // after it (the engine's list; the anchor column below finds the same by formula).
  const anchors: PathPoint[] = [];
  if (firstMeasured !== undefined && baseValue !== null) {
    anchors.push({ month: firstMeasured.month, level: baseValue });
    for (let m = firstMeasured.month; m <= lastMonth; m++) {
      const t = targetCells.get(m);
      if (t !== undefined && t !== null) {
        anchors.push({ month: m, level: t });
        figures.target = {
          address: s.ref(rowOf(m), COL.target),
          value: t,
          month: label1(m),
        };
      }
      if (m === targetMonth && overrides.target !== undefined && m > firstMeasured.month) {
        anchors.push({ month: m, level: overrides.target.value });
        figures.target = {
          address: overrides.target.address,
          value: overrides.target.value,
          month: label1(m),
        };
      }
    }
  }
  const anchorAt = new Map(anchors.slice(1).map((a) => [a.month, a.level]));

  // The engine's values for every month (cached results).
  const actual = measured.length >= 2 ? targetPath(measured) : [];
  const path = anchors.length >= 2 ? targetPath(anchors) : [];
  const cmpPath = comparisonPoints.length >= 2 ? targetPath(comparisonPoints) : [];
  const cmpFirst = comparisonPoints[0];
  const cmpLast = comparisonPoints[comparisonPoints.length - 1];
  const trend =
    useComparisonTrend &&
    firstMeasured !== undefined &&
    lastMeasured !== undefined &&
    cmpFirst !== undefined &&
    cmpLast !== undefined &&
    comparisonPoints.length >= 2 &&
    cmpFirst.month <= firstMeasured.month &&
    cmpLast.month >= lastMeasured.month &&
    cmpFirst.level > 0;
  const cmpAt = (m: number): Cached =>
    cmpFirst !== undefined && cmpLast !== undefined && m >= cmpFirst.month && m <= cmpLast.month
      ? (cmpPath[m - cmpFirst.month] ?? (cmpFirst.month === m ? cmpFirst.level : ""))
      : "";
  let projected: number[] = [];
  if (projection !== null && firstMeasured !== undefined && baseValue !== null) {
    const months = visibleEnd - firstMeasured.month;
    const p =
      months >= 1
        ? projectCaseload({
            start: baseValue,
            monthlyInflow: projection.inflow.value,
            monthlyExitRate: projection.exitRate.value,
            months,
          })
        : null;
    projected = p !== null && p.ok ? p.value.map((x) => x.total) : [baseValue];
  }

  // The helper block: figures the per-month formulas share.
  const horizon = live.horizonAddress === undefined ? String(horizonYears) : live.horizonAddress;
  const helpRow = (
    k: keyof typeof HELP,
    text: LabelKey,
    formula: string,
    value: Cached | boolean
  ) => {
    s.value(HELP[k], COL.helpLabel, l(text), { style: "label" });
    s.formula(HELP[k], COL.helpValue, formula, value);
  };
  helpRow(
    "endRow",
    "caseloadHelpEndRow",
    `MIN(${lastRow},MAX(${rowOf(shapeEnd)},${first}+MAX(1,ROUND(${horizon}*12,0))-1))`,
    rowOf(visibleEnd)
  );
  helpRow(
    "firstMeasured",
    "caseloadHelpFirstMeasured",
    local(first, COL.nextMeasured),
    firstMeasured === undefined ? 0 : rowOf(firstMeasured.month)
  );
  helpRow(
    "lastMeasured",
    "caseloadHelpLastMeasured",
    local(lastRow, COL.prevMeasured),
    lastMeasured === undefined ? 0 : rowOf(lastMeasured.month)
  );
  const countRange = `$B$1:$B$${lastRow}`;
  if (lastMeasured !== undefined)
    figures.lastMeasuredMonth = `INDEX(${s.ref(1, COL.month)}:$A$${lastRow},${helpRef("lastMeasured")})`;
  helpRow(
    "baseline",
    "caseloadHelpBaseline",
    b === undefined
      ? `IF(${help("firstMeasured")}=0,"",INDEX(${countRange},${help("firstMeasured")}))`
      : b.address,
    baseValue ?? ""
  );
  helpRow(
    "current",
    "caseloadHelpCurrent",
    `IF(${help("lastMeasured")}=0,"",INDEX(${countRange},${help("lastMeasured")}))`,
    lastMeasured?.level ?? ""
  );
  const anchorLetters = columnLetters(COL.anchor);
  helpRow(
    "anchors",
    "caseloadHelpAnchors",
    `COUNT($${anchorLetters}$${first}:$${anchorLetters}$${lastRow})`,
    anchors.length
  );
  const cmpLetters = columnLetters(COL.comparison);
  const useTrend =
    live.comparisonTrendAddress === undefined
      ? useComparisonTrend
        ? "TRUE()"
        : "FALSE()"
      : `${live.comparisonTrendAddress}=${textLiteral(l("yes"))}`;
  const cmpFirstRow = local(first, COL.nextComparison);
  const cmpLastRow = local(lastRow, COL.prevComparison);
  helpRow(
    "trend",
    "caseloadHelpTrend",
    `IF(OR(${help("firstMeasured")}=0,${cmpFirstRow}=0),FALSE(),AND(${useTrend},` +
      `COUNT($${cmpLetters}$${first}:$${cmpLetters}$${lastRow})>=2,` +
      `${cmpFirstRow}<=${help("firstMeasured")},${cmpLastRow}>=${help("lastMeasured")},` +
      `INDEX($${cmpLetters}$1:$${cmpLetters}$${lastRow},${cmpFirstRow})>0))`,
    trend
  );
  // A horizon edited beyond the sheet's months: a fresh run would have more rows.
  s.formula(
    3,
    1,
    `IF(${first}+MAX(1,ROUND(${horizon}*12,0))-1>${lastRow},${textLiteral(
      l("caseloadHorizonWarning", { last: label1(lastMonth) })
    )},"")`,
    firstMonth + horizonMonths - 1 > lastMonth
      ? l("caseloadHorizonWarning", { last: label1(lastMonth) })
      : "",
    { style: "note" }
  );

  // Forward and backward fills: the previous / next filled row of a column (0 = none).
  const fill = (column: number, source: number, filled: (m: number) => boolean) => {
    let last = 0;
    for (let m = firstMonth; m <= lastMonth; m++) {
      const row = rowOf(m);
      const before = m === firstMonth ? "0" : local(row - 1, column);
      if (filled(m)) last = row;
      s.formula(row, column, `IF(${local(row, source)}<>"",ROW(),${before})`, last);
    }
  };
  const backFill = (column: number, source: number, filled: (m: number) => boolean) => {
    let next = 0;
    for (let m = lastMonth; m >= firstMonth; m--) {
      const row = rowOf(m);
      const after = m === lastMonth ? "0" : local(row + 1, column);
      if (filled(m)) next = row;
      s.formula(row, column, `IF(${local(row, source)}<>"",ROW(),${after})`, next);
    }
  };
  const isMeasured = new Set(measured.map((p) => p.month));
  const isCompared = new Set(comparisonPoints.map((p) => p.month));
  const isAnchor = new Set(anchors.map((a) => a.month));
  fill(COL.prevMeasured, COL.count, (m) => isMeasured.has(m));
  backFill(COL.nextMeasured, COL.count, (m) => isMeasured.has(m));
  fill(COL.prevComparison, COL.comparison, (m) => isCompared.has(m));
  backFill(COL.nextComparison, COL.comparison, (m) => isCompared.has(m));

  const firstRowOfMeasured = help("firstMeasured");
  const baseCell = help("baseline");
  // The anchor column: the baseline in the first measured month, then the targets after it.
  for (let m = firstMonth; m <= lastMonth; m++) {
    const row = rowOf(m);
    const targetHere =
      m === targetMonth && overrides.target !== undefined
        ? overrides.target.address
        : targetCells.has(m)
          ? `IF(${local(row, COL.target)}="","",${local(row, COL.target)})`
          : '""';
    const value: Cached =
      firstMeasured !== undefined && m === firstMeasured.month
        ? (baseValue ?? "")
        : (anchorAt.get(m) ?? "");
    s.formula(
      row,
      COL.anchor,
      `IF(OR(${firstRowOfMeasured}=0,ROW()<${firstRowOfMeasured}),"",` +
        `IF(ROW()=${firstRowOfMeasured},${baseCell},${targetHere}))`,
      value,
      { numberFormat: FORMATS.count }
    );
  }
  fill(COL.prevAnchor, COL.anchor, (m) => isAnchor.has(m));
  backFill(COL.nextAnchor, COL.anchor, (m) => isAnchor.has(m));

  const projectedAt = (m: number): Cached => {
    const k = firstMeasured === undefined ? -1 : m - firstMeasured.month;
    return m <= visibleEnd && k >= 0 ? (projected[k] ?? "") : "";
  };
  // The cached value of an input column's cell: its number, or blank (no cell or an empty one).
  const countValues = new Map(measured.map((p) => [p.month, p.level]));
  const chartValue = (row: number, column: number): Cached | null =>
    column === COL.count ? (countValues.get(firstMonth + row - first) ?? null) : null;
  const credited =
    strategyStart === null
      ? firstMonth
      : Math.max(firstMonth, strategyStart.year * 12 + strategyStart.month - 1);
  const cmpFromRow = `INDEX($${columnLetters(COL.comparisonLine)}$1:$${columnLetters(COL.comparisonLine)}$${lastRow},${firstRowOfMeasured})`;
  let sum = 0;
  for (let m = firstMonth; m <= lastMonth; m++) {
    const row = rowOf(m);
    const within = m <= visibleEnd;
    s.formula(
      row,
      COL.month,
      `IF(ROW()>${help("endRow")},"",${monthSerial(Math.floor(m / 12), (m % 12) + 1)})`,
      within ? monthSerial(Math.floor(m / 12), (m % 12) + 1) : "",
      { numberFormat: FORMATS.month }
    );
    // Target path.
    const a0 = anchors[0];
    const aN = anchors[anchors.length - 1];
    const pathValue: Cached =
      anchors.length >= 2 && a0 !== undefined && aN !== undefined && m >= a0.month && m <= aN.month
        ? (path[m - a0.month] as number)
        : "";
    s.formula(
      row,
      COL.path,
      interpolationFormula(
        COL.anchor,
        local(row, COL.prevAnchor),
        local(row, COL.nextAnchor),
        lastRow,
        `${help("anchors")}<2`
      ),
      pathValue,
      { numberFormat: FORMATS.persons }
    );
    // Projection from the baseline in the first measured month, to the horizon.
    if (projection !== null) {
      const projValue = projectedAt(m);
      const prev = m === firstMonth ? '""' : local(row - 1, COL.projection);
      s.formula(
        row,
        COL.projection,
        `IF(OR(${firstRowOfMeasured}=0,ROW()<${firstRowOfMeasured},ROW()>${help("endRow")}),"",` +
          `IF(ROW()=${firstRowOfMeasured},${baseCell},` +
          `${prev}*(1-${projection.exitRate.address})+${projection.inflow.address}))`,
        projValue,
        { numberFormat: FORMATS.persons }
      );
    }
    // The comparison series between its measurements.
    s.formula(
      row,
      COL.comparisonLine,
      interpolationFormula(
        COL.comparison,
        local(row, COL.prevComparison),
        local(row, COL.nextComparison),
        lastRow
      ),
      cmpAt(m),
      { numberFormat: FORMATS.decimal }
    );
    // The caseload between measurements, without the strategy, and the people saved.
    const inSpan =
      measured.length >= 2 &&
      firstMeasured !== undefined &&
      lastMeasured !== undefined &&
      m >= firstMeasured.month &&
      m <= lastMeasured.month;
    const interpolated: Cached = inSpan
      ? (actual[m - (firstMeasured as PathPoint).month] as number)
      : "";
    s.formula(
      row,
      COL.interpolated,
      interpolationFormula(
        COL.count,
        local(row, COL.prevMeasured),
        local(row, COL.nextMeasured),
        lastRow,
        `${firstRowOfMeasured}=${help("lastMeasured")}`
      ),
      interpolated,
      { numberFormat: FORMATS.persons }
    );
    const counterfactual: Cached =
      interpolated === "" || baseValue === null
        ? ""
        : trend
          ? (baseValue * (cmpAt(m) as number)) /
            (cmpAt((firstMeasured as PathPoint).month) as number)
          : baseValue;
    s.formula(
      row,
      COL.counterfactual,
      `IF(${local(row, COL.interpolated)}="","",IF(${help("trend")},` +
        `${baseCell}*${local(row, COL.comparisonLine)}/${cmpFromRow},${baseCell}))`,
      counterfactual,
      { numberFormat: FORMATS.persons }
    );
    // The chart's series: #N/A where the table shows blank, so the chart has gaps there.
    const series: [number, number, Cached | null][] = [
      [COL.chartCount, COL.count, chartValue(row, COL.count)],
      [COL.chartPath, COL.path, pathValue],
      ...(projection === null
        ? []
        : ([[COL.chartProjection, COL.projection, projectedAt(m)]] as [number, number, Cached][])),
    ];
    for (const [chartColumn, column, value] of series)
      s.formula(
        row,
        chartColumn,
        `IF(${local(row, column)}="",NA(),${local(row, column)})`,
        value === null || value === "" ? "#N/A" : value,
        { numberFormat: FORMATS.persons }
      );
    const saved: Cached =
      counterfactual === "" || interpolated === "" ? "" : counterfactual - interpolated;
    if (saved !== "" && m >= credited) sum += saved;
    s.formula(
      row,
      COL.saved,
      `IF(${local(row, COL.interpolated)}="","",${local(row, COL.counterfactual)}-${local(row, COL.interpolated)})`,
      saved,
      { numberFormat: FORMATS.persons }
    );
  }

  // Savings are credited from the strategy's start only (docs/conventions.md): the months
  // before it are shown but not summed. The sum runs to the sheet's end: months outside the
  // measured span are blank.
  if (
    figures.baseline !== null &&
    firstMeasured !== undefined &&
    lastMeasured !== undefined &&
    measured.length >= 2 &&
    credited <= lastMeasured.month
  ) {
    figures.saved = {
      sumAddress: `SUM(${s.ref(rowOf(credited), COL.saved)}:${s.local(lastRow, COL.saved, true)})`,
      sum,
      from: label1(Math.max(credited, firstMeasured.month)),
      to: label1(lastMeasured.month),
      trend,
      fromFormula: monthOfRow(`MAX(${rowOf(credited)},${helpRef("firstMeasured")})`),
      toFormula: monthOfRow(helpRef("lastMeasured")),
      trendAddress: helpRef("trend"),
    };
  }

  s.table({
    name: tableName("Sagstal", name),
    top: HEADER,
    left: 1,
    bottom: lastRow,
    right: COL.saved,
    totalsRow: false,
  });
  // The chart plots the months shown (to the horizon), not the rows kept blank for a longer
  // one: their "" would read as day 0 on a date axis (LibreOffice drew it from Dec 1899) or as
  // empty slots. A horizon lengthened later is plotted when KIK runs again, as it is printed.
  const chartEnd = rowOf(visibleEnd);
  s.chart({
    kind: "line",
    title: l("chartCaseload"),
    categories: { top: first, left: COL.month, bottom: chartEnd, right: COL.month },
    series: [
      {
        name: l("caseCount"),
        values: { top: first, left: COL.chartCount, bottom: chartEnd, right: COL.chartCount },
        // Measurements are months apart with blank months (gaps) between: points, not a line.
        markers: true,
      },
      {
        name: l("targetPath"),
        values: { top: first, left: COL.chartPath, bottom: chartEnd, right: COL.chartPath },
      },
      ...(projection === null
        ? []
        : [
            {
              name: l("projection"),
              values: {
                top: first,
                left: COL.chartProjection,
                bottom: chartEnd,
                right: COL.chartProjection,
              },
            },
          ]),
    ],
    size: { rows: 20, columns: 9 },
  });
  // The helper columns (L–S) wide enough that their titles take no more lines than the table's
  // (three): the header row, repeated on every printed page, is no taller than the table needs.
  s.columnWidths([
    12, 12, 10, 12, 14, 18, 12, 15, 14, 14, 14, 16, 16, 16, 16, 16, 16, 16, 16, 30, 30, 12, 2, 12,
    12, 16,
  ]);
  s.freeze(HEADER, 1);
  const sheet = s.build();
  // Printed: the table's columns (A–K) down to the last month shown, the header row on every
  // page. Not printed: the helper and
  // chart-series columns right of the table (the formulas' workings: with them on one page the
  // text printed at 3–4 pt), the rows kept blank for a longer horizon, and the chart beside the
  // helper columns (the months' figures are the record on paper; a chart below 120 rows would
  // print after pages of blank months). A horizon changed later in the assumptions moves the
  // shown months; the print area follows when KIK runs again.
  // One portrait page (fit to width and height): a table of a few years' months is taller than
  // wide, so portrait prints it larger than landscape over one page (about 75 % for the demo's
  // 48 months), and the report keeps to its six pages (issue 11).
  const printArea = { top: 1, left: 1, bottom: rowOf(visibleEnd), right: COL.saved };
  const page = {
    ...sheetPage(sheet, language, printArea),
    orientation: "portrait" as const,
    fitToHeight: 1,
  };
  return { sheet: { ...sheet, page }, figures };
}
